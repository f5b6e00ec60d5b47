#include "bro/sync/merge.h"

#include <algorithm>

namespace bro::sync {

namespace {

std::string get(const std::map<std::string, std::string> &m, const std::string &key)
{
    auto it = m.find(key);
    return it == m.end() ? std::string() : it->second;
}

// The device of a stamp (its text; see HlcStamp::toString()).
std::string_view deviceOf(const std::string &stamp)
{
    constexpr std::size_t kDeviceAt = 15 + 1 + 8 + 1;
    return stamp.size() > kDeviceAt ? std::string_view(stamp).substr(kDeviceAt) : std::string_view();
}

// Whether the stamp (its text) is one of this device's.
bool madeBy(const std::string &stamp, std::string_view device)
{
    return !device.empty() && deviceOf(stamp) == device;
}

// Keeps stamp as the newest merged from its device, unless it is onceFrom's (a replica's own
// versions never come to it again).
void noteDelivered(std::map<std::string, std::string> &byDevice, const std::string &stamp,
                   std::string_view onceFrom)
{
    const std::string_view device = deviceOf(stamp);
    if (device.empty() || device == onceFrom)
        return;
    auto &newest = byDevice[std::string(device)];
    if (newest < stamp)
        newest = stamp;
}

void keepRefused(RecordState &state, const std::string &field, Head head)
{
    auto it = state.refused.find(field);
    if (it == state.refused.end() || it->second.stamp < head.stamp)
        state.refused[field] = std::move(head);
}

MergeResult applyDelete(RecordState &state, const Change &c)
{
    if (!c.value.is_boolean() || !c.value.get<bool>())
        return {MergeOutcome::Refused, "a deleted record cannot be restored by sync"};
    bool changed = !state.deleted;
    state.deleted = true;
    for (const auto &[field, stamp] : decodeSeen(c.baseVersion)) {
        auto &seen = state.deleteSeen[field];
        if (seen < stamp) {
            seen = stamp;
            changed = true;
        }
    }
    return {changed ? MergeOutcome::Applied : MergeOutcome::Duplicate, {}};
}

MergeResult applySignature(RecordState &state, const Change &c, const std::string &stamp)
{
    if (state.signature && state.signature->stamp == stamp)
        return {MergeOutcome::Duplicate, {}};
    if (state.signature && state.signature->stamp < stamp) {
        keepRefused(state, std::string(kSignatureField), Head{stamp, c.value});
        return {MergeOutcome::Refused, "already signed off; the later signature is kept aside"};
    }
    if (state.signature) // this signature is older: it holds, the newer one is kept aside
        keepRefused(state, std::string(kSignatureField),
                    Head{state.signature->stamp, state.signature->value});
    Signature sig{stamp, c.value, decodeSeen(c.baseVersion)};
    for (const char *f : {"signed_by", "signed_at", "signature_strokes"}) {
        state.values[f] = c.value.value(f, nlohmann::json());
        state.versions[f] = stamp;
    }
    const auto content = c.value.value("content", nlohmann::json::object());
    for (const auto &[field, value] : content.items()) {
        const std::string seen = get(sig.seen, field);
        const std::string current = get(state.versions, field);
        if (current > seen) // edited after what the signer saw: kept aside, not signed
            keepRefused(state, field, Head{current, state.values.value(field, nlohmann::json())});
        state.values[field] = value;
        state.versions[field] = seen;
        state.heads.erase(field);
    }
    state.signature = std::move(sig);
    return {MergeOutcome::Applied, {}};
}

} // namespace

nlohmann::json mergeStateToJson(const RecordState &state)
{
    nlohmann::json j = nlohmann::json::object();
    j["v"] = state.versions;
    if (!state.heads.empty()) {
        nlohmann::json heads = nlohmann::json::object();
        for (const auto &[field, hs] : state.heads)
            for (const auto &h : hs)
                heads[field].push_back({h.stamp, h.value});
        j["h"] = std::move(heads);
    }
    if (!state.superseded.empty())
        j["x"] = state.superseded;
    if (!state.delivered.empty())
        j["n"] = state.delivered;
    if (state.deleted)
        j["d"] = state.deleteSeen;
    if (state.signature)
        j["s"] = {{"stamp", state.signature->stamp},
                  {"value", state.signature->value},
                  {"seen", state.signature->seen}};
    if (!state.refused.empty()) {
        nlohmann::json refused = nlohmann::json::object();
        for (const auto &[field, h] : state.refused)
            refused[field] = {h.stamp, h.value};
        j["r"] = std::move(refused);
    }
    return j;
}

RecordState mergeStateFromJson(const nlohmann::json &j, nlohmann::json values)
{
    RecordState state;
    state.values = std::move(values);
    if (!j.is_object())
        return state;
    if (auto v = j.find("v"); v != j.end())
        state.versions = v->get<std::map<std::string, std::string>>();
    if (auto h = j.find("h"); h != j.end())
        for (const auto &[field, hs] : h->items())
            for (const auto &pair : hs)
                state.heads[field].push_back({pair.at(0).get<std::string>(), pair.at(1)});
    if (auto x = j.find("x"); x != j.end())
        state.superseded = x->get<std::map<std::string, std::vector<std::string>>>();
    if (auto n = j.find("n"); n != j.end())
        state.delivered = n->get<std::map<std::string, std::map<std::string, std::string>>>();
    if (auto d = j.find("d"); d != j.end()) {
        state.deleted = true;
        state.deleteSeen = d->get<std::map<std::string, std::string>>();
    }
    if (auto sig = j.find("s"); sig != j.end())
        state.signature = Signature{sig->at("stamp").get<std::string>(), sig->at("value"),
                                    sig->at("seen").get<std::map<std::string, std::string>>()};
    if (auto r = j.find("r"); r != j.end())
        for (const auto &[field, pair] : r->items())
            state.refused[field] = Head{pair.at(0).get<std::string>(), pair.at(1)};
    return state;
}

std::vector<std::string> splitStamps(const std::string &base)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < base.size()) {
        const std::size_t comma = base.find(',', start);
        const std::size_t end = comma == std::string::npos ? base.size() : comma;
        if (end > start)
            out.push_back(base.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string joinStamps(const std::vector<std::string> &stamps)
{
    std::string out;
    for (const auto &s : stamps)
        out += (out.empty() ? "" : ",") + s;
    return out;
}

std::map<std::string, std::string> decodeSeen(const std::string &base)
{
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start < base.size()) {
        const std::size_t semi = base.find(';', start);
        const std::size_t end = semi == std::string::npos ? base.size() : semi;
        const std::string item = base.substr(start, end - start);
        const std::size_t eq = item.find('=');
        if (eq != std::string::npos && eq > 0)
            out[item.substr(0, eq)] = item.substr(eq + 1);
        start = end + 1;
    }
    return out;
}

std::string encodeSeen(const std::map<std::string, std::string> &seen)
{
    std::string out;
    for (const auto &[field, stamp] : seen)
        out += (out.empty() ? "" : ";") + field + "=" + stamp;
    return out;
}

const char *conflictReasonName(Conflict::Reason reason)
{
    switch (reason) {
    case Conflict::Reason::ConcurrentText:
        return "concurrent_text";
    case Conflict::Reason::EditedAfterDelete:
        return "edited_after_delete";
    case Conflict::Reason::EditedAfterSignOff:
        return "edited_after_sign_off";
    case Conflict::Reason::RefusedByServer:
        return "refused_by_server";
    }
    return "unknown";
}

std::vector<Conflict> RecordState::conflicts() const
{
    std::vector<Conflict> out;
    for (const auto &[field, hs] : heads) {
        const auto &winner = hs.back();
        for (const auto &h : hs)
            if (h.stamp != winner.stamp && h.value != winner.value)
                out.push_back({field, Conflict::Reason::ConcurrentText, h.stamp, h.value});
    }
    if (deleted) {
        for (const auto &[field, stamp] : versions) {
            auto seen = deleteSeen.find(field);
            if (seen == deleteSeen.end() || stamp > seen->second)
                out.push_back({field, Conflict::Reason::EditedAfterDelete, stamp,
                               values.value(field, nlohmann::json())});
        }
    }
    for (const auto &[field, h] : refused)
        out.push_back({field, Conflict::Reason::EditedAfterSignOff, h.stamp, h.value});
    std::sort(out.begin(), out.end(), [](const Conflict &a, const Conflict &b) {
        return std::tie(a.field, a.stamp, a.reason) < std::tie(b.field, b.stamp, b.reason);
    });
    return out;
}

MergeResult applyChange(const model::KindSpec &kind, RecordState &state, const Change &c,
                        Delivery delivery, std::string_view onceFrom)
{
    if (delivery == Delivery::CausalOnce) {
        state.superseded.clear(); // what arrived once does not arrive again
        state.delivered.clear();
    } else if (delivery == Delivery::CausalAgain && !state.superseded.empty()) {
        // A state kept before: what it had edited over was delivered (bases come first).
        for (const auto &[field, stamps] : state.superseded)
            for (const auto &s : stamps)
                noteDelivered(state.delivered[field], s, onceFrom);
        state.superseded.clear();
    }
    const std::string stamp = c.stamp.toString();
    const std::string &f = c.field;
    if (f == model::kDeletedField)
        return applyDelete(state, c);
    if (f == kSignatureField)
        return applySignature(state, c, stamp);

    // Seen before?
    if (get(state.versions, f) == stamp)
        return {MergeOutcome::Duplicate, {}};
    if (auto h = state.heads.find(f); h != state.heads.end())
        for (const auto &head : h->second)
            if (head.stamp == stamp)
                return {MergeOutcome::Duplicate, {}};
    if (auto r = state.refused.find(f); r != state.refused.end() && r->second.stamp == stamp)
        return {MergeOutcome::Duplicate, {}};
    // Append-only records (meeting notes, logbook entries, evaluations, feedback) are written
    // once: the first value of a field (by HLC) holds, a later one is kept as a conflict.
    if (kind.appendOnly && !model::isSignatureField(f)) {
        const std::string current = get(state.versions, f);
        if (!current.empty() && current != stamp) {
            if (stamp > current) {
                keepRefused(state, f, Head{stamp, c.value});
                return {MergeOutcome::Refused,
                        "a " + kind.name + " is not changed once written; the edit is kept as a "
                                           "conflict"};
            }
            keepRefused(state, f, Head{current, state.values.value(f, nlohmann::json())});
        }
        state.values[f] = c.value;
        state.versions[f] = stamp;
        state.heads.erase(f);
        return {MergeOutcome::Applied, {}};
    }

    if (auto sup = state.superseded.find(f);
        sup != state.superseded.end() &&
        std::find(sup->second.begin(), sup->second.end(), stamp) != sup->second.end())
        return {MergeOutcome::Duplicate, {}};

    const model::FieldSpec *spec = kind.field(f);
    const bool freeText = spec && spec->type == model::FieldType::FreeText;
    if (freeText && delivery == Delivery::CausalAgain) {
        auto &byDevice = state.delivered[f];
        if (auto d = byDevice.find(std::string(deviceOf(stamp))); d != byDevice.end() && stamp <= d->second)
            return {MergeOutcome::Duplicate, {}}; // its device's newer one is merged already
        // Noted before the merge: a change refused below (signed) is not merged again either.
        noteDelivered(byDevice, stamp, onceFrom);
        if (byDevice.empty())
            state.delivered.erase(f);
    }
    if (freeText && delivery == Delivery::Any) {
        // The versions this edit was based on are superseded, whether they arrived already
        // or arrive later.
        auto &superseded = state.superseded[f];
        for (const auto &b : splitStamps(c.baseVersion))
            if (!madeBy(b, onceFrom) &&
                std::find(superseded.begin(), superseded.end(), b) == superseded.end())
                superseded.insert(std::upper_bound(superseded.begin(), superseded.end(), b), b);
        if (!onceFrom.empty()) // what an older state kept of them
            std::erase_if(superseded, [&](const std::string &s) { return madeBy(s, onceFrom); });
    }

    // Signed content is immutable: a newer edit is kept aside; an older one lost anyway.
    if (state.signature && !model::isSignatureField(f)) {
        if (stamp > get(state.signature->seen, f)) {
            keepRefused(state, f, Head{stamp, c.value});
            return {MergeOutcome::Refused,
                    "the " + kind.name + " is signed off; the edit is kept as a conflict"};
        }
        return {MergeOutcome::Superseded, {}};
    }

    MergeResult result{MergeOutcome::Applied, {}};
    if (freeText) {
        std::vector<Head> hs;
        if (auto it = state.heads.find(f); it != state.heads.end())
            hs = it->second;
        else if (!get(state.versions, f).empty())
            hs.push_back({state.versions[f], state.values.value(f, nlohmann::json())});
        const auto bases = splitStamps(c.baseVersion);
        std::erase_if(hs, [&](const Head &h) {
            return std::find(bases.begin(), bases.end(), h.stamp) != bases.end();
        });
        hs.push_back({stamp, c.value});
        std::sort(hs.begin(), hs.end(),
                  [](const Head &a, const Head &b) { return a.stamp < b.stamp; });
        const Head &winner = hs.back();
        state.values[f] = winner.value;
        state.versions[f] = winner.stamp;
        const bool differs = std::any_of(hs.begin(), hs.end(),
                                         [&](const Head &h) { return h.value != winner.value; });
        if (hs.size() > 1) {
            state.heads[f] = hs;
            if (differs)
                result = {MergeOutcome::Conflict,
                          "edited on two devices at once; both texts are kept"};
        } else {
            state.heads.erase(f);
        }
    } else if (stamp > get(state.versions, f)) {
        state.values[f] = c.value;
        state.versions[f] = stamp;
    } else {
        return {MergeOutcome::Superseded, {}};
    }

    if (state.deleted && get(state.versions, f) > get(state.deleteSeen, f) &&
        result.outcome == MergeOutcome::Applied)
        result = {MergeOutcome::Conflict, "edited after the record was deleted; it stays deleted"};
    return result;
}

std::string baseForEdit(const model::KindSpec &kind, const RecordState &state, const std::string &field,
                        bool resolvesConflict)
{
    if (field == model::kDeletedField)
        return encodeSeen(state.versions);
    if (field == kSignatureField) {
        std::map<std::string, std::string> content;
        for (const auto &[f, v] : state.versions)
            if (!model::isSignatureField(f))
                content[f] = v;
        return encodeSeen(content);
    }
    const model::FieldSpec *spec = kind.field(field);
    if (spec && spec->type == model::FieldType::FreeText && resolvesConflict) {
        if (auto it = state.heads.find(field); it != state.heads.end()) {
            std::vector<std::string> stamps;
            for (const auto &h : it->second)
                stamps.push_back(h.stamp);
            return joinStamps(stamps);
        }
    }
    return get(state.versions, field);
}

} // namespace bro::sync
