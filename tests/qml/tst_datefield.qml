import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core

TestCase {
    id: testCase
    name: "DateField"
    when: windowShown
    visible: true
    width: 800
    height: 1280

    // Any warning fails the test (a missing QML module, a broken binding, an image that
    // cannot be shown).
    function init() {
        failOnWarning(/.*/);
    }

    Component {
        id: fieldComponent
        BroDateField {
            kind: "participant"
            field: "birth_date"
            width: 360
        }
    }

    // A day of the calendar's grid (its delegates are not QObject children).
    function day(grid, iso) {
        const days = grid.contentItem.children;
        for (let i = 0; i < days.length; ++i)
            if (days[i].objectName === "day_" + iso)
                return days[i];
        return null;
    }

    function test_typedAsPeopleWriteDatesStoredAsIso() {
        const field = createTemporaryObject(fieldComponent, testCase);
        const input = findChild(field, "birth_date");
        for (const typed of ["14.03.1991", "14.3.1991", "14/03/1991", "1991-03-14", " 14.03.1991 "]) {
            input.text = typed;
            compare(field.getValue(), "1991-03-14", typed);
        }
        // Not a date: handed on as typed, for the store to name the field.
        input.text = "31.02.2026";
        compare(field.getValue(), "31.02.2026");
        input.text = "14.03.91";
        compare(field.getValue(), "14.03.91");
        input.text = "";
        compare(field.getValue(), "");
        // Shown one way per language.
        field.setValue("1991-03-14");
        compare(input.text, "14.03.1991");
        App.language = "en";
        field.setValue("1991-03-14");
        compare(input.text, "14/03/1991");
        App.language = "nb";
    }

    function test_theCalendarStartsOnMondayWithTouchSizedDays() {
        const field = createTemporaryObject(fieldComponent, testCase);
        field.setValue("2026-09-10");
        mouseClick(findChild(field, "birth_date_calendar"));
        const picker = findChild(field, "datePicker");
        tryCompare(picker, "opened", true);
        compare(picker.month, 8);
        compare(picker.year, 2026);
        const grid = findChild(picker.contentItem, "monthGrid");
        // September 2026 begins on a Tuesday: the first row starts on Monday 31 August.
        const monday = day(grid, "2026-08-31");
        const tuesday = day(grid, "2026-09-01");
        verify(monday);
        verify(tuesday);
        verify(monday.x < tuesday.x);
        compare(monday.y, tuesday.y);
        verify(monday.width >= 48 && monday.height >= 48);
        // The weekday row says so too.
        const days = findChild(picker.contentItem, "weekDays");
        compare(days.locale.firstDayOfWeek, Locale.Monday);
        // A tap picks the day.
        mouseClick(day(grid, "2026-09-15"));
        tryCompare(picker, "opened", false);
        compare(field.getValue(), "2026-09-15");
        compare(findChild(field, "birth_date").text, "15.09.2026");
    }

    function test_theCalendarPagesByMonth() {
        const field = createTemporaryObject(fieldComponent, testCase);
        field.setValue("2026-12-31");
        field.openCalendar();
        const picker = findChild(field, "datePicker");
        tryCompare(picker, "opened", true);
        mouseClick(findChild(picker.contentItem, "nextMonth"));
        compare(picker.month, 0);
        compare(picker.year, 2027);
        mouseClick(findChild(picker.contentItem, "previousMonth"));
        mouseClick(findChild(picker.contentItem, "previousMonth"));
        compare(picker.month, 10);
        compare(picker.year, 2026);
        picker.close();
    }
}
