#include "migrations.h"

#include <stdexcept>

namespace bro::store {

namespace {

// Record columns other than id, deleted and merge_state may be NULL: the store's validation
// enforces required fields on local writes, while sync may deliver a record field by field.
//
// Each step is frozen once released: a later change to the schema is a new step, never an
// edit of an old one, so that every device can be brought forward from where it is.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE device_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE outbox (
    seq       INTEGER PRIMARY KEY,
    op_id     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    base      TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    device    TEXT NOT NULL
);
CREATE TABLE participant (
    id               TEXT PRIMARY KEY NOT NULL,
    name             TEXT,
    preferred_language TEXT,
    birth_date       TEXT,
    settlement_date  TEXT,
    municipality     TEXT,
    adviser          TEXT,
    nav_counsellor   TEXT,
    track            TEXT,
    phase            TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0,
    merge_state      TEXT NOT NULL DEFAULT '{}',
    conflicted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX participant_conflicted ON participant(conflicted) WHERE conflicted = 1;
CREATE TABLE plan (
    id                TEXT PRIMARY KEY NOT NULL,
    participant_id    TEXT,
    goal              TEXT,
    current_situation TEXT,
    prerequisites     TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0,
    merge_state       TEXT NOT NULL DEFAULT '{}',
    conflicted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_conflicted ON plan(conflicted) WHERE conflicted = 1;
CREATE INDEX plan_parent ON plan(participant_id);
CREATE TABLE measure (
    id          TEXT PRIMARY KEY NOT NULL,
    plan_id     TEXT,
    type        TEXT,
    description TEXT,
    start_date  TEXT,
    end_date    TEXT,
    status      TEXT,
    responsible TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    merge_state TEXT NOT NULL DEFAULT '{}',
    conflicted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX measure_conflicted ON measure(conflicted) WHERE conflicted = 1;
CREATE INDEX measure_parent ON measure(plan_id);
)sql"},
    {2, R"sql(
CREATE TABLE mapping (
    id                  TEXT PRIMARY KEY NOT NULL,
    participant_id      TEXT,
    norwegian_listening TEXT,
    norwegian_reading   TEXT,
    norwegian_speaking  TEXT,
    norwegian_writing   TEXT,
    norwegian_test_date TEXT,
    other_languages     TEXT,
    needs               TEXT,
    goals               TEXT,
    health_notes        TEXT,
    family_notes        TEXT,
    deleted             INTEGER NOT NULL DEFAULT 0,
    merge_state         TEXT NOT NULL DEFAULT '{}',
    conflicted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mapping_conflicted ON mapping(conflicted) WHERE conflicted = 1;
CREATE INDEX mapping_parent ON mapping(participant_id);
CREATE TABLE education (
    id                  TEXT PRIMARY KEY NOT NULL,
    participant_id      TEXT,
    level               TEXT,
    subject             TEXT,
    country             TEXT,
    years               INTEGER,
    documentation       TEXT,
    nokut_status        TEXT,
    nokut_sent_date     TEXT,
    nokut_decision_date TEXT,
    deleted             INTEGER NOT NULL DEFAULT 0,
    merge_state         TEXT NOT NULL DEFAULT '{}',
    conflicted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX education_conflicted ON education(conflicted) WHERE conflicted = 1;
CREATE INDEX education_parent ON education(participant_id);
CREATE TABLE work_experience (
    id             TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT,
    occupation     TEXT,
    years          REAL,
    formal         INTEGER,
    country        TEXT,
    description    TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0,
    merge_state    TEXT NOT NULL DEFAULT '{}',
    conflicted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX work_experience_conflicted ON work_experience(conflicted) WHERE conflicted = 1;
CREATE INDEX work_experience_parent ON work_experience(participant_id);
)sql"},
    {3, R"sql(
CREATE TABLE training_book (
    id             TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT,
    employer       TEXT,
    workplace      TEXT,
    address        TEXT,
    working_hours  TEXT,
    hours_per_week REAL,
    hse_info       TEXT,
    contact_person TEXT,
    contact_phone  TEXT,
    mentor_name    TEXT,
    start_date     TEXT,
    end_date       TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0,
    merge_state    TEXT NOT NULL DEFAULT '{}',
    conflicted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX training_book_conflicted ON training_book(conflicted) WHERE conflicted = 1;
CREATE INDEX training_book_parent ON training_book(participant_id);
CREATE TABLE competence_goal (
    id               TEXT PRIMARY KEY NOT NULL,
    training_book_id TEXT,
    title            TEXT,
    description      TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0,
    merge_state      TEXT NOT NULL DEFAULT '{}',
    conflicted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX competence_goal_conflicted ON competence_goal(conflicted) WHERE conflicted = 1;
CREATE INDEX competence_goal_parent ON competence_goal(training_book_id);
CREATE TABLE logbook_entry (
    id               TEXT PRIMARY KEY NOT NULL,
    training_book_id TEXT,
    entry_date       TEXT,
    hours            REAL,
    tasks            TEXT,
    goals_practised  TEXT,
    norwegian_used   TEXT,
    signed_by        TEXT,
    signed_at        TEXT,
    corrects_id      TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0,
    merge_state      TEXT NOT NULL DEFAULT '{}',
    conflicted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX logbook_entry_conflicted ON logbook_entry(conflicted) WHERE conflicted = 1;
CREATE INDEX logbook_entry_parent ON logbook_entry(training_book_id, entry_date);
CREATE TABLE assessment (
    id               TEXT PRIMARY KEY NOT NULL,
    training_book_id TEXT,
    goal_id          TEXT,
    status           TEXT,
    comment          TEXT,
    assessed_on      TEXT,
    assessed_by      TEXT,
    signed_by        TEXT,
    signed_at        TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0,
    merge_state      TEXT NOT NULL DEFAULT '{}',
    conflicted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX assessment_conflicted ON assessment(conflicted) WHERE conflicted = 1;
CREATE INDEX assessment_parent ON assessment(training_book_id);
CREATE TABLE self_evaluation (
    id             TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT,
    written_on     TEXT,
    continue_path  TEXT,
    text           TEXT,
    language       TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0,
    merge_state    TEXT NOT NULL DEFAULT '{}',
    conflicted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX self_evaluation_conflicted ON self_evaluation(conflicted) WHERE conflicted = 1;
CREATE INDEX self_evaluation_parent ON self_evaluation(participant_id);
CREATE TABLE employer_feedback (
    id                TEXT PRIMARY KEY NOT NULL,
    training_book_id  TEXT,
    given_on          TEXT,
    attendance        INTEGER,
    punctuality       INTEGER,
    cooperation       INTEGER,
    safety            INTEGER,
    work_quality      INTEGER,
    norwegian_at_work INTEGER,
    comment           TEXT,
    signed_by         TEXT,
    signed_at         TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0,
    merge_state       TEXT NOT NULL DEFAULT '{}',
    conflicted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX employer_feedback_conflicted ON employer_feedback(conflicted) WHERE conflicted = 1;
CREATE INDEX employer_feedback_parent ON employer_feedback(training_book_id);
)sql"},
    {4, R"sql(
ALTER TABLE participant ADD COLUMN consent_employer INTEGER;
CREATE TABLE meeting (
    id             TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT,
    type           TEXT,
    meeting_date   TEXT,
    attendees      TEXT,
    interpreter    INTEGER,
    language       TEXT,
    notes          TEXT,
    agreed_actions TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0,
    merge_state    TEXT NOT NULL DEFAULT '{}',
    conflicted   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meeting_conflicted ON meeting(conflicted) WHERE conflicted = 1;
CREATE INDEX meeting_parent ON meeting(participant_id);
CREATE TABLE reporting (
    id                             TEXT PRIMARY KEY NOT NULL,
    participant_id                 TEXT,
    programme_start                TEXT,
    fast_track_start               TEXT,
    wage_subsidy_start             TEXT,
    work_training_start            TEXT,
    work_over_70_start             TEXT,
    work_under_70_start            TEXT,
    ended_fast_track_without_result TEXT,
    ended_programme_without_result TEXT,
    deleted                        INTEGER NOT NULL DEFAULT 0,
    merge_state                    TEXT NOT NULL DEFAULT '{}',
    conflicted                   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reporting_conflicted ON reporting(conflicted) WHERE conflicted = 1;
CREATE INDEX reporting_parent ON reporting(participant_id);
CREATE TABLE attachment (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_kind TEXT,
    owner_id   TEXT,
    file_name  TEXT,
    mime_type  TEXT,
    sha256     TEXT,
    size_bytes INTEGER,
    caption    TEXT,
    deleted    INTEGER NOT NULL DEFAULT 0,
    merge_state TEXT NOT NULL DEFAULT '{}',
    conflicted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachment_conflicted ON attachment(conflicted) WHERE conflicted = 1;
CREATE INDEX attachment_parent ON attachment(owner_id);
)sql"},
    {5, R"sql(
ALTER TABLE logbook_entry ADD COLUMN signature_strokes TEXT;
ALTER TABLE assessment ADD COLUMN signature_strokes TEXT;
ALTER TABLE employer_feedback ADD COLUMN signature_strokes TEXT;
ALTER TABLE competence_goal ADD COLUMN code TEXT;
ALTER TABLE competence_goal ADD COLUMN trade TEXT;
ALTER TABLE meeting ADD COLUMN interpreter_language TEXT;
ALTER TABLE meeting ADD COLUMN started_at TEXT;
ALTER TABLE meeting ADD COLUMN ended_at TEXT;
CREATE TABLE hse_item (
    id               TEXT PRIMARY KEY NOT NULL,
    training_book_id TEXT,
    title            TEXT,
    done_on          TEXT,
    done_by          TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0,
    merge_state      TEXT NOT NULL DEFAULT '{}',
    conflicted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX hse_item_conflicted ON hse_item(conflicted) WHERE conflicted = 1;
CREATE INDEX hse_item_parent ON hse_item(training_book_id);
CREATE TABLE meeting_note (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT,
    written_at  TEXT,
    author      TEXT,
    text        TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    merge_state TEXT NOT NULL DEFAULT '{}',
    conflicted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meeting_note_conflicted ON meeting_note(conflicted) WHERE conflicted = 1;
CREATE INDEX meeting_note_parent ON meeting_note(meeting_id);
CREATE TABLE agreed_action (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT,
    text        TEXT,
    due_date    TEXT,
    responsible TEXT,
    done        INTEGER,
    measure_id  TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    merge_state TEXT NOT NULL DEFAULT '{}',
    conflicted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreed_action_conflicted ON agreed_action(conflicted) WHERE conflicted = 1;
CREATE INDEX agreed_action_parent ON agreed_action(meeting_id);
)sql"},
    {6, R"sql(
CREATE TABLE blob (
    sha256   TEXT PRIMARY KEY NOT NULL,
    size     INTEGER NOT NULL,
    data     BLOB NOT NULL,
    uploaded INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX blob_pending ON blob(uploaded) WHERE uploaded = 0;
)sql"},
    {7, R"sql(
-- The participants with unsent changes (the caseload's badge), with the newest outbox row
-- that names them: an entry leaves with that row.
CREATE TABLE unsent_participant (
    participant_id TEXT PRIMARY KEY NOT NULL,
    last_seq       INTEGER NOT NULL
);
CREATE INDEX unsent_participant_seq ON unsent_participant(last_seq);
-- The values a field had over time (fields marked history in the catalogue: a participant's
-- track and phase), from every change the device made or pulled.
CREATE TABLE field_history (
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    stamp     TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (record_id, field, stamp)
);
-- Pulled changes that failed this device's validation: kept aside and reported, never merged.
CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    received_at INTEGER NOT NULL,
    change      TEXT NOT NULL,
    reason      TEXT NOT NULL
);
-- Local changes the server refused: the record was rolled back to the server's version and
-- the refused value is kept here, with the server's reason, for the person to see.
CREATE TABLE refusal (
    record_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    field     TEXT NOT NULL,
    stamp     TEXT NOT NULL,
    value     TEXT NOT NULL,
    status    TEXT NOT NULL,
    reason    TEXT NOT NULL,
    refreshed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (record_id, field, stamp)
);
CREATE INDEX refusal_pending ON refusal(refreshed) WHERE refreshed = 0;
)sql"},
    // Reporting (seed 001, tool 2): the programme's dates on the participant, the employer of a
    // measure, employments, and what each confirmed reporting date was proposed from.
    {8, R"sql(
ALTER TABLE participant ADD COLUMN programme_start TEXT;
ALTER TABLE participant ADD COLUMN programme_end TEXT;
ALTER TABLE measure ADD COLUMN employer TEXT;
ALTER TABLE reporting ADD COLUMN programme_start_basis TEXT;
ALTER TABLE reporting ADD COLUMN fast_track_start_basis TEXT;
ALTER TABLE reporting ADD COLUMN wage_subsidy_start_basis TEXT;
ALTER TABLE reporting ADD COLUMN work_training_start_basis TEXT;
ALTER TABLE reporting ADD COLUMN work_over_70_start_basis TEXT;
ALTER TABLE reporting ADD COLUMN work_under_70_start_basis TEXT;
ALTER TABLE reporting ADD COLUMN ended_fast_track_without_result_basis TEXT;
ALTER TABLE reporting ADD COLUMN ended_programme_without_result_basis TEXT;
CREATE TABLE employment (
    id               TEXT PRIMARY KEY NOT NULL,
    participant_id   TEXT,
    employer         TEXT,
    start_date       TEXT,
    position_percent REAL,
    wage_subsidy     INTEGER,
    end_date         TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0,
    merge_state      TEXT NOT NULL DEFAULT '{}',
    conflicted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX employment_conflicted ON employment(conflicted) WHERE conflicted = 1;
CREATE INDEX employment_parent ON employment(participant_id);
)sql"},
    // The participant's own words on the plan and its measures, and the self-evaluation that
    // can be given without reading (issue 12).
    {9, R"sql(
ALTER TABLE plan ADD COLUMN goal_in_my_words TEXT;
ALTER TABLE measure ADD COLUMN participant_note TEXT;
ALTER TABLE self_evaluation ADD COLUMN likes_work TEXT;
ALTER TABLE self_evaluation ADD COLUMN is_hard TEXT;
ALTER TABLE self_evaluation ADD COLUMN score INTEGER;
)sql"},
    // Phase 2 (issue 15): employers and their needs (no participant's: shared within the
    // municipality), the Intro-CV and the consent to share it with a named employer.
    {10, R"sql(
CREATE TABLE employer (
    id          TEXT PRIMARY KEY NOT NULL,
    name TEXT,
    organisation_number TEXT,
    municipality TEXT,
    address TEXT,
    contact_person TEXT,
    contact_phone TEXT,
    contact_email TEXT,
    notes TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    merge_state TEXT NOT NULL DEFAULT '{}',
    conflicted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX employer_conflicted ON employer(conflicted) WHERE conflicted = 1;
CREATE TABLE employer_need (
    id          TEXT PRIMARY KEY NOT NULL,
    employer_id TEXT,
    occupation TEXT,
    positions INTEGER,
    norwegian_listening TEXT,
    norwegian_reading TEXT,
    norwegian_speaking TEXT,
    norwegian_writing TEXT,
    required_qualification TEXT,
    qualification_field TEXT,
    other_requirements TEXT,
    experience_years REAL,
    start_date TEXT,
    wage_subsidy_offered INTEGER,
    mentor_offered INTEGER,
    status TEXT,
    description TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    merge_state TEXT NOT NULL DEFAULT '{}',
    conflicted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX employer_need_conflicted ON employer_need(conflicted) WHERE conflicted = 1;
CREATE INDEX employer_need_parent ON employer_need(employer_id);
CREATE TABLE intro_cv (
    id          TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT,
    profile TEXT,
    own_words TEXT,
    include_education INTEGER,
    include_work INTEGER,
    include_languages INTEGER,
    include_training INTEGER,
    excluded_items TEXT,
    language TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    merge_state TEXT NOT NULL DEFAULT '{}',
    conflicted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX intro_cv_conflicted ON intro_cv(conflicted) WHERE conflicted = 1;
CREATE INDEX intro_cv_parent ON intro_cv(participant_id);
CREATE TABLE cv_consent (
    id          TEXT PRIMARY KEY NOT NULL,
    participant_id TEXT,
    employer_name TEXT,
    organisation_number TEXT,
    given INTEGER,
    given_on TEXT,
    recorded_by TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    merge_state TEXT NOT NULL DEFAULT '{}',
    conflicted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cv_consent_conflicted ON cv_consent(conflicted) WHERE conflicted = 1;
CREATE INDEX cv_consent_parent ON cv_consent(participant_id);
)sql"},
    // A meeting planned from a job match carries the need and what it is about (issue 15).
    {11, R"sql(
ALTER TABLE meeting ADD COLUMN employer_need_id TEXT;
ALTER TABLE meeting ADD COLUMN employer TEXT;
ALTER TABLE meeting ADD COLUMN occupation TEXT;
ALTER TABLE meeting ADD COLUMN job_start_date TEXT;
)sql"},
};

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

void migrate(sync::Database &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        throw std::runtime_error("the database was written by a newer version of Bro (schema " +
                                 std::to_string(current) + ", this app knows up to " +
                                 std::to_string(latestSchemaVersion()) + ")");
    for (const Migration &m : kMigrations) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        sync::Transaction tx(db);
        db.exec(std::string(m.sql));
        db.setUserVersion(m.version);
        tx.commit();
    }
}

} // namespace bro::store
