#include "bro/sync/wire.h"

#include "bro/sync/sha256.h"
#include "bro/sync/uuid.h"

#include <bro/model/validation.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace bro::sync {

using Json = nlohmann::json;

namespace {

const std::string kSelfDescribe("\xd9\xd9\xf7", 3);
constexpr std::int64_t kMaxMillis = 999'999'999'999'999; // 15 digits, as in the stamp's text

Json idValue(const std::string &id, WireEncoding encoding)
{
    if (encoding == WireEncoding::Cbor)
        if (auto uuid = Uuid::parse(id); uuid && uuid->toString() == id)
            return Json::binary(std::vector<std::uint8_t>(uuid->bytes().begin(), uuid->bytes().end()));
    return id;
}

// A record or device id as text: a canonical UUID string, or 16 bytes.
std::optional<std::string> idText(const Json &v)
{
    if (v.is_string()) {
        const auto &s = v.get_ref<const std::string &>();
        if (!model::isCanonicalUuid(s))
            return std::nullopt;
        return s;
    }
    if (v.is_binary() && v.get_binary().size() == 16) {
        std::array<std::uint8_t, 16> bytes{};
        std::copy(v.get_binary().begin(), v.get_binary().end(), bytes.begin());
        return Uuid(bytes).toString();
    }
    return std::nullopt;
}

class Table
{
public:
    std::size_t index(const std::string &name)
    {
        auto [it, added] = m_index.try_emplace(name, m_names.size());
        if (added)
            m_names.push_back(name);
        return it->second;
    }
    [[nodiscard]] const std::vector<std::string> &names() const { return m_names; }

private:
    std::unordered_map<std::string, std::size_t> m_index;
    std::vector<std::string> m_names;
};

// nlohmann's DOM parser with a nesting limit, for CBOR (whose reader recurses per level).
// Whether text is well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF). CBOR text strings are not checked by the parser, and one that is not UTF-8 would
// be stored and then break every JSON reply that carries it.
bool isUtf8(const std::string &text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        int more = 0;
        std::uint32_t cp = 0, min = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            more = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            more = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (end - p <= more)
            return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += more + 1;
    }
    return true;
}

class LimitedSax : public nlohmann::detail::json_sax_dom_parser<Json>
{
public:
    LimitedSax(Json &root, int maxDepth)
        : json_sax_dom_parser(root, false)
        , m_max(maxDepth)
    {}
    bool start_object(std::size_t n)
    {
        if (++m_depth > m_max) {
            tooDeep = true;
            return false;
        }
        return json_sax_dom_parser::start_object(n);
    }
    bool start_array(std::size_t n)
    {
        if (++m_depth > m_max) {
            tooDeep = true;
            return false;
        }
        return json_sax_dom_parser::start_array(n);
    }
    bool end_object()
    {
        --m_depth;
        return json_sax_dom_parser::end_object();
    }
    bool end_array()
    {
        --m_depth;
        return json_sax_dom_parser::end_array();
    }
    bool string(std::string &value)
    {
        if (!isUtf8(value)) {
            notUtf8 = true;
            return false;
        }
        return json_sax_dom_parser::string(value);
    }
    bool key(std::string &value)
    {
        if (!isUtf8(value)) {
            notUtf8 = true;
            return false;
        }
        return json_sax_dom_parser::key(value);
    }
    // JSON has no NaN or infinity: such a CBOR number would read differently on every replica.
    bool number_float(double value, const std::string &text)
    {
        if (!std::isfinite(value)) {
            notFinite = true;
            return false;
        }
        return json_sax_dom_parser::number_float(value, text);
    }
    bool tooDeep = false;
    bool notUtf8 = false;
    bool notFinite = false;

private:
    int m_max;
    int m_depth = 0;
};

// The first 16 bytes of the SHA-256 of the stamp's text.
std::array<std::uint8_t, 16> stampDigest(const HlcStamp &stamp)
{
    const auto digest = sha256(stamp.toString());
    std::array<std::uint8_t, 16> bytes{};
    std::copy_n(digest.begin(), bytes.size(), bytes.begin());
    return bytes;
}

