// Attachment files, addressed by the SHA-256 of their bytes, uploaded in resumable chunks
// (the protocol is in http.h). Knows no database and no HTTP.
//
// Who may do what with a file:
//  * read it (state, content): a user who may read an attachment record that refers to it
//    (not deleted, in their scope, on an owner kind they read in full) and whose author proved
//    possession of the bytes: uploaded them completely, or could read the file already when
//    they made the record. An attachment record made with a guessed hash proves nothing and
//    reveals nothing;
//  * upload it: the author of an attachment record that refers to it, into an upload of their
//    own: nobody else can touch, restart or wipe it. Completing it (the whole file hashing to
//    its address) proves possession; if the file was complete already, the bytes are checked
//    and not stored twice.
// For anyone else a file does not exist: the same answer as for a file no record refers to.
#pragma once

#include "bro/server/storage/repository.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bro::server {

class FileService
{
public:
    explicit FileService(Repository &repository)
        : m_repo(repository)
    {}

    struct State
    {
        std::int64_t size = 0;     // as announced by the upload (or the record's size_bytes)
        std::int64_t received = 0; // bytes of this user's upload so far
        bool complete = false;     // the file is there for this user (checked)
    };
    // nullopt: no such file for this user.
    [[nodiscard]] std::optional<State> state(const SessionRow &session, const std::string &sha256);

    struct ChunkResult
    {
        enum class Outcome {
            Stored,      // appended (and, at the end, checked and complete)
            NotFound,    // the user made no attachment record referring to sha256
            WrongOffset, // offset is not where the upload stands (state says where)
            WrongSize,   // size differs from the upload in progress
            BadFile,     // the whole file does not hash to its address: the upload is discarded
        } outcome = Outcome::Stored;
        State state;
    };
    // Appends one chunk at offset of a file of size bytes to the user's own upload, in one
    // transaction with its new count; the last chunk also checks the whole file's SHA-256 in
    // the same transaction. An upload restarted at offset 0 with another size replaces the
    // user's upload in progress.
    [[nodiscard]] ChunkResult putChunk(const SessionRow &session, const std::string &sha256,
                                       std::int64_t offset, std::int64_t size,
                                       std::string_view chunk);

    struct Read
    {
        enum class Outcome { Read, NotFound, Incomplete } outcome = Outcome::Read;
        State state;
        std::string bytes;
    };
    // length bytes from offset (fewer at the end) of a complete file.
    [[nodiscard]] Read read(const SessionRow &session, const std::string &sha256,
                            std::int64_t offset, std::int64_t length);

private:
    Repository &m_repo;
};

} // namespace bro::server
