#include "bro/model/catalogue.h"

namespace bro::model {

namespace {

using T = FieldType;
constexpr Role A = Role::Adviser;
constexpr Role M = Role::Mentor;
constexpr Role P = Role::Participant;

FieldSpec make(std::string name, FieldType type, bool required = false)
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = type;
    f.required = required;
    return f;
}

FieldSpec text(std::string name, bool required = false)
{
    return make(std::move(name), T::Text, required);
}
FieldSpec freeText(std::string name, bool required = false)
{
    return make(std::move(name), T::FreeText, required);
}
FieldSpec sensitiveText(std::string name)
{
    FieldSpec f = make(std::move(name), T::FreeText);
    f.sensitive = true;
    return f;
}
FieldSpec date(std::string name, bool required = false)
{
    return make(std::move(name), T::Date, required);
}
FieldSpec dateTime(std::string name, bool required = false)
{
    return make(std::move(name), T::DateTime, required);
}
FieldSpec boolean(std::string name)
{
    return make(std::move(name), T::Boolean);
}
FieldSpec integer(std::string name, double min, double max, bool required = false)
{
    FieldSpec f = make(std::move(name), T::Integer, required);
    f.min = min;
    f.max = max;
    return f;
}
FieldSpec decimal(std::string name, double min, double max, bool required = false)
{
    FieldSpec f = make(std::move(name), T::Decimal, required);
    f.min = min;
    f.max = max;
    return f;
}
FieldSpec oneOf(std::string name, std::vector<std::string> values, bool required = false)
{
    FieldSpec f = make(std::move(name), T::Enum, required);
    f.values = std::move(values);
    return f;
}
FieldSpec ref(std::string name, std::string kind, bool required = true)
{
    FieldSpec f = make(std::move(name), T::Reference, required);
    f.refKind = std::move(kind);
    return f;
}
// The reference that places a record under its owner: set once, never moved.
FieldSpec parent(std::string name, std::string kind)
{
    FieldSpec f = ref(std::move(name), std::move(kind), true);
    f.immutable = true;
    return f;
}
// A participant's own words: only the participant writes the field; the kind's readers read it.
FieldSpec participantsOwn(FieldSpec f)
{
    f.writers = P;
    return f;
}
FieldSpec immutable(FieldSpec f)
{
    f.immutable = true;
    return f;
}
const std::vector<std::string> kCefr{"A1", "A2", "B1", "B2", "C1", "C2"};
const std::vector<std::string> kSkills{"listening", "reading", "speaking", "writing"};
FieldSpec cefr(std::string name)
{
    return oneOf(std::move(name), kCefr);
}
FieldSpec organisationNumber(std::string name, bool required)
{
    FieldSpec f = text(std::move(name), required);
    f.format = TextFormat::OrganisationNumber;
    return f;
}
FieldSpec rating(std::string name)
{
    return integer(std::move(name), 1, 5);
}
// The sign-off fields of a signable kind: set by the one signature change only.
void addSignatureFields(std::vector<FieldSpec> &fields)
{
    fields.push_back(text("signed_by"));
    fields.push_back(dateTime("signed_at"));
    fields.push_back(freeText("signature_strokes"));
}

std::vector<KindSpec> buildCatalogue()
{
    std::vector<KindSpec> k;

    // A mentor sees the participant's name and nothing else of the record.
    KindSpec participant{
        .name = "participant",
        .titleField = "name",
        .scope = ScopeRule::Participant,
        .fields = {text("name", true), text("preferred_language"), date("birth_date"),
                   date("settlement_date"), date("programme_start"), date("programme_end"),
                   text("municipality"), text("adviser"),
                   text("nav_counsellor"),
                   oneOf("track", {"ordinary", "work_directed", "education_directed", "fast_track"}),
                   oneOf("phase", {"before", "qualification", "job_match", "after"}),
                   boolean("consent_employer")},
        .read = A | P | M,
        .create = A,
        .edit = A,
        .remove = A};
    for (auto &f : participant.fields) {
        if (f.name != "name")
            f.readers = A | P;
        f.history = f.name == "track" || f.name == "phase";
    }
    k.push_back(std::move(participant));

    k.push_back({.name = "mapping",
                 .parentField = "participant_id",
                 .fields = {parent("participant_id", "participant"), cefr("norwegian_listening"),
                            cefr("norwegian_reading"), cefr("norwegian_speaking"),
                            cefr("norwegian_writing"), date("norwegian_test_date"),
                            freeText("other_languages"), freeText("needs"), freeText("goals"),
                            sensitiveText("health_notes"), sensitiveText("family_notes")},
                 // The participant reads their own mapping (the left bank of "Min bro"); the
                 // health and family notes are sensitive: advisers only.
                 .read = A | P,
                 .create = A,
                 .edit = A,
                 .remove = A});
    k.push_back(
        {.name = "education",
         .parentField = "participant_id",
         .titleField = "subject",
         .fields = {parent("participant_id", "participant"),
                    oneOf("level", {"primary", "lower_secondary", "upper_secondary", "vocational",
                                    "bachelor", "master", "doctorate", "other"}),
                    text("subject", true), text("country"), integer("years", 0, 30),
                    text("documentation"),
                    oneOf("nokut_status", {"not_started", "sent", "under_assessment", "recognised",
                                           "partly", "refused"}),
                    date("nokut_sent_date"), date("nokut_decision_date")},
         .read = A | P,
         .create = A,
         .edit = A,
         .remove = A});
    k.push_back({.name = "work_experience",
                 .parentField = "participant_id",
                 .titleField = "occupation",
                 .fields = {parent("participant_id", "participant"), text("occupation", true),
                            decimal("years", 0, 60), boolean("formal"), text("country"),
                            freeText("description")},
                 .read = A | P,
                 .create = A,
                 .edit = A,
                 .remove = A});
    // goal_in_my_words: what the goal means to the participant, in any language; only the
    // participant writes it, the adviser reads it.
    k.push_back({.name = "plan",
                 .parentField = "participant_id",
                 .titleField = "goal",
                 .fields = {parent("participant_id", "participant"), freeText("goal"),
                            freeText("current_situation"), freeText("prerequisites"),
                            participantsOwn(freeText("goal_in_my_words"))},
                 .read = A | P,
                 .create = A,
                 .edit = A,
                 .remove = A});
    k.push_back({.name = "measure",
                 .parentField = "plan_id",
                 .titleField = "description",
                 .fields = {parent("plan_id", "plan"),
                            oneOf("type",
                                  {"career_guidance", "intro_cv", "work_training",
                                   "language_practice", "job_shadowing", "work_norwegian",
                                   "labour_market_course", "wage_subsidy", "mentor",
                                   "education_recognition", "norwegian_lessons", "other"},
                                  true),
                            text("description"), date("start_date"), date("end_date"),
                            oneOf("status", {"planned", "ongoing", "completed", "cancelled"}, true),
                            oneOf("responsible", {"municipality", "nav", "adult_education",
                                                  "employer", "participant"}),
                            text("employer"), participantsOwn(freeText("participant_note"))},
                 .read = A | P,
                 .create = A,
                 .edit = A,
                 .remove = A});
    // The employer is what places the book (and everything under it) with one employer's
    // mentors: it is set when the book is made and never moved.
    k.push_back(
        {.name = "training_book",
         .parentField = "participant_id",
         .titleField = "employer",
         .employerField = "employer",
         .fields = {parent("participant_id", "participant"), immutable(text("employer", true)),
                    text("workplace"), text("address"), text("working_hours"),
                    decimal("hours_per_week", 0, 60), freeText("hse_info"),
                    text("contact_person"), text("contact_phone"), text("mentor_name"),
                    date("start_date"), date("end_date")},
         .read = A | M | P,
         .create = A,
         .edit = A,
         .remove = A});
    k.push_back({.name = "competence_goal",
                 .parentField = "training_book_id",
                 .titleField = "title",
                 .fields = {parent("training_book_id", "training_book"), text("title", true),
                            freeText("description"), text("code"), text("trade")},
                 .read = A | M | P,
                 .create = A,
                 .edit = A,
                 .remove = A});
    // The workplace's HSE (HMS) introduction, one checklist item per topic.
    k.push_back({.name = "hse_item",
                 .parentField = "training_book_id",
                 .titleField = "title",
                 .fields = {parent("training_book_id", "training_book"), text("title", true),
                            date("done_on"), text("done_by")},
                 .read = A | M | P,
                 .create = A | M,
                 .edit = A | M,
                 .remove = A});
    {
        KindSpec entry{.name = "logbook_entry",
                       .parentField = "training_book_id",
                       .titleField = "tasks",
                       .signable = true,
                       .fields = {parent("training_book_id", "training_book"),
                                  date("entry_date", true), decimal("hours", 0, 24, true),
                                  freeText("tasks", true), freeText("goals_practised"),
                                  freeText("norwegian_used"),
                                  immutable(ref("corrects_id", "logbook_entry", false))},
                       .read = A | M | P,
                       .create = A | M,
                       .edit = A | M,
                       .remove = A,
                       .sign = A | M};
        addSignatureFields(entry.fields);
        k.push_back(std::move(entry));
    }
    {
        KindSpec assessment{
            .name = "assessment",
            .parentField = "training_book_id",
            .titleField = "comment",
            .signable = true,
            .fields = {parent("training_book_id", "training_book"),
                       ref("goal_id", "competence_goal"),
                       oneOf("status", {"not_started", "in_progress", "achieved"}, true),
                       freeText("comment"), date("assessed_on", true), text("assessed_by")},
            .read = A | M | P,
            .create = A | M,
            .edit = A | M,
            .remove = A,
            .sign = A | M};
        addSignatureFields(assessment.fields);
        k.push_back(std::move(assessment));
    }
    // Written by the participant (or with the adviser, on the adviser's tablet), never edited.
    // Answerable without reading: do I like this work (likes_work), is it hard (is_hard), do I
    // want to go on (continue_path), each yes / unsure / no, and how it goes on a 1-5 scale
    // (score); the typed answer (text) is optional, a spoken one is an attachment. language is
    // the code of the language the questions were shown in ("ti", "ar", ...).
    k.push_back({.name = "self_evaluation",
                 .parentField = "participant_id",
                 .titleField = "text",
                 .appendOnly = true,
                 .fields = {parent("participant_id", "participant"), date("written_on", true),
                            oneOf("continue_path", {"yes", "unsure", "no"}),
                            freeText("text"), text("language"),
                            oneOf("likes_work", {"yes", "unsure", "no"}),
                            oneOf("is_hard", {"yes", "unsure", "no"}), rating("score")},
                 .read = A | P,
                 .create = A | P,
                 .edit = A | P,
                 .remove = A});
    {
        KindSpec feedback{.name = "employer_feedback",
                          .parentField = "training_book_id",
                          .titleField = "comment",
                          .signable = true,
                          .fields = {parent("training_book_id", "training_book"),
                                     date("given_on", true), rating("attendance"),
                                     rating("punctuality"), rating("cooperation"),
                                     rating("safety"), rating("work_quality"),
                                     rating("norwegian_at_work"), freeText("comment")},
                          .read = A | M,
                          .create = A | M,
                          .edit = A | M,
                          .remove = A,
                          .sign = A | M};
        addSignatureFields(feedback.fields);
        k.push_back(std::move(feedback));
    }
    // The participant sees their meetings (the next one is on "Min bro"), not the notes.
    // A meeting planned from a job match (app/domain/matchstart.h) carries the need
    // (employer_need_id) and what it is about: the employer, the occupation, the job's start.
    k.push_back(
        {.name = "meeting",
         .parentField = "participant_id",
         .titleField = "type",
         .fields = {parent("participant_id", "participant"),
                    oneOf("type",
                          {"three_party", "mapping", "nav_cooperation", "employer_expectations",
                           "participant_expectations", "status_evaluation", "closing"},
                          true),
                    date("meeting_date", true), freeText("attendees"), boolean("interpreter"),
                    text("interpreter_language"), text("language"), dateTime("started_at"),
                    dateTime("ended_at"), immutable(ref("employer_need_id", "employer_need", false)),
                    text("employer"), text("occupation"), date("job_start_date")},
         .read = A | P,
         .create = A,
         .edit = A,
         .remove = A});
    // What was said, as it was written down: notes are added, never edited.
    k.push_back({.name = "meeting_note",
                 .parentField = "meeting_id",
                 .titleField = "text",
                 .appendOnly = true,
                 .fields = {parent("meeting_id", "meeting"), dateTime("written_at", true),
                            text("author"), freeText("text", true)},
                 .read = A,
                 .create = A,
                 .edit = A,
                 .remove = A});
    // What the meeting agreed; one tap makes it a measure of the plan (measure_id).
    k.push_back({.name = "agreed_action",
                 .parentField = "meeting_id",
                 .titleField = "text",
                 .fields = {parent("meeting_id", "meeting"), text("text", true), date("due_date"),
                            oneOf("responsible", {"municipality", "nav", "adult_education",
                                                  "employer", "participant"}),
                            boolean("done"), ref("measure_id", "measure", false)},
                 .read = A | P,
                 .create = A,
                 .edit = A,
                 .remove = A});
    // The job the fast track ends in (without wage subsidy), or one with a wage subsidy on the
    // way there: what the reporting form's work dates are proposed from (reporting.h).
    k.push_back({.name = "employment",
                 .parentField = "participant_id",
                 .titleField = "employer",
                 .fields = {parent("participant_id", "participant"), text("employer", true),
                            date("start_date", true), decimal("position_percent", 1, 100, true),
                            boolean("wage_subsidy"), date("end_date")},
                 .read = A,
                 .create = A,
                 .edit = A,
                 .remove = A});
    // The reporting form (seed 001, tool 2): per date, the value the adviser confirmed and, in
    // <date>_basis, the proposal they saw then (reporting.h); one record per participant.
    {
        KindSpec reporting{.name = "reporting",
                           .parentField = "participant_id",
                           .fields = {parent("participant_id", "participant"),
                                      date("programme_start"), date("fast_track_start"),
                                      date("wage_subsidy_start"), date("work_training_start"),
                                      date("work_over_70_start"), date("work_under_70_start"),
                                      date("ended_fast_track_without_result"),
                                      date("ended_programme_without_result")},
                           .read = A,
                           .create = A,
                           .edit = A,
                           .remove = A};
        for (const char *d : {"programme_start", "fast_track_start", "wage_subsidy_start",
                              "work_training_start", "work_over_70_start", "work_under_70_start",
                              "ended_fast_track_without_result", "ended_programme_without_result"})
            reporting.fields.push_back(text(std::string(d) + "_basis"));
        k.push_back(std::move(reporting));
    }
    // An employer the municipality works with in phase 2 (the job match). It belongs to no
    // participant: the advisers of its municipality share it, and the mentors of the employer
    // read it (their own employer's record, nothing of any other). Its name is what training
    // books and mentors' accounts name the employer by, so it is set once, like the
    // municipality that places it.
    k.push_back({.name = "employer",
                 .titleField = "name",
                 .scope = ScopeRule::Municipality,
                 .municipalityField = "municipality",
                 .employerNameField = "name",
                 .fields = {immutable(text("name", true)),
                            organisationNumber("organisation_number", true),
                            immutable(text("municipality", true)), text("address"),
                            text("contact_person"), text("contact_phone"), text("contact_email"),
                            freeText("notes")},
                 .read = A | M,
                 .create = A,
                 .edit = A,
                 .remove = A});
    // What an employer needs: the occupation, how many, the Norwegian level per skill, the
    // qualification (and in which field), when, and what the employer offers. Advisers only.
    {
        KindSpec need{.name = "employer_need",
                      .parentField = "employer_id",
                      .titleField = "occupation",
                      .fields = {parent("employer_id", "employer"), text("occupation", true),
                                 integer("positions", 1, 1000, true)}};
        for (const auto &skill : kSkills)
            need.fields.push_back(cefr("norwegian_" + skill));
        for (auto f : {oneOf("required_qualification",
                             {"none", "trade_certificate", "vocational", "bachelor", "master",
                              "authorisation"}),
                       text("qualification_field"), freeText("other_requirements"),
                       decimal("experience_years", 0, 60), date("start_date"),
                       boolean("wage_subsidy_offered"), boolean("mentor_offered"),
                       oneOf("status", {"open", "in_progress", "filled", "cancelled"}, true),
                       freeText("description")})
            need.fields.push_back(std::move(f));
        need.read = A;
        need.create = A;
        need.edit = A;
        need.remove = A;
        k.push_back(std::move(need));
    }
    // The participant's Intro-CV: which parts of what Bro knows go in (sections on or off,
    // single items left out by id), a short profile and the participant's own words. Never
    // offered: health, family or meeting notes (app/domain/introcv.h). The participant and
    // the adviser write it together; no mentor reads it.
    k.push_back({.name = "intro_cv",
                 .parentField = "participant_id",
                 .titleField = "profile",
                 .fields = {parent("participant_id", "participant"), freeText("profile"),
                            freeText("own_words"), boolean("include_education"),
                            boolean("include_work"), boolean("include_languages"),
                            boolean("include_training"), freeText("excluded_items"),
                            oneOf("language", {"nb", "en"})},
                 .read = A | P,
                 .create = A | P,
                 .edit = A | P,
                 .remove = A | P});
    // The participant's consent to share the Intro-CV with one named employer, recorded before
    // it is shared. Written once; a withdrawal is a new consent record with given false.
    k.push_back({.name = "cv_consent",
                 .parentField = "participant_id",
                 .titleField = "employer_name",
                 .appendOnly = true,
                 .fields = {parent("participant_id", "participant"),
                            text("employer_name", true),
                            organisationNumber("organisation_number", true),
                            boolean("given"), date("given_on", true),
                            oneOf("recorded_by", {"participant", "adviser"}, true)},
                 .read = A | P,
                 .create = A | P,
                 .edit = A | P,
                 .remove = A});
    // A file (photo, signature image, recording) on a record. Who reads and attaches follows
    // the owner record: see mayReadAttachment() and mayAttachTo() in access.h.
    k.push_back(
        {.name = "attachment",
         .parentField = "owner_id",
         .titleField = "file_name",
         .scope = ScopeRule::OwnerRecord,
         .fields = {immutable(text("owner_kind", true)), parent("owner_id", ""),
                    text("file_name", true), text("mime_type"),
                    immutable(make("sha256", T::Sha256, true)),
                    immutable(integer("size_bytes", 0, 1e9)), text("caption")},
         .read = A | M | P,
         .create = A | M | P,
         .edit = A | M | P,
         .remove = A | M | P});
    return k;
}

} // namespace

