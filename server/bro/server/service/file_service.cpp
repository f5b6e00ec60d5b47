#include "bro/server/service/file_service.h"

#include "bro/server/service/sync_service.h"

#include <bro/model/access.h>
#include <bro/sync/sha256.h>

#include <algorithm>

namespace bro::server {

namespace {

using Json = nlohmann::json;

// The first readable, proven attachment record of the file, if the user has one.
std::optional<BlobRef> readableRef(Repository::Work &work, const UserRow &user,
                                   const std::vector<BlobRef> &refs)
{
    for (const auto &ref : refs) {
        if (ref.deleted || !ref.proven)
            continue;
        const model::KindSpec *owner = model::findKind(ref.ownerKind);
        if (owner && model::mayReadAttachment(user.role, *owner) &&
            SyncService::reaches(work, user, ref.scope, "attachment"))
            return ref;
    }
    return std::nullopt;
}

// The user's own attachment record of the file (they may upload it).
std::optional<BlobRef> ownRef(const UserRow &user, const std::vector<BlobRef> &refs)
{
    std::optional<BlobRef> found;
    for (const auto &ref : refs)
        if (!ref.deleted && ref.creatorId == user.id && (!found || (ref.proven && !found->proven)))
            found = ref;
    return found;
}

AuditRow auditRow(const SessionRow &session, const char *action, const std::string &participant,
                  const std::string &sha, const std::string &recordId, std::string extra = {})
{
    Json detail = {{"sha256", sha}};
    if (!recordId.empty())
        detail["records"] = Json::array({recordId});
    detail["kinds"] = {{"attachment", true}};
    if (!extra.empty())
        detail["what"] = extra;
    return {nowMillis(), session.user.id, session.deviceId, action, participant, detail.dump()};
}

} // namespace

std::optional<FileService::State> FileService::state(const SessionRow &session, const std::string &sha)
{
    auto work = m_repo.write();
    const auto refs = work->blobRefs(sha);
    std::optional<State> out;
    std::optional<BlobRef> ref = ownRef(session.user, refs);
    if (ref && !ref->proven) {
        const auto upload = work->upload(sha, session.user.id);
        out = State{upload ? upload->size : ref->sizeBytes, upload ? upload->received : 0, false};
    } else if (ref || (ref = readableRef(*work, session.user, refs))) {
        if (const auto size = work->completeBlobSize(sha))
            out = State{*size, *size, true};
        else
            out = State{ref->sizeBytes, 0, false};
    }
    work->appendAudit({out ? auditRow(session, "blob-state", ref->scope.participantId, sha, ref->recordId)
                           : auditRow(session, "blob-forbidden", "", sha, "", "state")});
    work->commit();
    return out;
}

FileService::ChunkResult FileService::putChunk(const SessionRow &session, const std::string &sha,
                                               std::int64_t offset, std::int64_t size,
                                               std::string_view chunk)
{
    using Outcome = ChunkResult::Outcome;
    const UserRow &user = session.user;
    auto work = m_repo.write();
    auto done = [&](Outcome outcome, State state, std::vector<AuditRow> audit) {
        work->appendAudit(audit);
        work->commit(); // the chunk and its count, or only the audit entry
        return ChunkResult{outcome, state};
    };
    const auto refs = work->blobRefs(sha);
    const auto ref = ownRef(user, refs);
    if (!ref)
        return done(Outcome::NotFound, {}, {auditRow(session, "blob-forbidden", "", sha, "", "write")});
    const std::string participant = ref->scope.participantId;
    if (ref->proven) {
        const std::int64_t have = work->completeBlobSize(sha).value_or(size);
        return done(Outcome::WrongOffset, State{have, have, true}, {});
    }
    auto upload = work->upload(sha, user.id);
    if (upload && offset == 0 && upload->size != size) {
        work->discardUpload(sha, user.id); // a fresh start with another size replaces it
        upload.reset();
    }
    if (!upload) {
        if (offset != 0)
            return done(Outcome::WrongOffset, State{size, 0, false}, {});
        work->startUpload(sha, user.id, size);
        upload = UploadState{size, 0};
    }
    if (upload->size != size)
        return done(Outcome::WrongSize, State{upload->size, upload->received, false}, {});
    if (offset != upload->received)
        return done(Outcome::WrongOffset, State{upload->size, upload->received, false}, {});

    work->appendUploadChunk(sha, user.id, offset, chunk);
    State state{size, offset + std::int64_t(chunk.size()), false};
    std::vector<AuditRow> audit{auditRow(session, "blob-write", participant, sha, ref->recordId,
                                         std::to_string(offset) + "+" + std::to_string(chunk.size()))};
    if (state.received == size) {
        sync::Sha256 hash;
        work->forEachUploadChunk(sha, user.id, [&](std::string_view bytes) { hash.add(bytes); });
        if (hash.hex() != sha) {
            work->discardUpload(sha, user.id);
            audit.push_back(auditRow(session, "blob-refused", participant, sha, ref->recordId, "hash mismatch"));
            return done(Outcome::BadFile, State{size, 0, false}, audit);
        }
        work->completeUpload(sha, user.id);
        // Possession proven: every attachment record of this file by this user.
        for (auto r : refs)
            if (r.creatorId == user.id && !r.proven) {
                r.proven = true;
                work->saveBlobRef(r);
            }
        state.complete = true;
        audit.push_back(auditRow(session, "blob-complete", participant, sha, ref->recordId));
    }
    return done(Outcome::Stored, state, audit);
}

FileService::Read FileService::read(const SessionRow &session, const std::string &sha,
                                    std::int64_t offset, std::int64_t length)
{
    using Outcome = Read::Outcome;
    Read result;
    std::optional<BlobRef> ref;
    {
        auto work = m_repo.read();
        const auto refs = work->blobRefs(sha);
        ref = readableRef(*work, session.user, refs);
        const auto own = ownRef(session.user, refs);
        if (!ref && own) {
            // Their own file, not uploaded completely yet (or never proven by them).
            const auto upload = work->upload(sha, session.user.id);
            result = {Outcome::Incomplete,
                      State{upload ? upload->size : own->sizeBytes, upload ? upload->received : 0,
                            false},
                      {}};
        } else if (ref) {
            const auto size = work->completeBlobSize(sha);
            if (!size) {
                result = {Outcome::Incomplete, State{ref->sizeBytes, 0, false}, {}};
            } else {
                result.state = State{*size, *size, true};
                offset = std::clamp<std::int64_t>(offset, 0, *size);
                length = std::clamp<std::int64_t>(length, 0, *size - offset);
                result.bytes = work->readBlob(sha, offset, length);
            }
        } else {
            result.outcome = Outcome::NotFound;
        }
    }
    auto work = m_repo.write();
    work->appendAudit({ref ? auditRow(session, "blob-read", ref->scope.participantId, sha, ref->recordId,
                                      std::to_string(offset) + "+" + std::to_string(result.bytes.size()))
                           : auditRow(session, "blob-forbidden", "", sha, "", "read")});
    work->commit();
    return result;
}

} // namespace bro::server
