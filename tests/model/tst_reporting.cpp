// The reporting form and the yearly figures (bro/model/reporting.h, reportfigures.h,
// reportdisclosure.h): every date from its source, the confirmation flow, every figure on a
// fixture of 20 hand-made journeys (each expected value worked out by hand in the comments),
// and the protection of small numbers.
#include <bro/model/reportdisclosure.h>
#include <bro/model/reportfigures.h>
#include <bro/model/reporting.h>

#include <QTest>

#include <algorithm>

using namespace bro::model::reporting;
using nlohmann::json;

namespace {

constexpr double kMonth = 365.2425 / 12;

// JSON compared as its text (QCOMPARE cannot print a json).
QString jsonText(const json &value)
{
    return QString::fromStdString(value.dump());
}

// A journey written the way an adviser's records would say it.
struct J
{
    Journey j;
    explicit J(std::string id) { j.participantId = std::move(id); }
    J &programme(std::string start, std::string end = {})
    {
        j.programmeStart = std::move(start);
        j.programmeEnd = std::move(end);
        return *this;
    }
    J &track(std::vector<FieldChange> history)
    {
        j.trackHistory = std::move(history);
        return *this;
    }
    J &phase(std::vector<FieldChange> history)
    {
        j.phaseHistory = std::move(history);
        return *this;
    }
    J &measure(std::string type, std::string start, std::string employer,
               std::string status = "ongoing", std::string end = {})
    {
        j.measures.push_back({"m-" + j.participantId + "-" + std::to_string(j.measures.size()),
                              std::move(type), std::move(status), std::move(employer),
                              std::move(start), std::move(end)});
        return *this;
    }
    J &employment(std::string start, double percent, bool subsidy, std::string employer,
                  std::string end = {})
    {
        j.employments.push_back(
            {"e-" + j.participantId + "-" + std::to_string(j.employments.size()),
             std::move(employer), std::move(start), std::move(end), percent, subsidy});
        return *this;
    }
    J &book(std::string employer, std::string start, std::string end = {})
    {
        j.trainingBooks.push_back(
            {"b-" + j.participantId, std::move(employer), std::move(start), std::move(end)});
        return *this;
    }
    J &confirm(DateField f, std::string value, std::string basis)
    {
        j.confirmations[std::size_t(f)] = {std::move(value), std::move(basis)};
        return *this;
    }
    operator Journey() const { return j; } // NOLINT: a builder becomes its journey
};

std::vector<FieldChange> fastTrackFrom(const std::string &before, const std::string &start)
{
    return {{before, "ordinary"}, {start, "fast_track"}};
}

// Twenty journeys; the reports are made as of 2025-06-30. "FT" is the fast track.
std::vector<Journey> fixture()
{
    std::vector<Journey> all;
    // p01: FT 2023-01-15, work training 2023-03-01, wage subsidy 2023-09-01, work 100 %
    // 2024-03-01: the whole way, at one employer.
    all.push_back(
        J("p01")
            .programme("2022-09-01")
            .track(fastTrackFrom("2022-09-01", "2023-01-15"))
            .measure("work_training", "2023-03-01", "Elektro Nord AS", "completed", "2023-08-31")
            .measure("wage_subsidy", "2023-09-01", "Elektro Nord AS", "completed", "2024-02-29")
            .book("Elektro Nord AS", "2023-03-01")
            .employment("2024-03-01", 100, false, "Elektro Nord AS"));
    // p02: FT 2023-06-01; an employment with wage subsidy 2023-10-01, then work at 60 %.
    all.push_back(J("p02")
                      .programme("2023-01-01")
                      .track(fastTrackFrom("2023-01-01", "2023-06-01"))
                      .employment("2023-10-01", 80, true, "Bygg og Anlegg AS", "2024-05-31")
                      .employment("2024-06-01", 60, false, "Bygg og Anlegg AS"));
    // p03: FT 2022-12-01, back to the ordinary programme 2023-05-01.
    all.push_back(J("p03")
                      .programme("2022-01-10")
                      .track({{"2022-01-10", "ordinary"},
                              {"2022-12-01", "fast_track"},
                              {"2023-05-01", "ordinary"}}));
    // p04: FT 2024-02-01, still open; work training 2024-04-01, still open.
    all.push_back(J("p04")
                      .programme("2023-08-01")
                      .track(fastTrackFrom("2023-08-01", "2024-02-01"))
                      .measure("work_training", "2024-04-01", "Rema 1000 Sentrum")
                      .book("Rema 1000 Sentrum", "2024-04-01"));
    // p05: two employments: 50 % 2024-05-01 (ends the FT), then 100 % 2025-01-01.
    all.push_back(J("p05")
                      .programme("2023-03-01")
                      .track(fastTrackFrom("2023-03-01", "2023-09-01"))
                      .measure("wage_subsidy", "2024-01-15", "Sykehjemmet Solbakken", "completed",
                               "2024-04-30")
                      .employment("2024-05-01", 50, false, "Sykehjemmet Solbakken", "2024-12-31")
                      .employment("2025-01-01", 100, false, "Helsehuset AS"));
    // p06: the year boundary: FT from 2023-12-31, work 80 % 2024-01-01.
    all.push_back(J("p06")
                      .programme("2023-02-01")
                      .track(fastTrackFrom("2023-02-01", "2023-12-31"))
                      .employment("2024-01-01", 80, false, "Elektro Nord AS"));
    // p07, p08, p09: the ordinary programme only.
    all.push_back(
        J("p07").programme("2022-08-15", "2024-06-30").track({{"2022-08-15", "ordinary"}}));
    all.push_back(J("p08").programme("2024-01-10").track({{"2024-01-10", "ordinary"}}));
    all.push_back(
        J("p09").programme("2021-01-01", "2023-01-31").track({{"2021-01-01", "ordinary"}}));
    // p10: FT 2023-03-01 until the programme ended without result 2024-02-29.
    all.push_back(J("p10")
                      .programme("2022-05-01", "2024-02-29")
                      .track(fastTrackFrom("2022-05-01", "2023-03-01"))
                      .book("Kiwi Torget", "2023-04-01", "2023-12-31"));
    // p11: FT 2024-03-01, training 2024-03-15, subsidy (an employment) 2024-09-01, work
    // 100 % 2025-03-01.
    all.push_back(
        J("p11")
            .programme("2024-01-01")
            .track(fastTrackFrom("2024-01-01", "2024-03-01"))
            .measure("work_training", "2024-03-15", "Kiwi Torget", "completed", "2024-08-31")
            .employment("2024-09-01", 100, true, "Kiwi Torget", "2025-02-28")
            .employment("2025-03-01", 100, false, "Kiwi Torget"));
    // p12: FT 2025-01-10, open, wage subsidy 2025-02-01, open.
    all.push_back(J("p12")
                      .programme("2024-06-01")
                      .track(fastTrackFrom("2024-06-01", "2025-01-10"))
                      .measure("wage_subsidy", "2025-02-01", "Bygg og Anlegg AS"));
    // p13: FT 2023-04-01, work at exactly 70 % (under) 2023-11-01.
    all.push_back(J("p13")
                      .programme("2023-01-01")
                      .track(fastTrackFrom("2023-01-01", "2023-04-01"))
                      .employment("2023-11-01", 70, false, "Rema 1000 Sentrum"));
    // p14: FT 2023-02-01, training 2023-02-15, back to ordinary 2023-08-01; a job later
    // (2024-01-01) is no result of the fast track.
    all.push_back(
        J("p14")
            .programme("2022-10-01")
            .track({{"2022-10-01", "ordinary"},
                    {"2023-02-01", "fast_track"},
                    {"2023-08-01", "ordinary"}})
            .measure("work_training", "2023-02-15", "Kiwi Torget", "completed", "2023-07-31")
            .book(" KIWI   Torget ", "2023-02-15", "2023-07-31")
            .employment("2024-01-01", 100, false, "Byggmakker Nord AS"));
    // p15: the ordinary programme from 2025-01-15.
    all.push_back(J("p15").programme("2025-01-15").track({{"2025-01-15", "ordinary"}}));
    // p16: FT 2023-06-01; the phase turned to "after" 2024-10-01 without work.
    all.push_back(J("p16")
                      .programme("2022-03-01")
                      .track(fastTrackFrom("2022-03-01", "2023-06-01"))
                      .phase({{"2022-03-01", "before"},
                              {"2023-06-01", "qualification"},
                              {"2024-10-01", "after"}})
                      .book("Sykehjemmet Solbakken", "2023-09-01"));
    // p17: FT 2025-05-01; a wage subsidy planned for 2025-09-01 (after the as-of day).
    all.push_back(J("p17")
                      .programme("2024-09-01")
                      .track(fastTrackFrom("2024-09-01", "2025-05-01"))
                      .measure("wage_subsidy", "2025-09-01", "Helsehuset AS", "planned"));
    // p18: the track changed 2023-10-01, the adviser confirmed the real start 2023-09-15;
    // training 2023-10-15, work 100 % 2024-08-15.
    all.push_back(
        J("p18")
            .programme("2023-05-01")
            .track(fastTrackFrom("2023-05-01", "2023-10-01"))
            .measure("work_training", "2023-10-15", "Elektro Nord AS")
            .book("Elektro Nord AS", "2023-10-15")
            .employment("2024-08-15", 100, false, "Elektro Nord AS")
            .confirm(DateField::FastTrackStart, "2023-09-15", "track/fast_track/2023-10-01"));
    // p19: FT 2024-04-01; a cancelled wage subsidy (ignored); work 50 % 2024-12-01.
    all.push_back(J("p19")
                      .programme("2024-02-01")
                      .track(fastTrackFrom("2024-02-01", "2024-04-01"))
                      .measure("wage_subsidy", "2024-05-01", "Snekker Hansen AS", "cancelled")
                      .employment("2024-12-01", 50, false, "Helsehuset AS"));
    // p20: FT 2024-01-01; two jobs on 2024-11-01, 40 % and 80 %: over 70 % wins the tie.
    all.push_back(J("p20")
                      .programme("2023-09-01")
                      .track(fastTrackFrom("2023-09-01", "2024-01-01"))
                      .employment("2024-11-01", 40, false, "Kiwi Torget")
                      .employment("2024-11-01", 80, false, "Rema 1000 Sentrum"));
    return all;
}

const YearFigures &yearOf(const std::vector<YearFigures> &ys, int year)
{
    for (const auto &y : ys)
        if (y.year == year)
            return y;
    static YearFigures none;
    return none;
}

Journey withFastTrack()
{
    return J("p").programme("2023-01-02").track(fastTrackFrom("2023-01-02", "2023-03-01"));
}

} // namespace

