// What the server does with a push and a pull: it believes nothing a device sends. Knows no
// database (storage/repository.h) and no HTTP (http.h).
//
// A push (its changes already checked for form by the HTTP layer: strict ids, known kind and
// field, a valid value, the session's own device, a stamp not far ahead) is applied in one
// unit of work; each change gets a status:
//   applied, superseded, conflict, refused (kept as a conflict by the merge rules), duplicate
//     (its op id is in the log already, or earlier in the same push)
//                                                        -> in the log: every replica merges it
//   forbidden (the user's role or scope does not allow it) or rejected (the change is not
//     possible here: a stamp not newer than the device's last one, a parent or a scope field
//     changed, an append-only value rewritten, a second signature, a signer who is not the
//     user, a reference outside the record's participant or training book, a new record
//     whose parent is unknown)                           -> changes nothing; reason given
// A record's scope (its participant, and for training-book records the book and its employer)
// is derived from its parent when it is made and never moves. Who reaches a scope:
//   advisers their caseload; mentors the training books of their employer whose participant is
//   placed with that employer (and those participants' names); participants their own record;
//   programme leaders nothing. Within the scope the model's field rules apply
//   (bro/model/access.h).
// Employers and their needs belong to no participant (model::ScopeRule::Municipality): their
// scope is the employer record (Scope::bookId) and its name (Scope::employer); who reaches them
// is model::reachesEmployerRecord() (the advisers of the employer's municipality, the mentors
// of that employer). The repository's log query knows participants and books only, so a pull
// adds the log rows of the employer records the user reaches itself (one query of the
// employer kinds' records per pull; a municipality column on records and log would let the
// repository do it).
// A pull returns the changes the user may see after a cursor, never the device's own. When
// the user's scope changed since the device's last pull, the reply says so and lists what the
// user reaches now, so that the device forgets what it lost and pulls again from the start.
// Every read and write is in the audit log, one row per participant a request touched.
// A push is worked on as one batch, never change by change against the database: its op ids,
// its records and whether the user reaches its participants are read once each, its records,
// log rows and audit rows written with one statement each (storage/repository.h).
#pragma once

#include "bro/server/storage/repository.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bro::server {

class SyncService
{
public:
    explicit SyncService(Repository &repository)
        : m_repo(repository)
    {}

    struct Result
    {
        std::string status;
        std::string reason;
    };
    struct PushReply
    {
        std::vector<Result> results; // in the order of the changes
        bool wipe = false;           // the device is to erase its data (after this push)
    };
    [[nodiscard]] PushReply push(const SessionRow &session, const std::vector<sync::Change> &changes);

    struct PullPage
    {
        std::vector<sync::Change> changes;
        std::int64_t cursor = 0;
        bool more = false;
        std::int64_t scope = 0;
        std::optional<Visible> reset; // the scope changed: forget what is not listed, pull from 0
        bool resetBooks = false;      // reset->books limits the training books (mentors only)
        bool wipe = false;
    };
    // knownScope: the scope version the device last pulled with (nullopt: an older app that
    // does not say; it gets the scope and decides itself).
    [[nodiscard]] PullPage pull(const SessionRow &session, std::int64_t since, int limit,
                                std::optional<std::int64_t> knownScope);

    // Every change of these records the user may see, the device's own included, oldest first:
    // what a device needs to roll a record back to the server's version.
    [[nodiscard]] std::vector<sync::Change> records(const SessionRow &session,
                                                    const std::vector<std::string> &ids);

    // Who read or changed a participant's records, newest first (the participant's own trail).
    struct TrailEntry
    {
        std::int64_t at = 0;
        std::string action; // read, write
        std::string role;
        std::string name; // the display name of the user
        std::vector<std::string> kinds;
    };
    [[nodiscard]] std::vector<TrailEntry> trail(const SessionRow &session, int limit = 500);

    // Whether the user reaches a record of this scope (before the field rules).
    [[nodiscard]] static bool reaches(Repository::Work &work, const UserRow &user,
                                      const Scope &scope, const std::string &kind);
    [[nodiscard]] static Reach reachOf(const UserRow &user);

private:
    [[nodiscard]] PushReply applyPush(Repository::Work &work, const SessionRow &session,
                                      const std::vector<sync::Change> &changes);

    Repository &m_repo;
};

[[nodiscard]] std::int64_t nowSeconds();
[[nodiscard]] std::int64_t nowMillis();

} // namespace bro::server
