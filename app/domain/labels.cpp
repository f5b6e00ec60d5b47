#include "labels.h"

#include "dates.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTranslator>

namespace bro {

namespace {

struct Label
{
    const char *key;
    const char *text;
};

// Field labels, keyed "kind.field" where a kind needs its own word, else "field".
constexpr Label kFieldLabels[] = {
    {"name", QT_TRANSLATE_NOOP("Field", "Name")},
    {"preferred_language", QT_TRANSLATE_NOOP("Field", "Preferred language")},
    {"birth_date", QT_TRANSLATE_NOOP("Field", "Date of birth")},
    {"settlement_date", QT_TRANSLATE_NOOP("Field", "Settlement date")},
    {"municipality", QT_TRANSLATE_NOOP("Field", "Municipality")},
    {"adviser", QT_TRANSLATE_NOOP("Field", "Programme adviser")},
    {"nav_counsellor", QT_TRANSLATE_NOOP("Field", "NAV counsellor")},
    {"track", QT_TRANSLATE_NOOP("Field", "Track")},
    {"phase", QT_TRANSLATE_NOOP("Field", "Phase")},
    {"consent_employer", QT_TRANSLATE_NOOP("Field", "Consent to share with employer")},
    {"participant_id", QT_TRANSLATE_NOOP("Field", "Participant")},
    {"norwegian_listening", QT_TRANSLATE_NOOP("Field", "Norwegian: listening")},
    {"norwegian_reading", QT_TRANSLATE_NOOP("Field", "Norwegian: reading")},
    {"norwegian_speaking", QT_TRANSLATE_NOOP("Field", "Norwegian: speaking")},
    {"norwegian_writing", QT_TRANSLATE_NOOP("Field", "Norwegian: writing")},
    {"norwegian_test_date", QT_TRANSLATE_NOOP("Field", "Norwegian test date")},
    {"other_languages", QT_TRANSLATE_NOOP("Field", "Other languages")},
    {"needs", QT_TRANSLATE_NOOP("Field", "Needs")},
    {"goals", QT_TRANSLATE_NOOP("Field", "Goals")},
    {"health_notes", QT_TRANSLATE_NOOP("Field", "Health")},
    {"family_notes", QT_TRANSLATE_NOOP("Field", "Family situation")},
    {"level", QT_TRANSLATE_NOOP("Field", "Level")},
    {"subject", QT_TRANSLATE_NOOP("Field", "Field of study")},
    {"country", QT_TRANSLATE_NOOP("Field", "Country")},
    {"years", QT_TRANSLATE_NOOP("Field", "Years")},
    {"documentation", QT_TRANSLATE_NOOP("Field", "Documentation")},
    {"nokut_status", QT_TRANSLATE_NOOP("Field", "NOKUT recognition")},
    {"nokut_sent_date", QT_TRANSLATE_NOOP("Field", "Sent to NOKUT")},
    {"nokut_decision_date", QT_TRANSLATE_NOOP("Field", "NOKUT decision")},
    {"occupation", QT_TRANSLATE_NOOP("Field", "Occupation")},
    {"formal", QT_TRANSLATE_NOOP("Field", "Formal employment")},
    {"description", QT_TRANSLATE_NOOP("Field", "Description")},
    {"goal", QT_TRANSLATE_NOOP("Field", "Goal")},
    {"current_situation", QT_TRANSLATE_NOOP("Field", "Where I stand now")},
    {"prerequisites", QT_TRANSLATE_NOOP("Field", "Prerequisites")},
    {"plan_id", QT_TRANSLATE_NOOP("Field", "Plan")},
    {"type", QT_TRANSLATE_NOOP("Field", "Type")},
    {"measure.type", QT_TRANSLATE_NOOP("Field", "Measure")},
    {"meeting.type", QT_TRANSLATE_NOOP("Field", "Meeting type")},
    {"start_date", QT_TRANSLATE_NOOP("Field", "Start date")},
    {"end_date", QT_TRANSLATE_NOOP("Field", "End date")},
    {"status", QT_TRANSLATE_NOOP("Field", "Status")},
    {"responsible", QT_TRANSLATE_NOOP("Field", "Responsible")},
    {"employer", QT_TRANSLATE_NOOP("Field", "Employer")},
    {"workplace", QT_TRANSLATE_NOOP("Field", "Workplace")},
    {"address", QT_TRANSLATE_NOOP("Field", "Address")},
    {"working_hours", QT_TRANSLATE_NOOP("Field", "Working hours")},
    {"hours_per_week", QT_TRANSLATE_NOOP("Field", "Hours per week")},
    {"hse_info", QT_TRANSLATE_NOOP("Field", "HSE information")},
    {"contact_person", QT_TRANSLATE_NOOP("Field", "Contact person")},
    {"contact_phone", QT_TRANSLATE_NOOP("Field", "Contact phone")},
    {"mentor_name", QT_TRANSLATE_NOOP("Field", "Mentor")},
    {"training_book_id", QT_TRANSLATE_NOOP("Field", "Training book")},
    {"title", QT_TRANSLATE_NOOP("Field", "Title")},
    {"entry_date", QT_TRANSLATE_NOOP("Field", "Date")},
    {"hours", QT_TRANSLATE_NOOP("Field", "Hours")},
    {"tasks", QT_TRANSLATE_NOOP("Field", "Tasks done")},
    {"goals_practised", QT_TRANSLATE_NOOP("Field", "Goals practised")},
    {"norwegian_used", QT_TRANSLATE_NOOP("Field", "Norwegian used")},
    {"signed_by", QT_TRANSLATE_NOOP("Field", "Signed by")},
    {"signed_at", QT_TRANSLATE_NOOP("Field", "Signed")},
    {"corrects_id", QT_TRANSLATE_NOOP("Field", "Corrects entry")},
    {"goal_id", QT_TRANSLATE_NOOP("Field", "Competence goal")},
    {"comment", QT_TRANSLATE_NOOP("Field", "Comment")},
    {"assessed_on", QT_TRANSLATE_NOOP("Field", "Assessed on")},
    {"assessed_by", QT_TRANSLATE_NOOP("Field", "Assessed by")},
    {"written_on", QT_TRANSLATE_NOOP("Field", "Written on")},
    {"continue_path", QT_TRANSLATE_NOOP("Field", "Continue on this career path?")},
    {"likes_work", QT_TRANSLATE_NOOP("Field", "Likes the work?")},
    {"is_hard", QT_TRANSLATE_NOOP("Field", "Is it hard?")},
    {"self_evaluation.score", QT_TRANSLATE_NOOP("Field", "How it goes (1-5)")},
    {"goal_in_my_words", QT_TRANSLATE_NOOP("Field", "The goal in the participant's own words")},
    {"participant_note", QT_TRANSLATE_NOOP("Field", "The participant's note")},
    {"text", QT_TRANSLATE_NOOP("Field", "Text")},
    {"language", QT_TRANSLATE_NOOP("Field", "Language")},
    {"given_on", QT_TRANSLATE_NOOP("Field", "Date")},
    {"attendance", QT_TRANSLATE_NOOP("Field", "Attendance")},
    {"punctuality", QT_TRANSLATE_NOOP("Field", "Punctuality")},
    {"cooperation", QT_TRANSLATE_NOOP("Field", "Cooperation")},
    {"safety", QT_TRANSLATE_NOOP("Field", "Safety")},
    {"work_quality", QT_TRANSLATE_NOOP("Field", "Quality of work")},
    {"norwegian_at_work", QT_TRANSLATE_NOOP("Field", "Norwegian at work")},
    {"meeting_date", QT_TRANSLATE_NOOP("Field", "Date")},
    {"attendees", QT_TRANSLATE_NOOP("Field", "Attendees")},
    {"interpreter", QT_TRANSLATE_NOOP("Field", "Interpreter present")},
    {"interpreter_language", QT_TRANSLATE_NOOP("Field", "Interpreted to")},
    {"meeting.language", QT_TRANSLATE_NOOP("Field", "Meeting held in")},
    {"started_at", QT_TRANSLATE_NOOP("Field", "Started")},
    {"ended_at", QT_TRANSLATE_NOOP("Field", "Ended")},
    {"meeting_id", QT_TRANSLATE_NOOP("Field", "Meeting")},
    {"written_at", QT_TRANSLATE_NOOP("Field", "Written")},
    {"author", QT_TRANSLATE_NOOP("Field", "Written by")},
    {"meeting_note.text", QT_TRANSLATE_NOOP("Field", "Note")},
    {"agreed_action.text", QT_TRANSLATE_NOOP("Field", "Agreed action")},
    {"due_date", QT_TRANSLATE_NOOP("Field", "Due")},
    {"done", QT_TRANSLATE_NOOP("Field", "Done")},
    {"measure_id", QT_TRANSLATE_NOOP("Field", "Plan measure")},
    {"done_on", QT_TRANSLATE_NOOP("Field", "Done on")},
    {"done_by", QT_TRANSLATE_NOOP("Field", "Gone through with")},
    {"code", QT_TRANSLATE_NOOP("Field", "Code")},
    {"trade", QT_TRANSLATE_NOOP("Field", "Trade")},
    {"signature_strokes", QT_TRANSLATE_NOOP("Field", "Signature")},
    {"programme_start", QT_TRANSLATE_NOOP("Field", "Start of introduction programme")},
    {"fast_track_start", QT_TRANSLATE_NOOP("Field", "Start of fast track")},
    {"wage_subsidy_start", QT_TRANSLATE_NOOP("Field", "Start of wage subsidy")},
    {"work_training_start", QT_TRANSLATE_NOOP("Field", "Start of work training")},
    {"work_over_70_start", QT_TRANSLATE_NOOP("Field", "Start of work over 70 %")},
    {"work_under_70_start", QT_TRANSLATE_NOOP("Field", "Start of work under 70 %")},
    {"ended_fast_track_without_result",
     QT_TRANSLATE_NOOP("Field", "Ended fast track without result")},
    {"ended_programme_without_result",
     QT_TRANSLATE_NOOP("Field", "Ended fast track and programme without result")},
    {"programme_end", QT_TRANSLATE_NOOP("Field", "End of introduction programme")},
    {"position_percent", QT_TRANSLATE_NOOP("Field", "Share of a full position (%)")},
    {"wage_subsidy", QT_TRANSLATE_NOOP("Field", "With wage subsidy")},
    {"programme_start_basis", QT_TRANSLATE_NOOP("Field", "Confirmed from")},
    {"fast_track_start_basis", QT_TRANSLATE_NOOP("Field", "Confirmed from")},
    {"wage_subsidy_start_basis", QT_TRANSLATE_NOOP("Field", "Confirmed from")},
    {"work_training_start_basis", QT_TRANSLATE_NOOP("Field", "Confirmed from")},
    {"work_over_70_start_basis", QT_TRANSLATE_NOOP("Field", "Confirmed from")},
    {"work_under_70_start_basis", QT_TRANSLATE_NOOP("Field", "Confirmed from")},
    {"ended_fast_track_without_result_basis", QT_TRANSLATE_NOOP("Field", "Confirmed from")},
    {"ended_programme_without_result_basis", QT_TRANSLATE_NOOP("Field", "Confirmed from")},
    {"owner_kind", QT_TRANSLATE_NOOP("Field", "Belongs to")},
    {"owner_id", QT_TRANSLATE_NOOP("Field", "Belongs to")},
    {"file_name", QT_TRANSLATE_NOOP("Field", "File name")},
    {"mime_type", QT_TRANSLATE_NOOP("Field", "File type")},
    {"sha256", QT_TRANSLATE_NOOP("Field", "Checksum")},
    {"size_bytes", QT_TRANSLATE_NOOP("Field", "Size")},
    {"caption", QT_TRANSLATE_NOOP("Field", "Caption")},
    {"kind", QT_TRANSLATE_NOOP("Field", "Kind of record")},
    {"id", QT_TRANSLATE_NOOP("Field", "Record")},
    // Employers, their needs and the Intro-CV (issue 15).
    {"organisation_number", QT_TRANSLATE_NOOP("Field", "Organisation number")},
    {"contact_email", QT_TRANSLATE_NOOP("Field", "Email")},
    {"notes", QT_TRANSLATE_NOOP("Field", "Notes")},
    {"employer_id", QT_TRANSLATE_NOOP("Field", "Employer")},
    {"positions", QT_TRANSLATE_NOOP("Field", "Positions")},
    {"employer_need.norwegian_listening", QT_TRANSLATE_NOOP("Field", "Norwegian required: listening")},
    {"employer_need.norwegian_reading", QT_TRANSLATE_NOOP("Field", "Norwegian required: reading")},
    {"employer_need.norwegian_speaking", QT_TRANSLATE_NOOP("Field", "Norwegian required: speaking")},
    {"employer_need.norwegian_writing", QT_TRANSLATE_NOOP("Field", "Norwegian required: writing")},
    {"required_qualification", QT_TRANSLATE_NOOP("Field", "Qualification required")},
    {"qualification_field", QT_TRANSLATE_NOOP("Field", "In the field of")},
    {"other_requirements", QT_TRANSLATE_NOOP("Field", "Other requirements")},
    {"experience_years", QT_TRANSLATE_NOOP("Field", "Years of experience required")},
    {"wage_subsidy_offered", QT_TRANSLATE_NOOP("Field", "Wage subsidy offered")},
    {"mentor_offered", QT_TRANSLATE_NOOP("Field", "Mentor offered")},
    {"employer_need.status", QT_TRANSLATE_NOOP("Field", "Status")},
    {"profile", QT_TRANSLATE_NOOP("Field", "Profile")},
    {"own_words", QT_TRANSLATE_NOOP("Field", "In my own words")},
    {"include_education", QT_TRANSLATE_NOOP("Field", "Include education")},
    {"include_work", QT_TRANSLATE_NOOP("Field", "Include work experience")},
    {"include_languages", QT_TRANSLATE_NOOP("Field", "Include languages")},
    {"include_training", QT_TRANSLATE_NOOP("Field", "Include work training")},
    {"excluded_items", QT_TRANSLATE_NOOP("Field", "Left out")},
    {"intro_cv.language", QT_TRANSLATE_NOOP("Field", "Language of the CV")},
    {"employer_name", QT_TRANSLATE_NOOP("Field", "Employer")},
    {"given", QT_TRANSLATE_NOOP("Field", "Consent given")},
    {"given_on", QT_TRANSLATE_NOOP("Field", "Date")},
    {"recorded_by", QT_TRANSLATE_NOOP("Field", "Recorded by")},
    {"employer_need_id", QT_TRANSLATE_NOOP("Field", "Employer's need")},
    {"job_start_date", QT_TRANSLATE_NOOP("Field", "Job starts")},
};

constexpr Label kKindLabels[] = {
    {"participant", QT_TRANSLATE_NOOP("Kind", "Participant")},
    {"mapping", QT_TRANSLATE_NOOP("Kind", "Competence mapping")},
    {"education", QT_TRANSLATE_NOOP("Kind", "Education")},
    {"work_experience", QT_TRANSLATE_NOOP("Kind", "Work experience")},
    {"plan", QT_TRANSLATE_NOOP("Kind", "Individual plan")},
    {"measure", QT_TRANSLATE_NOOP("Kind", "Measure")},
    {"training_book", QT_TRANSLATE_NOOP("Kind", "Training book")},
    {"competence_goal", QT_TRANSLATE_NOOP("Kind", "Competence goal")},
    {"logbook_entry", QT_TRANSLATE_NOOP("Kind", "Logbook entry")},
    {"assessment", QT_TRANSLATE_NOOP("Kind", "Interim assessment")},
    {"self_evaluation", QT_TRANSLATE_NOOP("Kind", "Self-evaluation")},
    {"employer_feedback", QT_TRANSLATE_NOOP("Kind", "Employer feedback")},
    {"meeting", QT_TRANSLATE_NOOP("Kind", "Meeting")},
    {"meeting_note", QT_TRANSLATE_NOOP("Kind", "Meeting note")},
    {"agreed_action", QT_TRANSLATE_NOOP("Kind", "Agreed action")},
    {"hse_item", QT_TRANSLATE_NOOP("Kind", "HSE introduction item")},
    {"reporting", QT_TRANSLATE_NOOP("Kind", "Reporting dates")},
    {"employment", QT_TRANSLATE_NOOP("Kind", "Employment")},
    {"attachment", QT_TRANSLATE_NOOP("Kind", "Attachment")},
    {"employer", QT_TRANSLATE_NOOP("Kind", "Employer")},
    {"employer_need", QT_TRANSLATE_NOOP("Kind", "Employer's need")},
    {"intro_cv", QT_TRANSLATE_NOOP("Kind", "Intro CV")},
    {"cv_consent", QT_TRANSLATE_NOOP("Kind", "Consent to share the CV")},
};

// Enum values, keyed "field.value".
constexpr Label kOptionLabels[] = {
    {"track.ordinary", QT_TRANSLATE_NOOP("Option", "Ordinary")},
    {"track.work_directed", QT_TRANSLATE_NOOP("Option", "Work-directed")},
    {"track.education_directed", QT_TRANSLATE_NOOP("Option", "Education-directed")},
    {"track.fast_track", QT_TRANSLATE_NOOP("Option", "Fast track")},
    {"phase.before", QT_TRANSLATE_NOOP("Option", "Before")},
    {"phase.qualification", QT_TRANSLATE_NOOP("Option", "Phase 1: qualification")},
    {"phase.job_match", QT_TRANSLATE_NOOP("Option", "Phase 2: job match")},
    {"phase.after", QT_TRANSLATE_NOOP("Option", "After")},
    {"level.primary", QT_TRANSLATE_NOOP("Option", "Primary school")},
    {"level.lower_secondary", QT_TRANSLATE_NOOP("Option", "Lower secondary school")},
    {"level.upper_secondary", QT_TRANSLATE_NOOP("Option", "Upper secondary school")},
    {"level.vocational", QT_TRANSLATE_NOOP("Option", "Vocational training")},
    {"level.bachelor", QT_TRANSLATE_NOOP("Option", "Bachelor's degree")},
    {"level.master", QT_TRANSLATE_NOOP("Option", "Master's degree")},
    {"level.doctorate", QT_TRANSLATE_NOOP("Option", "Doctorate")},
    {"level.other", QT_TRANSLATE_NOOP("Option", "Other")},
    {"nokut_status.not_started", QT_TRANSLATE_NOOP("Option", "Not started")},
    {"nokut_status.sent", QT_TRANSLATE_NOOP("Option", "Sent")},
    {"nokut_status.under_assessment", QT_TRANSLATE_NOOP("Option", "Under assessment")},
    {"nokut_status.recognised", QT_TRANSLATE_NOOP("Option", "Recognised")},
    {"nokut_status.partly", QT_TRANSLATE_NOOP("Option", "Partly recognised")},
    {"nokut_status.refused", QT_TRANSLATE_NOOP("Option", "Refused")},
    {"type.career_guidance", QT_TRANSLATE_NOOP("Option", "Career guidance")},
    {"type.intro_cv", QT_TRANSLATE_NOOP("Option", "Intro-CV")},
    {"type.work_training", QT_TRANSLATE_NOOP("Option", "Work training")},
    {"type.language_practice", QT_TRANSLATE_NOOP("Option", "Language practice")},
    {"type.job_shadowing", QT_TRANSLATE_NOOP("Option", "Job shadowing")},
    {"type.work_norwegian", QT_TRANSLATE_NOOP("Option", "Work-Norwegian")},
    {"type.labour_market_course", QT_TRANSLATE_NOOP("Option", "Labour-market course (AMO)")},
    {"type.wage_subsidy", QT_TRANSLATE_NOOP("Option", "Wage subsidy")},
    {"type.mentor", QT_TRANSLATE_NOOP("Option", "Mentor")},
    {"type.education_recognition", QT_TRANSLATE_NOOP("Option", "Recognition of education")},
    {"type.norwegian_lessons", QT_TRANSLATE_NOOP("Option", "Norwegian lessons")},
    {"type.other", QT_TRANSLATE_NOOP("Option", "Other")},
    {"type.three_party", QT_TRANSLATE_NOOP("Option", "Three-party talk")},
    {"type.mapping", QT_TRANSLATE_NOOP("Option", "Mapping")},
    {"type.nav_cooperation", QT_TRANSLATE_NOOP("Option", "NAV-municipality cooperation")},
    {"type.employer_expectations",
     QT_TRANSLATE_NOOP("Option", "Expectation clarification with employer")},
    {"type.participant_expectations",
     QT_TRANSLATE_NOOP("Option", "Expectation clarification with participant")},
    {"type.status_evaluation", QT_TRANSLATE_NOOP("Option", "Status and evaluation")},
    {"type.closing", QT_TRANSLATE_NOOP("Option", "Closing talk")},
    {"status.planned", QT_TRANSLATE_NOOP("Option", "Planned")},
    {"status.ongoing", QT_TRANSLATE_NOOP("Option", "Ongoing")},
    {"status.completed", QT_TRANSLATE_NOOP("Option", "Completed")},
    {"status.cancelled", QT_TRANSLATE_NOOP("Option", "Cancelled")},
    {"status.not_started", QT_TRANSLATE_NOOP("Option", "Not started")},
    {"status.in_progress", QT_TRANSLATE_NOOP("Option", "In progress")},
    {"status.achieved", QT_TRANSLATE_NOOP("Option", "Achieved")},
    {"responsible.municipality", QT_TRANSLATE_NOOP("Option", "Municipality")},
    {"responsible.nav", QT_TRANSLATE_NOOP("Option", "NAV")},
    {"responsible.adult_education", QT_TRANSLATE_NOOP("Option", "Adult education")},
    {"responsible.employer", QT_TRANSLATE_NOOP("Option", "Employer")},
    {"responsible.participant", QT_TRANSLATE_NOOP("Option", "Participant")},
    {"continue_path.yes", QT_TRANSLATE_NOOP("Option", "Yes")},
    {"continue_path.unsure", QT_TRANSLATE_NOOP("Option", "Not sure")},
    {"continue_path.no", QT_TRANSLATE_NOOP("Option", "No")},
    {"likes_work.yes", QT_TRANSLATE_NOOP("Option", "Yes")},
    {"likes_work.unsure", QT_TRANSLATE_NOOP("Option", "Not sure")},
    {"likes_work.no", QT_TRANSLATE_NOOP("Option", "No")},
    {"is_hard.yes", QT_TRANSLATE_NOOP("Option", "Yes")},
    {"is_hard.unsure", QT_TRANSLATE_NOOP("Option", "Not sure")},
    {"is_hard.no", QT_TRANSLATE_NOOP("Option", "No")},
    // Employers, their needs and the Intro-CV (issue 15).
    {"status.open", QT_TRANSLATE_NOOP("Option", "Open")},
    {"status.filled", QT_TRANSLATE_NOOP("Option", "Filled")},
    {"required_qualification.none", QT_TRANSLATE_NOOP("Option", "None")},
    {"required_qualification.trade_certificate", QT_TRANSLATE_NOOP("Option", "Trade certificate")},
    {"required_qualification.vocational", QT_TRANSLATE_NOOP("Option", "Vocational education")},
    {"required_qualification.bachelor", QT_TRANSLATE_NOOP("Option", "Bachelor's degree")},
    {"required_qualification.master", QT_TRANSLATE_NOOP("Option", "Master's degree")},
    {"required_qualification.authorisation", QT_TRANSLATE_NOOP("Option", "Authorisation")},
    {"language.nb", QT_TRANSLATE_NOOP("Option", "Norwegian (bokmål)")},
    {"language.en", QT_TRANSLATE_NOOP("Option", "English")},
    {"recorded_by.participant", QT_TRANSLATE_NOOP("Option", "The participant")},
    {"recorded_by.adviser", QT_TRANSLATE_NOOP("Option", "The adviser, with the participant")},
};

template<std::size_t N>
QHash<QString, const char *> index(const Label (&labels)[N])
{
    QHash<QString, const char *> h;
    for (const auto &l : labels)
        h.insert(QString::fromLatin1(l.key), l.text);
    return h;
}

const QHash<QString, const char *> &fieldIndex()
{
    static const auto h = index(kFieldLabels);
    return h;
}

// "norwegian_test_date" -> "Norwegian test date": readable even without a label.
QString humanize(const QString &name)
{
    QString s = name;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

QString kindLabel(const QString &kind)
{
    static const auto h = index(kKindLabels);
    if (const char *t = h.value(kind))
        return QCoreApplication::translate("Kind", t);
    return humanize(kind);
}

QString fieldLabel(const QString &kind, const QString &field)
{
    const auto &h = fieldIndex();
    const char *t = h.value(kind + QLatin1Char('.') + field);
    if (!t)
        t = h.value(field);
    return t ? QCoreApplication::translate("Field", t) : humanize(field);
}

QString fieldLabelIn(const QTranslator &translation, const QString &kind, const QString &field)
{
    const auto &h = fieldIndex();
    const char *t = h.value(kind + QLatin1Char('.') + field);
    if (!t)
        t = h.value(field);
    if (!t)
        return humanize(field);
    const QString translated = translation.translate("Field", t);
    return translated.isEmpty() ? QString::fromUtf8(t) : translated;
}

QString optionLabel(const QString &kind, const QString &field, const QString &value)
{
    Q_UNUSED(kind);
    static const auto h = index(kOptionLabels);
    if (const char *t = h.value(field + QLatin1Char('.') + value))
        return QCoreApplication::translate("Option", t);
    return value; // CEFR levels and unknown values speak for themselves
}

QString localizedError(const QString &kind, const model::ValidationError &e)
{
    using model::ErrorCode;
    const QString field = QString::fromStdString(e.field);
    const QString label = field.isEmpty() ? kindLabel(kind) : fieldLabel(kind, field);
    const QString raw = QString::fromStdString(e.message);

    switch (e.code) {
    case ErrorCode::Required:
        return QCoreApplication::translate("Validation", "%1 is required.").arg(label);
    case ErrorCode::TooLong:
        return QCoreApplication::translate("Validation", "%1 is too long.").arg(label);
    case ErrorCode::BadFormat:
        if (const model::KindSpec *spec = model::findKind(kind.toStdString());
            spec && spec->field(e.field) &&
            spec->field(e.field)->format == model::TextFormat::OrganisationNumber)
            return QCoreApplication::translate(
                       "Validation",
                       "%1 is not a valid organisation number: nine digits, the last one the "
                       "MOD11 check digit of the first eight.")
                .arg(label);
        // The store checks the stored form (YYYY-MM-DD); people type a date as their language
        // writes it (domain/dates.h).
        if (raw.contains(QLatin1String("YYYY-MM-DD")))
            return QCoreApplication::translate("Validation", "%1 must be a date, written %2.")
                .arg(label, dates::inputPattern(QLocale().language() == QLocale::English
                                                    ? QStringLiteral("en")
                                                    : QStringLiteral("nb")));
        return QCoreApplication::translate("Validation", "%1 has the wrong format.").arg(label);
    case ErrorCode::OutOfRange:
        if (e.args.size() >= 2)
            return QCoreApplication::translate("Validation", "%1 must be between %2 and %3.")
                .arg(label, QString::fromStdString(e.args[0]), QString::fromStdString(e.args[1]));
        return QCoreApplication::translate("Validation", "%1 is out of range.").arg(label);
    case ErrorCode::NotAllowed:
        return QCoreApplication::translate("Validation", "%1 has a value that is not allowed.")
            .arg(label);
    case ErrorCode::WrongType:
        return QCoreApplication::translate("Validation", "%1 has the wrong type of value.")
            .arg(label);
    case ErrorCode::EndBeforeStart:
        return QCoreApplication::translate("Validation", "%1 must not be before the start date.")
            .arg(label);
    case ErrorCode::UnknownReference:
        return QCoreApplication::translate("Validation",
                                           "%1 refers to a record that does not exist.")
            .arg(label);
    case ErrorCode::ReadOnly:
        return QCoreApplication::translate("Validation",
                                           "This is signed off and can no longer be changed.");
    case ErrorCode::Forbidden:
        return QCoreApplication::translate("Validation", "%1: your role may not change this.")
            .arg(label);
    case ErrorCode::TooDeep:
    case ErrorCode::UnknownField:
    case ErrorCode::UnknownKind:
    case ErrorCode::UnknownRecord:
    case ErrorCode::Storage:
        break;
    }
    return QCoreApplication::translate("Validation", "Could not save: %1").arg(raw);
}

} // namespace bro
