// The reporting form and figures on the device (ReportingService): a real encrypted store whose
// clock is set, so that the track's history has known days; the form's proposals, sources in
// bokmål, confirmation and notices written to the reporting record; refused input that changes
// nothing; the caseload's figures protected; the CSV read by Python's csv module and the PDF
// read back by poppler.
#include "core/appcontroller.h"
#include "core/reportingservice.h"
#include "reports/reportexport.h"
#include "testsupport.h"

#include <bro/model/reporting.h>

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace bro;
using bro::test::Json;
using bro::test::TempStore;

namespace {

// Milliseconds of 10:00 UTC on a day.
std::int64_t at(const char *day)
{
    return *model::reporting::dayNumber(day) * 86'400'000 + 10 * 3'600'000;
}

std::atomic<std::int64_t> g_now{0};
std::int64_t testClock()
{
    return g_now.load();
}

// A text value of a record ("" for anything else).
QString text(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QVariantMap entry(const QVariantList &form, const QString &field)
{
    for (const QVariant &v : form)
        if (v.toMap().value(QStringLiteral("field")).toString() == field)
            return v.toMap();
    return {};
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};
Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestReportingApp : public QObject
{
    Q_OBJECT

private:
    TempStore *s = nullptr;
    std::unique_ptr<AppController> app;
    QTemporaryDir settings;
    std::string amina, plan, subsidy;

    // Amina: registered 2024-01-02 on the ordinary track, on the fast track from 2024-03-01
    // (the adviser changed the track that day), a wage subsidy at Elektro Nord AS from
    // 2024-06-03, and a job at 100 % from 2025-01-06.
    void addAmina()
    {
        g_now = at("2024-01-02");
        amina = (*s)->create("participant", {{"name", "Amina Yusuf"},
                                             {"programme_start", "2023-11-13"},
                                             {"track", "ordinary"},
                                             {"phase", "before"}})
                    .id;
        g_now = at("2024-03-01");
        QVERIFY((*s)->update("participant", amina,
                             {{"track", "fast_track"}, {"phase", "qualification"}})
                    .ok());
        plan = (*s)->create("plan", {{"participant_id", amina}}).id;
        subsidy = (*s)->create("measure", {{"plan_id", plan},
                                           {"type", "wage_subsidy"},
                                           {"status", "ongoing"},
                                           {"employer", "Elektro Nord AS"},
                                           {"start_date", "2024-06-03"}})
                      .id;
        QVERIFY(!subsidy.empty());
        g_now = at("2025-01-06");
        QVERIFY((*s)->create("employment", {{"participant_id", amina},
                                            {"employer", "Elektro Nord AS"},
                                            {"start_date", "2025-01-06"},
                                            {"position_percent", 100},
                                            {"wage_subsidy", false}})
                    .ok());
    }

    // A participant in the programme from 2023-10-02 on the fast track from fastTrackStart
    // (confirmed by the adviser), with a training book at employer from 2024-04-01.
    void addOnFastTrack(ReportingService &reporting, const char *name, const char *fastTrackStart,
                        const std::string &employer)
    {
        const auto id = (*s)->create("participant", {{"name", name},
                                                     {"programme_start", "2023-10-02"},
                                                     {"track", "fast_track"}})
                            .id;
        QVERIFY(!id.empty());
        if (!employer.empty())
            QVERIFY((*s)->create("training_book", {{"participant_id", id},
                                                   {"employer", employer},
                                                   {"start_date", "2024-04-01"}})
                        .ok());
        reporting.invalidate();
        QVERIFY(
            reporting.setDate(QString::fromStdString(id), "fast_track_start", fastTrackStart)["ok"]
                .toBool());
    }

private slots:
    void init()
    {
        g_now = at("2024-01-01");
        s = new TempStore;
        s->reopen(testClock);
        app = std::make_unique<AppController>(settings.filePath(QStringLiteral("settings.ini")));
        app->setLanguage(QStringLiteral("nb"));
        addAmina();
    }
    void cleanup()
    {
        app.reset();
        delete s;
        s = nullptr;
    }

    void theFormIsProposedFromTheStoredJourneyWithItsSourcesInBokmal()
    {
        ReportingService reporting(s->store.get());
        const QVariantList form = reporting.form(QString::fromStdString(amina));
        QCOMPARE(form.size(), 8);
        QVariantMap e = entry(form, "programme_start");
        QCOMPARE(e["value"].toString(), QStringLiteral("2023-11-13"));
        QCOMPARE(e["source"].toString(), QStringLiteral("fra deltakerens programstart"));
        QCOMPARE(e["label"].toString(), QStringLiteral("Start i introduksjonsprogram"));
        // The day the track changed, from the store's history of the field.
        e = entry(form, "fast_track_start");
        QCOMPARE(e["value"].toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(e["source"].toString(),
                 QStringLiteral("fra endringen av løp fra Ordinært til Hurtigspor"));
        e = entry(form, "wage_subsidy_start");
        QCOMPARE(e["value"].toString(), QStringLiteral("2024-06-03"));
        QCOMPARE(e["source"].toString(),
                 QStringLiteral("fra tiltaket Lønnstilskudd hos Elektro Nord AS"));
        QCOMPARE(e["sourceKind"].toString(), QStringLiteral("measure"));
        QVERIFY(!e["confirmed"].toBool());
        e = entry(form, "work_over_70_start");
        QCOMPARE(e["value"].toString(), QStringLiteral("2025-01-06"));
        QCOMPARE(e["source"].toString(),
                 QStringLiteral("fra ansettelsen hos Elektro Nord AS (100 %)"));
        e = entry(form, "ended_fast_track_without_result");
        QCOMPARE(e["value"].toString(), QString());
        QCOMPARE(e["source"].toString(), QStringLiteral("ingenting i Bro foreslår en dato"));
        // Nothing of it was written: proposals are not data.
        QCOMPARE((*s)->count("reporting"), 0);
    }

    void confirmingWritesTheReportingRecordAndALaterChangeOfTheSourceShowsANotice()
    {
        ReportingService reporting(s->store.get());
        const QString id = QString::fromStdString(amina);
        QVariantMap r = reporting.confirm(id, "wage_subsidy_start");
        QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
        auto records = (*s)->list("reporting", amina);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(text(records[0]["wage_subsidy_start"]), QStringLiteral("2024-06-03"));
        QCOMPARE(text(records[0]["wage_subsidy_start_basis"]),
                 QString::fromStdString("measure/" + subsidy + "/2024-06-03"));
        QVariantMap e = entry(reporting.form(id), "wage_subsidy_start");
        QVERIFY(e["confirmed"].toBool());
        QVERIFY(!e["sourceChanged"].toBool());
        QCOMPARE(reporting.caseload()[0].toMap()["unconfirmed"].toInt(), 7);

        // The measure's start is moved afterwards: the confirmed date stays, with a notice.
        QVERIFY((*s)->update("measure", subsidy, {{"start_date", "2024-07-01"}}).ok());
        reporting.invalidate();
        e = entry(reporting.form(id), "wage_subsidy_start");
        QCOMPARE(e["value"].toString(), QStringLiteral("2024-06-03"));
        QVERIFY(e["sourceChanged"].toBool());
        QVERIFY2(e["notice"].toString().contains(
                     QStringLiteral("fra tiltaket Lønnstilskudd hos Elektro Nord AS")),
                 qPrintable(e["notice"].toString()));
        QCOMPARE(reporting.caseload()[0].toMap()["notices"].toInt(), 1);
        // Confirming again takes the new date; the same record is updated, none is added.
        QVERIFY(reporting.confirm(id, "wage_subsidy_start")["ok"].toBool());
        records = (*s)->list("reporting", amina);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(text(records[0]["wage_subsidy_start"]), QStringLiteral("2024-07-01"));
        QVERIFY(!entry(reporting.form(id), "wage_subsidy_start")["sourceChanged"].toBool());
    }

    void anotherDateIsReportedAndCanBeWithdrawn()
    {
        ReportingService reporting(s->store.get());
        const QString id = QString::fromStdString(amina);
        QVERIFY(reporting.setDate(id, "fast_track_start", "2024-02-12")["ok"].toBool());
        QVariantMap e = entry(reporting.form(id), "fast_track_start");
        QCOMPARE(e["value"].toString(), QStringLiteral("2024-02-12"));
        QVERIFY(e["overridden"].toBool());
        QCOMPARE(e["proposedDate"].toString(), QStringLiteral("2024-03-01"));
        // "No such date" is a confirmation too.
        QVERIFY(reporting.setDate(id, "work_training_start", "")["ok"].toBool());
        e = entry(reporting.form(id), "work_training_start");
        QVERIFY(e["confirmed"].toBool());
        QCOMPARE(text((*s)->list("reporting", amina)[0]["work_training_start_basis"]),
                 QStringLiteral("none"));
        // Withdrawn: the proposal is reported again.
        QVERIFY(reporting.clearConfirmation(id, "fast_track_start")["ok"].toBool());
        e = entry(reporting.form(id), "fast_track_start");
        QCOMPARE(e["value"].toString(), QStringLiteral("2024-03-01"));
        QVERIFY(!e["confirmed"].toBool());
    }

    void badInputIsRefusedAtItsFieldAndChangesNothing()
    {
        ReportingService reporting(s->store.get());
        const QString id = QString::fromStdString(amina);
        QVERIFY(reporting.confirm(id, "programme_start")["ok"].toBool()); // the record exists
        const std::string before = test::snapshot(*s->store);
        QVariantMap r = reporting.setDate(id, "wage_subsidy_start", "2024-02-30");
        QVERIFY(!r["ok"].toBool());
        QCOMPARE(r["field"].toString(), QStringLiteral("wage_subsidy_start"));
        QVERIFY2(r["message"].toString().startsWith(QStringLiteral("Start lønnstilskudd")),
                 qPrintable(r["message"].toString()));
        r = reporting.setDate(id, "wage_subsidy_start", "1. juni");
        QVERIFY(!r["ok"].toBool());
        r = reporting.confirm(id, "start_of_everything");
        QVERIFY(!r["ok"].toBool());
        QCOMPARE(r["field"].toString(), QStringLiteral("start_of_everything"));
        r = reporting.confirm(QStringLiteral("0190f4c2-1e2b-7abc-8def-0123456789ab"),
                              "programme_start");
        QVERIFY(!r["ok"].toBool());
        QCOMPARE(r["field"].toString(), QStringLiteral("participant_id"));
        QCOMPARE(test::snapshot(*s->store), before);
    }

    void theCaseloadListsFastTrackParticipantsOnly()
    {
        QVERIFY(
            (*s)->create("participant", {{"name", "Björn Ordinær"}, {"track", "ordinary"}}).ok());
        const auto zofia =
            (*s)->create("participant", {{"name", "Zofia Nowak"}, {"track", "fast_track"}}).id;
        ReportingService reporting(s->store.get());
        const QVariantList c = reporting.caseload();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].toMap()["name"].toString(), QStringLiteral("Amina Yusuf"));
        QCOMPARE(c[1].toMap()["participantId"].toString(), QString::fromStdString(zofia));
        QCOMPARE(c[0].toMap()["unconfirmed"].toInt(), 8);
    }

    void theCaseloadsFiguresAreProtectedBeforeTheyAreShown()
    {
        // Two more on the fast track (the adviser confirms the day it started: the device's
        // clock is past it), and four in the programme only.
        ReportingService reporting(s->store.get());
        for (const char *name : {"Bashir", "Chen"})
            addOnFastTrack(reporting, name, "2024-04-02", {});
        for (const char *name : {"Dara", "Emil", "Fatma", "Goran"})
            QVERIFY((*s)->create("participant", {{"name", name},
                                                 {"programme_start", "2024-01-08"},
                                                 {"track", "ordinary"}})
                        .ok());
        reporting.invalidate();
        reporting.setAsOf("2025-06-30");
        reporting.setYear(2024);
        QCOMPARE(reporting.fromYear(), 2020);
        const QVariantList figures = reporting.figures();
        QCOMPARE(figures.size(), 12);
        auto figure = [&](const char *name) {
            for (const QVariant &v : figures)
                if (v.toMap()["figure"].toString() == QLatin1String(name))
                    return v.toMap();
            return QVariantMap();
        };
        // 2024: 3 on the fast track of 7 in the programme; 1 with a wage subsidy (hidden).
        QCOMPARE(figure("fast_track_participants")["text"].toString(), QStringLiteral("3"));
        QCOMPARE(figure("programme_participants")["text"].toString(), QStringLiteral("7"));
        QCOMPARE(figure("fast_track_share")["text"].toString(), QStringLiteral("42,9"));
        QCOMPARE(figure("wage_subsidy_participants")["text"].toString(), QStringLiteral(":"));
        const QVariantList values = figure("wage_subsidy_participants")["values"].toList();
        QCOMPARE(values.size(), 5);
        QCOMPARE(values[4].toMap()["year"].toInt(), 2024);
        QVERIFY(values[4].toMap()["hidden"].toBool());
        QVERIFY(values[4].toMap()["value"].isNull());
        QCOMPARE(figure("companies")["label"].toString(),
                 QStringLiteral("Bedrifter som har deltatt"));
    }

    void csvExportIsReadByPythonsCsvModule()
    {
        if (QStandardPaths::findExecutable("python3").isEmpty())
            QSKIP("python3 is not installed");
        ReportingService reporting(s->store.get());
        reporting.setAsOf("2025-06-30");
        reporting.setYear(2025);
        QTemporaryDir dir;
        const QString csv = dir.filePath("tall.csv");
        const QVariantMap r = reporting.exportCsv(QUrl::fromLocalFile(csv).toString());
        QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
        QCOMPARE(r["path"].toString(), csv);
        const char *script = R"py(
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f, delimiter=';'))
assert rows[0] == ['figure', 'year', 'value', 'unit', 'label'], rows[0]
body = rows[1:]
assert len(body) == 12 * 5, len(body)
assert all(len(r) == 5 for r in body)
years = sorted({int(r[1]) for r in body})
assert years == [2021, 2022, 2023, 2024, 2025], years
cell = {(r[0], int(r[1])): r for r in body}
# Amina alone: every count is below 3 and hidden.
assert cell[('fast_track_participants', 2024)][2] == ':'
assert cell[('work_over_70', 2025)][2] == ':'
assert cell[('companies', 2025)][3] == 'count'
assert cell[('fast_track_share', 2025)][3] == 'percent'
assert cell[('companies', 2025)][4] == 'Bedrifter som har deltatt', cell[('companies', 2025)]
assert cell[('mean_months_fast_track_before_work', 2025)][4].startswith('Gjennomsnittlig varighet av hurtigsporløp')
print('ok', len(body))
)py";
        const Run py = run("python3", {"-c", QString::fromUtf8(script), csv});
        QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        QCOMPARE(py.out.trimmed(), QStringLiteral("ok 60"));
    }

    void pdfExportHoldsTheTableAndAChartPerFigure()
    {
        for (const char *tool : {"pdftotext", "pdfinfo"})
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QSKIP("poppler-utils are not installed");
        // Enough participants for some figures to show: Amina and three more on the fast track.
        ReportingService reporting(s->store.get());
        for (const char *name : {"Bashir", "Chen", "Dara"})
            addOnFastTrack(reporting, name, "2024-03-05", std::string("Butikk ") + name[0]);
        reporting.setAsOf("2025-06-30");
        reporting.setYear(2025);
        QTemporaryDir dir;
        const QString pdf = dir.filePath("rapport.pdf");
        const QVariantMap r = reporting.exportPdf(pdf);
        QVERIFY2(r["ok"].toBool(), qPrintable(r["message"].toString()));
        const Run info = run("pdfinfo", {pdf});
        QVERIFY(info.out.contains(QRegularExpression("Pages:\\s+3")));
        QVERIFY(info.out.contains(QRegularExpression("Page size:\\s+595")));
        const Run text = run("pdftotext", {"-layout", "-enc", "UTF-8", pdf, "-"});
        QCOMPARE(text.exitCode, 0);
        const QString t = text.out;
        QVERIFY2(t.contains(QStringLiteral("Hurtigspor: tall per år")), qPrintable(t.left(400)));
        QVERIFY(t.contains(QStringLiteral("Saksmengden på denne enheten")));
        QVERIFY(t.contains(QStringLiteral("2021")) && t.contains(QStringLiteral("2025")));
        // 2021-2025 by hand: in the programme 0, 0, 4, 4, 4 (the 0s hidden); on the fast track 4
        // in 2024 and 2025, but that is everyone in the programme (0 without a fast track would
        // show), so it is hidden too; companies 4 in 2024 and 2025 (Elektro Nord AS and the
        // three training books).
        QVERIFY2(t.contains(QRegularExpression(QStringLiteral(
                     "Deltakere i introduksjonsprogram\\s+:\\s+:\\s+4\\s+4\\s+4\\n"))),
                 qPrintable(t));
        QVERIFY(t.contains(QRegularExpression(
            QStringLiteral("Deltakere i hurtigspor\\s+:\\s+:\\s+:\\s+:\\s+:\\n"))));
        QVERIFY(t.contains(QRegularExpression(
            QStringLiteral("Bedrifter som har deltatt\\s+:\\s+:\\s+:\\s+4\\s+4\\n"))));
        QVERIFY(t.contains(QStringLiteral("skjult for å beskytte enkeltpersoner")));
        // Every figure has its chart on pages 2 and 3.
        const Run charts = run("pdftotext", {"-f", "2", "-l", "3", "-enc", "UTF-8", pdf, "-"});
        for (const char *label :
             {"Andel av deltakerne i introduksjonsprogram som har hurtigsporløp",
              "I arbeid i mer enn 70 % stilling", "Bedrifter som har deltatt"})
            QVERIFY2(charts.out.simplified().contains(QString::fromUtf8(label)), label);
        // Nobody's name is in the report.
        for (const char *name : {"Amina", "Bashir", "Butikk"})
            QVERIFY2(!t.contains(QLatin1String(name)), name);
    }

    void aLeadersDeviceShowsNoPersonAndNoLocalFigures()
    {
        (*s)->setMeta("role", "leader");
        ReportingService reporting(s->store.get());
        QVERIFY(reporting.leader());
        QVERIFY(reporting.caseload().isEmpty());
        QVERIFY(reporting.form(QString::fromStdString(amina)).isEmpty());
        QVERIFY(reporting.figures().isEmpty()); // until fetched from the server
        QVERIFY(
            !reporting.confirm(QString::fromStdString(amina), "programme_start")["ok"].toBool());
    }
};

QTEST_MAIN(TestReportingApp)
#include "tst_reporting_app.moc"