class TestReporting : public QObject
{
    Q_OBJECT

private slots:
    // --- dates ---------------------------------------------------------------------------
    void daysAreCountedOnTheCalendar()
    {
        QCOMPARE(dayNumber("1970-01-01"), std::optional<std::int64_t>(0));
        QCOMPARE(*dayNumber("2024-03-01") - *dayNumber("2024-02-28"), 2); // a leap year
        QCOMPARE(*dayNumber("2023-03-01") - *dayNumber("2023-02-28"), 1);
        QCOMPARE(isoDate(*dayNumber("2000-02-29")), std::string("2000-02-29"));
        QVERIFY(!dayNumber("2023-02-29"));
        QVERIFY(!dayNumber("2023-1-01"));
        QCOMPARE(isoDateOfMillis(1709251199999), std::string("2024-02-29")); // 23:59:59.999Z
        QCOMPARE(isoDateOfMillis(1709251200000), std::string("2024-03-01"));
    }

    // --- each date from its source --------------------------------------------------------
    void programmeStartComesFromTheParticipant()
    {
        const Form f = deriveForm(J("p").programme("2023-08-14"));
        const auto &e = f.at(DateField::ProgrammeStart);
        QCOMPARE(e.value, std::string("2023-08-14"));
        QCOMPARE(e.proposal.source.kind, Source::Kind::ParticipantField);
        QCOMPARE(e.proposal.source.field, std::string("programme_start"));
        QCOMPARE(e.proposal.source.recordId, std::string("p"));
        QVERIFY(!e.confirmation.confirmed());
    }

    void fastTrackStartIsTheFirstChangeOfTheTrackToFastTrack()
    {
        const Form f = deriveForm(J("p").track({{"2023-01-02", "ordinary"},
                                                {"2023-01-02", "ordinary"}, // re-sent: no change
                                                {"2023-03-01", "fast_track"},
                                                {"2023-04-01", "fast_track"},
                                                {"2023-06-01", "ordinary"},
                                                {"2023-09-01", "fast_track"}}));
        const auto &e = f.at(DateField::FastTrackStart);
        QCOMPARE(e.value, std::string("2023-03-01"));
        QCOMPARE(e.proposal.source.kind, Source::Kind::TrackChange);
        QCOMPARE(e.proposal.source.from, std::string("ordinary"));
        QCOMPARE(e.proposal.source.to, std::string("fast_track"));
        // The first way back, not the re-entry.
        QCOMPARE(f.value(DateField::EndedFastTrackWithoutResult), std::string("2023-06-01"));
        // Created on the fast track: the day it was created, from nothing.
        const Form created = deriveForm(J("q").track({{"2024-02-02", "fast_track"}}));
        QCOMPARE(created.value(DateField::FastTrackStart), std::string("2024-02-02"));
        QCOMPARE(created.at(DateField::FastTrackStart).proposal.source.from, std::string());
        // Never on the fast track: nothing proposed.
        const Form never = deriveForm(J("r").track({{"2024-02-02", "education_directed"}}));
        QCOMPARE(never.value(DateField::FastTrackStart), std::string());
        QCOMPARE(never.at(DateField::FastTrackStart).proposal.source.kind, Source::Kind::None);
    }

