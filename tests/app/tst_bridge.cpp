// "Min bro" (domain/bridge.h, pictograms.h, selfevaluation.h): the plan's measures become the
// bridge's planks in date order with their states, the current plank is the ongoing one, the
// banks come from the shared mapping and the goal, one table gives every pictogram, and a
// self-evaluation answered "no" or "not sure" is flagged for the next meeting.
#include "domain/bridge.h"
#include "domain/pictograms.h"
#include "domain/selfevaluation.h"
#include "testsupport.h"

#include <bro/model/catalogue.h>

#include <set>

using namespace bro;
using namespace bro::test;

class TestBridge : public QObject
{
    Q_OBJECT

private slots:
    void planksAreTheMeasuresInDateOrderWithTheirStates();
    void theFirstPlannedIsNextWhenNothingIsOngoing();
    void theBridgeReadsTheBanksFromTheSharedMapping();
    void everyMeasureTypeHasItsOwnPictogram();
    void noOrNotSureIsFlaggedForTheNextMeeting();
};

namespace {
Json measure(const char *id, const char *type, const char *status, const char *start,
             const char *end = nullptr)
{
    return {{"id", id},       {"type", type},
            {"status", status}, {"start_date", start ? Json(start) : Json()},
            {"end_date", end ? Json(end) : Json()}, {"description", std::string(type)}};
}
QStringList ids(const std::vector<Plank> &planks)
{
    QStringList out;
    for (const auto &p : planks)
        out << QString::fromStdString(p.measureId);
    return out;
}
QStringList states(const std::vector<Plank> &planks)
{
    QStringList out;
    for (const auto &p : planks)
        out << plankStateName(p.state);
    return out;
}
} // namespace

void TestBridge::planksAreTheMeasuresInDateOrderWithTheirStates()
{
    // In the order a device happened to receive them, not the order of the bridge.
    const auto planks = bridgePlanks({
        measure("m5", "wage_subsidy", "planned", "2027-01-04", "2027-06-30"),
        measure("m2", "intro_cv", "completed", "2025-03-10", "2025-04-01"),
        measure("m6", "other", "planned", nullptr),
        measure("m4", "work_training", "ongoing", "2026-09-01", "2026-12-20"),
        measure("m1", "career_guidance", "completed", "2025-03-01", "2025-03-15"),
        measure("mx", "mentor", "cancelled", "2025-05-01"),
        measure("m3b", "job_shadowing", "planned", "2027-02-01"),
        measure("m3", "work_norwegian", "ongoing", "2026-09-01", "2026-12-15"),
    });
    // Cancelled measures are no planks; same start: the earlier end first; no date: last.
    QCOMPARE(ids(planks), (QStringList{"m1", "m2", "m3", "m4", "m5", "m3b", "m6"}));
    QCOMPARE(states(planks),
             (QStringList{"done", "done", "now", "now", "next", "later", "later"}));
    QCOMPARE(currentPlank(planks), 2); // the first ongoing one
    QCOMPARE(planks[2].type, std::string("work_norwegian"));
    QCOMPARE(planks[2].startDate, std::string("2026-09-01"));
    QCOMPARE(planks[2].endDate, std::string("2026-12-15"));
}

void TestBridge::theFirstPlannedIsNextWhenNothingIsOngoing()
{
    auto planks = bridgePlanks({measure("b", "intro_cv", "planned", "2027-03-01"),
                                measure("a", "career_guidance", "completed", "2026-01-01"),
                                measure("c", "mentor", "planned", "2027-01-01")});
    QCOMPARE(states(planks), (QStringList{"done", "next", "later"}));
    QCOMPARE(ids(planks), (QStringList{"a", "c", "b"}));
    QCOMPARE(currentPlank(planks), 1);
    planks = bridgePlanks({measure("a", "career_guidance", "completed", "2026-01-01")});
    QCOMPARE(currentPlank(planks), -1); // across: nothing left to do
    QCOMPARE(currentPlank(bridgePlanks({})), -1);
}

