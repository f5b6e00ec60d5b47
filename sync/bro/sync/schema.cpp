#include "bro/sync/schema.h"

#include "bro/sync/uuid.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace bro::sync {

namespace {

using T = FieldType;

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
FieldSpec cefr(std::string name)
{
    return oneOf(std::move(name), {"A1", "A2", "B1", "B2", "C1", "C2"});
}
FieldSpec rating(std::string name)
{
    return integer(std::move(name), 1, 5);
}
std::vector<KindSpec> buildCatalogue()
{
    std::vector<KindSpec> k;
    k.push_back(
        {.name = "participant",
         .titleField = "name",
         .fields = {
             text("name", true), text("preferred_language"), date("birth_date"),
             date("settlement_date"), text("municipality"), text("adviser"), text("nav_counsellor"),
             oneOf("track", {"ordinary", "work_directed", "education_directed", "fast_track"}),
             oneOf("phase", {"before", "qualification", "job_match", "after"}),
             boolean("consent_employer")}});
    k.push_back({.name = "mapping",
                 .parentField = "participant_id",
                 .fields = {ref("participant_id", "participant"), cefr("norwegian_listening"),
                            cefr("norwegian_reading"), cefr("norwegian_speaking"),
                            cefr("norwegian_writing"), date("norwegian_test_date"),
                            freeText("other_languages"), freeText("needs"), freeText("goals"),
                            sensitiveText("health_notes"), sensitiveText("family_notes")}});
    k.push_back(
        {.name = "education",
         .parentField = "participant_id",
         .titleField = "subject",
         .fields = {ref("participant_id", "participant"),
                    oneOf("level", {"primary", "lower_secondary", "upper_secondary", "vocational",
                                    "bachelor", "master", "doctorate", "other"}),
                    text("subject", true), text("country"), integer("years", 0, 30),
                    text("documentation"),
                    oneOf("nokut_status", {"not_started", "sent", "under_assessment", "recognised",
                                           "partly", "refused"}),
                    date("nokut_sent_date"), date("nokut_decision_date")}});
    k.push_back({.name = "work_experience",
                 .parentField = "participant_id",
                 .titleField = "occupation",
                 .fields = {ref("participant_id", "participant"), text("occupation", true),
                            decimal("years", 0, 60), boolean("formal"), text("country"),
                            freeText("description")}});
    k.push_back({.name = "plan",
                 .parentField = "participant_id",
                 .titleField = "goal",
                 .fields = {ref("participant_id", "participant"), freeText("goal"),
                            freeText("current_situation"), freeText("prerequisites")}});
    k.push_back({.name = "measure",
                 .parentField = "plan_id",
                 .titleField = "description",
                 .fields = {ref("plan_id", "plan"),
                            oneOf("type",
                                  {"career_guidance", "intro_cv", "work_training",
                                   "language_practice", "job_shadowing", "work_norwegian",
                                   "labour_market_course", "wage_subsidy", "mentor",
                                   "education_recognition", "norwegian_lessons", "other"},
                                  true),
                            text("description"), date("start_date"), date("end_date"),
                            oneOf("status", {"planned", "ongoing", "completed", "cancelled"}, true),
                            oneOf("responsible", {"municipality", "nav", "adult_education",
                                                  "employer", "participant"})}});
    k.push_back(
        {.name = "training_book",
         .parentField = "participant_id",
         .titleField = "employer",
         .fields = {ref("participant_id", "participant"), text("employer", true), text("workplace"),
                    text("address"), text("working_hours"), decimal("hours_per_week", 0, 60),
                    freeText("hse_info"), text("contact_person"), text("contact_phone"),
                    text("mentor_name"), date("start_date"), date("end_date")}});
    k.push_back({.name = "competence_goal",
                 .parentField = "training_book_id",
                 .titleField = "title",
                 .fields = {ref("training_book_id", "training_book"), text("title", true),
                            freeText("description"), text("code"), text("trade")}});
    // The workplace's HSE (HMS) introduction, one checklist item per topic.
    k.push_back({.name = "hse_item",
                 .parentField = "training_book_id",
                 .titleField = "title",
                 .fields = {ref("training_book_id", "training_book"), text("title", true),
                            date("done_on"), text("done_by")}});
    k.push_back(
        {.name = "logbook_entry",
         .parentField = "training_book_id",
         .titleField = "tasks",
         .signable = true,
         .fields = {ref("training_book_id", "training_book"), date("entry_date", true),
                    decimal("hours", 0, 24, true), freeText("tasks", true),
                    freeText("goals_practised"), freeText("norwegian_used"),
                    ref("corrects_id", "logbook_entry", false), text("signed_by"),
                    dateTime("signed_at"), freeText("signature_strokes")}});
    k.push_back(
        {.name = "assessment",
         .parentField = "training_book_id",
         .titleField = "comment",
         .signable = true,
         .fields = {ref("training_book_id", "training_book"), ref("goal_id", "competence_goal"),
                    oneOf("status", {"not_started", "in_progress", "achieved"}, true),
                    freeText("comment"), date("assessed_on", true), text("assessed_by"),
                    text("signed_by"), dateTime("signed_at"), freeText("signature_strokes")}});
    k.push_back({.name = "self_evaluation",
                 .parentField = "participant_id",
                 .titleField = "text",
                 .appendOnly = true,
                 .fields = {ref("participant_id", "participant"), date("written_on", true),
                            oneOf("continue_path", {"yes", "unsure", "no"}), freeText("text", true),
                            text("language")}});
    k.push_back({.name = "employer_feedback",
                 .parentField = "training_book_id",
                 .titleField = "comment",
                 
                 .signable = true,
                 .fields = {ref("training_book_id", "training_book"), date("given_on", true),
                            rating("attendance"), rating("punctuality"), rating("cooperation"),
                            rating("safety"), rating("work_quality"), rating("norwegian_at_work"),
                            freeText("comment"), text("signed_by"), dateTime("signed_at"),
                            freeText("signature_strokes")}});
    k.push_back(
        {.name = "meeting",
         .parentField = "participant_id",
         .titleField = "type",
         .fields = {ref("participant_id", "participant"),
                    oneOf("type",
                          {"three_party", "mapping", "nav_cooperation", "employer_expectations",
                           "status_evaluation", "closing"},
                          true),
                    date("meeting_date", true), freeText("attendees"), boolean("interpreter"),
                    text("interpreter_language"), text("language"), dateTime("started_at"),
                    dateTime("ended_at")}});
    // What was said, as it was written down: notes are added, never edited.
    k.push_back({.name = "meeting_note",
                 .parentField = "meeting_id",
                 .titleField = "text",
                 .appendOnly = true,
                 .fields = {ref("meeting_id", "meeting"), dateTime("written_at", true),
                            text("author"), freeText("text", true)}});
    // What the meeting agreed; one tap makes it a measure of the plan (measure_id).
    k.push_back({.name = "agreed_action",
                 .parentField = "meeting_id",
                 .titleField = "text",
                 .fields = {ref("meeting_id", "meeting"), text("text", true), date("due_date"),
                            oneOf("responsible", {"municipality", "nav", "adult_education",
                                                  "employer", "participant"}),
                            boolean("done"), ref("measure_id", "measure", false)}});
    k.push_back({.name = "reporting",
                 .parentField = "participant_id",
                 .fields = {ref("participant_id", "participant"), date("programme_start"),
                            date("fast_track_start"), date("wage_subsidy_start"),
                            date("work_training_start"), date("work_over_70_start"),
                            date("work_under_70_start"), date("ended_fast_track_without_result"),
                            date("ended_programme_without_result")}});
    k.push_back({.name = "attachment",
                 .parentField = "owner_id",
                 .titleField = "file_name",
                 .fields = {text("owner_kind", true), ref("owner_id", ""), text("file_name", true),
                            text("mime_type"), make("sha256", T::Sha256, true),
                            integer("size_bytes", 0, 1e9), text("caption")}});
    return k;
}

ValidationError error(ErrorCode code, const std::string &field, const std::string &reason)
{
    return ValidationError{code, field, field.empty() ? reason : field + ": " + reason, {}};
}

std::string formatNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

bool isDigits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}