    void wageSubsidyStartsWithTheEarliestSubsidyMeasureOrSubsidisedEmployment()
    {
        Journey j = J("p")
                        .measure("wage_subsidy", "2024-03-01", "Elektro Nord AS")
                        .measure("wage_subsidy", "2024-01-01", "Avlyst AS", "cancelled")
                        .measure("work_training", "2023-11-01", "Elektro Nord AS")
                        .employment("2024-05-01", 100, true, "Bygg og Anlegg AS");
        auto e = deriveForm(j).at(DateField::WageSubsidyStart);
        QCOMPARE(e.value, std::string("2024-03-01")); // the cancelled one is no subsidy
        QCOMPARE(e.proposal.source.kind, Source::Kind::Measure);
        QCOMPARE(e.proposal.source.detail, std::string("wage_subsidy"));
        QCOMPARE(e.proposal.source.employer, std::string("Elektro Nord AS"));
        QCOMPARE(e.proposal.source.recordId, std::string("m-p-0"));
        // An earlier employment with a wage subsidy wins; it is no work (the track goes on).
        j.employments[0].startDate = "2024-02-01";
        const Form f = deriveForm(j);
        e = f.at(DateField::WageSubsidyStart);
        QCOMPARE(e.value, std::string("2024-02-01"));
        QCOMPARE(e.proposal.source.kind, Source::Kind::Employment);
        QCOMPARE(e.proposal.source.employer, std::string("Bygg og Anlegg AS"));
        QVERIFY(e.proposal.source.wageSubsidy);
        QCOMPARE(f.value(DateField::WorkOver70Start), std::string());
        // On a tie the measure (offered first) stays.
        j.employments[0].startDate = "2024-03-01";
        QCOMPARE(deriveForm(j).at(DateField::WageSubsidyStart).proposal.source.kind,
                 Source::Kind::Measure);
    }

    void workTrainingStartsWithTheEarliestWorkTrainingMeasure()
    {
        const Form f = deriveForm(J("p")
                                      .measure("work_training", "2024-02-01", "Kiwi Torget")
                                      .measure("work_training", "2023-12-01", "Rema 1000")
                                      .measure("job_shadowing", "2023-01-01", "Rema 1000"));
        const auto &e = f.at(DateField::WorkTrainingStart);
        QCOMPARE(e.value, std::string("2023-12-01"));
        QCOMPARE(e.proposal.source.employer, std::string("Rema 1000"));
        QCOMPARE(e.proposal.source.recordId, std::string("m-p-1"));
    }

