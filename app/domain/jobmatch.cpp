#include "domain/jobmatch.h"

#include <bro/model/catalogue.h>

#include <algorithm>
#include <set>

namespace bro::match {

namespace {

using Json = nlohmann::json;

// Lower case, for ASCII and the Norwegian letters (Æ Ø Å as UTF-8).
std::string lower(std::string s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 'A' && c <= 'Z')
            s[i] = char(c - 'A' + 'a');
        else if (c == 0xC3 && i + 1 < s.size()) {
            const unsigned char n = static_cast<unsigned char>(s[i + 1]);
            if (n == 0x86 || n == 0x98 || n == 0x85) // Æ Ø Å
                s[i + 1] = char(n + 0x20);
            ++i;
        }
    }
    const auto first = s.find_first_not_of(" \t");
    const auto last = s.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

bool sameOccupation(const std::string &a, const std::string &b)
{
    const std::string x = lower(a), y = lower(b);
    if (x.empty() || y.empty())
        return false;
    return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

std::string text(const Json &record, const char *field)
{
    auto it = record.find(field);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double number(const Json &record, const char *field)
{
    auto it = record.find(field);
    return it != record.end() && it->is_number() ? it->get<double>() : 0.0;
}

bool flag(const Json &record, const char *field)
{
    auto it = record.find(field);
    return it != record.end() && it->is_boolean() && it->get<bool>();
}

// The records of a kind that are not deleted, in id order (the order they were made in).
std::vector<Json> live(const Json &records, const char *kind)
{
    std::vector<Json> out;
    auto it = records.find(kind);
    if (it == records.end() || !it->is_array())
        return out;
    for (const auto &r : *it)
        if (!flag(r, "deleted"))
            out.push_back(r);
    std::sort(out.begin(), out.end(),
              [](const Json &a, const Json &b) { return text(a, "id") < text(b, "id"); });
    return out;
}

// The education levels that meet a required qualification.
std::set<std::string> levelsFor(const std::string &required)
{
    if (required == "trade_certificate" || required == "vocational")
        return {"vocational"};
    if (required == "bachelor")
        return {"bachelor", "master", "doctorate"};
    if (required == "master")
        return {"master", "doctorate"};
    if (required == "authorisation")
        return {"vocational", "bachelor", "master", "doctorate", "other"};
    return {};
}

int nokutRank(const std::string &status)
{
    if (status == "recognised")
        return 4;
    if (status == "partly")
        return 3;
    if (status == "sent" || status == "under_assessment")
        return 2;
    if (status == "refused")
        return 0;
    return 1; // not_started, or not recorded
}

void occupationReasons(const Need &need, const Candidate &c, std::vector<Reason> &out)
{
    const Candidate::Work *best = nullptr;
    int bestRank = 0;
    for (const auto &w : c.work) {
        if (!sameOccupation(w.occupation, need.occupation))
            continue;
        const int rank = w.formal ? (w.years >= need.experienceYears ? 3 : 2) : 1;
        if (rank > bestRank || (rank == bestRank && best && w.years > best->years)) {
            best = &w;
            bestRank = rank;
        }
    }
    if (best) {
        Reason r;
        r.code = bestRank == 3   ? ReasonCode::ExperienceFull
                 : bestRank == 2 ? ReasonCode::ExperienceShort
                                 : ReasonCode::ExperienceInformal;
        r.points = bestRank == 3 ? kExperienceFull : bestRank == 2 ? kExperienceShort : kExperienceInformal;
        r.years = best->years;
        r.requiredYears = need.experienceYears;
        r.detail = best->occupation;
        out.push_back(r);
    }
    const Candidate::Training *training = nullptr;
    for (const auto &t : c.training)
        for (const auto &trade : t.trades)
            if (!training && sameOccupation(trade, need.occupation))
                training = &t;
    if (training) {
        Reason r;
        r.code = ReasonCode::TrainingInTrade;
        r.points = kTrainingInTrade;
        r.detail = training->workplace;
        r.count = training->achieved;
        out.push_back(r);
    }
    if (best || training)
        return;
    Reason r;
    if (!c.planGoal.empty() && (lower(c.planGoal).find(lower(need.occupation)) != std::string::npos)) {
        r.code = ReasonCode::PlanGoal;
        r.points = kPlanGoal;
    } else {
        r.code = ReasonCode::NoOccupation;
    }
    out.push_back(r);
}

void norwegianReasons(const Need &need, const Candidate &c, std::vector<Reason> &out)
{
    for (const auto &skill : model::norwegianSkills()) {
        auto asked = need.norwegian.find(skill);
        if (asked == need.norwegian.end() || model::cefrRank(asked->second) < 0)
            continue;
        Reason r;
        r.skill = skill;
        r.required = asked->second;
        auto has = c.norwegian.find(skill);
        const int actual = has == c.norwegian.end() ? -1 : model::cefrRank(has->second);
        const int gap = model::cefrRank(asked->second) - actual;
        if (actual < 0) {
            r.code = ReasonCode::NorwegianUnknown;
        } else {
            r.actual = has->second;
            r.code = gap <= 0   ? ReasonCode::NorwegianMet
                     : gap == 1 ? ReasonCode::NorwegianOneBelow
                                : ReasonCode::NorwegianBelow;
            r.points = gap <= 0 ? kNorwegianMet : gap == 1 ? kNorwegianOneBelow : 0;
        }
        out.push_back(r);
    }
}

void qualificationReason(const Need &need, const Candidate &c, std::vector<Reason> &out)
{
    if (need.qualification.empty() || need.qualification == "none")
        return;
    const auto levels = levelsFor(need.qualification);
    const Candidate::Education *best = nullptr;
    for (const auto &e : c.education) {
        if (!levels.count(e.level))
            continue;
        if (!need.qualificationField.empty() && !sameOccupation(e.subject, need.qualificationField))
            continue;
        if (!best || nokutRank(e.nokutStatus) > nokutRank(best->nokutStatus))
            best = &e;
    }
    Reason r;
    r.required = need.qualification;
    const int rank = best ? nokutRank(best->nokutStatus) : 0;
    switch (rank) {
    case 4:
        r.code = ReasonCode::QualificationInPlace;
        r.points = kQualificationInPlace;
        r.date = best->decisionDate;
        break;
    case 3:
        r.code = ReasonCode::QualificationPartly;
        r.points = kQualificationPartly;
        r.date = best->decisionDate;
        break;
    case 2:
        r.code = ReasonCode::QualificationPending;
        r.points = kQualificationPending;
        r.date = best->sentDate;
        break;
    case 1:
        r.code = ReasonCode::QualificationNotSent;
        r.points = kQualificationNotSent;
        break;
    default:
        r.code = ReasonCode::QualificationMissing;
    }
    if (best)
        r.detail = best->subject;
    out.push_back(r);
}

void availabilityReason(const Candidate &c, std::vector<Reason> &out)
{
    Reason r;
    if (!c.employedAt.empty()) {
        r.code = ReasonCode::NotAvailableEmployed;
        r.points = kNotAvailable;
        r.detail = c.employedAt;
    } else if (c.phase == "after") {
        r.code = ReasonCode::NotAvailableFinished;
        r.points = kNotAvailable;
    } else if (c.phase == "job_match") {
        r.code = ReasonCode::AvailableNow;
        r.points = kAvailableNow;
    } else if (c.phase == "qualification") {
        r.code = ReasonCode::AvailableSoon;
        r.points = kAvailableSoon;
    } else {
        r.code = ReasonCode::AvailableLater;
        r.points = kAvailableLater;
    }
    out.push_back(r);
}

bool isOpen(const Need &n)
{
    return n.status == "open" || n.status == "in_progress";
}

} // namespace

Match assess(const Need &need, const Candidate &candidate, const std::string &today)
{
    (void)today; // availability is read from the phase and employments already dated
    Match m{candidate.id, candidate.name, need.id, need.employerName, need.occupation, 0, {}};
    occupationReasons(need, candidate, m.reasons);
    norwegianReasons(need, candidate, m.reasons);
    qualificationReason(need, candidate, m.reasons);
    availabilityReason(candidate, m.reasons);
    for (const auto &r : m.reasons)
        m.score += r.points;
    return m;
}

std::vector<Match> rankCandidates(const Need &need, const std::vector<Candidate> &candidates,
                                  const std::string &today)
{
    std::vector<Match> out;
    out.reserve(candidates.size());
    for (const auto &c : candidates)
        out.push_back(assess(need, c, today));
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.participantName != b.participantName)
            return a.participantName < b.participantName;
        return a.participantId < b.participantId;
    });
    return out;
}

