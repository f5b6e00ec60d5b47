#include "domain/introcv.h"

#include <bro/model/validation.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace bro::cv {

namespace {

using Json = nlohmann::json;

// The only fields a CV reads, per kind. Nothing else of any record reaches a CV.
const std::map<std::string, std::vector<std::string>> kAllowed{
    {"education",
     {"level", "subject", "country", "years", "nokut_status", "nokut_sent_date", "nokut_decision_date"}},
    {"work_experience", {"occupation", "years", "formal", "country", "description"}},
    {"mapping",
     {"norwegian_listening", "norwegian_reading", "norwegian_speaking", "norwegian_writing",
      "norwegian_test_date", "other_languages"}},
    {"training_book", {"employer", "workplace", "start_date", "end_date"}},
    {"competence_goal", {"title", "code", "trade"}},
};

std::string text(const Json &r, const char *field)
{
    auto it = r.find(field);
    return it != r.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool deleted(const Json &r)
{
    auto it = r.find("deleted");
    return it != r.end() && it->is_boolean() && it->get<bool>();
}

std::vector<Json> live(const Json &records, const char *kind, const char *parentField,
                       const std::string &parent)
{
    std::vector<Json> out;
    auto it = records.find(kind);
    if (it == records.end() || !it->is_array())
        return out;
    for (const auto &r : *it)
        if (!deleted(r) && text(r, parentField) == parent)
            out.push_back(r);
    std::sort(out.begin(), out.end(),
              [](const Json &a, const Json &b) { return text(a, "id") < text(b, "id"); });
    return out;
}

Json allowed(const std::string &kind, const Json &record)
{
    Json out = Json::object();
    for (const auto &f : kAllowed.at(kind))
        if (auto it = record.find(f); it != record.end() && !it->is_null())
            out[f] = *it;
    return out;
}

std::vector<Fact> facts(const Json &records, const std::string &participant)
{
    std::vector<Fact> out;
    for (const auto &e : live(records, "education", "participant_id", participant)) {
        Fact f{Section::Education, text(e, "id"), allowed("education", e), {}, {}};
        const std::string status = text(e, "nokut_status");
        if (status == "recognised")
            f.sources.push_back({SourceCode::NokutRecognised, text(e, "nokut_decision_date")});
        else if (status == "partly")
            f.sources.push_back({SourceCode::NokutPartly, text(e, "nokut_decision_date")});
        else if (status == "sent" || status == "under_assessment")
            f.sources.push_back({SourceCode::NokutPending, text(e, "nokut_sent_date")});
        else
            f.sources.push_back({SourceCode::NokutNotSent});
        out.push_back(std::move(f));
    }
    for (const auto &w : live(records, "work_experience", "participant_id", participant))
        out.push_back({Section::Work, text(w, "id"), allowed("work_experience", w), {{SourceCode::Mapping}}, {}});
    const auto mappings = live(records, "mapping", "participant_id", participant);
    if (!mappings.empty()) {
        // The last made mapping holds the participant's levels now.
        const Json &m = mappings.back();
        Fact f{Section::Languages, text(m, "id"), allowed("mapping", m), {}, {}};
        if (!f.values.empty()) {
            const std::string tested = text(m, "norwegian_test_date");
            f.sources.push_back(tested.empty() ? Source{SourceCode::Mapping}
                                               : Source{SourceCode::NorwegianTest, tested});
            out.push_back(std::move(f));
        }
    }
    for (const auto &b : live(records, "training_book", "participant_id", participant)) {
        const std::string book = text(b, "id");
        const std::string employer = text(b, "employer");
        Fact f{Section::Training, book, allowed("training_book", b), {}, {}};
        f.sources.push_back({SourceCode::TrainingBook, {}, {}, employer});
        // The latest assessment of each goal (latest assessed_on, then the last made).
        std::map<std::string, Json> latest;
        for (const auto &a : live(records, "assessment", "training_book_id", book)) {
            const std::string goal = text(a, "goal_id");
            auto it = latest.find(goal);
            if (it == latest.end() || text(a, "assessed_on") >= text(it->second, "assessed_on"))
                latest[goal] = a;
        }
        for (const auto &g : live(records, "competence_goal", "training_book_id", book)) {
            auto a = latest.find(text(g, "id"));
            if (a == latest.end() || text(a->second, "status") != "achieved")
                continue;
            Fact goal{Section::Training, text(g, "id"), allowed("competence_goal", g), {}, {}};
            goal.sources.push_back({SourceCode::MentorAssessed, text(a->second, "assessed_on"),
                                    text(a->second, "assessed_by"), employer});
            if (!text(a->second, "signed_by").empty())
                goal.sources.push_back({SourceCode::MentorSigned,
                                        text(a->second, "signed_at").substr(0, 10),
                                        text(a->second, "signed_by"), employer});
            f.items.push_back(std::move(goal));
        }
        double hours = 0, signedHours = 0;
        for (const auto &e : live(records, "logbook_entry", "training_book_id", book)) {
            const double h = e.value("hours", Json()).is_number() ? e["hours"].get<double>() : 0;
            hours += h;
            if (!text(e, "signed_by").empty())
                signedHours += h;
        }
        if (hours > 0)
            f.sources.push_back({SourceCode::LogbookHours, {}, {}, employer, hours, signedHours});
        out.push_back(std::move(f));
    }
    return out;
}

std::set<std::string> idsIn(const std::string &list)
{
    std::set<std::string> out;
    std::string s = list;
    std::replace_if(s.begin(), s.end(), [](char c) { return c == ',' || c == ';' || c == '\n'; }, ' ');
    std::istringstream in(s);
    for (std::string id; in >> id;)
        out.insert(id);
    return out;
}

bool included(const Json &cv, Section s)
{
    const char *field = s == Section::Education ? "include_education"
                        : s == Section::Work    ? "include_work"
                        : s == Section::Languages ? "include_languages"
                                                  : "include_training";
    auto it = cv.find(field);
    return it == cv.end() || !it->is_boolean() || it->get<bool>();
}

} // namespace

const char *sectionName(Section s)
{
    switch (s) {
    case Section::Education:
        return "education";
    case Section::Work:
        return "work";
    case Section::Languages:
        return "languages";
    case Section::Training:
        return "training";
    }
    return "";
}

const std::vector<Section> &offeredSections()
{
    static const std::vector<Section> all{Section::Education, Section::Work, Section::Languages,
                                          Section::Training};
    return all;
}

std::vector<Fact> offeredFacts(const Json &records, const std::string &participantId)
{
    return facts(records, participantId);
}

std::optional<IntroCv> build(const Json &records, const std::string &participantId)
{
    IntroCv cv;
    cv.participantId = participantId;
    bool found = false;
    if (auto it = records.find("participant"); it != records.end() && it->is_array())
        for (const auto &p : *it)
            if (text(p, "id") == participantId && !deleted(p)) {
                cv.name = text(p, "name");
                found = true;
            }
    if (!found)
        return std::nullopt;
    const auto cvs = live(records, "intro_cv", "participant_id", participantId);
    const Json choice = cvs.empty() ? Json::object() : cvs.back();
    cv.profile = text(choice, "profile");
    cv.ownWords = text(choice, "own_words");
    const auto excluded = idsIn(text(choice, "excluded_items"));
    for (auto &f : facts(records, participantId)) {
        if (!included(choice, f.section) || excluded.count(f.recordId))
            continue;
        std::erase_if(f.items, [&](const Fact &g) { return excluded.count(g.recordId) > 0; });
        cv.facts.push_back(std::move(f));
    }
    return cv;
}

ConsentStatus consentStatus(const Json &records, const std::string &participantId,
                            const std::string &organisationNumber)
{
    if (model::whyNotOrganisationNumber(organisationNumber))
        return {ConsentState::BadNumber, {}};
    const std::string wanted = model::normalisedOrganisationNumber(organisationNumber);
    std::optional<Json> latest;
    for (const auto &c : live(records, "cv_consent", "participant_id", participantId)) {
        if (model::normalisedOrganisationNumber(text(c, "organisation_number")) != wanted)
            continue;
        if (!latest || text(c, "given_on") > text(*latest, "given_on") ||
            (text(c, "given_on") == text(*latest, "given_on") &&
             text(c, "id") > text(*latest, "id")))
            latest = c;
    }
    if (!latest)
        return {ConsentState::NotAsked, {}};
    return {latest->value("given", false) ? ConsentState::Given : ConsentState::Withdrawn,
            Consent{text(*latest, "id"), text(*latest, "employer_name"), wanted,
                    text(*latest, "given_on"), text(*latest, "recorded_by")}};
}

std::optional<Consent> consentFor(const Json &records, const std::string &participantId,
                                  const std::string &organisationNumber, std::string *why)
{
    const ConsentStatus status = consentStatus(records, participantId, organisationNumber);
    switch (status.state) {
    case ConsentState::Given:
        return status.latest;
    case ConsentState::BadNumber:
        if (why)
            *why = "organisation_number: " + *model::whyNotOrganisationNumber(organisationNumber);
        return std::nullopt;
    case ConsentState::Withdrawn:
    case ConsentState::NotAsked:
        if (why)
            *why = "consent: the participant has " +
                   std::string(status.state == ConsentState::Withdrawn ? "withdrawn the consent"
                                                                       : "not consented") +
                   " to share the CV with the employer " +
                   model::normalisedOrganisationNumber(organisationNumber) +
                   " (record it as a cv_consent first)";
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace bro::cv
