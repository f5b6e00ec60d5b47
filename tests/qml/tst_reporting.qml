import QtQuick
import QtTest
import Bro
import Bro.Core

// The reporting screen on the demo data: the caseload's fast-track participants, a form's
// proposed dates with their sources, confirming and typing another date (a bad one refused at
// its row), and the year's figures with a chart each, small numbers shown as ":".
TestCase {
    id: testCase
    name: "Reporting"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent
        ReportingPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function initTestCase() {
        App.language = "nb";
        Reporting.year = 2026;
        Reporting.asOf = "2026-12-02";
    }

    function rowOf(page, field) {
        return findChild(page, "reportingDate_" + field);
    }
    // A control of a date's row, scrolled into view (the form is longer than the screen).
    function control(page, field, name) {
        const item = findChild(rowOf(page, field), name);
        findChild(page, "reportingForm").ensureVisible(item);
        waitForRendering(page);
        return item;
    }
    function stateOf(page, field) {
        const row = rowOf(page, field);
        return row ? findChild(row, "state").text : "";
    }

    function openHodan(page) {
        const list = findChild(page, "reportingCaseload");
        verify(list);
        const names = Reporting.caseload.map(p => p.name);
        const at = names.indexOf("Hodan Warsame");
        verify(at >= 0, names.join(", "));
        list.currentIndex = at;
        waitForRendering(list);
        const delegate = findChild(list, "reportingParticipant_" + at);
        verify(delegate);
        mouseClick(delegate);
        tryVerify(() => rowOf(page, "work_over_70_start") !== null);
    }

    function test_theCaseloadListsTheFastTrackParticipants() {
        // The demo's four on the fast track, by name (other tests may add more); not Olena
        // (work-directed) or Yonas (ordinary).
        const names = Reporting.caseload.map(p => p.name);
        const demo = names.filter(n => ["Amanuel Tesfay", "Farid Ahmadi", "Hodan Warsame", "Rahaf Al-Hassan", "Olena Kovalenko", "Yonas Haile"].indexOf(n) >= 0);
        compare(demo, ["Amanuel Tesfay", "Farid Ahmadi", "Hodan Warsame", "Rahaf Al-Hassan"]);
    }

    function test_aDateIsShownWithWhereItComesFromAndConfirmedWithOneTap() {
        const page = createTemporaryObject(pageComponent, testCase);
        openHodan(page);
        const work = rowOf(page, "work_over_70_start");
        compare(findChild(work, "value").text, BroStyle.formatDate("2026-02-01"));
        verify(findChild(work, "source").text.indexOf("fra ansettelsen hos Solstua barnehage (80 %)") >= 0, findChild(work, "source").text);
        const subsidy = rowOf(page, "wage_subsidy_start");
        verify(findChild(subsidy, "source").text.indexOf("fra tiltaket Lønnstilskudd hos Solstua barnehage") >= 0, findChild(subsidy, "source").text);
        compare(stateOf(page, "wage_subsidy_start"), "Forslag");
        const confirm = control(page, "wage_subsidy_start", "confirm");
        verify(confirm.visible);
        mouseClick(confirm);
        tryVerify(() => stateOf(page, "wage_subsidy_start") === "Bekreftet");
        verify(!findChild(rowOf(page, "wage_subsidy_start"), "confirm").visible);
        verify(findChild(rowOf(page, "wage_subsidy_start"), "withdraw").visible);
    }

    function test_aBadDateIsRefusedAtItsRowAndAGoodOneIsReported() {
        const page = createTemporaryObject(pageComponent, testCase);
        openHodan(page);
        mouseClick(control(page, "work_training_start", "typeDate"));
        const field = control(page, "work_training_start", "dateField");
        verify(field.visible);
        field.text = "2025-02-30";
        mouseClick(control(page, "work_training_start", "saveDate"));
        const error = findChild(rowOf(page, "work_training_start"), "error");
        verify(error.visible);
        verify(error.text.indexOf("Start arbeidstrening") === 0, error.text);
        compare(findChild(rowOf(page, "work_training_start"), "value").text, "—");
        field.text = "2025-03-03";
        mouseClick(control(page, "work_training_start", "saveDate"));
        tryVerify(() => stateOf(page, "work_training_start") === "Skrevet inn av rådgiver");
        compare(findChild(rowOf(page, "work_training_start"), "value").text, BroStyle.formatDate("2025-03-03"));
    }

    function test_theFiguresTabShowsEveryFigureWithAChartAndHidesSmallNumbers() {
        const page = createTemporaryObject(pageComponent, testCase);
        page.showTab("figures");
        tryVerify(() => findChild(page, "figure_companies") !== null);
        const figures = Reporting.figures;
        compare(figures.length, 12);
        // The demo caseload is six people: most figures are too small to show.
        const work = findChild(page, "figure_work_over_70");
        compare(findChild(work, "value").text, ":");
        const chart = findChild(work, "chart");
        compare(chart.points.length, 5);
        compare(chart.highlightIndex, 4);
        // All six demo participants are in the programme in 2026 (other tests may add more).
        const programme = findChild(page, "figure_programme_participants");
        verify(Number(findChild(programme, "value").text) >= 6, findChild(programme, "value").text);
    }
}
