// Fuzz target: what a device or the server does with a change before any database sees it
// (bro_model and bro_sync, the same code on both sides): the JSON parser with its nesting
// limit, the strict wire parse of a change, validation of the value against its kind and
// field (signature contents included), and the merge.
//
// An input is JSON text: a push body {"changes": [...]}, a single change, or a v2 batch
// (sync/wire.h, {"d": ..., "r": ...}); an input that starts with the byte 0xd9 0xd9 0xf7 (the
// CBOR self-describe tag) is a v2 batch in CBOR. Besides crashes and sanitizer
// reports, these properties must hold for every input:
//  * a v2 batch decodes, or is refused with a reason; what it decodes to encodes (JSON and
//    CBOR) and decodes again to the same changes, and decoding for a pull puts aside exactly
//    the changes a strict decode refuses;
//  * a change that parses writes back to JSON that parses to the same change;
//  * a stored value's text (the input itself, and each change's value written out) reads
//    back through sync::valueFromText as nlohmann's parser reads it;
//  * applying the same valid change twice changes nothing the second time (retries are
//    harmless);
//  * the valid changes of one record, applied in the order given or in the reverse order,
//    leave the same merged state (every replica converges, whatever order changes arrive in).
// The seed corpus is fuzz/corpus/change; crashes found become files in fuzz/regressions/change,
// replayed by ctest (fuzz_replay_change).
#include <bro/model/catalogue.h>
#include <bro/model/validation.h>
#include <bro/sync/change.h>
#include <bro/sync/merge.h>
#include <bro/sync/wire.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace bro;
using Json = nlohmann::json;

[[noreturn]] void fail(const std::string &what, const Json &detail)
{
    std::fprintf(stderr, "fuzz_change: %s\n%s\n", what.c_str(), detail.dump(2).c_str());
    std::abort();
}

// valueFromText's own reader of plain values gives what the parser gives, or leaves the text
// to the parser.
void checkValueText(std::string_view text)
{
    const Json expected = Json::parse(text, nullptr, false);
    const Json got = sync::valueFromText(text, false);
    if (got.is_discarded() != expected.is_discarded() ||
        (!expected.is_discarded() && (got.type() != expected.type() || got != expected)))
        fail("valueFromText reads a value otherwise than the parser",
             Json{{"text", std::string(text.substr(0, 200))}, {"got", got.dump()}});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (size <= 256 && !sync::isCborBody(text))
        checkValueText(text);
    const bool cbor = sync::isCborBody(text);
    std::string why;
    const auto parsed = cbor ? sync::deserialize(text, sync::WireEncoding::Cbor, &why)
                             : model::parseJson(text, &why);
    if (!parsed) {
        if (why.empty())
            fail("parseJson refused without saying why", Json(std::string(text.substr(0, 200))));
        return 0;
    }
    if (model::jsonDepth(*parsed) > model::kMaxJsonDepth)
        fail("parseJson let a value nest deeper than its limit", Json(model::jsonDepth(*parsed)));

    std::vector<Json> items;
    if (parsed->is_object() && parsed->contains("r")) {
        sync::BatchError error;
        const auto changes = sync::decodeBatch(*parsed, &error);
        std::vector<sync::BatchAside> aside;
        const auto lenient = sync::decodeBatch(*parsed, nullptr, &aside);
        if (!changes) {
            if (error.message.empty())
                fail("decodeBatch refused without saying why", *parsed);
            if (error.aboutChange && lenient && aside.empty())
                fail("a change refused by a strict decode was not put aside by a lenient one",
                     *parsed);
        } else if (!lenient || !aside.empty() || !(*lenient == *changes)) {
            fail("a strict and a lenient decode of a valid batch differ", *parsed);
        }
        for (const auto &b : aside)
            if (b.reason.empty())
                fail("a change was put aside without a reason", b.raw);
        if (lenient)
            for (auto encoding : {sync::WireEncoding::Json, sync::WireEncoding::Cbor}) {
                const std::string body =
                    sync::serialize(sync::encodeBatch(*lenient, encoding), encoding);
                const auto again = sync::deserialize(body, encoding);
                const auto back = again ? sync::decodeBatch(*again) : std::nullopt;
                if (!back || !(*back == *lenient))
                    fail("a v2 batch does not survive being written and read again", *parsed);
            }
        if (lenient)
            for (const auto &c : *lenient)
                items.push_back(c);
    } else if (parsed->is_object() && parsed->contains("changes") && (*parsed)["changes"].is_array())
        for (const auto &c : (*parsed)["changes"])
            items.push_back(c);
    else
        items.push_back(*parsed);

    // The valid changes, by record (kind and id), each stamp once.
    std::map<std::pair<std::string, std::string>, std::vector<sync::Change>> byRecord;
    std::set<std::string> stamps;
    for (const Json &item : items) {
        std::string error;
        const auto change = sync::changeFromJson(item, &error);
        if (!change) {
            if (error.empty())
                fail("changeFromJson refused without saying why", item);
            continue;
        }
        const Json written = *change;
        const auto again = sync::changeFromJson(written);
        if (!again || !(*again == *change))
            fail("a change does not survive being written and read again", written);
        checkValueText(change->value.dump()); // as the outbox and the server's log store it

        const model::KindSpec *kind = model::findKind(change->kind);
        if (!kind)
            continue;
        if (auto invalid = model::validateChangeValue(*kind, change->field, change->value)) {
            if (invalid->message.empty())
                fail("a value was refused without a reason", item);
            continue;
        }
        if (!stamps.insert(change->stamp.toString()).second)
            continue; // one stamp is one change: a second one with the same stamp is forged
        byRecord[{change->kind, change->recordId}].push_back(*change);
    }

    for (const auto &[record, changes] : byRecord) {
        const model::KindSpec &kind = *model::findKind(record.first);
        sync::RecordState forward, backward;
        for (const auto &c : changes) {
            (void)sync::applyChange(kind, forward, c);
            const sync::RecordState once = forward;
            (void)sync::applyChange(kind, forward, c);
            if (!(forward == once))
                fail("applying a change twice changed the record again",
                     {{"change", Json(c)},
                      {"once", sync::mergeStateToJson(once)},
                      {"twice", sync::mergeStateToJson(forward)}});
        }
        for (auto it = changes.rbegin(); it != changes.rend(); ++it)
            (void)sync::applyChange(kind, backward, *it);
        if (!(forward == backward)) {
            Json list = Json::array();
            for (const auto &c : changes)
                list.push_back(c);
            fail("the order of the changes decided the merged record",
                 {{"changes", list},
                  {"in order", sync::mergeStateToJson(forward)},
                  {"reversed", sync::mergeStateToJson(backward)}});
        }
    }
    return 0;
}
