// Wire format v2 of a batch of changes (POST /v2/push, GET /v2/pull), shared by device and
// server. Qt-free. The v1 form (one 8-key JSON object per change, change.h) stays accepted.
//
// A batch is one JSON value with tables written once and changes grouped by record:
//
//   {"d": [device, ...],          devices named by the batch (index into this table)
//    "k": [kind, ...],            record kinds
//    "f": [field, ...],           field names
//    "r": [[k, id, d, C, C, ...], ...]}   runs of consecutive changes of one record by one device
//
// and each change C is [f, value, dms, counter (, base (, op))]:
//   f        index into "f";
//   value    the new value, typed (string, number, bool, null, object);
//   dms      the stamp's milliseconds minus the previous change's in the batch (the first
//            change: minus 0), so that a write's changes cost a byte or two;
//   counter  the stamp's counter; the stamp's device is the run's device;
//   base     absent or null: none; [ms, counter, d]: one stamp; a string: the v1 text
//            (stamps joined by ',', or "field=stamp;...");
//   op       absent: the op id derived from the stamp (derivedOpId); else the op id itself
//            (a change made before op ids were derived).
// Runs keep the batch's order: decoding gives back the changes in the order they were
// encoded, and an error names the change by its index in that order ("changes[i]...").
//
// Record and device ids are UUID text in the JSON encoding; in the CBOR encoding they are
// 16-byte byte strings (text is accepted too). Both encodings decode alike; the engine sends
// CBOR, which bench_wire measured faster to write and read and smaller after gzip (README).
#pragma once

#include "bro/sync/change.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::sync {

// The op id of a change made at this stamp: a UUID (version 8) of the stamp's milliseconds
// (48 bits, so that op ids sort by time) and the SHA-256 of the stamp's text. A stamp names
// one change (its device's clock never repeats), so the op id need not travel.
[[nodiscard]] std::string derivedOpId(const HlcStamp &stamp);
// The op id that apps and servers before 2026-12-03 derived: all of it from the SHA-256.
// Outbox rows made then carry it (the encoder sends it, as it differs from derivedOpId), and
// a server's log holds it for the changes an older app pushed without an op id; the server
// looks for it too, so that such a change sent again is a duplicate.
[[nodiscard]] std::string legacyDerivedOpId(const HlcStamp &stamp);

enum class WireEncoding { Json, Cbor };

// The batch as a JSON value (binary ids when the value is meant for CBOR).
[[nodiscard]] nlohmann::json encodeBatch(const std::vector<Change> &changes,
                                         WireEncoding encoding = WireEncoding::Json);

struct BatchError
{
    std::string message;   // "changes[3].hlc: ..." or "r[2]: ..." naming the place and reason
    std::size_t index = 0; // the change's index when the error is about one change
    bool aboutChange = false;
};

// A change of a batch that could not be read, and why; the raw form is what could be read of
// it as a v1 change object (for the device's quarantine).
struct BatchAside
{
    nlohmann::json raw;
    std::string reason;
};

// Strict decode of a batch: every table, index and stamp checked, each change then checked
// for form as a v1 change is (changeFormError). nullopt and *error on the first fault; with
// aside given, a change whose own form is wrong is put there instead and the rest decoded
// (what a pull does: one bad change never blocks the rest).
[[nodiscard]] std::optional<std::vector<Change>> decodeBatch(const nlohmann::json &batch,
                                                             BatchError *error = nullptr,
                                                             std::vector<BatchAside> *aside = nullptr);

// The body of a v2 request or reply: JSON text, or CBOR bytes (application/cbor) that start
// with CBOR's self-describe tag (d9 d9 f7, RFC 8949 3.4.6), which no JSON text starts with:
// the transport sends such a body as application/cbor, and a reader tells the two apart.
[[nodiscard]] std::string serialize(const nlohmann::json &value, WireEncoding encoding);
[[nodiscard]] bool isCborBody(std::string_view bytes);
// Parses JSON text or CBOR bytes (the self-describe tag in front optional) with the same
// nesting limit as parseJson; nullopt and *error when malformed or too deep.
[[nodiscard]] std::optional<nlohmann::json> deserialize(std::string_view bytes,
                                                        WireEncoding encoding,
                                                        std::string *error = nullptr);

inline constexpr const char *kCborContentType = "application/cbor";

} // namespace bro::sync
