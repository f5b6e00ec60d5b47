#include "bro/model/reporting.h"

#include "bro/model/recordfields.h"

#include "bro/model/validation.h"

#include <algorithm>
#include <cstdio>

namespace bro::model::reporting {

using Json = nlohmann::json;

// --- dates -------------------------------------------------------------------------------------

// Days from civil and back: H. Hinnant's algorithms for the proleptic Gregorian calendar.
std::optional<std::int64_t> dayNumber(std::string_view s)
{
    if (!isValidDate(s))
        return std::nullopt;
    auto num = [&](std::size_t at, std::size_t len) {
        int v = 0;
        for (std::size_t i = at; i < at + len; ++i)
            v = v * 10 + (s[i] - '0');
        return v;
    };
    std::int64_t y = num(0, 4);
    const unsigned m = unsigned(num(5, 2));
    const unsigned d = unsigned(num(8, 2));
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

std::string isoDate(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    std::int64_t y = std::int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    return buf;
}

std::string isoDateOfMillis(std::int64_t millis)
{
    std::int64_t days = millis / 86400000;
    if (millis % 86400000 < 0)
        --days;
    return isoDate(days);
}

// --- names -------------------------------------------------------------------------------------

const char *dateFieldName(DateField field)
{
    switch (field) {
    case DateField::ProgrammeStart:
        return "programme_start";
    case DateField::FastTrackStart:
        return "fast_track_start";
    case DateField::WageSubsidyStart:
        return "wage_subsidy_start";
    case DateField::WorkTrainingStart:
        return "work_training_start";
    case DateField::WorkOver70Start:
        return "work_over_70_start";
    case DateField::WorkUnder70Start:
        return "work_under_70_start";
    case DateField::EndedFastTrackWithoutResult:
        return "ended_fast_track_without_result";
    case DateField::EndedProgrammeWithoutResult:
        return "ended_programme_without_result";
    }
    return "";
}

std::string basisFieldName(DateField field)
{
    return std::string(dateFieldName(field)) + "_basis";
}

std::optional<DateField> dateFieldFromName(std::string_view name)
{
    for (DateField f : kDateFields)
        if (name == dateFieldName(f))
            return f;
    return std::nullopt;
}

const char *sourceKindName(Source::Kind kind)
{
    switch (kind) {
    case Source::Kind::None:
        return "none";
    case Source::Kind::ParticipantField:
        return "participant";
    case Source::Kind::TrackChange:
        return "track";
    case Source::Kind::PhaseChange:
        return "phase";
    case Source::Kind::Measure:
        return "measure";
    case Source::Kind::Employment:
        return "employment";
    }
    return "none";
}

std::string encodeBasis(const Proposal &p)
{
    const Source &s = p.source;
    if (s.kind == Source::Kind::None || p.date.empty())
        return "none";
    std::string key;
    switch (s.kind) {
    case Source::Kind::ParticipantField:
        key = s.field;
        break;
    case Source::Kind::TrackChange:
    case Source::Kind::PhaseChange:
        key = s.to;
        break;
    default:
        key = s.recordId;
    }
    return std::string(sourceKindName(s.kind)) + "/" + key + "/" + p.date;
}

// --- records -----------------------------------------------------------------------------------

namespace {

constexpr auto str = &model::stringField;

// A date field's value when it is a valid date; anything else is no date.
std::string dateOf(const Json &record, const char *field)
{
    std::string d = str(record, field);
    return isValidDate(d) ? d : std::string();
}

} // namespace

Journey journeyFromRecords(const Json &participant, const std::vector<Json> &measures,
                           const std::vector<Json> &trainingBooks,
                           const std::vector<Json> &employments, const Json &reporting,
                           std::vector<FieldChange> trackHistory,
                           std::vector<FieldChange> phaseHistory)
{
    Journey j;
    j.participantId = str(participant, "id");
    j.municipality = str(participant, "municipality");
    j.programmeStart = dateOf(participant, "programme_start");
    j.programmeEnd = dateOf(participant, "programme_end");
    auto validHistory = [](std::vector<FieldChange> h) {
        std::erase_if(h, [](const FieldChange &c) { return !isValidDate(c.date); });
        return h;
    };
    j.trackHistory = validHistory(std::move(trackHistory));
    j.phaseHistory = validHistory(std::move(phaseHistory));
    for (const Json &m : measures)
        j.measures.push_back({str(m, "id"), str(m, "type"), str(m, "status"), str(m, "employer"),
                              dateOf(m, "start_date"), dateOf(m, "end_date")});
    for (const Json &b : trainingBooks)
        j.trainingBooks.push_back(
            {str(b, "id"), str(b, "employer"), dateOf(b, "start_date"), dateOf(b, "end_date")});
    for (const Json &e : employments) {
        EmploymentFacts f{str(e, "id"), str(e, "employer"), dateOf(e, "start_date"),
                          dateOf(e, "end_date")};
        if (e.is_object() && e.contains("position_percent") && e["position_percent"].is_number())
            f.percent = e["position_percent"].get<double>();
        if (e.is_object() && e.contains("wage_subsidy") && e["wage_subsidy"].is_boolean())
            f.wageSubsidy = e["wage_subsidy"].get<bool>();
        j.employments.push_back(std::move(f));
    }
    for (DateField f : kDateFields) {
        Confirmation &c = j.confirmations[std::size_t(f)];
        c.value = dateOf(reporting, dateFieldName(f));
        c.basis = str(reporting, basisFieldName(f).c_str());
    }
    return j;
}

void JourneyCollector::add(std::string_view kind, const Json &record)
{
    if (!record.is_object())
        return;
    const std::string id = str(record, "id");
    if (kind == "participant") {
        if (id.empty())
            return;
        Records &r = m_byParticipant[id]; // its other records may have come first
        if (!r.participant.is_null())
            return;
        r.participant = record;
        m_order.push_back(id);
    } else if (kind == "plan") {
        m_planOwner[id] = str(record, "participant_id");
    } else if (kind == "measure") {
        m_measures.push_back(record);
    } else if (kind == "training_book") {
        m_byParticipant[str(record, "participant_id")].trainingBooks.push_back(record);
    } else if (kind == "employment") {
        m_byParticipant[str(record, "participant_id")].employments.push_back(record);
    } else if (kind == "reporting") {
        m_byParticipant[str(record, "participant_id")].reporting.push_back(record);
    }
}

void JourneyCollector::addHistory(const std::string &participantId, std::string_view field,
                                  FieldChange change)
{
    auto &r = m_byParticipant[participantId];
    if (field == "track")
        r.track.push_back(std::move(change));
    else if (field == "phase")
        r.phase.push_back(std::move(change));
}

std::string JourneyCollector::confirmationRecord(const std::string &participantId) const
{
    const auto it = m_byParticipant.find(participantId);
    std::string first;
    if (it != m_byParticipant.end())
        for (const Json &r : it->second.reporting) {
            const std::string id = str(r, "id");
            if (!id.empty() && (first.empty() || id < first))
                first = id;
        }
    return first;
}

std::vector<Journey> JourneyCollector::journeys() const
{
    std::map<std::string, std::vector<Json>> measures;
    for (const Json &m : m_measures) {
        const auto owner = m_planOwner.find(str(m, "plan_id"));
        if (owner != m_planOwner.end())
            measures[owner->second].push_back(m);
    }
    std::vector<Journey> out;
    out.reserve(m_order.size());
    for (const std::string &id : m_order) {
        const Records &r = m_byParticipant.at(id);
        // Several reporting records: per date, the first (by id) that confirms it.
        std::vector<Json> reporting = r.reporting;
        std::sort(reporting.begin(), reporting.end(),
                  [](const Json &a, const Json &b) { return str(a, "id") < str(b, "id"); });
        Json merged = Json::object();
        for (DateField f : kDateFields)
            for (const Json &rec : reporting)
                if (!dateOf(rec, dateFieldName(f)).empty() ||
                    !str(rec, basisFieldName(f).c_str()).empty()) {
                    merged[dateFieldName(f)] = rec.value(dateFieldName(f), Json());
                    merged[basisFieldName(f)] = rec.value(basisFieldName(f), Json());
                    break;
                }
        const auto m = measures.find(id);
        out.push_back(journeyFromRecords(r.participant,
                                         m == measures.end() ? std::vector<Json>() : m->second,
                                         r.trainingBooks, r.employments, merged, r.track, r.phase));
    }
    return out;
}

// --- proposals -----------------------------------------------------------------------------------

namespace {

// The earliest candidate; a tie keeps the one offered first.
void offer(Proposal &best, const std::string &date, Source source)
{
    if (date.empty())
        return;
    if (best.date.empty() || date < best.date) {
        best.date = date;
        best.source = std::move(source);
    }
}

// A history with consecutive repeats of a value folded away (a re-sent value is no change).
std::vector<FieldChange> transitions(const std::vector<FieldChange> &history)
{
    std::vector<FieldChange> out;
    for (const FieldChange &c : history)
        if (out.empty() || out.back().value != c.value)
            out.push_back(c);
    return out;
}

Source changeSource(Source::Kind kind, const std::string &recordId, const std::string &from,
                    const std::string &to)
{
    Source s;
    s.kind = kind;
    s.recordId = recordId;
    s.from = from;
    s.to = to;
    return s;
}

} // namespace

std::array<Proposal, kDateFieldCount> propose(const Journey &j)
{
    std::array<Proposal, kDateFieldCount> p;
    auto at = [&](DateField f) -> Proposal & {
        return p[std::size_t(f)];
    };

    if (!j.programmeStart.empty()) {
        Source s;
        s.kind = Source::Kind::ParticipantField;
        s.recordId = j.participantId;
        s.field = "programme_start";
        offer(at(DateField::ProgrammeStart), j.programmeStart, s);
    }

    // The fast track: its first start and the first change away from it after that.
    const auto track = transitions(j.trackHistory);
    std::size_t startAt = track.size();
    for (std::size_t i = 0; i < track.size(); ++i)
        if (track[i].value == "fast_track") {
            startAt = i;
            break;
        }
    std::string fastTrackStart, trackExit;
    Source exitSource;
    if (startAt < track.size()) {
        fastTrackStart = track[startAt].date;
        offer(at(DateField::FastTrackStart), fastTrackStart,
              changeSource(Source::Kind::TrackChange, j.participantId,
                           startAt > 0 ? track[startAt - 1].value : std::string(), "fast_track"));
        if (startAt + 1 < track.size()) {
            trackExit = track[startAt + 1].date;
            exitSource = changeSource(Source::Kind::TrackChange, j.participantId, "fast_track",
                                      track[startAt + 1].value);
        }
    }

    for (const MeasureFacts &m : j.measures) {
        if (m.status == "cancelled")
            continue;
        Source s;
        s.kind = Source::Kind::Measure;
        s.recordId = m.id;
        s.detail = m.type;
        s.employer = m.employer;
        if (m.type == "wage_subsidy")
            offer(at(DateField::WageSubsidyStart), m.startDate, s);
        else if (m.type == "work_training")
            offer(at(DateField::WorkTrainingStart), m.startDate, s);
    }
    // Work: an employment without wage subsidy. With one, it is the wage subsidy's start.
    std::string work;
    for (const EmploymentFacts &e : j.employments) {
        Source s;
        s.kind = Source::Kind::Employment;
        s.recordId = e.id;
        s.employer = e.employer;
        s.percent = e.percent;
        s.wageSubsidy = e.wageSubsidy;
        if (e.wageSubsidy) {
            offer(at(DateField::WageSubsidyStart), e.startDate, s);
            continue;
        }
        offer(at(e.percent > 70 ? DateField::WorkOver70Start : DateField::WorkUnder70Start),
              e.startDate, s);
        if (!e.startDate.empty() && (work.empty() || e.startDate < work))
            work = e.startDate;
    }
    auto workBy = [&](const std::string &day) {
        return !work.empty() && work <= day;
    };

    // The programme's end: the participant's field, else the phase turning to "after".
    std::string programmeEnd;
    Source endSource;
    if (!j.programmeEnd.empty()) {
        programmeEnd = j.programmeEnd;
        endSource.kind = Source::Kind::ParticipantField;
        endSource.recordId = j.participantId;
        endSource.field = "programme_end";
    } else {
        const auto phase = transitions(j.phaseHistory);
        for (std::size_t i = 0; i < phase.size(); ++i)
            if (phase[i].value == "after") {
                programmeEnd = phase[i].date;
                endSource = changeSource(Source::Kind::PhaseChange, j.participantId,
                                         i > 0 ? phase[i - 1].value : std::string(), "after");
                break;
            }
    }

    if (!trackExit.empty() && !workBy(trackExit) &&
        (programmeEnd.empty() || trackExit < programmeEnd))
        offer(at(DateField::EndedFastTrackWithoutResult), trackExit, exitSource);
    if (!programmeEnd.empty() && !fastTrackStart.empty() && fastTrackStart <= programmeEnd &&
        (trackExit.empty() || trackExit >= programmeEnd) && !workBy(programmeEnd))
        offer(at(DateField::EndedProgrammeWithoutResult), programmeEnd, endSource);
    return p;
}

// --- the form ------------------------------------------------------------------------------------

int Form::unconfirmed() const
{
    return int(std::count_if(dates.begin(), dates.end(),
                             [](const DateEntry &d) { return !d.confirmation.confirmed(); }));
}

int Form::notices() const
{
    return int(std::count_if(dates.begin(), dates.end(),
                             [](const DateEntry &d) { return d.sourceChanged; }));
}

Form deriveForm(const Journey &journey)
{
    Form form;
    form.participantId = journey.participantId;
    const auto proposals = propose(journey);
    for (DateField f : kDateFields) {
        DateEntry &e = form.dates[std::size_t(f)];
        e.field = f;
        e.proposal = proposals[std::size_t(f)];
        e.confirmation = journey.confirmations[std::size_t(f)];
        if (!e.confirmation.confirmed()) {
            e.value = e.proposal.date;
            continue;
        }
        e.value = e.confirmation.value;
        if (e.confirmation.basis.empty())
            continue; // confirmed before bases were kept: nothing to compare with
        e.sourceChanged = e.confirmation.basis != encodeBasis(e.proposal);
        // The date that was proposed then is the basis's last part ("none": no date).
        const auto slash = e.confirmation.basis.rfind('/');
        const std::string proposedThen =
            slash == std::string::npos ? std::string() : e.confirmation.basis.substr(slash + 1);
        e.overridden = e.confirmation.value != proposedThen;
    }
    return form;
}

Json confirmationChanges(const Form &form, DateField field, const std::string &value)
{
    const DateEntry &e = form.at(field);
    return Json{{dateFieldName(field), value.empty() ? Json() : Json(value)},
                {basisFieldName(field), encodeBasis(e.proposal)}};
}

Json clearConfirmationChanges(DateField field)
{
    return Json{{dateFieldName(field), nullptr}, {basisFieldName(field), nullptr}};
}

} // namespace bro::model::reporting