std::vector<Match> rankNeeds(const Candidate &candidate, const std::vector<Need> &needs,
                             const std::string &today)
{
    std::vector<Match> out;
    for (const auto &n : needs)
        if (isOpen(n))
            out.push_back(assess(n, candidate, today));
    std::sort(out.begin(), out.end(), [](const Match &a, const Match &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.employerName != b.employerName)
            return a.employerName < b.employerName;
        if (a.occupation != b.occupation)
            return a.occupation < b.occupation;
        return a.needId < b.needId;
    });
    return out;
}

std::vector<Candidate> candidatesFrom(const Json &records, const std::string &today)
{
    std::vector<Candidate> out;
    std::map<std::string, std::size_t> index;
    for (const auto &p : live(records, "participant")) {
        Candidate c;
        c.id = text(p, "id");
        c.name = text(p, "name");
        c.phase = text(p, "phase");
        index[c.id] = out.size();
        out.push_back(std::move(c));
    }
    auto of = [&](const Json &r, const char *field = "participant_id") -> Candidate * {
        auto it = index.find(text(r, field));
        return it == index.end() ? nullptr : &out[it->second];
    };
    for (const auto &m : live(records, "mapping")) // the last made wins, per skill
        if (Candidate *c = of(m))
            for (const auto &skill : model::norwegianSkills()) {
                const std::string level = text(m, ("norwegian_" + skill).c_str());
                if (!level.empty())
                    c->norwegian[skill] = level;
            }
    for (const auto &e : live(records, "education"))
        if (Candidate *c = of(e))
            c->education.push_back({text(e, "level"), text(e, "subject"), text(e, "nokut_status"),
                                    text(e, "nokut_sent_date"), text(e, "nokut_decision_date")});
    for (const auto &w : live(records, "work_experience"))
        if (Candidate *c = of(w))
            c->work.push_back({text(w, "occupation"), number(w, "years"), flag(w, "formal")});
    for (const auto &p : live(records, "plan"))
        if (Candidate *c = of(p))
            c->planGoal = text(p, "goal");
    // Training books: the trades and titles of their goals, and the goals whose latest
    // assessment (latest assessed_on, then the last made) is achieved.
    std::map<std::string, std::pair<Candidate *, std::size_t>> books;
    for (const auto &b : live(records, "training_book"))
        if (Candidate *c = of(b)) {
            const std::string workplace = text(b, "workplace");
            c->training.push_back({workplace.empty() ? text(b, "employer") : workplace, {}, 0});
            books[text(b, "id")] = {c, c->training.size() - 1};
        }
    std::map<std::string, std::string> goalBook;
    for (const auto &g : live(records, "competence_goal")) {
        auto b = books.find(text(g, "training_book_id"));
        if (b == books.end())
            continue;
        auto &t = b->second.first->training[b->second.second];
        for (const char *f : {"trade", "title"})
            if (!text(g, f).empty())
                t.trades.push_back(text(g, f));
        goalBook[text(g, "id")] = b->first;
    }
    std::map<std::string, Json> latest;
    for (const auto &a : live(records, "assessment")) {
        const std::string goal = text(a, "goal_id");
        auto it = latest.find(goal);
        if (it == latest.end() || text(a, "assessed_on") >= text(it->second, "assessed_on"))
            latest[goal] = a;
    }
    for (const auto &[goal, a] : latest) {
        auto gb = goalBook.find(goal);
        if (gb == goalBook.end() || text(a, "status") != "achieved")
            continue;
        auto &b = books[gb->second];
        ++b.first->training[b.second].achieved;
    }
    for (const auto &e : live(records, "employment"))
        if (Candidate *c = of(e)) {
            const std::string start = text(e, "start_date"), end = text(e, "end_date");
            if (!flag(e, "wage_subsidy") && start <= today && (end.empty() || end >= today))
                c->employedAt = text(e, "employer");
        }
    return out;
}

