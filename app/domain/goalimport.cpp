#include "goalimport.h"

#include "labels.h"
#include "store/store.h"

#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <set>

namespace bro {

namespace {

using Json = nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("GoalImport", text);
}

// The bundled lists. The CSV list carries no trade of its own, so it is named here.
struct SampleSource
{
    const char *id;
    const char *name;
    const char *trade; // empty: from the list itself
    const char *resource;
};
constexpr SampleSource kSamples[] = {
    {"elektrikerfaget", "Elektrikerfaget (Vg3 opplæring i bedrift)", "Elektrikerfaget",
     ":/goals/elektrikerfaget.csv"},
    {"helsearbeiderfaget", "Helsearbeiderfaget (Vg3 opplæring i bedrift)", "",
     ":/goals/helsearbeiderfaget.json"},
};

const QStringList kCsvColumns = {QStringLiteral("code"), QStringLiteral("title"),
                                 QStringLiteral("description"), QStringLiteral("trade")};

// Decodes UTF-8 (a byte order mark is dropped); false if the bytes are not UTF-8.
bool decodeUtf8(const QByteArray &bytes, QString &out)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    out = decoder(bytes);
    return !decoder.hasError();
}

// Why a value does not fit a competence goal's field, or an empty string if it does.
QString checkField(const char *field, const QString &value)
{
    const model::FieldSpec *spec = model::findKind("competence_goal")->field(field);
    const auto e =
        model::validateValue(*spec, value.isEmpty() ? Json() : Json(value.toStdString()));
    if (!e)
        return {};
    switch (e->code) {
    case model::ErrorCode::Required:
        return tr("is missing");
    case model::ErrorCode::TooLong:
        return tr("is too long (%1 characters, at most %2)")
            .arg(value.size())
            .arg(spec->type == model::FieldType::Text ? model::kMaxTextLength
                                                      : model::kMaxFreeTextLength);
    default:
        return QString::fromStdString(e->message);
    }
}

// The first field of the goal that does not fit, as "field: reason"; empty if none.
QString checkGoal(const GoalDraft &g)
{
    const std::pair<const char *, const QString *> fields[] = {{"code", &g.code},
                                                               {"title", &g.title},
                                                               {"description", &g.description},
                                                               {"trade", &g.trade}};
    for (const auto &[name, value] : fields)
        if (const QString why = checkField(name, *value); !why.isEmpty())
            return QStringLiteral("%1: %2").arg(QLatin1String(name), why);
    return {};
}

struct CsvRecord
{
    int line = 0; // where the record starts, 1-based
    QStringList fields;
};