bool isValidDateTime(std::string_view s)
{
    // YYYY-MM-DDTHH:MM:SSZ
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return false;
    if (!isValidDate(s.substr(0, 10)))
        return false;
    auto two = [&](std::size_t at, int max) {
        auto p = s.substr(at, 2);
        return isDigits(p) && std::stoi(std::string(p)) <= max;
    };
    return two(11, 23) && two(14, 59) && two(17, 59);
}

} // namespace

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

bool isValidDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!isDigits(s.substr(0, 4)) || !isDigits(s.substr(5, 2)) || !isDigits(s.substr(8, 2)))
        return false;
    const int y = std::stoi(std::string(s.substr(0, 4)));
    const int m = std::stoi(std::string(s.substr(5, 2)));
    const int d = std::stoi(std::string(s.substr(8, 2)));
    if (m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int maxDay = (m == 2 && leap) ? 29 : days[m - 1];
    return d <= maxDay;
}

nlohmann::json valueFromText(const FieldSpec &f, std::string_view text)
{
    if (text.empty())
        return nullptr;
    const std::string s(text);
    switch (f.type) {
    case T::Integer: {
        std::int64_t v = 0;
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc() && end == s.data() + s.size())
            return v;
        return s;
    }
    case T::Decimal: {
        std::string dotted = s;
        std::replace(dotted.begin(), dotted.end(), ',', '.');
        char *end = nullptr;
        const double v = std::strtod(dotted.c_str(), &end);
        if (end == dotted.c_str() + dotted.size() && std::isfinite(v))
            return v;
        return s;
    }
    case T::Boolean:
        for (const char *yes : {"true", "yes", "ja", "1"})
            if (s == yes)
                return true;
        for (const char *no : {"false", "no", "nei", "0"})
            if (s == no)
                return false;
        return s;
    default:
        return s;
    }
}