const std::vector<std::string> &cefrLevels()
{
    return kCefr;
}

int cefrRank(std::string_view level)
{
    for (std::size_t i = 0; i < kCefr.size(); ++i)
        if (kCefr[i] == level)
            return int(i);
    return -1;
}

const std::vector<std::string> &norwegianSkills()
{
    return kSkills;
}

const char *roleName(Role role)
{
    switch (role) {
    case Role::Adviser:
        return "adviser";
    case Role::Mentor:
        return "mentor";
    case Role::Participant:
        return "participant";
    case Role::Leader:
        return "leader";
    }
    return "unknown";
}

bool roleFromName(std::string_view name, Role &out)
{
    for (Role r : {Role::Adviser, Role::Mentor, Role::Participant, Role::Leader})
        if (name == roleName(r)) {
            out = r;
            return true;
        }
    return false;
}

bool isSignatureField(std::string_view field)
{
    return field == "signed_by" || field == "signed_at" || field == "signature_strokes";
}

const FieldSpec *KindSpec::field(std::string_view n) const
{
    for (const auto &f : fields)
        if (f.name == n)
            return &f;
    return nullptr;
}

const std::vector<KindSpec> &recordKinds()
{
    static const std::vector<KindSpec> catalogue = buildCatalogue();
    return catalogue;
}

const KindSpec *findKind(std::string_view name)
{
    for (const auto &k : recordKinds())
        if (k.name == name)
            return &k;
    return nullptr;
}

bool isTrainingBookKind(const KindSpec &kind)
{
    const KindSpec *k = &kind;
    for (int depth = 0; k && depth < 8; ++depth) {
        if (!k->employerField.empty())
            return true;
        const FieldSpec *p = k->parentField.empty() ? nullptr : k->field(k->parentField);
        k = p && !p->refKind.empty() ? findKind(p->refKind) : nullptr;
    }
    return false;
}

const KindSpec *employerRootOf(const KindSpec &kind)
{
    const KindSpec *k = &kind;
    for (int depth = 0; k && depth < 8; ++depth) {
        if (k->scope == ScopeRule::Municipality)
            return k;
        const FieldSpec *p = k->parentField.empty() ? nullptr : k->field(k->parentField);
        k = p && !p->refKind.empty() ? findKind(p->refKind) : nullptr;
    }
    return nullptr;
}

} // namespace bro::model