std::vector<Need> needsFrom(const Json &records)
{
    std::map<std::string, std::string> employers;
    for (const auto &e : live(records, "employer"))
        employers[text(e, "id")] = text(e, "name");
    std::vector<Need> out;
    for (const auto &n : live(records, "employer_need")) {
        Need need;
        need.id = text(n, "id");
        need.employerId = text(n, "employer_id");
        auto e = employers.find(need.employerId);
        if (e == employers.end())
            continue; // an employer this device does not hold
        need.employerName = e->second;
        need.occupation = text(n, "occupation");
        need.positions = int(number(n, "positions"));
        for (const auto &skill : model::norwegianSkills()) {
            const std::string level = text(n, ("norwegian_" + skill).c_str());
            if (!level.empty())
                need.norwegian[skill] = level;
        }
        need.qualification = text(n, "required_qualification");
        need.qualificationField = text(n, "qualification_field");
        need.experienceYears = number(n, "experience_years");
        need.startDate = text(n, "start_date");
        need.status = text(n, "status");
        need.wageSubsidyOffered = n.value("wage_subsidy_offered", Json()).is_boolean() &&
                                  n["wage_subsidy_offered"].get<bool>();
        need.mentorOffered =
            n.value("mentor_offered", Json()).is_boolean() && n["mentor_offered"].get<bool>();
        out.push_back(std::move(need));
    }
    return out;
}

