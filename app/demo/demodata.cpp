#include "demodata.h"

#include "store/store.h"

#include <bro/sync/uuid.h>

#include <QDebug>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace bro {

using Json = nlohmann::json;

namespace {

struct Writer
{
    store::Store &store;
    bool ok = true;

    std::string add(const std::string &kind, Json fields)
    {
        auto r = store.create(kind, fields);
        if (!r.ok()) {
            qWarning("demo data: %s refused: %s", kind.c_str(), r.error->message.c_str());
            ok = false;
        }
        return r.id;
    }
};

struct Measure
{
    const char *type, *description, *start, *end, *status, *responsible;
    const char *employer = nullptr;
};

void addPlan(Writer &w, const std::string &participant, const char *goal, const char *now,
             const char *prerequisites, std::initializer_list<Measure> measures)
{
    const auto plan = w.add("plan", {{"participant_id", participant},
                                     {"goal", goal},
                                     {"current_situation", now},
                                     {"prerequisites", prerequisites}});
    for (const auto &m : measures)
        w.add("measure", {{"plan_id", plan},
                          {"type", m.type},
                          {"description", m.description},
                          {"start_date", m.start},
                          {"end_date", m.end ? Json(m.end) : Json()},
                          {"status", m.status},
                          {"responsible", m.responsible},
                          {"employer", m.employer ? Json(m.employer) : Json()}});
}

void addLogbook(Writer &w, const std::string &book, const char *startDate, int days,
                const std::vector<const char *> &tasks, const std::vector<const char *> &words)
{
    using namespace std::chrono;
    const int y = std::atoi(startDate), m = std::atoi(startDate + 5), d = std::atoi(startDate + 8);
    sys_days day{year{y} / month{unsigned(m)} / std::chrono::day{unsigned(d)}};
    for (int i = 0; i < days; ++i) {
        // Working days only.
        while (weekday{day} == Saturday || weekday{day} == Sunday)
            day += std::chrono::days{1};
        const year_month_day ymd{day};
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                      unsigned(ymd.day()));
        day += std::chrono::days{1};
        Json entry = {{"training_book_id", book},
                      {"entry_date", date},
                      {"hours", i % 3 == 2 ? 6.5 : 7.5},
                      {"tasks", tasks[std::size_t(i) % tasks.size()]},
                      {"norwegian_used", words[std::size_t(i) % words.size()]}};
        if (i < days - 2) {
            entry["signed_by"] = "Per Olsen";
            entry["signed_at"] = std::string(date) + "T15:30:00Z";
        }
        w.add("logbook_entry", entry);
    }
}

struct Action
{
    const char *text, *due, *responsible;
    bool done = false;
};

// A meeting with its notes (append-only, in the order written) and its agreed actions.
void addMeeting(Writer &w, Json meeting, std::initializer_list<const char *> notes,
                std::initializer_list<Action> actions)
{
    const std::string date = meeting["meeting_date"];
    const auto id = w.add("meeting", std::move(meeting));
    int minute = 5;
    for (const char *text : notes) {
        char at[32];
        std::snprintf(at, sizeof at, "%sT10:%02d:00Z", date.c_str(), minute);
        minute += 10;
        w.add("meeting_note", {{"meeting_id", id}, {"written_at", at}, {"text", text}});
    }
    for (const auto &a : actions)
        w.add("agreed_action", {{"meeting_id", id},
                                {"text", a.text},
                                {"due_date", a.due ? Json(a.due) : Json()},
                                {"responsible", a.responsible},
                                {"done", a.done}});
}

} // namespace

static bool fill(store::Store &store);

