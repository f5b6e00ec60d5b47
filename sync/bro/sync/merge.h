// The merge rules, shared by device and server: how a change is folded into a record so that
// every replica that has received the same changes holds the same record, whatever the order
// in which they arrived (given that a change never arrives before the change it was based on,
// which the server's log order and the FIFO outbox guarantee). Merging a change again changes
// nothing, so a replica may safely see a change twice (a re-pull after its access grew).
//
//  * Ordinary fields: last writer wins by (HLC, device), never by arrival order.
//  * Free-text fields: an edit names the versions it was based on (its "base", stamps joined
//    by ','). The versions no later edit was based on are the field's heads; with two or more
//    heads of different text the field is in conflict: the newest head is shown (the
//    provisional winner, the same everywhere) and every head is kept. Identical texts merge
//    silently. A resolution is an edit based on all heads.
//  * Deletes are tombstones and stay deleted. A delete names the versions it saw (its base,
//    "field=stamp;..."); a field whose current version is newer than what the delete saw was
//    edited after (or concurrently with) the delete: a conflict, never a resurrection.
//  * Sign-off ("signature" pseudo-field, value {signed_by, signed_at, content}, base: the
//    versions it saw) pins the signed content. A later edit of signed content is refused and
//    kept as a conflict (per field, the newest refused edit); the content stays as signed.
//    The first signature (by HLC) holds.
//  * Append-only kinds are written once: the first value of a field (by HLC) holds, and a
//    later change is refused and kept as a conflict (signature fields excepted).
#pragma once

#include "bro/sync/change.h"
#include "bro/model/catalogue.h"
#include "bro/model/validation.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::sync {

using model::kSignatureField;

struct Head
{
    std::string stamp;
    nlohmann::json value;
    friend bool operator==(const Head &, const Head &) = default;
};

struct Conflict
{
    enum class Reason {
        ConcurrentText,
        EditedAfterDelete,
        EditedAfterSignOff,
        RefusedByServer, // a device's own change the server did not accept (device only)
    };
    std::string field;
    Reason reason = Reason::ConcurrentText;
    std::string stamp;    // the version kept aside (or, after a delete, the current one)
    nlohmann::json value; // its value
    friend bool operator==(const Conflict &, const Conflict &) = default;
};

// The reason's name in reports and on the command line ("concurrent_text", ...).
[[nodiscard]] const char *conflictReasonName(Conflict::Reason reason);

struct Signature
{
    std::string stamp;
    nlohmann::json value;                    // {signed_by, signed_at, content}
    std::map<std::string, std::string> seen; // field -> version the signer saw
    friend bool operator==(const Signature &, const Signature &) = default;
};

// Everything a replica keeps about one record beside its values in order to merge.
struct RecordState
{
    nlohmann::json values = nlohmann::json::object();           // field -> current value
    std::map<std::string, std::string> versions;                // field -> stamp of that value
    std::map<std::string, std::vector<Head>> heads;             // free-text fields with >1 head
    std::map<std::string, std::vector<std::string>> superseded; // free text: versions edited over
    // Free text, with Delivery::CausalAgain: field -> device -> the newest version of that
    // device merged (one entry per device that wrote the field, however often it did).
    std::map<std::string, std::map<std::string, std::string>> delivered;
    bool deleted = false;
    std::map<std::string, std::string> deleteSeen; // max over deletes of what they saw
    std::optional<Signature> signature;
    std::map<std::string, Head> refused; // field -> newest refused edit

    friend bool operator==(const RecordState &, const RecordState &) = default;

    // The conflicts a person should look at, in a stable order (by field, then stamp).
    [[nodiscard]] std::vector<Conflict> conflicts() const;
};

enum class MergeOutcome {
    Applied,    // the change is now (part of) the record
    Superseded, // a newer version already holds the field (last writer wins)
    Duplicate,  // this change was merged before
    Conflict,   // kept, and the field (or record) is in conflict
    Refused,    // the record is signed off; kept as a conflict, not applied
};

struct MergeResult
{
    MergeOutcome outcome;
    std::string reason; // in plain words, for refused and conflicting changes
};

// How changes reach a replica.
//  * Any: in any order, each possibly more than once (a device: a re-pull after its access
//    grew brings every change again). A free-text field keeps every version an edit was based
//    on ("superseded"), so that such a version arriving late or again does not come back as a
//    head: that list grows with every edit.
//  * CausalOnce: each change once (op ids deduplicate before the merge; a repeated stamp is
//    refused) and never before a change it was based on (the server: a device pushes its
//    outbox in order and bases an edit only on what it holds, which came from the server or
//    was pushed before). A superseded version then never arrives again, so none is kept, and
//    what an older state kept is forgotten on the record's next change: the state stays the
//    size of the record, however often a field is edited. Values, versions, heads and
//    conflicts are the same as with Any (tst_merge: forgetfulServerState).
//  * CausalAgain: each change first never before a change it was based on, and possibly again
//    later (a device: the server sends its pulls in commit order, and everything again from
//    the start after its access grew). A device's versions of a field then first arrive in
//    the order it made them, so a version at or below the newest one merged from its device
//    has been merged before: the state keeps that one stamp per device and field
//    ("delivered") instead of every version edited over, and forgets the superseded ones an
//    older state kept. Values, versions, heads and conflicts are the same as with Any
//    (tst_merge: replicasConvergeUnderRandomSchedules, devicesForgetWhatWasEditedOver).
enum class Delivery { Any, CausalOnce, CausalAgain };

// Folds one change into the record's state. The caller has validated the change.
// onceFrom: a device whose changes reach this replica once and in order (a device's own: made
// here, never pulled back; a rebuild starts from an empty state); its superseded versions are
// not kept either, so that one person editing a text again and again does not grow the record.
MergeResult applyChange(const model::KindSpec &kind, RecordState &state, const Change &change,
                        Delivery delivery = Delivery::Any, std::string_view onceFrom = {});

// The merge state as stored beside a record's values (which live in the record's columns):
// versions, heads, delete, signature and refused edits.
[[nodiscard]] nlohmann::json mergeStateToJson(const RecordState &state);
[[nodiscard]] RecordState mergeStateFromJson(const nlohmann::json &json, nlohmann::json values);

// Encodings of a change's base: free text "stamp,stamp"; delete and signature
// "field=stamp;field=stamp".
[[nodiscard]] std::vector<std::string> splitStamps(const std::string &base);
[[nodiscard]] std::string joinStamps(const std::vector<std::string> &stamps);
[[nodiscard]] std::map<std::string, std::string> decodeSeen(const std::string &base);
[[nodiscard]] std::string encodeSeen(const std::map<std::string, std::string> &seen);

// The base a new local edit of a field carries, given the record's state: the current
// version, or for free text the head the person saw (the shown one) — or all heads when the
// edit resolves the conflict.
[[nodiscard]] std::string baseForEdit(const model::KindSpec &kind, const RecordState &state,
                                      const std::string &field, bool resolvesConflict = false);

} // namespace bro::sync
