#include "trainingbookview.h"

#include <bro/model/recordfields.h>

#include "store/store.h"

#include <bro/model/catalogue.h>

#include <algorithm>

namespace bro {

using Json = nlohmann::json;

namespace {

constexpr auto str = &model::stringField;

// Which of two assessments of a goal is the later one.
bool later(const Json &a, const Json &b)
{
    const std::string da = str(a, "assessed_on"), db = str(b, "assessed_on");
    return da != db ? da > db : str(a, "id") > str(b, "id");
}

} // namespace

const std::vector<std::string> &feedbackAreas()
{
    static const std::vector<std::string> areas = [] {
        std::vector<std::string> out;
        for (const auto &f : model::findKind("employer_feedback")->fields)
            if (f.type == model::FieldType::Integer && f.min == 1 && f.max == 5)
                out.push_back(f.name);
        return out;
    }();
    return areas;
}

std::optional<int> rating(const Json &feedback, const std::string &area)
{
    const auto it = feedback.find(area);
    if (it == feedback.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<int>();
}

bool isSignatureImage(const Json &attachment)
{
    const std::string name = str(attachment, "file_name");
    // "signatur.png" and "signature.png": images made before the name was fixed carried the
    // caption of the UI language they were signed in.
    return name == kSignatureImageName || name == "signatur.png";
}

void sortByDateThenId(std::vector<Json> &records, const char *dateField)
{
    std::stable_sort(records.begin(), records.end(), [dateField](const Json &x, const Json &y) {
        const std::string dx = str(x, dateField), dy = str(y, dateField);
        return dx != dy ? dx < dy : str(x, "id") < str(y, "id");
    });
}

void sortById(std::vector<Json> &records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const Json &x, const Json &y) { return str(x, "id") < str(y, "id"); });
}

std::map<std::string, Json> latestAssessments(const store::Store &store, const std::string &bookId)
{
    std::map<std::string, Json> latest;
    for (auto &a : store.list("assessment", bookId)) {
        const std::string goal = str(a, "goal_id");
        auto it = latest.find(goal);
        if (it == latest.end())
            latest.emplace(goal, std::move(a));
        else if (later(a, it->second))
            it->second = std::move(a);
    }
    return latest;
}

namespace {
GoalProgress progressOf(const std::vector<Json> &goals, const std::map<std::string, Json> &latest)
{
    GoalProgress p;
    for (const auto &goal : goals) {
        ++p.total;
        const auto it = latest.find(str(goal, "id"));
        const std::string status = it == latest.end() ? std::string() : str(it->second, "status");
        if (status == "achieved")
            ++p.achieved;
        else if (status == "in_progress")
            ++p.inProgress;
        else
            ++p.notStarted;
    }
    return p;
}
} // namespace

GoalProgress goalProgress(const store::Store &store, const std::string &bookId)
{
    return progressOf(store.list("competence_goal", bookId), latestAssessments(store, bookId));
}

std::optional<TrainingBookView> TrainingBookView::load(const store::Store &store,
                                                       const std::string &bookId)
{
    auto book = store.get("training_book", bookId);
    if (!book)
        return std::nullopt;
    TrainingBookView v;
    v.m_book = std::move(*book);
    if (const auto p = store.get("participant", str(v.m_book, "participant_id")))
        v.m_participant = str(*p, "name");
    v.m_goals = store.list("competence_goal", bookId);
    sortById(v.m_goals);
    v.m_hse = store.list("hse_item", bookId);
    sortById(v.m_hse);
    v.m_assessments = store.list("assessment", bookId);
    sortByDateThenId(v.m_assessments, "assessed_on");
    for (const auto &a : v.m_assessments) // oldest first: the last one written wins
        v.m_latest[str(a, "goal_id")] = a;
    v.m_entries = store.list("logbook_entry", bookId);
    sortByDateThenId(v.m_entries, "entry_date");
    v.m_feedback = store.list("employer_feedback", bookId);
    sortByDateThenId(v.m_feedback, "given_on");

    auto collect = [&](const std::string &owner) {
        for (auto &a : store.list("attachment", owner))
            if (!isSignatureImage(a))
                v.m_evidence.push_back(std::move(a));
    };
    collect(bookId);
    for (const auto *records :
         {&v.m_goals, &v.m_hse, &v.m_entries, &v.m_assessments, &v.m_feedback})
        for (const auto &r : *records)
            collect(str(r, "id"));
    return v;
}

const Json *TrainingBookView::latestAssessment(const std::string &goalId) const
{
    const auto it = m_latest.find(goalId);
    return it == m_latest.end() ? nullptr : &it->second;
}

GoalProgress TrainingBookView::progress() const
{
    return progressOf(m_goals, m_latest);
}

} // namespace bro
