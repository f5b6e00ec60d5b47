// From a match to the meetings and the start (domain/matchstart.h) on a real encrypted store:
// which records one tap makes, with what, what is refused (naming the field) and changes
// nothing, and that the reporting form's dates follow from the start.
#include "domain/matchstart.h"
#include "domain/reportingjourneys.h"
#include "testsupport.h"

#include <bro/model/recordfields.h>
#include <bro/model/reporting.h>

using namespace bro;
using bro::test::Json;

namespace {

struct World
{
    test::TempStore s;
    std::string participant, employer, need, plainNeed, filledNeed;

    World()
    {
        participant =
            made(s->create("participant", {{"name", "Amanuel Tesfay"}, {"phase", "job_match"}}));
        employer = made(s->create("employer", {{"name", "Elektro Nord AS"},
                                               {"organisation_number", "974760673"},
                                               {"municipality", "Bodø"},
                                               {"address", "Sjøgata 1, 8006 Bodø"},
                                               {"contact_person", "Kari Nilsen"},
                                               {"contact_phone", "75 00 00 00"}}));
        need = made(s->create("employer_need", {{"employer_id", employer},
                                                {"occupation", "Elektriker"},
                                                {"positions", 2},
                                                {"start_date", "2027-01-04"},
                                                {"wage_subsidy_offered", true},
                                                {"mentor_offered", true},
                                                {"status", "open"}}));
        plainNeed = made(s->create("employer_need", {{"employer_id", employer},
                                                     {"occupation", "Lagermedarbeider"},
                                                     {"positions", 1},
                                                     {"status", "in_progress"}}));
        filledNeed = made(s->create("employer_need", {{"employer_id", employer},
                                                      {"occupation", "Montør"},
                                                      {"positions", 1},
                                                      {"status", "filled"}}));
    }

    static std::string made(const store::WriteResult &r)
    {
        if (!r.ok())
            qFatal("fixture: %s", r.error->message.c_str());
        return r.id;
    }

    std::vector<Json> measures() const
    {
        const auto plans = s->list("plan", participant);
        return plans.empty() ? std::vector<Json>{}
                             : s->list("measure", plans.front()["id"].get<std::string>());
    }
};

std::string str(const Json &r, const char *f)
{
    return model::stringField(r, f);
}

} // namespace

class TestMatchStart : public QObject
{
    Q_OBJECT

private slots:
    void oneTapMakesTheTwoExpectationMeetingsFilledWithTheNeed();
    void theMeetingsAreNotPlannedTwiceForTheSameNeed();
    void meetingsForAFilledOrUnknownNeedOrParticipantAreRefused();
    void theStartMakesTheTrainingBookAndTheMeasuresTheNeedOffers();
    void aNeedWithoutSubsidyOrMentorStartsWithWorkTrainingOnly();
    void aStartLaterThanTodayIsPlanned();
    void aSecondStartAtTheSameEmployerIsRefusedAndChangesNothing();
    void theStartWithoutADateIsRefused();
    void theReportingDatesFollowFromTheStart();
};

void TestMatchStart::oneTapMakesTheTwoExpectationMeetingsFilledWithTheNeed()
{
    World w;
    const auto r = match::planExpectationMeetings(*w.s.store, w.need, w.participant, "2026-12-10");
    QVERIFY2(r.ok(), r.write.error ? r.write.error->message.c_str() : "");
    const auto meetings = w.s->list("meeting", w.participant);
    QCOMPARE(meetings.size(), std::size_t(2));
    const Json &withEmployer = str(meetings[0], "id") == r.write.id ? meetings[0] : meetings[1];
    const Json &withParticipant = &withEmployer == &meetings[0] ? meetings[1] : meetings[0];
    QCOMPARE(str(withEmployer, "type"), std::string("employer_expectations"));
    QCOMPARE(str(withParticipant, "type"), std::string("participant_expectations"));
    for (const Json *m : {&withEmployer, &withParticipant}) {
        QCOMPARE(str(*m, "meeting_date"), std::string("2026-12-10"));
        QCOMPARE(str(*m, "employer_need_id"), w.need);
        QCOMPARE(str(*m, "employer"), std::string("Elektro Nord AS"));
        QCOMPARE(str(*m, "occupation"), std::string("Elektriker"));
        QCOMPARE(str(*m, "job_start_date"), std::string("2027-01-04"));
    }
    QCOMPARE(str(withEmployer, "attendees"), std::string("Kari Nilsen"));
    QVERIFY(str(withParticipant, "attendees").empty());
    // Nothing else was made: no training book, no measure yet.
    QVERIFY(w.s->list("training_book", w.participant).empty());
    QVERIFY(w.measures().empty());
}