// Splits CSV text into records (RFC 4180 quoting). Fails on a quote left open.
bool splitCsv(const QString &text, QChar separator, std::vector<CsvRecord> &records, QString &error)
{
    int line = 1;
    CsvRecord current{.line = 1};
    QString field;
    bool quoted = false, wasQuoted = false;
    int quoteLine = 0;
    auto endField = [&] {
        current.fields.push_back(wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        records.push_back(std::move(current));
        current = CsvRecord{.line = line};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r'))
                    field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = wasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (quoted) {
        error = tr("Line %1: a quoted field is not closed").arg(quoteLine);
        return false;
    }
    if (!field.isEmpty() || wasQuoted || !current.fields.isEmpty())
        endRecord();
    return true;
}

bool isBlank(const QStringList &fields)
{
    for (const auto &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

// "  EL-01 " and "el-01" are the same code; titles compare the same way.
QString normalized(const QString &s)
{
    return s.simplified().toCaseFolded();
}

QString localFile(const QString &source)
{
    const QUrl url(source);
    return url.isLocalFile() ? url.toLocalFile() : source;
}

} // namespace

GoalParseResult parseGoalsCsv(const QByteArray &bytes, const QString &trade)
{
    GoalParseResult r;
    r.list.trade = trade;
    QString text;
    if (!decodeUtf8(bytes, text)) {
        r.error = tr("The file is not UTF-8 text");
        return r;
    }
    // The header decides the separator: whichever of ";" and "," it uses more.
    const QString header = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = header.count(QLatin1Char(';')) > header.count(QLatin1Char(','))
                                ? QLatin1Char(';')
                                : QLatin1Char(',');
    std::vector<CsvRecord> records;
    if (!splitCsv(text, separator, records, r.error))
        return r;
    std::size_t first = 0;
    while (first < records.size() && isBlank(records[first].fields))
        ++first;
    if (first == records.size()) {
        r.error = tr("The file is empty: expected a header row \"code,title,description\"");
        return r;
    }
    const CsvRecord &head = records[first];
    std::vector<int> column; // header position -> index into kCsvColumns
    for (const QString &name : head.fields) {
        const int known = int(kCsvColumns.indexOf(name.trimmed().toLower()));
        if (known < 0) {
            r.error = tr("Line %1: unknown column \"%2\" (expected code, title, description)")
                          .arg(head.line)
                          .arg(name);
            return r;
        }
        if (std::find(column.begin(), column.end(), known) != column.end()) {
            r.error = tr("Line %1: the column \"%2\" appears twice").arg(head.line).arg(name);
            return r;
        }
        column.push_back(known);
    }
    if (std::find(column.begin(), column.end(), 1) == column.end()) {
        r.error = tr("Line %1: there is no \"title\" column").arg(head.line);
        return r;
    }
    for (std::size_t i = first + 1; i < records.size(); ++i) {
        const CsvRecord &rec = records[i];
        if (isBlank(rec.fields))
            continue;
        if (rec.fields.size() > qsizetype(column.size())) {
            r.error = tr("Line %1: %2 fields, but the header names %3 columns")
                          .arg(rec.line)
                          .arg(rec.fields.size())
                          .arg(column.size());
            return r;
        }
        GoalDraft g;
        QString *targets[] = {&g.code, &g.title, &g.description, &g.trade};
        for (qsizetype f = 0; f < rec.fields.size(); ++f)
            *targets[column[std::size_t(f)]] = rec.fields[f];
        if (const QString why = checkGoal(g); !why.isEmpty()) {
            r.error = tr("Line %1, %2").arg(rec.line).arg(why);
            return r;
        }
        r.list.goals.push_back(std::move(g));
    }
    return r;
}

GoalParseResult parseGoalsJson(const QByteArray &bytes)
{
    GoalParseResult r;
    QString text;
    if (!decodeUtf8(bytes, text)) {
        r.error = tr("The file is not UTF-8 text");
        return r;
    }
    Json doc;
    try {
        doc = Json::parse(text.toStdString());
    } catch (const Json::parse_error &e) {
        // "[json.exception.parse_error.101] parse error at line 2, column 3: ..." without the
        // bracketed prefix.
        QString what = QString::fromUtf8(e.what());
        what = what.mid(what.indexOf(QLatin1Char(']')) + 1).trimmed();
        r.error = tr("The file is not valid JSON: %1").arg(what);
        return r;
    }
    if (!doc.is_object()) {
        r.error = tr("The JSON must be an object with \"trade\" and \"goals\"");
        return r;
    }
    for (const auto &[key, value] : doc.items()) {
        Q_UNUSED(value);
        if (key != "trade" && key != "goals") {
            r.error = tr("Unknown field \"%1\" (expected trade and goals)")
                          .arg(QString::fromStdString(key));
            return r;
        }
    }
    if (doc.contains("trade") && !doc["trade"].is_null()) {
        if (!doc["trade"].is_string()) {
            r.error = tr("trade: must be text");
            return r;
        }
        r.list.trade = QString::fromStdString(doc["trade"].get<std::string>());
        if (const QString why = checkField("trade", r.list.trade); !why.isEmpty()) {
            r.error = QStringLiteral("trade: %1").arg(why);
            return r;
        }
    }
    if (!doc.contains("goals") || !doc["goals"].is_array()) {
        r.error = tr("goals: must be a list of goals");
        return r;
    }
    const Json &goals = doc["goals"];
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const Json &item = goals[i];
        const QString where = tr("Goal %1 (goals[%2])").arg(i + 1).arg(i);
        if (!item.is_object()) {
            r.error = tr("%1: must be an object with code, title and description").arg(where);
            return r;
        }
        GoalDraft g;
        for (const auto &[key, value] : item.items()) {
            QString *slot = key == "code"          ? &g.code
                            : key == "title"       ? &g.title
                            : key == "description" ? &g.description
                                                   : nullptr;
            if (!slot) {
                r.error = tr("%1: unknown field \"%2\" (expected code, title, description)")
                              .arg(where, QString::fromStdString(key));
                return r;
            }
            if (value.is_null())
                continue;
            if (!value.is_string()) {
                r.error = tr("%1, %2: must be text").arg(where, QString::fromStdString(key));
                return r;
            }
            *slot = QString::fromStdString(value.get<std::string>()).trimmed();
        }
        if (const QString why = checkGoal(g); !why.isEmpty()) {
            r.error = tr("%1, %2").arg(where, why);
            return r;
        }
        r.list.goals.push_back(std::move(g));
    }
    return r;
}

GoalParseResult parseGoals(const QByteArray &bytes, const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return parseGoalsJson(bytes);
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return parseGoalsCsv(bytes);
    QByteArray start = bytes.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3);
    return start.trimmed().startsWith('{') ? parseGoalsJson(bytes) : parseGoalsCsv(bytes);
}

std::vector<SampleGoalList> sampleGoalLists()
{
    std::vector<SampleGoalList> out;
    for (const auto &s : kSamples) {
        const GoalParseResult parsed = loadGoals(QString::fromLatin1(s.id));
        out.push_back({.id = QString::fromLatin1(s.id),
                       .name = QString::fromUtf8(s.name),
                       .trade = parsed.list.trade,
                       .resource = QString::fromLatin1(s.resource),
                       .count = int(parsed.list.goals.size())});
    }
    return out;
}

GoalParseResult loadGoals(const QString &source)
{
    QString id = source;
    if (id.startsWith(QLatin1String("sample:")))
        id = id.mid(7);
    for (const auto &s : kSamples) {
        if (id != QLatin1String(s.id))
            continue;
        QFile file(QString::fromLatin1(s.resource));
        if (!file.open(QIODevice::ReadOnly))
            return {.error = tr("The bundled list %1 is missing").arg(id)};
        GoalParseResult r = parseGoals(file.readAll(), file.fileName());
        if (r.ok() && *s.trade)
            r.list.trade = QString::fromUtf8(s.trade);
        return r;
    }
    if (source.startsWith(QLatin1String("sample:")))
        return {.error = tr("There is no bundled goal list called \"%1\"").arg(id)};
    const QString path = localFile(source);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {.error = tr("Cannot read %1: %2").arg(path, file.errorString())};
    return parseGoals(file.readAll(), QFileInfo(path).fileName());
}

GoalImportResult importGoals(store::Store &store, const std::string &bookId, const GoalList &list)
{
    GoalImportResult result;
    if (!store.get("training_book", bookId)) {
        result.error =
            tr("There is no training book with id %1").arg(QString::fromStdString(bookId));
        return result;
    }
    std::set<QString> codes, titles; // normalized; titles only of goals without a code
    for (const auto &goal : store.list("competence_goal", bookId)) {
        const QString code = QString::fromStdString(goal.value("code", Json()).is_string()
                                                        ? goal["code"].get<std::string>()
                                                        : std::string());
        if (!code.trimmed().isEmpty())
            codes.insert(normalized(code));
        else
            titles.insert(normalized(QString::fromStdString(goal.value("title", ""))));
    }
    int added = 0, skipped = 0;
    const bool committed = store.batch([&] {
        for (const GoalDraft &g : list.goals) {
            const bool hasCode = !g.code.trimmed().isEmpty();
            const QString key = normalized(hasCode ? g.code : g.title);
            if (!(hasCode ? codes : titles).insert(key).second) {
                ++skipped;
                continue;
            }
            Json fields = {{"training_book_id", bookId}, {"title", g.title.toStdString()}};
            if (hasCode)
                fields["code"] = g.code.trimmed().toStdString();
            if (!g.description.isEmpty())
                fields["description"] = g.description.toStdString();
            const QString trade = g.trade.isEmpty() ? list.trade : g.trade;
            if (!trade.isEmpty())
                fields["trade"] = trade.toStdString();
            const auto r = store.create("competence_goal", fields);
            if (!r.ok()) {
                result.error = tr("%1: %2").arg(
                    g.title, localizedError(QStringLiteral("competence_goal"), *r.error));
                return false;
            }
            ++added;
        }
        return true;
    });
    if (!committed) {
        if (result.error.isEmpty())
            result.error = tr("The goals could not be saved");
        return result;
    }
    result.ok = true;
    result.added = added;
    result.skipped = skipped;
    return result;
}

GoalImportResult importGoals(store::Store &store, const std::string &bookId, const QString &source)
{
    const GoalParseResult parsed = loadGoals(source);
    if (!parsed.ok())
        return {.error = parsed.error};
    return importGoals(store, bookId, parsed.list);
}

} // namespace bro