namespace {

// The NAV counsellor changed Amanuel's plan goal on her own tablet at the same time as the
// adviser: a conflict for the review screen, arriving as a pulled change.
void addConcurrentEditFromAnotherDevice(store::Store &store)
{
    for (const auto &p : store.list("participant")) {
        if (p["name"] != "Amanuel Tesfay")
            continue;
        const auto plans = store.list("plan", p["id"]);
        if (plans.empty())
            return;
        const std::string plan = plans.front()["id"];
        (void)store.update("plan", plan, {{"goal", "Elektriker med fagbrev innen 2028"}});
        sync::Change c;
        c.opId = sync::newRecordId();
        c.kind = "plan";
        c.recordId = plan;
        c.field = "goal";
        c.value = "Automatiker eller elektriker";
        c.deviceId = "5e1f0a7c-3c1d-4d2b-9a57-6e0c2b9f1a42";
        c.stamp = sync::HlcStamp{sync::HybridClock::systemMillis() - 60'000, 0, c.deviceId};
        // Based on the goal as it was before the adviser's edit: its first version.
        for (const auto &o : store.outbox())
            if (o.recordId == plan && o.field == "goal") {
                c.baseVersion = o.stamp.toString();
                break;
            }
        store.applyPulled({c}, 0);
        return;
    }
}

} // namespace

bool populateDemoData(store::Store &store, const DemoOptions &options)
{
    if (store.count("participant") > 0)
        return true;
    const bool ok = fill(store);
    if (ok && options.conflictFromAnotherDevice)
        addConcurrentEditFromAnotherDevice(store);
    return ok;
}

static bool fill(store::Store &store)
{
    return store.batch([&store] {
        Writer w{store};

        // 1. Amanuel: fast track, phase 2, work training with an electrician.
        const auto amanuel = w.add("participant", {{"name", "Amanuel Tesfay"},
                                                   {"preferred_language", "Tigrinja"},
                                                   {"birth_date", "1991-03-14"},
                                                   {"settlement_date", "2025-02-10"},
                                                   {"programme_start", "2025-02-17"},
                                                   {"municipality", "Bodø"},
                                                   {"adviser", "Kari Nordmann"},
                                                   {"nav_counsellor", "Ola Hansen"},
                                                   {"track", "fast_track"},
                                                   {"phase", "job_match"},
                                                   {"consent_employer", true}});
        w.add("mapping",
              {{"participant_id", amanuel},
               {"norwegian_listening", "B1"},
               {"norwegian_reading", "A2"},
               {"norwegian_speaking", "B1"},
               {"norwegian_writing", "A2"},
               {"norwegian_test_date", "2026-05-20"},
               {"other_languages", "Tigrinja (morsmål), arabisk, engelsk (godt)"},
               {"needs", "Fagnorsk for elektro. Førerkort klasse B."},
               {"goals", "Jobbe som elektriker og ta fagbrev."},
               {"health_notes", "Ingen kjente helseutfordringer."},
               {"family_notes", "Kone og to barn (4 og 7 år), barnehageplass er på plass."}});
        w.add("education", {{"participant_id", amanuel},
                            {"level", "vocational"},
                            {"subject", "Elektroinstallasjon"},
                            {"country", "Eritrea"},
                            {"years", 3},
                            {"documentation", "Vitnemål og karakterutskrift (oversatt)"},
                            {"nokut_status", "under_assessment"},
                            {"nokut_sent_date", "2025-04-02"}});
        w.add("work_experience", {{"participant_id", amanuel},
                                  {"occupation", "Elektriker"},
                                  {"years", 6},
                                  {"formal", false},
                                  {"country", "Eritrea"},
                                  {"description", "Installasjon i boliger og små bedrifter."}});
        addPlan(w, amanuel, "Elektriker med fagbrev",
                "Arbeidstrening hos Elektro Nord AS. Forstår det meste av fagspråket på jobb.",
                "Godkjent utdanning (NOKUT), fagnorsk, førerkort klasse B.",
                {{"career_guidance", "Karriereveiledning hos karrieresenteret", "2025-03-01",
                  "2025-03-15", "completed", "municipality"},
                 {"intro_cv", "Intro-CV på norsk og engelsk", "2025-03-10", "2025-04-01",
                  "completed", "municipality"},
                 {"education_recognition", "Søknad om godkjenning hos NOKUT", "2025-04-02", nullptr,
                  "ongoing", "participant"},
                 {"work_training", "Arbeidstrening hos Elektro Nord AS", "2026-09-01", "2026-12-20",
                  "ongoing", "nav", "Elektro Nord AS"},
                 {"wage_subsidy", "Lønnstilskudd fra januar", "2027-01-04", "2027-06-30", "planned",
                  "nav", "Elektro Nord AS"},
                 {"work_norwegian", "Fagnorsk elektro, tirsdager", "2026-09-01", "2026-12-15",
                  "ongoing", "adult_education"}});
        const auto book =
            w.add("training_book",
                  {{"participant_id", amanuel},
                   {"employer", "Elektro Nord AS"},
                   {"workplace", "Verksted og byggeplasser i Bodø"},
                   {"address", "Verkstedveien 12, 8006 Bodø"},
                   {"working_hours", "Mandag–fredag 07:00–15:00"},
                   {"hours_per_week", 37.5},
                   {"hse_info", "Verneutstyr: hjelm, vernesko, briller. Sikker jobb-analyse før "
                                "arbeid på anlegg. Brannøvelse gjennomført 2026-09-03."},
                   {"contact_person", "Trude Berg (daglig leder)"},
                   {"contact_phone", "+47 755 12 345"},
                   {"mentor_name", "Per Olsen"},
                   {"start_date", "2026-09-01"},
                   {"end_date", "2026-12-20"}});
        const auto goal1 =
            w.add("competence_goal", {{"training_book_id", book},
                                      {"title", "Planlegge og utføre installasjon i bolig"},
                                      {"description", "Etter gjeldende forskrifter (NEK 400)."}});
        const auto goal2 =
            w.add("competence_goal", {{"training_book_id", book},
                                      {"title", "Feilsøke og reparere elektriske anlegg"}});
        w.add("competence_goal",
              {{"training_book_id", book}, {"title", "Dokumentere arbeidet og følge HMS-rutiner"}});
        addLogbook(w, book, "2026-09-01", 12,
                   {"Trakk kabler i ny leilighet sammen med Per.",
                    "Monterte stikkontakter og brytere på kjøkken.",
                    "Feilsøking på jordfeilbryter hos kunde.",
                    "Gjennomgang av sikringsskap og merking.",
                    "Lagerarbeid og bestilling av materiell."},
                   {"kabelkanal, sikringsskap, jordfeilbryter", "«Kan du sende meg avbitertanga?»",
                    "koblingsboks, rekkeklemme", "å måle, å merke, spenningstester"});
        w.add("assessment", {{"training_book_id", book},
                             {"goal_id", goal1},
                             {"status", "in_progress"},
                             {"comment", "Jobber selvstendig med enkle installasjoner."},
                             {"assessed_on", "2026-10-15"},
                             {"assessed_by", "Per Olsen"}});
        w.add("assessment", {{"training_book_id", book},
                             {"goal_id", goal2},
                             {"status", "not_started"},
                             {"assessed_on", "2026-10-15"},
                             {"assessed_by", "Per Olsen"}});
        w.add("employer_feedback", {{"training_book_id", book},
                                    {"given_on", "2026-10-15"},
                                    {"attendance", 5},
                                    {"punctuality", 5},
                                    {"cooperation", 4},
                                    {"safety", 4},
                                    {"work_quality", 4},
                                    {"norwegian_at_work", 3},
                                    {"comment", "Stabil og nøyaktig. Spør når han er usikker."}});
        for (const auto &[title, done] :
             {std::pair{"Verneutstyr: hjelm, vernesko, briller", "2026-09-01"},
              {"Rømningsveier og brannslukkere", "2026-09-03"},
              {"Sikker jobb-analyse før arbeid på anlegg", "2026-09-08"},
              {"Arbeid nær spenning (FSE)", nullptr},
              {"Avviksmelding og hvem du sier fra til", nullptr}})
            w.add("hse_item", {{"training_book_id", book},
                               {"title", title},
                               {"done_on", done ? Json(done) : Json()},
                               {"done_by", done ? Json("Per Olsen") : Json()}});
        addMeeting(w,
                   {{"participant_id", amanuel},
                    {"type", "employer_expectations"},
                    {"meeting_date", "2026-08-20"},
                    {"attendees", "Amanuel Tesfay, Trude Berg, Per Olsen, Ola Hansen (NAV)"},
                    {"interpreter", false},
                    {"language", "norsk"}},
                   {"Gikk gjennom arbeidsoppgaver, arbeidstid og HMS.",
                    "Per Olsen blir mentor. Amanuel ønsker mer fagnorsk."},
                   {{"Oppstart arbeidstrening", "2026-09-01", "employer", true},
                    {"Oppfølgingsmøte hos Elektro Nord", "2026-12-01", "nav"}});
        w.add("reporting", {{"participant_id", amanuel},
                            {"programme_start", "2025-02-17"},
                            {"fast_track_start", "2025-08-18"},
                            {"work_training_start", "2026-09-01"}});

        // 2. Rahaf: fast track, phase 1, health worker.
        const auto rahaf = w.add("participant", {{"name", "Rahaf Al-Hassan"},
                                                 {"preferred_language", "Arabisk"},
                                                 {"birth_date", "1988-11-02"},
                                                 {"settlement_date", "2025-06-01"},
                                                 {"programme_start", "2025-06-09"},
                                                 {"municipality", "Bodø"},
                                                 {"adviser", "Kari Nordmann"},
                                                 {"nav_counsellor", "Ola Hansen"},
                                                 {"track", "fast_track"},
                                                 {"phase", "qualification"},
                                                 {"consent_employer", true}});
        w.add("mapping", {{"participant_id", rahaf},
                          {"norwegian_listening", "A2"},
                          {"norwegian_reading", "A2"},
                          {"norwegian_speaking", "A2"},
                          {"norwegian_writing", "A1"},
                          {"other_languages", "Arabisk (morsmål), engelsk (noe)"},
                          {"needs", "Språkpraksis i helsefaglig miljø."},
                          {"goals", "Bli helsefagarbeider, senere sykepleier."}});
        w.add("education", {{"participant_id", rahaf},
                            {"level", "bachelor"},
                            {"subject", "Sykepleie (2 av 3 år)"},
                            {"country", "Syria"},
                            {"years", 2},
                            {"nokut_status", "not_started"}});
        addPlan(w, rahaf, "Helsefagarbeider",
                "Språkpraksis på sykehjem to dager i uka. Trives godt.",
                "Norsk B1 muntlig, politiattest.",
                {{"language_practice", "Språkpraksis på Solbakken sykehjem", "2026-10-01",
                  "2026-12-31", "ongoing", "municipality"},
                 {"norwegian_lessons", "Norskopplæring, spor 3", "2025-06-15", nullptr, "ongoing",
                  "adult_education"},
                 {"job_shadowing", "Hospitering på hjemmetjenesten", "2027-01-10", "2027-01-24",
                  "planned", "municipality"}});
        w.add("self_evaluation", {{"participant_id", rahaf},
                                  {"written_on", "2026-11-10"},
                                  {"continue_path", "yes"},
                                  {"text", "Jeg liker å jobbe med eldre. Jeg vil fortsette."},
                                  {"language", "norsk"}});
        addMeeting(w,
                   {{"participant_id", rahaf},
                    {"type", "three_party"},
                    {"meeting_date", "2025-06-20"},
                    {"attendees", "Rahaf Al-Hassan, voksenopplæringen, Kari Nordmann"},
                    {"interpreter", true},
                    {"interpreter_language", "arabisk"},
                    {"language", "norsk"}},
                   {"Kartla utdanning og erfaring. Ønsker helsefag."},
                   {{"Finne språkpraksisplass i helsefaglig miljø", "2026-11-28", "municipality"}});

        // 3. Olena: before, mapping under way, accountant.
        const auto olena = w.add("participant", {{"name", "Olena Kovalenko"},
                                                 {"preferred_language", "Ukrainsk"},
                                                 {"birth_date", "1985-07-22"},
                                                 {"settlement_date", "2026-09-15"},
                                                 {"programme_start", "2026-09-21"},
                                                 {"municipality", "Fauske"},
                                                 {"adviser", "Kari Nordmann"},
                                                 {"track", "work_directed"},
                                                 {"phase", "before"}});
        w.add("education", {{"participant_id", olena},
                            {"level", "master"},
                            {"subject", "Økonomi og regnskap"},
                            {"country", "Ukraina"},
                            {"years", 5},
                            {"documentation", "Diplom med tillegg"},
                            {"nokut_status", "sent"},
                            {"nokut_sent_date", "2026-10-05"}});
        w.add("work_experience", {{"participant_id", olena},
                                  {"occupation", "Regnskapsfører"},
                                  {"years", 12},
                                  {"formal", true},
                                  {"country", "Ukraina"}});
        addPlan(w, olena, "Regnskapsmedarbeider", "Nybegynner i norsk. Kartlegging pågår.", "",
                {{"norwegian_lessons", "Norskopplæring", "2026-10-01", nullptr, "ongoing",
                  "adult_education"},
                 {"education_recognition", "Godkjenning av mastergrad", "2026-10-05", nullptr,
                  "ongoing", "participant"}});

        // 4. Farid: phase 1, cook.
        const auto farid = w.add("participant", {{"name", "Farid Ahmadi"},
                                                 {"preferred_language", "Dari"},
                                                 {"birth_date", "1996-01-30"},
                                                 {"settlement_date", "2025-11-01"},
                                                 {"programme_start", "2025-11-10"},
                                                 {"municipality", "Bodø"},
                                                 {"adviser", "Kari Nordmann"},
                                                 {"nav_counsellor", "Silje Moe"},
                                                 {"track", "fast_track"},
                                                 {"phase", "qualification"},
                                                 {"consent_employer", true}});
        w.add("work_experience", {{"participant_id", farid},
                                  {"occupation", "Kokk"},
                                  {"years", 5},
                                  {"formal", false},
                                  {"country", "Iran"}});
        addPlan(w, farid, "Kokk i storkjøkken", "Hospiterer på hotellkjøkken.",
                "Kurs i mattrygghet.",
                {{"job_shadowing", "Hospitering på Hotell Nordlys", "2026-11-01", "2026-11-30",
                  "ongoing", "nav"},
                 {"labour_market_course", "AMO-kurs: mattrygghet og hygiene", "2027-01-06",
                  "2027-02-14", "planned", "nav"}});

        // 5. Hodan: after, employed.
        const auto hodan = w.add("participant", {{"name", "Hodan Warsame"},
                                                 {"preferred_language", "Somali"},
                                                 {"birth_date", "1993-05-09"},
                                                 {"settlement_date", "2023-04-01"},
                                                 {"programme_start", "2023-04-17"},
                                                 {"municipality", "Bodø"},
                                                 {"adviser", "Kari Nordmann"},
                                                 {"nav_counsellor", "Ola Hansen"},
                                                 {"track", "fast_track"},
                                                 {"phase", "after"},
                                                 {"consent_employer", true}});
        addPlan(w, hodan, "Barne- og ungdomsarbeider", "Fast ansatt i 80 % stilling.", "",
                {{"wage_subsidy", "Lønnstilskudd i Solstua barnehage", "2025-08-01", "2026-01-31",
                  "completed", "nav", "Solstua barnehage"},
                 {"mentor", "Mentor første halvår", "2025-08-01", "2026-01-31", "completed",
                  "employer"}});
        // The job the fast track ended in: the reporting form's "work over 70 %".
        w.add("employment", {{"participant_id", hodan},
                             {"employer", "Solstua barnehage"},
                             {"start_date", "2026-02-01"},
                             {"position_percent", 80},
                             {"wage_subsidy", false}});
        w.add("reporting", {{"participant_id", hodan}, {"fast_track_start", "2024-09-02"}});
        addMeeting(w,
                   {{"participant_id", hodan},
                    {"type", "closing"},
                    {"meeting_date", "2026-02-10"},
                    {"attendees", "Hodan Warsame, Kari Nordmann, Ola Hansen"}},
                   {"Fast ansatt fra 1. februar. Avslutter programmet."},
                   {{"Oppfølgingssamtale", "2026-05-10", "municipality"}});

        // 6. Yonas: before, ordinary track.
        const auto yonas = w.add("participant", {{"name", "Yonas Haile"},
                                                 {"preferred_language", "Tigrinja"},
                                                 {"settlement_date", "2026-10-20"},
                                                 {"programme_start", "2026-11-02"},
                                                 {"municipality", "Fauske"},
                                                 {"adviser", "Kari Nordmann"},
                                                 {"track", "ordinary"},
                                                 {"phase", "before"}});
        addMeeting(w,
                   {{"participant_id", yonas},
                    {"type", "mapping"},
                    {"meeting_date", "2026-11-25"},
                    {"interpreter", true},
                    {"interpreter_language", "tigrinja"},
                    {"language", "norsk"}},
                   {}, {{"Kartleggingssamtale med tolk", "2026-11-25", "municipality"}});

        // Phase 2 (issue 15): Bodø's employers and what they need, and Amanuel's Intro-CV.
        const auto elektro = w.add("employer", {{"name", "Elektro Nord AS"},
                                                {"organisation_number", "987654325"},
                                                {"municipality", "Bodø"},
                                                {"address", "Verkstedveien 12, 8006 Bodø"},
                                                {"contact_person", "Per Olsen"},
                                                {"contact_phone", "75 50 12 34"}});
        w.add("employer_need", {{"employer_id", elektro}, {"occupation", "Elektriker"},
                                {"positions", 2}, {"norwegian_speaking", "B1"},
                                {"norwegian_reading", "A2"},
                                {"required_qualification", "trade_certificate"},
                                {"qualification_field", "Elektro"}, {"experience_years", 3},
                                {"start_date", "2027-01-04"}, {"wage_subsidy_offered", true},
                                {"mentor_offered", true}, {"status", "open"}});
        const auto solstua = w.add("employer", {{"name", "Solstua barnehage"},
                                                {"organisation_number", "923456783"},
                                                {"municipality", "Bodø"},
                                                {"contact_person", "Anne Berg"}});
        w.add("employer_need", {{"employer_id", solstua}, {"occupation", "Barnehageassistent"},
                                {"positions", 1}, {"norwegian_speaking", "B2"},
                                {"norwegian_listening", "B1"}, {"start_date", "2027-02-01"},
                                {"wage_subsidy_offered", true}, {"mentor_offered", true},
                                {"status", "open"}});
        const auto sykehjem = w.add("employer", {{"name", "Bodø sykehjem"},
                                                 {"organisation_number", "998877660"},
                                                 {"municipality", "Bodø"},
                                                 {"contact_person", "Line Strand"}});
        w.add("employer_need", {{"employer_id", sykehjem}, {"occupation", "Helsefagarbeider"},
                                {"positions", 3}, {"norwegian_speaking", "B1"},
                                {"norwegian_writing", "B1"},
                                {"required_qualification", "trade_certificate"},
                                {"qualification_field", "Helse"}, {"start_date", "2027-03-01"},
                                {"mentor_offered", true}, {"status", "open"}});
        w.add("intro_cv", {{"participant_id", amanuel},
                           {"profile", "Elektriker med seks års erfaring fra installasjon i "
                                       "boliger og bedrifter. Arbeidstrening hos Elektro Nord AS."},
                           {"own_words", "Jeg liker å jobbe med hendene og å lære nye ting. "
                                         "Jeg vil bli elektriker med fagbrev i Norge."}});
        return w.ok;
    });
}

QString demoDisplayName(const QString &role)
{
    if (role == QLatin1String("mentor"))
        return QStringLiteral("Per Olsen");
    if (role == QLatin1String("participant"))
        return QString::fromUtf8(kDemoPlacedParticipant);
    return QStringLiteral("Kari Nordmann");
}

} // namespace bro