void TestMatchStart::theMeetingsAreNotPlannedTwiceForTheSameNeed()
{
    World w;
    QVERIFY(match::planExpectationMeetings(*w.s.store, w.need, w.participant, "2026-12-10").ok());
    const std::string before = test::snapshot(*w.s.store);
    const auto again =
        match::planExpectationMeetings(*w.s.store, w.need, w.participant, "2026-12-11");
    QVERIFY(!again.ok());
    QCOMPARE(again.refusal, match::StepRefusal::MeetingsPlanned);
    QCOMPARE(again.write.error->field, std::string("employer_need_id"));
    QCOMPARE(test::snapshot(*w.s.store), before);
    // Another need of the same employer: its own two meetings.
    QVERIFY(
        match::planExpectationMeetings(*w.s.store, w.plainNeed, w.participant, "2026-12-11").ok());
    QCOMPARE(w.s->list("meeting", w.participant).size(), std::size_t(4));
}

void TestMatchStart::meetingsForAFilledOrUnknownNeedOrParticipantAreRefused()
{
    World w;
    const std::string before = test::snapshot(*w.s.store);
    const auto filled =
        match::planExpectationMeetings(*w.s.store, w.filledNeed, w.participant, "2026-12-10");
    QCOMPARE(filled.refusal, match::StepRefusal::NeedClosed);
    QCOMPARE(filled.detail, std::string("filled"));
    QCOMPARE(filled.write.error->field, std::string("employer_need_id"));
    const auto unknown =
        match::planExpectationMeetings(*w.s.store, w.participant, w.participant, "2026-12-10");
    QCOMPARE(unknown.refusal, match::StepRefusal::UnknownNeed);
    const auto nobody = match::planExpectationMeetings(*w.s.store, w.need, w.need, "2026-12-10");
    QCOMPARE(nobody.refusal, match::StepRefusal::UnknownParticipant);
    QCOMPARE(nobody.write.error->field, std::string("participant_id"));
    // A meeting without a date is refused by the store, and neither meeting is kept.
    const auto undated = match::planExpectationMeetings(*w.s.store, w.need, w.participant, "");
    QCOMPARE(undated.refusal, match::StepRefusal::Storage);
    QCOMPARE(undated.write.error->field, std::string("meeting_date"));
    QCOMPARE(test::snapshot(*w.s.store), before);
}

void TestMatchStart::theStartMakesTheTrainingBookAndTheMeasuresTheNeedOffers()
{
    World w;
    const auto r = match::startAtEmployer(*w.s.store, w.need, w.participant, "2026-12-01",
                                          "Per Hansen", "2026-12-02");
    QVERIFY2(r.ok(), r.write.error ? r.write.error->message.c_str() : "");
    const auto books = w.s->list("training_book", w.participant);
    QCOMPARE(books.size(), std::size_t(1));
    const Json &book = books[0];
    QCOMPARE(str(book, "id"), r.write.id);
    QCOMPARE(str(book, "employer"), std::string("Elektro Nord AS"));
    QCOMPARE(str(book, "workplace"), std::string("Elektro Nord AS"));
    QCOMPARE(str(book, "address"), std::string("Sjøgata 1, 8006 Bodø"));
    QCOMPARE(str(book, "contact_person"), std::string("Kari Nilsen"));
    QCOMPARE(str(book, "contact_phone"), std::string("75 00 00 00"));
    QCOMPARE(str(book, "mentor_name"), std::string("Per Hansen"));
    QCOMPARE(str(book, "start_date"), std::string("2026-12-01"));

    // The plan was made, with the three measures, in this order, ongoing from the start.
    const auto measures = w.measures();
    QCOMPARE(measures.size(), std::size_t(3));
    const std::vector<std::pair<std::string, std::string>> expected{
        {"work_training", "employer"}, {"wage_subsidy", "nav"}, {"mentor", "employer"}};
    for (std::size_t i = 0; i < measures.size(); ++i) {
        QCOMPARE(str(measures[i], "type"), expected[i].first);
        QCOMPARE(str(measures[i], "responsible"), expected[i].second);
        QCOMPARE(str(measures[i], "start_date"), std::string("2026-12-01"));
        QCOMPARE(str(measures[i], "status"), std::string("ongoing"));
        QCOMPARE(str(measures[i], "employer"), std::string("Elektro Nord AS"));
        QCOMPARE(str(measures[i], "description"), std::string("Elektriker"));
    }
    // The need is being filled now.
    QCOMPARE(str(*w.s->get("employer_need", w.need), "status"), std::string("in_progress"));
}