void TestBridge::theBridgeReadsTheBanksFromTheSharedMapping()
{
    TempStore s;
    const auto p = s->create("participant", {{"name", "Amanuel Tesfay"}}).id;
    (void)s->create("mapping", {{"participant_id", p},
                          {"norwegian_speaking", "B1"},
                          {"norwegian_reading", "A2"},
                          {"other_languages", "Tigrinja, arabisk"},
                          {"health_notes", "Astma"}});
    (void)s->create("education",
              {{"participant_id", p}, {"subject", "Elektroinstallasjon"}, {"country", "Eritrea"}});
    (void)s->create("work_experience",
              {{"participant_id", p}, {"occupation", "Elektriker"}, {"years", 6}});
    const auto plan =
        s->create("plan", {{"participant_id", p}, {"goal", "Elektriker med fagbrev"}}).id;
    (void)s->create("measure", {{"plan_id", plan},
                          {"type", "work_training"},
                          {"status", "ongoing"},
                          {"start_date", "2026-09-01"}});
    (void)s->create("measure", {{"plan_id", plan},
                          {"type", "career_guidance"},
                          {"status", "completed"},
                          {"start_date", "2025-03-01"}});
    const auto old = s->create("meeting", {{"participant_id", p},
                                           {"type", "three_party"},
                                           {"meeting_date", "2026-01-10"}})
                         .id;
    (void)s->create("agreed_action", {{"meeting_id", old}, {"text", "Søke NOKUT"}, {"done", false}});
    (void)s->create("agreed_action", {{"meeting_id", old}, {"text", "Intro-CV"}, {"done", true}});
    (void)s->create("meeting", {{"participant_id", p},
                          {"type", "status_evaluation"},
                          {"meeting_date", "2026-12-01"}});
    (void)s->create("meeting", {{"participant_id", p},
                          {"type", "closing"},
                          {"meeting_date", "2027-06-01"}});

    const auto v = loadBridge(*s.store, p, "2026-11-20");
    QVERIFY(v);
    QCOMPARE(v->goal, std::string("Elektriker med fagbrev"));
    QCOMPARE(v->norwegianLevel, std::string("B1"));
    QCOMPARE(v->otherLanguages, std::string("Tigrinja, arabisk"));
    QVERIFY(v->education == std::vector<std::string>{"Elektroinstallasjon (Eritrea)"});
    QVERIFY(v->work == std::vector<std::string>{"Elektriker"});
    QVERIFY(v->workYears == std::vector<double>{6});
    QCOMPARE(v->planks.size(), std::size_t(2));
    QCOMPARE(v->planks[0].type, std::string("career_guidance"));
    QCOMPARE(v->current, 1);
    QCOMPARE(v->nextMeetingDate, std::string("2026-12-01")); // the next, not the last
    QCOMPARE(v->nextMeetingType, std::string("status_evaluation"));
    QVERIFY(v->agreed == std::vector<std::string>{"Søke NOKUT"}); // open actions only
    QVERIFY(!loadBridge(*s.store, "no-such-participant", "2026-11-20"));
}

void TestBridge::everyMeasureTypeHasItsOwnPictogram()
{
    const auto &values = model::findKind("measure")->field("type")->values;
    std::set<std::string> seen;
    for (const auto &type : values) {
        const std::string p = pictogram("measure", type);
        QVERIFY2(!p.empty(), type.c_str());
        if (type != "other")
            QVERIFY2(seen.insert(p).second, ("two types share a picture: " + type).c_str());
    }
    QCOMPARE(pictogram("measure", "unknown_type"), pictogram("measure", "other"));
    for (const char *a : {"yes", "unsure", "no"})
        QVERIFY(!pictogram("answer", a).empty());
    for (int i = 1; i <= 5; ++i)
        QVERIFY(!pictogram("score", std::to_string(i)).empty());
    QCOMPARE(pictogram("no such category", "x"), std::string());
    QCOMPARE(goalPictogram("Elektriker med fagbrev"), std::string("\U0001F50C"));
    QCOMPARE(goalPictogram("Kokk i storkjøkken"), goalPictogram("cook"));
    QCOMPARE(goalPictogram("Astronaut"), std::string("\U0001F4BC"));
}

void TestBridge::noOrNotSureIsFlaggedForTheNextMeeting()
{
    QVERIFY(!needsTalk({{"likes_work", "yes"}, {"is_hard", "yes"}, {"continue_path", "yes"}}));
    QVERIFY(needsTalk({{"likes_work", "yes"}, {"continue_path", "unsure"}}));
    QVERIFY(needsTalk({{"likes_work", "no"}, {"continue_path", "yes"}}));
    QVERIFY(needsTalk({{"continue_path", "yes"}, {"score", 2}}));
    QVERIFY(!needsTalk({{"continue_path", "yes"}, {"score", 3}}));

    TempStore s;
    const auto p = s->create("participant", {{"name", "Rahaf"}}).id;
    (void)s->create("self_evaluation",
              {{"participant_id", p}, {"written_on", "2026-10-01"}, {"continue_path", "yes"}});
    // Pictograms alone: no typed text.
    const auto r = s->create("self_evaluation", {{"participant_id", p},
                                                 {"written_on", "2026-11-10"},
                                                 {"likes_work", "yes"},
                                                 {"is_hard", "yes"},
                                                 {"continue_path", "unsure"},
                                                 {"score", 3},
                                                 {"language", "ar"}});
    QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
    const auto list = selfEvaluations(*s.store, p);
    QCOMPARE(list.size(), std::size_t(2));
    QVERIFY(list[0]["written_on"] == "2026-11-10"); // newest first
    QVERIFY(needsTalk(list[0]));
    QVERIFY(!needsTalk(list[1]));
}

QTEST_GUILESS_MAIN(TestBridge)
#include "tst_bridge.moc"