std::string opIdOf(std::array<std::uint8_t, 16> bytes)
{
    bytes[6] = std::uint8_t((bytes[6] & 0x0F) | 0x80); // version 8: custom
    bytes[8] = std::uint8_t((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
    return Uuid(bytes).toString();
}

} // namespace

std::string derivedOpId(const HlcStamp &stamp)
{
    auto bytes = stampDigest(stamp);
    // The stamp's milliseconds first, big-endian, as in a UUIDv7: a push's op ids land side
    // by side at the end of the server's unique index of op ids. From the hash alone they
    // landed at random places, and every push rewrote (and SQLCipher encrypted) most of that
    // index's pages: 15-30 % of a 2,000-change push's server CPU (README, "Benchmarks").
    const auto millis = std::uint64_t(std::max<std::int64_t>(stamp.millis, 0));
    for (int i = 0; i < 6; ++i)
        bytes[std::size_t(i)] = std::uint8_t(millis >> (40 - 8 * i));
    return opIdOf(bytes);
}

std::string legacyDerivedOpId(const HlcStamp &stamp)
{
    return opIdOf(stampDigest(stamp));
}

Json encodeBatch(const std::vector<Change> &changes, WireEncoding encoding)
{
    Table devices, kinds, fields;
    Json runs = Json::array();
    Json *run = nullptr;
    const Change *previous = nullptr;
    std::int64_t lastMillis = 0;
    for (const Change &c : changes) {
        if (!previous || previous->recordId != c.recordId || previous->kind != c.kind ||
            previous->deviceId != c.deviceId) {
            runs.push_back(Json::array(
                {kinds.index(c.kind), idValue(c.recordId, encoding), devices.index(c.deviceId)}));
            run = &runs.back();
        }
        previous = &c;
        Json item = Json::array({fields.index(c.field), c.value, c.stamp.millis - lastMillis,
                                 c.stamp.counter});
        lastMillis = c.stamp.millis;
        const bool explicitOp = c.opId != derivedOpId(c.stamp);
        if (!c.baseVersion.empty() || explicitOp) {
            Json base; // null: none
            if (!c.baseVersion.empty()) {
                base = c.baseVersion;
                if (c.baseVersion.find_first_of(",=") == std::string::npos)
                    if (auto s = HlcStamp::parse(c.baseVersion);
                        s && s->toString() == c.baseVersion && model::isCanonicalUuid(s->device))
                        base = Json::array({s->millis, s->counter, devices.index(s->device)});
            }
            item.push_back(std::move(base));
        }
        if (explicitOp)
            item.push_back(c.opId);
        run->push_back(std::move(item));
    }
    Json d = Json::array();
    for (const auto &id : devices.names())
        d.push_back(idValue(id, encoding));
    return Json{{"d", std::move(d)}, {"k", kinds.names()}, {"f", fields.names()},
                {"r", std::move(runs)}};
}

std::optional<std::vector<Change>> decodeBatch(const Json &batch, BatchError *error,
                                               std::vector<BatchAside> *aside)
{
    std::vector<Change> out;
    std::size_t position = 0; // of the change in the batch
    auto fail = [&](std::string why, bool aboutChange = false) -> std::optional<std::vector<Change>> {
        if (error) {
            error->aboutChange = aboutChange;
            error->index = position;
            error->message = aboutChange
                                 ? "changes[" + std::to_string(position) + "]." + std::move(why)
                                 : std::move(why);
        }
        return std::nullopt;
    };
    if (!batch.is_object())
        return fail("batch: must be an object");
    auto table = [&](const char *key) -> const Json * {
        auto it = batch.find(key);
        return it != batch.end() && it->is_array() ? &*it : nullptr;
    };
    const Json *d = table("d"), *k = table("k"), *f = table("f"), *r = table("r");
    for (auto [key, t] : {std::pair{"d", d}, {"k", k}, {"f", f}, {"r", r}})
        if (!t)
            return fail(std::string(key) + ": missing, or not an array");
    std::vector<std::string> devices, kinds, fields;
    for (std::size_t i = 0; i < d->size(); ++i) {
        auto id = idText((*d)[i]);
        if (!id)
            return fail("d[" + std::to_string(i) + "]: not a device id (a UUID)");
        devices.push_back(std::move(*id));
    }
    for (auto [key, t, names] : {std::tuple{"k", k, &kinds}, {"f", f, &fields}})
        for (std::size_t i = 0; i < t->size(); ++i) {
            const Json &name = (*t)[i];
            if (!name.is_string() || name.get_ref<const std::string &>().empty() ||
                name.get_ref<const std::string &>().size() > 64)
                return fail(std::string(key) + "[" + std::to_string(i) +
                            "]: must be a name (1 to 64 characters)");
            names->push_back(name.get<std::string>());
        }
    auto index = [](const Json &v, std::size_t size) -> std::optional<std::size_t> {
        if (!v.is_number_unsigned() || v.get<std::uint64_t>() >= size)
            return std::nullopt;
        return std::size_t(v.get<std::uint64_t>());
    };
    // A whole number within +-kMaxMillis (an unsigned one past INT64_MAX is not read as negative).
    auto millisOf = [](const Json &v) -> std::optional<std::int64_t> {
        if (v.is_number_unsigned())
            return v.get<std::uint64_t>() <= std::uint64_t(kMaxMillis)
                       ? std::optional(std::int64_t(v.get<std::uint64_t>()))
                       : std::nullopt;
        if (!v.is_number_integer() || v.get<std::int64_t>() < -kMaxMillis)
            return std::nullopt;
        return v.get<std::int64_t>();
    };
    auto counterOf = [](const Json &v) -> std::optional<std::uint32_t> {
        if (!v.is_number_unsigned() ||
            v.get<std::uint64_t>() > std::numeric_limits<std::uint32_t>::max())
            return std::nullopt;
        return std::uint32_t(v.get<std::uint64_t>());
    };

    std::int64_t millis = 0;
    for (std::size_t g = 0; g < r->size(); ++g) {
        const Json &run = (*r)[g];
        const std::string at = "r[" + std::to_string(g) + "]";
        if (!run.is_array() || run.size() < 4)
            return fail(at + ": must be [kind, id, device, change, ...]");
        const auto kind = index(run[0], kinds.size());
        if (!kind)
            return fail(at + ".kind: not an index into k");
        const auto id = idText(run[1]);
        if (!id)
            return fail(at + ".id: not a UUID in lower case");
        const auto device = index(run[2], devices.size());
        if (!device)
            return fail(at + ".device: not an index into d");
        for (std::size_t i = 3; i < run.size(); ++i) {
            const Json &item = run[i];
            if (!item.is_array() || item.size() < 4 || item.size() > 6)
                return fail("change: must be [field, value, ms, counter, base?, op?]", true);
            const auto field = index(item[0], fields.size());
            if (!field)
                return fail("field: not an index into f", true);
            // The delta is bounded before it is added, so that the sum cannot overflow.
            const auto delta = millisOf(item[2]);
            if (!delta)
                return fail("hlc: milliseconds must be a whole number of at most 15 digits", true);
            const std::int64_t next = millis + *delta;
            if (next < 0 || next > kMaxMillis)
                return fail("hlc: milliseconds out of range", true);
            millis = next;
            const auto counter = counterOf(item[3]);
            if (!counter)
                return fail("hlc: the counter must be a whole number below 2^32", true);

            Change c;
            // From here on a fault is the change's own: a pull puts it aside.
            auto bad = [&](std::string why) {
                if (!aside)
                    return false;
                Json raw = c;
                aside->push_back({std::move(raw), "changes[" + std::to_string(position) + "]." + why});
                ++position;
                return true;
            };
            c.kind = kinds[*kind];
            c.recordId = *id;
            c.deviceId = devices[*device];
            c.field = fields[*field];
            c.value = item[1];
            c.stamp = HlcStamp{millis, *counter, c.deviceId};
            if (item.size() > 4) {
                const Json &base = item[4];
                if (base.is_string()) {
                    c.baseVersion = base.get<std::string>();
                } else if (base.is_array() && base.size() == 3) {
                    const auto bd = index(base[2], devices.size());
                    const auto bc = counterOf(base[1]);
                    const auto bm = millisOf(base[0]);
                    if (!bm || *bm < 0 || !bc || !bd) {
                        if (bad("base: must be [ms, counter, device index]"))
                            continue;
                        return fail("base: must be [ms, counter, device index]", true);
                    }
                    c.baseVersion = HlcStamp{*bm, *bc, devices[*bd]}.toString();
                } else if (!base.is_null()) {
                    if (bad("base: must be null, a stamp or a string"))
                        continue;
                    return fail("base: must be null, a stamp or a string", true);
                }
            }
            if (item.size() > 5 && !item[5].is_string()) {
                if (bad("op: must be a string"))
                    continue;
                return fail("op: must be a string", true);
            }
            c.opId = item.size() > 5 ? item[5].get<std::string>() : derivedOpId(c.stamp);
            if (std::string why = changeFormError(c); !why.empty()) {
                if (bad(why))
                    continue;
                return fail(std::move(why), true);
            }
            out.push_back(std::move(c));
            ++position;
        }
    }
    return out;
}

std::string serialize(const Json &value, WireEncoding encoding)
{
    if (encoding == WireEncoding::Cbor) {
        std::string out = kSelfDescribe;
        Json::to_cbor(value, nlohmann::detail::output_adapter<char>(out));
        return out;
    }
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

bool isCborBody(std::string_view bytes)
{
    return bytes.substr(0, kSelfDescribe.size()) == kSelfDescribe;
}

std::optional<Json> deserialize(std::string_view bytes, WireEncoding encoding, std::string *error)
{
    if (encoding == WireEncoding::Json)
        return model::parseJson(bytes, error);
    if (isCborBody(bytes))
        bytes.remove_prefix(kSelfDescribe.size());
    Json root;
    LimitedSax sax(root, model::kMaxJsonDepth);
    bool ok = false;
    try {
        ok = Json::sax_parse(bytes.begin(), bytes.end(), &sax, nlohmann::detail::input_format_t::cbor,
                             true);
    } catch (const std::exception &) {
        ok = false;
    }
    if (!ok || sax.is_errored()) {
        if (error)
            *error = sax.tooDeep   ? "nested deeper than " + std::to_string(model::kMaxJsonDepth) +
                                         " levels"
                     : sax.notUtf8 ? std::string("a text string is not UTF-8")
                     : sax.notFinite ? std::string("a number is not finite (NaN or infinity)")
                                   : std::string("malformed CBOR");
        return std::nullopt;
    }
    return root;
}

} // namespace bro::sync