void TestMatchStart::aNeedWithoutSubsidyOrMentorStartsWithWorkTrainingOnly()
{
    World w;
    // An existing plan is used, not a second one; a mentor named without the need offering one
    // is not written into the book.
    QVERIFY(w.s->create("plan", {{"participant_id", w.participant}, {"goal", "Lager"}}).ok());
    const auto r = match::startAtEmployer(*w.s.store, w.plainNeed, w.participant, "2026-11-15",
                                          "Per Hansen", "2026-12-02");
    QVERIFY(r.ok());
    QCOMPARE(w.s->list("plan", w.participant).size(), std::size_t(1));
    const auto measures = w.measures();
    QCOMPARE(measures.size(), std::size_t(1));
    QCOMPARE(str(measures[0], "type"), std::string("work_training"));
    QVERIFY(str(w.s->list("training_book", w.participant)[0], "mentor_name").empty());
    QCOMPARE(str(*w.s->get("employer_need", w.plainNeed), "status"), std::string("in_progress"));
}

void TestMatchStart::aStartLaterThanTodayIsPlanned()
{
    World w;
    QVERIFY(
        match::startAtEmployer(*w.s.store, w.need, w.participant, "2027-01-04", "", "2026-12-02")
            .ok());
    for (const auto &m : w.measures())
        QCOMPARE(str(m, "status"), std::string("planned"));
    // No mentor named: the book has the employer's contact, no mentor's name.
    QVERIFY(str(w.s->list("training_book", w.participant)[0], "mentor_name").empty());
}

void TestMatchStart::aSecondStartAtTheSameEmployerIsRefusedAndChangesNothing()
{
    World w;
    QVERIFY(
        match::startAtEmployer(*w.s.store, w.need, w.participant, "2026-12-01", "", "2026-12-02")
            .ok());
    const std::string before = test::snapshot(*w.s.store);
    const auto again = match::startAtEmployer(*w.s.store, w.plainNeed, w.participant, "2026-12-05",
                                              "", "2026-12-02");
    QVERIFY(!again.ok());
    QCOMPARE(again.refusal, match::StepRefusal::TrainingBookExists);
    QCOMPARE(again.detail, std::string("Elektro Nord AS"));
    QCOMPARE(again.write.error->field, std::string("employer"));
    QCOMPARE(test::snapshot(*w.s.store), before);
    // Once that book has ended, a new start at the employer is possible.
    const std::string book = str(w.s->list("training_book", w.participant)[0], "id");
    QVERIFY(w.s->update("training_book", book, {{"end_date", "2026-12-03"}}).ok());
    QVERIFY(match::startAtEmployer(*w.s.store, w.plainNeed, w.participant, "2026-12-05", "",
                                   "2026-12-02")
                .ok());
    // A filled need cannot be started on.
    const auto filled = match::startAtEmployer(*w.s.store, w.filledNeed, w.participant,
                                               "2026-12-05", "", "2026-12-02");
    QCOMPARE(filled.refusal, match::StepRefusal::NeedClosed);
}

void TestMatchStart::theStartWithoutADateIsRefused()
{
    World w;
    const std::string before = test::snapshot(*w.s.store);
    const auto r = match::startAtEmployer(*w.s.store, w.need, w.participant, "", "", "2026-12-02");
    QCOMPARE(r.refusal, match::StepRefusal::StartDateMissing);
    QCOMPARE(r.write.error->field, std::string("start_date"));
    QCOMPARE(test::snapshot(*w.s.store), before);
}

void TestMatchStart::theReportingDatesFollowFromTheStart()
{
    World w;
    QVERIFY(
        match::startAtEmployer(*w.s.store, w.need, w.participant, "2026-12-01", "", "2026-12-02")
            .ok());
    namespace rep = model::reporting;
    const auto journeys = collectJourneys(*w.s.store).journeys();
    QCOMPARE(journeys.size(), std::size_t(1));
    const auto proposals = rep::propose(journeys[0]);
    QCOMPARE(proposals[std::size_t(rep::DateField::WorkTrainingStart)].date,
             std::string("2026-12-01"));
    QCOMPARE(proposals[std::size_t(rep::DateField::WageSubsidyStart)].date,
             std::string("2026-12-01"));
}

QTEST_GUILESS_MAIN(TestMatchStart)
#include "tst_matchstart.moc"