const char *codeName(ReasonCode code)
{
    switch (code) {
    case ReasonCode::ExperienceFull:
        return "experience_full";
    case ReasonCode::ExperienceShort:
        return "experience_short";
    case ReasonCode::ExperienceInformal:
        return "experience_informal";
    case ReasonCode::TrainingInTrade:
        return "training_in_trade";
    case ReasonCode::PlanGoal:
        return "plan_goal";
    case ReasonCode::NoOccupation:
        return "no_occupation";
    case ReasonCode::NorwegianMet:
        return "norwegian_met";
    case ReasonCode::NorwegianOneBelow:
        return "norwegian_one_below";
    case ReasonCode::NorwegianBelow:
        return "norwegian_below";
    case ReasonCode::NorwegianUnknown:
        return "norwegian_unknown";
    case ReasonCode::QualificationInPlace:
        return "qualification_in_place";
    case ReasonCode::QualificationPartly:
        return "qualification_partly";
    case ReasonCode::QualificationPending:
        return "qualification_pending";
    case ReasonCode::QualificationNotSent:
        return "qualification_not_sent";
    case ReasonCode::QualificationMissing:
        return "qualification_missing";
    case ReasonCode::AvailableNow:
        return "available_now";
    case ReasonCode::AvailableSoon:
        return "available_soon";
    case ReasonCode::AvailableLater:
        return "available_later";
    case ReasonCode::NotAvailableEmployed:
        return "not_available_employed";
    case ReasonCode::NotAvailableFinished:
        return "not_available_finished";
    }
    return "unknown";
}

Json toJson(const Reason &r)
{
    Json j{{"code", codeName(r.code)}, {"points", r.points}};
    if (!r.skill.empty())
        j["skill"] = r.skill;
    if (!r.required.empty())
        j["required"] = r.required;
    if (!r.actual.empty())
        j["actual"] = r.actual;
    if (!r.detail.empty())
        j["detail"] = r.detail;
    if (!r.date.empty())
        j["date"] = r.date;
    if (r.years > 0)
        j["years"] = r.years;
    if (r.requiredYears > 0)
        j["required_years"] = r.requiredYears;
    if (r.code == ReasonCode::TrainingInTrade)
        j["count"] = r.count;
    return j;
}

Json toJson(const Match &m)
{
    Json reasons = Json::array();
    for (const auto &r : m.reasons)
        reasons.push_back(toJson(r));
    return Json{{"participant_id", m.participantId}, {"participant", m.participantName},
                {"need_id", m.needId},               {"employer", m.employerName},
                {"occupation", m.occupation},        {"score", m.score},
                {"reasons", std::move(reasons)}};
}

} // namespace bro::match