std::string fieldTypeName(FieldType type)
{
    switch (type) {
    case T::Text:
    case T::FreeText:
    case T::Date:
    case T::DateTime:
    case T::Enum:
    case T::Reference:
    case T::Sha256:
        return "a string";
    case T::Integer:
        return "a whole number";
    case T::Decimal:
        return "a number";
    case T::Boolean:
        return "true or false";
    }
    return "a value";
}

std::optional<ValidationError> validateValue(const FieldSpec &f, const nlohmann::json &v)
{
    if (v.is_null())
        return f.required ? std::optional(error(ErrorCode::Required, f.name, "is required"))
                          : std::nullopt;

    switch (f.type) {
    case T::Integer:
        if (!v.is_number_integer())
            return error(ErrorCode::WrongType, f.name, "must be a whole number");
        break;
    case T::Decimal:
        if (!v.is_number() || !std::isfinite(v.get<double>()))
            return error(ErrorCode::WrongType, f.name, "must be a number");
        break;
    case T::Boolean:
        if (!v.is_boolean())
            return error(ErrorCode::WrongType, f.name, "must be true or false");
        break;
    default:
        if (!v.is_string())
            return error(ErrorCode::WrongType, f.name, "must be " + fieldTypeName(f.type));
    }

    switch (f.type) {
    case T::Text:
    case T::FreeText: {
        const auto &s = v.get_ref<const std::string &>();
        const std::size_t limit = f.type == T::Text ? kMaxTextLength : kMaxFreeTextLength;
        // Count code points, not bytes: "Æøå" is three characters to the person typing.
        std::size_t chars = 0;
        for (unsigned char c : s)
            chars += (c & 0xC0) != 0x80;
        if (f.required && s.find_first_not_of(" \t\r\n") == std::string::npos)
            return error(ErrorCode::Required, f.name, "is required");
        if (chars > limit)
            return error(ErrorCode::TooLong, f.name,
                         "is too long (" + std::to_string(chars) + " characters, at most " +
                             std::to_string(limit) + ")");
        break;
    }
    case T::Date: {
        const auto &s = v.get_ref<const std::string &>();
        if (!isValidDate(s))
            return error(ErrorCode::BadFormat, f.name,
                         "must be a date written YYYY-MM-DD (got \"" + s + "\")");
        if (s < "1900-01-01" || s > "2100-12-31") {
            auto e = error(ErrorCode::OutOfRange, f.name,
                           "must be between 1900-01-01 and 2100-12-31 (got " + s + ")");
            e.args = {"1900-01-01", "2100-12-31"};
            return e;
        }
        break;
    }
    case T::DateTime:
        if (!isValidDateTime(v.get_ref<const std::string &>()))
            return error(ErrorCode::BadFormat, f.name,
                         "must be a UTC time written YYYY-MM-DDTHH:MM:SSZ");
        break;
    case T::Integer:
    case T::Decimal: {
        const double d = v.get<double>();
        if (d < f.min || d > f.max) {
            auto e = error(ErrorCode::OutOfRange, f.name,
                           "must be between " + formatNumber(f.min) + " and " +
                               formatNumber(f.max) + " (got " + formatNumber(d) + ")");
            e.args = {formatNumber(f.min), formatNumber(f.max)};
            return e;
        }
        break;
    }
    case T::Enum: {
        const auto &s = v.get_ref<const std::string &>();
        bool known = false;
        std::string list;
        for (const auto &allowed : f.values) {
            known = known || allowed == s;
            list += (list.empty() ? "" : ", ") + allowed;
        }
        if (!known)
            return error(ErrorCode::NotAllowed, f.name,
                         "must be one of " + list + " (got \"" + s + "\")");
        break;
    }
    case T::Reference:
        if (!Uuid::parse(v.get_ref<const std::string &>()))
            return error(ErrorCode::BadFormat, f.name, "must be a record id (UUID)");
        break;
    case T::Sha256: {
        const auto &s = v.get_ref<const std::string &>();
        bool ok = s.size() == 64;
        for (char c : s)
            ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        if (!ok)
            return error(ErrorCode::BadFormat, f.name, "must be 64 lower-case hex digits");
        break;
    }
    case T::Boolean:
        break;
    }
    return std::nullopt;
}

std::optional<ValidationError> validateRecord(const KindSpec &kind, const nlohmann::json &record)
{
    if (!record.is_object())
        return error(ErrorCode::WrongType, "", "a record must be a JSON object");
    for (const auto &[name, value] : record.items()) {
        if (name == "id" || name == kDeletedField)
            continue;
        const FieldSpec *f = kind.field(name);
        if (!f)
            return error(ErrorCode::UnknownField, name, "is not a field of " + kind.name);
        if (auto e = validateValue(*f, value))
            return e;
    }
    for (const auto &f : kind.fields) {
        if (f.required && (!record.contains(f.name) || record[f.name].is_null()))
            return error(ErrorCode::Required, f.name, "is required");
    }
    auto str = [&](const char *n) -> std::string {
        auto it = record.find(n);
        return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (kind.field("start_date") && kind.field("end_date")) {
        const auto start = str("start_date"), end = str("end_date");
        if (!start.empty() && !end.empty() && end < start)
            return error(ErrorCode::EndBeforeStart, "end_date",
                         "must not be before start_date (" + start + ")");
    }
    return std::nullopt;
}

} // namespace bro::sync