    void workOver70MeansMoreThan70PercentWithoutWageSubsidy_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("over");
        QTest::newRow("100 %") << 100.0 << true;
        QTest::newRow("70.5 %") << 70.5 << true;
        QTest::newRow("70 %") << 70.0 << false;
        QTest::newRow("20 %") << 20.0 << false;
    }
    void workOver70MeansMoreThan70PercentWithoutWageSubsidy()
    {
        QFETCH(double, percent);
        QFETCH(bool, over);
        const Form f = deriveForm(J("p").employment("2024-04-02", percent, false, "Helsehuset AS"));
        const DateField hit = over ? DateField::WorkOver70Start : DateField::WorkUnder70Start;
        const DateField miss = over ? DateField::WorkUnder70Start : DateField::WorkOver70Start;
        QCOMPARE(f.value(hit), std::string("2024-04-02"));
        QCOMPARE(f.value(miss), std::string());
        QCOMPARE(f.at(hit).proposal.source.kind, Source::Kind::Employment);
        QCOMPARE(f.at(hit).proposal.source.percent, percent);
        QCOMPARE(f.value(DateField::WageSubsidyStart), std::string());
    }

    void twoEmploymentsGiveBothWorkDates()
    {
        const Form f = deriveForm(fixture()[4]); // p05
        QCOMPARE(f.value(DateField::WorkUnder70Start), std::string("2024-05-01"));
        QCOMPARE(f.value(DateField::WorkOver70Start), std::string("2025-01-01"));
        QCOMPARE(f.at(DateField::WorkOver70Start).proposal.source.employer,
                 std::string("Helsehuset AS"));
    }

    void endedWithoutResultIsTheWayBackToTheOrdinaryProgrammeBeforeAnyWork()
    {
        Journey j = J("p")
                        .programme("2023-01-02")
                        .track({{"2023-01-02", "ordinary"},
                                {"2023-03-01", "fast_track"},
                                {"2023-08-01", "work_directed"}});
        auto e = deriveForm(j).at(DateField::EndedFastTrackWithoutResult);
        QCOMPARE(e.value, std::string("2023-08-01"));
        QCOMPARE(e.proposal.source.kind, Source::Kind::TrackChange);
        QCOMPARE(e.proposal.source.from, std::string("fast_track"));
        QCOMPARE(e.proposal.source.to, std::string("work_directed"));
        // Work started on or before the change: a result, not a way back.
        j.employments.push_back({"e", "Kiwi", "2023-08-01", "", 100, false});
        QCOMPARE(deriveForm(j).value(DateField::EndedFastTrackWithoutResult), std::string());
        // A job only with a wage subsidy is no work yet.
        j.employments[0].wageSubsidy = true;
        QCOMPARE(deriveForm(j).value(DateField::EndedFastTrackWithoutResult),
                 std::string("2023-08-01"));
        // The track changed the day the programme ended: the programme ended, not the track.
        j.programmeEnd = "2023-08-01";
        const Form f = deriveForm(j);
        QCOMPARE(f.value(DateField::EndedFastTrackWithoutResult), std::string());
        QCOMPARE(f.value(DateField::EndedProgrammeWithoutResult), std::string("2023-08-01"));
    }

    void endedProgrammeWithoutResultComesFromTheProgrammeEndOrThePhase()
    {
        Journey j = withFastTrack();
        j.programmeEnd = "2024-06-30";
        auto e = deriveForm(j).at(DateField::EndedProgrammeWithoutResult);
        QCOMPARE(e.value, std::string("2024-06-30"));
        QCOMPARE(e.proposal.source.kind, Source::Kind::ParticipantField);
        QCOMPARE(e.proposal.source.field, std::string("programme_end"));
        // Without a programme end: the phase turning to "after".
        j.programmeEnd.clear();
        j.phaseHistory = {
            {"2023-01-02", "before"}, {"2023-03-01", "qualification"}, {"2024-05-02", "after"}};
        e = deriveForm(j).at(DateField::EndedProgrammeWithoutResult);
        QCOMPARE(e.value, std::string("2024-05-02"));
        QCOMPARE(e.proposal.source.kind, Source::Kind::PhaseChange);
        QCOMPARE(e.proposal.source.from, std::string("qualification"));
        // With work before it, the journey had a result.
        j.employments.push_back({"e", "Kiwi", "2024-04-01", "", 50, false});
        QCOMPARE(deriveForm(j).value(DateField::EndedProgrammeWithoutResult), std::string());
        // Never on the fast track: nothing to report.
        Journey ordinary =
            J("o").programme("2022-01-01", "2024-01-01").track({{"2022-01-01", "ordinary"}});
        QCOMPARE(deriveForm(ordinary).value(DateField::EndedProgrammeWithoutResult), std::string());
        // Back on the ordinary programme before it ended: that is the ending reported.
        Journey back = J("b")
                           .programme("2022-01-01", "2024-01-01")
                           .track({{"2022-01-01", "ordinary"},
                                   {"2022-06-01", "fast_track"},
                                   {"2023-01-01", "ordinary"}});
        const Form fb = deriveForm(back);
        QCOMPARE(fb.value(DateField::EndedFastTrackWithoutResult), std::string("2023-01-01"));
        QCOMPARE(fb.value(DateField::EndedProgrammeWithoutResult), std::string());
    }

    void recordsBecomeAJourneyAndWrongTypesAreIgnored()
    {
        const json participant = {{"id", "p1"},
                                  {"programme_start", "2023-08-14"},
                                  {"programme_end", 20240101}, // not a date: ignored
                                  {"track", "fast_track"}};
        const std::vector<json> measures = {{{"id", "m1"},
                                             {"type", "wage_subsidy"},
                                             {"status", "ongoing"},
                                             {"employer", "Elektro Nord AS"},
                                             {"start_date", "2024-02-30"}}, // no such day
                                            {{"id", "m2"},
                                             {"type", "work_training"},
                                             {"status", "ongoing"},
                                             {"employer", "Elektro Nord AS"},
                                             {"start_date", "2024-01-08"}}};
        const std::vector<json> books = {
            {{"id", "b1"}, {"employer", "Elektro Nord AS"}, {"start_date", "2024-01-08"}}};
        const std::vector<json> employments = {{{"id", "e1"},
                                                {"employer", "Elektro Nord AS"},
                                                {"start_date", "2024-09-02"},
                                                {"position_percent", 100},
                                                {"wage_subsidy", false}},
                                               {{"id", "e2"},
                                                {"employer", "X"},
                                                {"start_date", "2024-09-01"},
                                                {"position_percent", "100"},
                                                {"wage_subsidy", "no"}}}; // wrong types
        const json reporting = {{"id", "r1"},
                                {"participant_id", "p1"},
                                {"fast_track_start", "2023-12-01"},
                                {"fast_track_start_basis", "track/fast_track/2024-01-02"},
                                {"wage_subsidy_start_basis", "none"}};
        const Journey j = journeyFromRecords(participant, measures, books, employments, reporting,
                                             {{"2023-08-14", "ordinary"},
                                              {"not a date", "fast_track"},
                                              {"2024-01-02", "fast_track"}},
                                             {});
        QCOMPARE(j.participantId, std::string("p1"));
        QCOMPARE(j.programmeEnd, std::string());
        QCOMPARE(j.trackHistory.size(), std::size_t(2));
        const Form f = deriveForm(j);
        QCOMPARE(f.value(DateField::ProgrammeStart), std::string("2023-08-14"));
        QCOMPARE(f.at(DateField::FastTrackStart).proposal.date, std::string("2024-01-02"));
        QCOMPARE(f.value(DateField::FastTrackStart), std::string("2023-12-01")); // confirmed
        QVERIFY(f.at(DateField::FastTrackStart).overridden);
        QVERIFY(!f.at(DateField::FastTrackStart).sourceChanged);
        QCOMPARE(f.value(DateField::WorkTrainingStart), std::string("2024-01-08"));
        QCOMPARE(f.value(DateField::WageSubsidyStart), std::string()); // confirmed: none
        QVERIFY(f.at(DateField::WageSubsidyStart).confirmation.confirmed());
        // e2's "100" is no percentage (0: under 70 %) and its "no" no boolean (no subsidy).
        QCOMPARE(f.value(DateField::WorkUnder70Start), std::string("2024-09-01"));
        QCOMPARE(f.value(DateField::WorkOver70Start), std::string("2024-09-02"));
        QCOMPARE(j.trainingBooks.size(), std::size_t(1));
    }

    void journeysAreCollectedFromRecordsInAnyOrder()
    {
        JourneyCollector c;
        c.addHistory("p1", "track", {"2024-01-02", "ordinary"});
        c.add("measure", {{"id", "m1"},
                          {"plan_id", "plan1"},
                          {"type", "wage_subsidy"},
                          {"status", "ongoing"},
                          {"start_date", "2024-05-01"}});
        c.add("employment", {{"id", "e9"},
                             {"participant_id", "nobody"},
                             {"start_date", "2024-05-01"},
                             {"position_percent", 100}});
        c.add("participant", {{"id", "p1"}, {"programme_start", "2024-01-02"}});
        c.add("plan", {{"id", "plan1"}, {"participant_id", "p1"}});
        c.add("mapping", {{"id", "x"}, {"participant_id", "p1"}}); // not part of a journey
        c.addHistory("p1", "track", {"2024-02-01", "fast_track"});
        c.add("participant", {{"id", "p2"}});
        // Two reporting records for p1, made on two devices: the first by id wins per date.
        c.add("reporting", {{"id", "r2"},
                            {"participant_id", "p1"},
                            {"programme_start", "2024-01-05"},
                            {"fast_track_start", "2024-02-03"}});
        c.add("reporting",
              {{"id", "r1"}, {"participant_id", "p1"}, {"fast_track_start", "2024-02-02"}});
        const auto js = c.journeys();
        QCOMPARE(js.size(), std::size_t(2));
        QCOMPARE(js[0].participantId, std::string("p1"));
        QCOMPARE(js[1].participantId, std::string("p2"));
        const Form f = deriveForm(js[0]);
        QCOMPARE(f.value(DateField::WageSubsidyStart), std::string("2024-05-01"));
        QCOMPARE(f.at(DateField::FastTrackStart).proposal.date, std::string("2024-02-01"));
        QCOMPARE(f.value(DateField::FastTrackStart), std::string("2024-02-02")); // from r1
        QCOMPARE(f.value(DateField::ProgrammeStart), std::string("2024-01-05")); // only r2 has it
        QCOMPARE(f.value(DateField::WorkOver70Start), std::string()); // nobody's employment
        QCOMPARE(c.confirmationRecord("p1"), std::string("r1"));
        QCOMPARE(c.confirmationRecord("p2"), std::string());
    }

    // --- confirmation --------------------------------------------------------------------
    void confirmingKeepsTheProposalSeenAndTheConfirmedValueWins()
    {
        Journey j = J("p").measure("wage_subsidy", "2024-03-01", "Elektro Nord AS");
        Form f = deriveForm(j);
        QCOMPARE(f.unconfirmed(), 8);
        // The adviser accepts the proposal.
        json changes = confirmationChanges(f, DateField::WageSubsidyStart, "2024-03-01");
        QCOMPARE(jsonText(changes),
                 jsonText(json({{"wage_subsidy_start", "2024-03-01"},
                                {"wage_subsidy_start_basis", "measure/m-p-0/2024-03-01"}})));
        j.confirmations[std::size_t(DateField::WageSubsidyStart)] = {"2024-03-01",
                                                                     "measure/m-p-0/2024-03-01"};
        f = deriveForm(j);
        auto e = f.at(DateField::WageSubsidyStart);
        QVERIFY(e.confirmation.confirmed());
        QVERIFY(!e.sourceChanged);
        QVERIFY(!e.overridden);
        QCOMPARE(f.unconfirmed(), 7);
        QCOMPARE(f.notices(), 0);

        // Later the measure's start is moved: the confirmed date is still reported, with a
        // notice that its source now says something else.
        j.measures[0].startDate = "2024-04-02";
        f = deriveForm(j);
        e = f.at(DateField::WageSubsidyStart);
        QCOMPARE(e.value, std::string("2024-03-01"));
        QCOMPARE(e.proposal.date, std::string("2024-04-02"));
        QVERIFY(e.sourceChanged);
        QCOMPARE(f.notices(), 1);
        // Confirming again with the new proposal clears the notice.
        changes = confirmationChanges(f, DateField::WageSubsidyStart, "2024-04-02");
        j.confirmations[std::size_t(DateField::WageSubsidyStart)] = {
            changes["wage_subsidy_start"].get<std::string>(),
            changes["wage_subsidy_start_basis"].get<std::string>()};
        QCOMPARE(deriveForm(j).notices(), 0);

        // The measure is deleted (it no longer reaches the journey): a notice too.
        j.measures.clear();
        f = deriveForm(j);
        QVERIFY(f.at(DateField::WageSubsidyStart).sourceChanged);
        QCOMPARE(f.value(DateField::WageSubsidyStart), std::string("2024-04-02"));
    }

    void typingAnotherDateOverridesTheProposal()
    {
        Journey j = withFastTrack();
        Form f = deriveForm(j);
        QCOMPARE(f.value(DateField::FastTrackStart), std::string("2023-03-01"));
        const json changes = confirmationChanges(f, DateField::FastTrackStart, "2023-02-13");
        QCOMPARE(jsonText(changes["fast_track_start"]), jsonText(json("2023-02-13")));
        QCOMPARE(jsonText(changes["fast_track_start_basis"]),
                 jsonText(json("track/fast_track/2023-03-01")));
        j.confirmations[std::size_t(DateField::FastTrackStart)] = {"2023-02-13",
                                                                   "track/fast_track/2023-03-01"};
        f = deriveForm(j);
        QCOMPARE(f.value(DateField::FastTrackStart), std::string("2023-02-13"));
        QVERIFY(f.at(DateField::FastTrackStart).overridden);
        QVERIFY(!f.at(DateField::FastTrackStart).sourceChanged);
    }

    void confirmingThatThereIsNoDateAndWithdrawing()
    {
        Journey j = withFastTrack();
        Form f = deriveForm(j);
        // Nothing proposes a wage subsidy; the adviser confirms there was none.
        json changes = confirmationChanges(f, DateField::WageSubsidyStart, "");
        QCOMPARE(jsonText(changes), jsonText(json({{"wage_subsidy_start", nullptr},
                                                   {"wage_subsidy_start_basis", "none"}})));
        j.confirmations[std::size_t(DateField::WageSubsidyStart)] = {"", "none"};
        f = deriveForm(j);
        QVERIFY(f.at(DateField::WageSubsidyStart).confirmation.confirmed());
        QVERIFY(!f.at(DateField::WageSubsidyStart).sourceChanged);
        // A subsidy is registered afterwards: the "none" confirmed is reported, with a notice.
        j.measures.push_back({"m", "wage_subsidy", "ongoing", "Kiwi", "2023-05-02", ""});
        f = deriveForm(j);
        QCOMPARE(f.value(DateField::WageSubsidyStart), std::string());
        QVERIFY(f.at(DateField::WageSubsidyStart).sourceChanged);
        // Withdrawing the confirmation reports the proposal again.
        QCOMPARE(jsonText(clearConfirmationChanges(DateField::WageSubsidyStart)),
                 jsonText(json(
                     {{"wage_subsidy_start", nullptr}, {"wage_subsidy_start_basis", nullptr}})));
        j.confirmations[std::size_t(DateField::WageSubsidyStart)] = {};
        QCOMPARE(deriveForm(j).value(DateField::WageSubsidyStart), std::string("2023-05-02"));
    }

    void aDateConfirmedWithoutBasisIsReportedWithoutNotice()
    {
        Journey j = withFastTrack();
        j.confirmations[std::size_t(DateField::FastTrackStart)] = {"2023-01-20", ""};
        const Form f = deriveForm(j);
        QCOMPARE(f.value(DateField::FastTrackStart), std::string("2023-01-20"));
        QVERIFY(!f.at(DateField::FastTrackStart).sourceChanged);
    }

    // --- the figures on the fixture --------------------------------------------------------
    void fastTrackParticipantsPerYear()
    {
        const auto ys = computeFigures(fixture(), 2023, 2025, "2025-06-30");
        QCOMPARE(ys.size(), std::size_t(3));
        // 2023: p01 p02 p03 p05 p06 (from 12-31) p10 p13 p14 p16 p18 (from 09-15, confirmed).
        QCOMPARE(yearOf(ys, 2023).fastTrack, 10);
        // 2024: p01 p02 p04 p05 p06 (ended 01-01) p10 p11 p16 p18 p19 p20.
        QCOMPARE(yearOf(ys, 2024).fastTrack, 11);
        // 2025: p04 (open) p11 p12 (open) p17 (open).
        QCOMPARE(yearOf(ys, 2025).fastTrack, 4);
    }

    void programmeParticipantsAndTheShareOnTheFastTrack()
    {
        const auto ys = computeFigures(fixture(), 2023, 2025, "2025-06-30");
        // 2023: the 10 on the fast track + p04 (from 08-01), p07, p09 (until 01-31), p20.
        QCOMPARE(yearOf(ys, 2023).programme, 14);
        QCOMPARE(*yearOf(ys, 2023).value(Figure::FastTrackShare), 100.0 * 10 / 14);
        // 2024: 11 + p03 (back on ordinary, still in the programme), p07 (until 06-30), p08,
        // p12, p13 (in work, no programme end), p14, p17.
        QCOMPARE(yearOf(ys, 2024).programme, 18);
        // 2025: 4 + p01 p02 p03 p05 p06 p08 p13 p14 p15 p18 p19 p20; not p07, p09, p10
        // (ended 2024-02-29) or p16 (ended without result 2024-10-01).
        QCOMPARE(yearOf(ys, 2025).programme, 16);
        QCOMPARE(*yearOf(ys, 2025).value(Figure::FastTrackShare), 25.0);
    }

    void meanTimeInTheProgrammeBeforeTheFastTrack()
    {
        const auto ys = computeFigures(fixture(), 2023, 2025, "2025-06-30");
        // Fast tracks started in 2023, days from programme start: p01 136, p02 151, p05 184,
        // p06 333, p10 304, p13 90, p14 123, p16 457, p18 137 (to the confirmed 09-15).
        const auto &y23 = yearOf(ys, 2023).programmeBeforeFastTrack;
        QCOMPARE(y23.n, 9);
        QCOMPARE(y23.sumDays, 1915.0);
        QVERIFY(qFuzzyCompare(*y23.months(), 1915.0 / 9 / kMonth));
        // 2024: p04 184, p11 60, p19 60, p20 122.
        const auto &y24 = yearOf(ys, 2024).programmeBeforeFastTrack;
        QCOMPARE(y24.n, 4);
        QCOMPARE(y24.sumDays, 426.0);
        // 2025: p12 223, p17 242.
        QCOMPARE(yearOf(ys, 2025).programmeBeforeFastTrack.n, 2);
        QCOMPARE(yearOf(ys, 2025).programmeBeforeFastTrack.sumDays, 465.0);
    }

    void participantsWithWageSubsidyAndInWorkTraining()
    {
        const auto ys = computeFigures(fixture(), 2023, 2025, "2025-06-30");
        // Wage subsidy 2023: p01 (09-01), p02 (employment with subsidy 10-01).
        QCOMPARE(yearOf(ys, 2023).wageSubsidy, 2);
        // 2024: p01, p02, p05 (01-15), p11 (09-01); p19's was cancelled.
        QCOMPARE(yearOf(ys, 2024).wageSubsidy, 4);
        // 2025: p11 (until 03-01), p12; p17's starts after the as-of day.
        QCOMPARE(yearOf(ys, 2025).wageSubsidy, 2);
        // Work training 2023: p01 (until the subsidy 09-01), p14, p18.
        QCOMPARE(yearOf(ys, 2023).workTraining, 3);
        // 2024: p04 (open), p11 (until 09-01), p18 (until work 08-15); not p01 any more.
        QCOMPARE(yearOf(ys, 2024).workTraining, 3);
        // 2025: p04.
        QCOMPARE(yearOf(ys, 2025).workTraining, 1);
    }

    void participantsInWorkOverAndUnder70Percent()
    {
        const auto ys = computeFigures(fixture(), 2023, 2025, "2025-06-30");
        // 2023: p13 (70 %: under). p14's later job ended nothing: its track ended before.
        QCOMPARE(yearOf(ys, 2023).work, 1);
        QCOMPARE(yearOf(ys, 2023).workOver70, 0);
        QCOMPARE(yearOf(ys, 2023).workUnder70, 1);
        // 2024: over p01, p06 (01-01), p18, p20 (the tie); under p02, p05 (the first of two
        // jobs), p19.
        QCOMPARE(yearOf(ys, 2024).work, 7);
        QCOMPARE(yearOf(ys, 2024).workOver70, 4);
        QCOMPARE(yearOf(ys, 2024).workUnder70, 3);
        // 2025: p11; p05's second job does not count again.
        QCOMPARE(yearOf(ys, 2025).work, 1);
        QCOMPARE(yearOf(ys, 2025).workOver70, 1);
        QCOMPARE(yearOf(ys, 2025).workUnder70, 0);
    }

    void meanDurationsBeforeWork()
    {
        const auto ys = computeFigures(fixture(), 2023, 2025, "2025-06-30");
        // Fast track to work, 2024: p01 411, p02 366, p05 243, p06 1, p18 335 (from the
        // confirmed start), p19 244, p20 305 days.
        const auto &ft = yearOf(ys, 2024).fastTrackBeforeWork;
        QCOMPARE(ft.n, 7);
        QCOMPARE(ft.sumDays, 1905.0);
        QVERIFY(qFuzzyCompare(*ft.months(), 1905.0 / 7 / kMonth));
        // Wage subsidy or work training to work, 2024: p01 from training 366, p02 244, p05
        // 107, p18 305; p06, p19, p20 had neither.
        const auto &st = yearOf(ys, 2024).subsidyOrTrainingBeforeWork;
        QCOMPARE(st.n, 4);
        QCOMPARE(st.sumDays, 1022.0);
        // 2023: p13 214 days, no subsidy or training. 2025: p11 365 and 351 days.
        QCOMPARE(yearOf(ys, 2023).fastTrackBeforeWork.sumDays, 214.0);
        QCOMPARE(yearOf(ys, 2023).subsidyOrTrainingBeforeWork.n, 0);
        QCOMPARE(yearOf(ys, 2025).fastTrackBeforeWork.sumDays, 365.0);
        QCOMPARE(yearOf(ys, 2025).subsidyOrTrainingBeforeWork.sumDays, 351.0);
        // An open fast track has no duration yet.
        const auto open = computeFigures({fixture()[3]}, 2024, 2025, "2025-06-30"); // p04
        QCOMPARE(open[0].fastTrack, 1);
        QCOMPARE(open[1].fastTrackBeforeWork.n, 0);
    }

    void companiesAreTheDistinctEmployersOfTheYear()
    {
        const auto ys = computeFigures(fixture(), 2023, 2025, "2025-06-30");
        // 2023: Elektro Nord AS (p01, p18), Bygg og Anlegg AS (p02), Kiwi Torget (p10, and
        // p14's " KIWI   Torget "), Rema 1000 Sentrum (p13), Sykehjemmet Solbakken (p16).
        QCOMPARE(yearOf(ys, 2023).companies, 5);
        // 2024: Elektro Nord, Bygg og Anlegg, Rema 1000 Sentrum (p04, p20), Sykehjemmet
        // Solbakken, Kiwi Torget (p11, p20), Helsehuset (p19). Not Snekker Hansen (cancelled),
        // not Byggmakker Nord (p14 was off the fast track by then).
        QCOMPARE(yearOf(ys, 2024).companies, 6);
        // 2025: Rema 1000 Sentrum (p04), Kiwi Torget (p11), Bygg og Anlegg (p12); not
        // Helsehuset (p17's subsidy is planned after the as-of day).
        QCOMPARE(yearOf(ys, 2025).companies, 3);
        QCOMPARE(normalisedName("  ÆRLIG   Øl og ÅS \t"), std::string("ærlig øl og ås"));
    }

    void aYearBoundaryCountsThePeriodInBothYears()
    {
        const auto ys = computeFigures({fixture()[5]}, 2023, 2024, "2025-06-30"); // p06
        QCOMPARE(ys[0].fastTrack, 1);                                             // 2023-12-31
        QCOMPARE(ys[1].fastTrack, 1); // until 2024-01-01
        QCOMPARE(ys[0].work, 0);
        QCOMPARE(ys[1].work, 1);
        QCOMPARE(ys[1].fastTrackBeforeWork.sumDays, 1.0);
    }

    void datesAfterTheAsOfDayHaveNotHappened()
    {
        // p17: a planned subsidy 2025-09-01. As of 2025-12-31 it counts.
        const auto later = computeFigures({fixture()[16]}, 2025, 2025, "2025-12-31");
        QCOMPARE(later[0].wageSubsidy, 1);
        const auto now = computeFigures({fixture()[16]}, 2025, 2025, "2025-06-30");
        QCOMPARE(now[0].wageSubsidy, 0);
        // An open period counts up to the as-of year and not after.
        const auto p04 = computeFigures({fixture()[3]}, 2025, 2026, "2025-06-30");
        QCOMPARE(p04[0].fastTrack, 1);
        QCOMPARE(p04[1].fastTrack, 0);
        QVERIFY(computeFigures(fixture(), 2023, 2025, "not a day").empty());
    }

    void theYearsAskedForAreCheckedByField_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("result"); // "from..year@asOf" or the error
        QTest::newRow("defaults") << "2025"
                                  << ""
                                  << ""
                                  << "2021..2025@2026-12-02";
        QTest::newRow("from and day") << "2025"
                                      << "2016"
                                      << "2025-06-30"
                                      << "2016..2025@2025-06-30";
        QTest::newRow("one year") << "2024"
                                  << "2024"
                                  << ""
                                  << "2024..2024@2026-12-02";
        QTest::newRow("no year") << ""
                                 << ""
                                 << ""
                                 << "year: must be a year from 2000 to 2100";
        QTest::newRow("text") << "tjue"
                              << ""
                              << ""
                              << "year: must be a year from 2000 to 2100";
        QTest::newRow("trailing") << "2025 "
                                  << ""
                                  << ""
                                  << "year: must be a year from 2000 to 2100";
        QTest::newRow("too early") << "1999"
                                   << ""
                                   << ""
                                   << "year: must be a year from 2000 to 2100";
        QTest::newRow("from after")
            << "2024"
            << "2025"
            << ""
            << "from: must be a year not after year and at most 19 years before it";
        QTest::newRow("twenty years") << "2025"
                                      << "2006"
                                      << ""
                                      << "2006..2025@2026-12-02";
        QTest::newRow("twenty-one years")
            << "2025"
            << "2005"
            << ""
            << "from: must be a year not after year and at most 19 years before it";
        QTest::newRow("bad day") << "2025"
                                 << ""
                                 << "2025-02-29"
                                 << "as_of: must be a date YYYY-MM-DD";
    }
    void theYearsAskedForAreCheckedByField()
    {
        QFETCH(QString, year);
        QFETCH(QString, from);
        QFETCH(QString, asOf);
        QFETCH(QString, result);
        std::string error;
        const auto q = parseReportQuery(year.toStdString(), from.toStdString(), asOf.toStdString(),
                                        "2026-12-02", &error);
        const std::string got =
            q ? std::to_string(q->fromYear) + ".." + std::to_string(q->year) + "@" + q->asOf
              : error;
        QCOMPARE(QString::fromStdString(got), result);
    }

    // --- protection ----------------------------------------------------------------------
    void theFixtureAsReported()
    {
        const Report r =
            protect(computeFigures(fixture(), 2023, 2025, "2025-06-30"), "Hadsel", "2025-06-30");
        auto text = [&](int i, Figure f) {
            return formatValue(r.years[i].at(f));
        };
        // 2023: wage subsidy 2, work 1 (0 over, 1 under) and the means of 1 and 0 are hidden.
        QCOMPARE(text(0, Figure::FastTrackParticipants), std::string("10"));
        QCOMPARE(text(0, Figure::ProgrammeParticipants), std::string("14"));
        QCOMPARE(text(0, Figure::FastTrackShare), std::string("71,4"));
        QCOMPARE(text(0, Figure::MeanMonthsProgrammeBeforeFastTrack), std::string("7,0"));
        QCOMPARE(text(0, Figure::WageSubsidyParticipants), std::string(":"));
        QCOMPARE(text(0, Figure::WorkTrainingParticipants), std::string("3"));
        QCOMPARE(text(0, Figure::WorkParticipants), std::string(":"));
        QCOMPARE(text(0, Figure::WorkOver70), std::string(":"));
        QCOMPARE(text(0, Figure::WorkUnder70), std::string(":"));
        QCOMPARE(text(0, Figure::MeanMonthsFastTrackBeforeWork), std::string(":"));
        QCOMPARE(text(0, Figure::MeanMonthsSubsidyOrTrainingBeforeWork), std::string(":"));
        QCOMPARE(text(0, Figure::Companies), std::string("5"));
        // 2024: everything shown. 426/4 days = 3.5 months; 1905/7 = 8.9; 1022/4 = 8.4.
        const std::vector<std::string> y2024 = {"11", "18", "61,1", "3,5", "4",   "3",
                                                "7",  "4",  "3",    "8,9", "8,4", "6"};
        for (Figure f : kFigures)
            QCOMPARE(text(1, f), y2024[std::size_t(f)]);
        // 2025: 4 of 16; the rest is too small, and 3 companies.
        const std::vector<std::string> y2025 = {"4", "16", "25,0", ":", ":", ":",
                                                ":", ":",  ":",    ":", ":", "3"};
        for (Figure f : kFigures)
            QCOMPARE(text(2, f), y2025[std::size_t(f)]);
    }

    void aCountOfTwoIsHiddenAndCannotBeRecomputedFromTheTotal()
    {
        // The fixture without p18 and p20: 2024 has work 5 = over 2 (p01, p06) + under 3.
        auto journeys = fixture();
        journeys.erase(journeys.begin() + 19);
        journeys.erase(journeys.begin() + 17);
        const auto raw = computeFigures(journeys, 2024, 2024, "2025-06-30");
        QCOMPARE(raw[0].workOver70, 2);
        QCOMPARE(raw[0].workUnder70, 3);
        const ProtectedYear y = protect(raw[0]);
        QVERIFY(y.at(Figure::WorkOver70).hidden);
        QVERIFY(!y.at(Figure::WorkOver70).value);
        // The total stays, so under 70 % is hidden too: 5 - 3 would give the 2 away.
        QCOMPARE(*y.at(Figure::WorkParticipants).value, 5.0);
        QVERIFY(y.at(Figure::WorkUnder70).hidden);
        QVERIFY(!y.at(Figure::WorkUnder70).value);
        // Nothing in the outputs carries the hidden numbers.
        const Report r = protect(raw, "", "2025-06-30");
        const json j = reportToJson(r);
        QCOMPARE(jsonText(j["years"][0]["figures"]["work_over_70"]), jsonText(json(":")));
        QCOMPARE(jsonText(j["years"][0]["figures"]["work_under_70"]), jsonText(json(":")));
        QCOMPARE(jsonText(j["years"][0]["figures"]["work_participants"]), jsonText(json(5)));
        const std::string csv = reportToCsv(r);
        QVERIFY(csv.find("work_over_70;2024;:;count") != std::string::npos);
        QVERIFY(csv.find("work_under_70;2024;:;count") != std::string::npos);
    }

    void secondarySuppression_data()
    {
        QTest::addColumn<int>("work");
        QTest::addColumn<int>("over");
        QTest::addColumn<int>("under");
        QTest::addColumn<QString>("shown"); // work/over/under as reported
        QTest::newRow("all large") << 9 << 5 << 4 << "9/5/4";
        QTest::newRow("one part small") << 7 << 2 << 5 << "7/:/:";
        QTest::newRow("the other part small") << 7 << 6 << 1 << "7/:/:";
        QTest::newRow("a part of zero") << 5 << 5 << 0 << "5/:/:";
        QTest::newRow("both parts small") << 4 << 2 << 2 << "4/:/:";
        QTest::newRow("total small") << 2 << 1 << 1 << ":/:/:";
    }
    void secondarySuppression()
    {
        QFETCH(int, work);
        QFETCH(int, over);
        QFETCH(int, under);
        QFETCH(QString, shown);
        YearFigures y;
        y.year = 2024;
        y.fastTrack = y.programme = 0;
        y.work = work;
        y.workOver70 = over;
        y.workUnder70 = under;
        const ProtectedYear p = protect(y);
        const std::string got = formatValue(p.at(Figure::WorkParticipants)) + "/" +
                                formatValue(p.at(Figure::WorkOver70)) + "/" +
                                formatValue(p.at(Figure::WorkUnder70));
        QCOMPARE(QString::fromStdString(got), shown);
    }

    void theShareAndTheProgrammeNeverGiveAwayASmallCount()
    {
        YearFigures y;
        y.year = 2024;
        y.companies = 4;
        // Fast track 2 of 10: hidden, and the share (20 %) would give it away.
        y.fastTrack = 2;
        y.programme = 10;
        ProtectedYear p = protect(y);
        QVERIFY(p.at(Figure::FastTrackParticipants).hidden);
        QCOMPARE(*p.at(Figure::ProgrammeParticipants).value, 10.0);
        QVERIFY(p.at(Figure::FastTrackShare).hidden);
        // 9 of 10: the one participant without a fast track would be 10 - 9; the smaller of
        // the two shown is hidden, and the share with it.
        y.fastTrack = 9;
        p = protect(y);
        QVERIFY(p.at(Figure::FastTrackParticipants).hidden);
        QCOMPARE(*p.at(Figure::ProgrammeParticipants).value, 10.0);
        QVERIFY(p.at(Figure::FastTrackShare).hidden);
        // 7 of 10: three without a fast track is no small number.
        y.fastTrack = 7;
        p = protect(y);
        QCOMPARE(*p.at(Figure::FastTrackParticipants).value, 7.0);
        QCOMPARE(*p.at(Figure::FastTrackShare).value, 70.0);
        // 5 of 10: all shown.
        y.fastTrack = 5;
        p = protect(y);
        QCOMPARE(*p.at(Figure::FastTrackShare).value, 50.0);
        QCOMPARE(formatValue(p.at(Figure::FastTrackShare), '.'), std::string("50.0"));
    }

    void meansOfFewerThanThreeAreHidden()
    {
        YearFigures y;
        y.fastTrackBeforeWork = {600, 2};
        y.subsidyOrTrainingBeforeWork = {900, 3};
        const ProtectedYear p = protect(y);
        QVERIFY(p.at(Figure::MeanMonthsFastTrackBeforeWork).hidden);
        QVERIFY(!p.at(Figure::MeanMonthsFastTrackBeforeWork).value);
        QCOMPARE(formatValue(p.at(Figure::MeanMonthsSubsidyOrTrainingBeforeWork)),
                 std::string("9,9"));                                     // 300 days
        QVERIFY(p.at(Figure::MeanMonthsProgrammeBeforeFastTrack).hidden); // of nobody
    }

    void theReportTravelsAsJsonAndBadJsonIsRefusedByField()
    {
        const Report r =
            protect(computeFigures(fixture(), 2023, 2025, "2025-06-30"), "Hadsel", "2025-06-30");
        const json j = reportToJson(r);
        QCOMPARE(jsonText(j["scope"]), jsonText(json("Hadsel")));
        QCOMPARE(jsonText(j["years"][1]["figures"]["fast_track_share"]), jsonText(json(61.1)));
        std::string error;
        const auto back = reportFromJson(j, &error);
        QVERIFY2(back, error.c_str());
        QCOMPARE(back->years.size(), std::size_t(3));
        QCOMPARE(formatValue(back->years[1].at(Figure::FastTrackShare)), std::string("61,1"));
        QVERIFY(back->years[0].at(Figure::WorkOver70).hidden);

        json bad = j;
        bad["years"][0]["figures"]["companies"] = "7 firms";
        QVERIFY(!reportFromJson(bad, &error));
        QCOMPARE(error, std::string("years[0].figures.companies: must be a number or \":\""));
        bad = j;
        bad["years"][2]["figures"].erase("work_over_70");
        QVERIFY(!reportFromJson(bad, &error));
        QCOMPARE(error, std::string("years[2].figures.work_over_70: is missing"));
        bad = j;
        bad["as_of"] = "yesterday";
        QVERIFY(!reportFromJson(bad, &error));
        QCOMPARE(error, std::string("as_of: must be a date YYYY-MM-DD"));
        QVERIFY(!reportFromJson(json::array(), &error));
    }

    void csvHasOneRowPerFigureAndYear()
    {
        const Report r =
            protect(computeFigures(fixture(), 2023, 2024, "2025-06-30"), "", "2025-06-30");
        const std::string csv = reportToCsv(r, [](Figure f) {
            return f == Figure::FastTrackShare ? std::string("Andel; i \"hurtigspor\"")
                                               : std::string(figureName(f));
        });
        QVERIFY(csv.rfind("\xEF\xBB\xBF"
                          "figure;year;value;unit;label\r\n",
                          0) == 0);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 1 + 12 * 2);
        QVERIFY(csv.find("\r\nfast_track_participants;2023;10;count;fast_track_participants\r\n"
                         "fast_track_participants;2024;11;count;") != std::string::npos);
        QVERIFY(
            csv.find("fast_track_share;2024;61,1;percent;\"Andel; i \"\"hurtigspor\"\"\"\r\n") !=
            std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestReporting)
#include "tst_reporting.moc"
