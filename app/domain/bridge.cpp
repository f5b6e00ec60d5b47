#include "bridge.h"

#include <bro/model/recordfields.h>

#include "trainingbookview.h"

#include "store/store.h"

#include <algorithm>

namespace bro {

using Json = nlohmann::json;

namespace {

constexpr auto str = &model::stringField;

} // namespace

const char *plankStateName(PlankState state)
{
    switch (state) {
    case PlankState::Done:
        return "done";
    case PlankState::Now:
        return "now";
    case PlankState::Next:
        return "next";
    case PlankState::Later:
        return "later";
    }
    return "later";
}

std::vector<Plank> bridgePlanks(std::vector<Json> measures)
{
    std::vector<Plank> planks;
    for (const auto &m : measures) {
        const std::string status = str(m, "status");
        if (status == "cancelled")
            continue;
        Plank p;
        p.measureId = str(m, "id");
        p.type = str(m, "type");
        p.description = str(m, "description");
        p.startDate = str(m, "start_date");
        p.endDate = str(m, "end_date");
        p.participantNote = str(m, "participant_note");
        p.state = status == "completed" ? PlankState::Done
                  : status == "ongoing" ? PlankState::Now
                                        : PlankState::Later;
        planks.push_back(std::move(p));
    }
    // ISO dates sort as text; a missing date goes last.
    const auto key = [](const std::string &date) { return date.empty() ? std::string("~") : date; };
    std::stable_sort(planks.begin(), planks.end(), [&key](const Plank &a, const Plank &b) {
        if (key(a.startDate) != key(b.startDate))
            return key(a.startDate) < key(b.startDate);
        if (key(a.endDate) != key(b.endDate))
            return key(a.endDate) < key(b.endDate);
        return a.measureId < b.measureId;
    });
    for (auto &p : planks)
        if (p.state == PlankState::Later) {
            p.state = PlankState::Next;
            break;
        }
    return planks;
}

int currentPlank(const std::vector<Plank> &planks)
{
    for (PlankState wanted : {PlankState::Now, PlankState::Next})
        for (std::size_t i = 0; i < planks.size(); ++i)
            if (planks[i].state == wanted)
                return int(i);
    return -1;
}

std::optional<BridgeView> loadBridge(const store::Store &store, const std::string &participantId,
                                     const std::string &today)
{
    const auto participant = store.get("participant", participantId);
    if (!participant)
        return std::nullopt;
    BridgeView v;
    v.participantId = participantId;
    v.participantName = str(*participant, "name");

    auto plans = store.list("plan", participantId);
    sortById(plans);
    if (!plans.empty()) {
        const Json &plan = plans.front(); // the participant's plan: the first one made
        v.planId = str(plan, "id");
        v.goal = str(plan, "goal");
        v.goalInMyWords = str(plan, "goal_in_my_words");
        v.planks = bridgePlanks(store.list("measure", v.planId));
        v.current = currentPlank(v.planks);
    }

    auto mappings = store.list("mapping", participantId);
    sortById(mappings);
    if (!mappings.empty()) {
        const Json &m = mappings.front();
        v.otherLanguages = str(m, "other_languages");
        v.norwegianLevel = str(m, "norwegian_speaking");
        if (v.norwegianLevel.empty())
            for (const char *f : {"norwegian_listening", "norwegian_reading", "norwegian_writing"})
                v.norwegianLevel = std::max(v.norwegianLevel, str(m, f));
    }
    auto education = store.list("education", participantId);
    sortById(education);
    for (const auto &e : education) {
        const std::string country = str(e, "country");
        v.education.push_back(str(e, "subject") + (country.empty() ? "" : " (" + country + ")"));
    }
    auto work = store.list("work_experience", participantId);
    sortById(work);
    for (const auto &w : work) {
        const std::string country = str(w, "country");
        v.work.push_back(str(w, "occupation") + (country.empty() ? "" : " (" + country + ")"));
        v.workYears.push_back(w.value("years", Json()).is_number() ? w["years"].get<double>() : 0);
    }

    auto meetings = store.list("meeting", participantId);
    sortByDateThenId(meetings, "meeting_date");
    for (const auto &m : meetings) {
        if (str(m, "meeting_date") >= today && v.nextMeetingDate.empty()) {
            v.nextMeetingDate = str(m, "meeting_date");
            v.nextMeetingType = str(m, "type");
        }
        auto actions = store.list("agreed_action", str(m, "id"));
        sortById(actions);
        for (const auto &a : actions)
            if (!a.value("done", false) && !str(a, "text").empty())
                v.agreed.push_back(str(a, "text"));
    }

    auto books = store.list("training_book", participantId);
    sortById(books);
    for (const auto &b : books) {
        const std::string bookId = str(b, "id");
        // A correction replaces the entry it corrects: count the hours once.
        const auto entries = store.list("logbook_entry", bookId);
        std::vector<std::string> corrected;
        for (const auto &e : entries)
            if (!str(e, "corrects_id").empty())
                corrected.push_back(str(e, "corrects_id"));
        for (const auto &e : entries)
            if (e.value("hours", Json()).is_number() &&
                std::find(corrected.begin(), corrected.end(), str(e, "id")) == corrected.end())
                v.hoursLogged += e["hours"].get<double>();
        const GoalProgress g = goalProgress(store, bookId);
        v.goalsReached += g.achieved;
        v.goalsTotal += g.total;
    }
    return v;
}

} // namespace bro
