// Shared helpers for the store and model tests: a real encrypted store in a temporary
// directory, and valid values for every field of every record kind.
#pragma once

#include "store/migrations.h"
#include "store/store.h"

#include <bro/platform/keystore.h>
#include <bro/sync/uuid.h>

#include <QCryptographicHash> // the store tests check attachment hashes against Qt's own
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <string>

namespace bro::test {

using Json = nlohmann::json;

struct TempStore
{
    QTemporaryDir dir;
    std::string key;
    std::unique_ptr<store::Store> store;

    TempStore()
    {
        platform::FileKeyStore keys(dir.filePath(QStringLiteral("db.key")));
        key = keys.databaseKey(nullptr).value().toStdString();
        reopen();
    }

    [[nodiscard]] QString dbPath() const { return dir.filePath(QStringLiteral("bro.db")); }

    void reopen(sync::HybridClock::WallClock wall = sync::HybridClock::systemMillis)
    {
        store.reset();
        auto r = store::Store::open(dbPath().toStdString(), key, std::move(wall));
        if (auto *e = std::get_if<store::Store::OpenError>(&r))
            qFatal("cannot open the test store: %s", e->message.c_str());
        store = std::move(std::get<std::unique_ptr<store::Store>>(r));
    }

    store::Store *operator->() const { return store.get(); }
};

// "SELECT * FROM table ORDER BY <every column>": a stable order for any table, with or
// without a rowid.
inline std::string orderedSelect(sync::Database &db, const std::string &table)
{
    auto probe = db.prepare("SELECT * FROM " + table + " LIMIT 0");
    std::string order;
    for (int c = 1; c <= probe.columnCount(); ++c)
        order += (c > 1 ? ", " : "") + std::to_string(c);
    return "SELECT * FROM " + table + " ORDER BY " + order;
}

// Every table's rows as text, to prove that a refused write changed nothing at all.
inline std::string snapshot(store::Store &s)
{
    std::string out;
    auto &db = s.database();
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    std::vector<std::string> names;
    while (tables.step())
        names.push_back(tables.text(0));
    for (const auto &t : names) {
        out += "## " + t + "\n";
        auto rows = db.prepare(orderedSelect(db, t));
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c)
                out += (rows.isNull(c) ? std::string("NULL") : rows.text(c)) + "|";
            out += "\n";
        }
    }
    return out;
}

// A valid value for each field, different per field, using Norwegian letters and line breaks
// where text is allowed.
inline Json sampleValue(const model::FieldSpec &f, int variant = 0)
{
    using T = model::FieldType;
    switch (f.type) {
    case T::Text:
        if (f.format == model::TextFormat::OrganisationNumber)
            return variant % 2 ? "889640782" : "974760673";
        return "Tekst " + f.name + " æøå ÆØÅ " + std::to_string(variant);
    case T::FreeText:
        return "Første linje for " + f.name + "\nAndre linje – «sitat» " + std::to_string(variant);
    case T::Date:
        return variant % 2 ? "2026-04-30" : "2026-03-15";
    case T::DateTime:
        return "2026-03-15T10:30:00Z";
    case T::Integer:
        return static_cast<std::int64_t>(f.min + (variant % 2));
    case T::Decimal:
        return f.max >= 7.5 ? 7.5 - variant : f.max;
    case T::Boolean:
        return variant % 2 == 0;
    case T::Enum:
        return f.values[std::size_t(variant) % f.values.size()];
    case T::Sha256:
        return std::string(64, variant % 2 ? 'b' : 'a');
    case T::Reference:
        return nullptr; // filled in by the caller
    }
    return nullptr;
}

// Valid fields for a record of kind, with its references pointing at ids (by kind).
inline Json sampleRecord(const model::KindSpec &kind, const std::map<std::string, std::string> &ids,
                         bool withSignature = true, int variant = 0)
{
    Json r = Json::object();
    for (const auto &f : kind.fields) {
        if (f.type == model::FieldType::Reference) {
            const std::string target = f.refKind.empty() ? "participant" : f.refKind;
            auto it = ids.find(target);
            if (it != ids.end() && target != kind.name)
                r[f.name] = it->second;
            continue;
        }
        if (!withSignature && model::isSignatureField(f.name))
            continue;
        r[f.name] = sampleValue(f, variant);
    }
    if (kind.field("owner_kind"))
        r["owner_kind"] = "participant";
    return r;
}

// Creates one record of every kind, parents first; returns the ids by kind.
inline std::map<std::string, std::string> createOneOfEach(store::Store &s, bool withSignature)
{
    std::map<std::string, std::string> ids;
    for (const auto &kind : model::recordKinds()) {
        const auto r = s.create(kind.name, sampleRecord(kind, ids, withSignature));
        if (!r.ok())
            qFatal("sample %s refused: %s", kind.name.c_str(), r.error->message.c_str());
        ids[kind.name] = r.id;
    }
    return ids;
}

} // namespace bro::test
