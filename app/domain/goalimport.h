// Competence goals of a trade, imported into a training book from a CSV or JSON list.
//
// CSV: a header row naming the columns (title, and optionally code, description, trade), then
// one goal per row; ";" or "," separates fields (whichever the header uses); fields may be
// quoted with "..." and then hold separators, line breaks and "" for a quote; UTF-8 with or
// without a byte order mark.
// JSON: {"trade": "...", "goals": [{"code": "...", "title": "...", "description": "..."}]}.
//
// An import is all or nothing: bad input is refused with the line (CSV) or index (JSON), the
// field and the reason, and nothing is written; goals the book already has (same code, or same
// title when there is no code) are skipped.
#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace bro::store {
class Store;
}

namespace bro {

struct GoalDraft
{
    QString code;
    QString title;
    QString description;
    QString trade; // overrides the list's trade (CSV "trade" column)
};

struct GoalList
{
    QString trade;
    std::vector<GoalDraft> goals;
};

struct GoalParseResult
{
    GoalList list;
    QString error; // empty on success; in the UI language, names the line or index and field

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

[[nodiscard]] GoalParseResult parseGoalsCsv(const QByteArray &bytes, const QString &trade = {});
[[nodiscard]] GoalParseResult parseGoalsJson(const QByteArray &bytes);
// JSON if the file name ends in .json or the text starts with "{", else CSV.
[[nodiscard]] GoalParseResult parseGoals(const QByteArray &bytes, const QString &fileName = {});

// A goal list bundled with the app (Qt resources under :/goals/).
struct SampleGoalList
{
    QString id;       // "elektrikerfaget"; "sample:elektrikerfaget" names it as a source
    QString name;     // shown in the UI
    QString trade;    // written to each goal's trade field
    QString resource; // ":/goals/elektrikerfaget.csv"
    int count = 0;    // number of goals
};

[[nodiscard]] std::vector<SampleGoalList> sampleGoalLists();

// Reads a goal list from "sample:ID" or "ID" of a bundled list, a file path or a file:// URL.
[[nodiscard]] GoalParseResult loadGoals(const QString &source);

struct GoalImportResult
{
    bool ok = false;
    int added = 0;
    int skipped = 0; // already in the book (or twice in the list)
    QString error;
};

// Creates the list's goals under the training book in one store batch.
[[nodiscard]] GoalImportResult importGoals(store::Store &store, const std::string &bookId,
                                           const GoalList &list);
// loadGoals(source), then importGoals.
[[nodiscard]] GoalImportResult importGoals(store::Store &store, const std::string &bookId,
                                           const QString &source);

} // namespace bro
