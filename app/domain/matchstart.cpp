#include "matchstart.h"

#include <bro/model/recordfields.h>

namespace bro::match {

using Json = nlohmann::json;

namespace {

constexpr auto str = &model::stringField;

StepResult refused(StepRefusal code, const std::string &field, const std::string &why,
                   std::string detail = {})
{
    return StepResult{
        store::WriteResult{
            {},
            model::ValidationError{model::ErrorCode::NotAllowed, field, field + ": " + why, {}}},
        code, std::move(detail)};
}

StepResult stored(const store::WriteResult &write)
{
    return StepResult{write, write.ok() ? StepRefusal::None : StepRefusal::Storage, {}};
}

bool flag(const Json &record, const char *field)
{
    const auto it = record.find(field);
    return it != record.end() && it->is_boolean() && it->get<bool>();
}

// The need and its employer, or why not (a result to hand back).
struct NeedAndEmployer
{
    Json need, employer;
    std::optional<StepResult> refusal;
};

NeedAndEmployer needAndEmployer(const store::Store &store, const std::string &needId,
                                const std::string &participantId)
{
    NeedAndEmployer out;
    const auto need = store.get("employer_need", needId);
    if (!need)
        return {{},
                {},
                refused(StepRefusal::UnknownNeed, "employer_need_id",
                        "there is no such employer's need on this device")};
    const auto employer = store.get("employer", str(*need, "employer_id"));
    if (!employer)
        return {{},
                {},
                refused(StepRefusal::UnknownEmployer, "employer_need_id",
                        "the need's employer is not on this device")};
    const std::string status = str(*need, "status");
    if (status == "filled" || status == "cancelled")
        return {
            {},
            {},
            refused(StepRefusal::NeedClosed, "employer_need_id", "the need is " + status, status)};
    if (!store.get("participant", participantId))
        return {{},
                {},
                refused(StepRefusal::UnknownParticipant, "participant_id",
                        "there is no such participant on this device")};
    out.need = *need;
    out.employer = *employer;
    return out;
}

} // namespace

bool expectationMeetingsPlanned(const store::Store &store, const std::string &needId,
                                const std::string &participantId)
{
    for (const auto &m : store.list("meeting", participantId))
        if (str(m, "employer_need_id") == needId)
            return true;
    return false;
}

bool trainingBookOpenAt(const store::Store &store, const std::string &participantId,
                        const std::string &employerName, const std::string &date)
{
    for (const auto &b : store.list("training_book", participantId)) {
        const std::string end = str(b, "end_date");
        if (str(b, "employer") == employerName && (end.empty() || end >= date))
            return true;
    }
    return false;
}

StepResult planExpectationMeetings(store::Store &store, const std::string &needId,
                                   const std::string &participantId, const std::string &date)
{
    auto found = needAndEmployer(store, needId, participantId);
    if (found.refusal)
        return *found.refusal;
    if (expectationMeetingsPlanned(store, needId, participantId))
        return refused(StepRefusal::MeetingsPlanned, "employer_need_id",
                       "the expectation meetings for this need are planned already");

    Json about{{"participant_id", participantId},
               {"meeting_date", date},
               {"employer_need_id", needId},
               {"employer", str(found.employer, "name")},
               {"occupation", str(found.need, "occupation")}};
    if (const std::string start = str(found.need, "start_date"); !start.empty())
        about["job_start_date"] = start;
    Json withEmployer = about;
    withEmployer["type"] = "employer_expectations";
    if (const std::string contact = str(found.employer, "contact_person"); !contact.empty())
        withEmployer["attendees"] = contact;
    Json withParticipant = about;
    withParticipant["type"] = "participant_expectations";

    store::WriteResult result;
    store.batch([&] {
        result = store.create("meeting", withEmployer);
        if (!result.ok())
            return false;
        const auto second = store.create("meeting", withParticipant);
        if (!second.ok()) {
            result = second;
            return false;
        }
        return true;
    });
    return stored(result);
}

StepResult startAtEmployer(store::Store &store, const std::string &needId,
                           const std::string &participantId, const std::string &startDate,
                           const std::string &mentorName, const std::string &today)
{
    auto found = needAndEmployer(store, needId, participantId);
    if (found.refusal)
        return *found.refusal;
    if (startDate.empty())
        return refused(StepRefusal::StartDateMissing, "start_date",
                       "the day the participant starts is required");
    const std::string employerName = str(found.employer, "name");
    if (trainingBookOpenAt(store, participantId, employerName, startDate))
        return refused(StepRefusal::TrainingBookExists, "employer",
                       "the participant has a training book at " + employerName + " already",
                       employerName);

    const bool wageSubsidy = flag(found.need, "wage_subsidy_offered");
    const bool mentor = flag(found.need, "mentor_offered");
    Json book{{"participant_id", participantId},
              {"employer", employerName},
              {"workplace", employerName},
              {"start_date", startDate}};
    for (const char *f : {"address", "contact_person", "contact_phone"})
        if (const std::string v = str(found.employer, f); !v.empty())
            book[f] = v;
    if (mentor && !mentorName.empty())
        book["mentor_name"] = mentorName;

    const std::string status = startDate <= today ? "ongoing" : "planned";
    const std::string occupation = str(found.need, "occupation");
    std::vector<Json> measures;
    const auto measure = [&](const char *type, const char *responsible) {
        measures.push_back({{"type", type},
                            {"description", occupation},
                            {"start_date", startDate},
                            {"status", status},
                            {"responsible", responsible},
                            {"employer", employerName}});
    };
    measure("work_training", "employer");
    if (wageSubsidy)
        measure("wage_subsidy", "nav");
    if (mentor)
        measure("mentor", "employer");

    store::WriteResult result;
    store.batch([&] {
        const auto made = store.create("training_book", book);
        if (!made.ok()) {
            result = made;
            return false;
        }
        std::string plan;
        if (const auto plans = store.list("plan", participantId); !plans.empty()) {
            plan = str(plans.front(), "id");
        } else {
            const auto p = store.create("plan", {{"participant_id", participantId}});
            if (!p.ok()) {
                result = p;
                return false;
            }
            plan = p.id;
        }
        for (auto &m : measures) {
            m["plan_id"] = plan;
            const auto r = store.create("measure", m);
            if (!r.ok()) {
                result = r;
                return false;
            }
        }
        if (str(found.need, "status") == "open") {
            const auto r = store.update("employer_need", needId, {{"status", "in_progress"}});
            if (!r.ok()) {
                result = r;
                return false;
            }
        }
        result = made;
        return true;
    });
    return stored(result);
}

} // namespace bro::match
