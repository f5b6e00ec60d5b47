import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A calendar to pick a date from: a month at a time, weeks starting on Monday (as in Norway),
// days big enough for a finger. picked(iso) gives the chosen day as records store it.
Popup {
    id: picker
    objectName: "datePicker"
    property int year: new Date().getFullYear()
    property int month: new Date().getMonth() // 0 = January
    property string selected // ISO, "" for none
    readonly property var calendarLocale: Qt.locale(App.language === "nb" ? "nb_NO" : "en_GB")
    signal picked(string iso)

    modal: true
    anchors.centerIn: Overlay.overlay
    padding: BroStyle.spacing
    // Seven days of at least 48 px each, as wide as the screen allows.
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 2 * BroStyle.spacing : 400, 7 * 60 + 2 * BroStyle.spacing)

    // Opens on the month of iso (or this month).
    function openAt(iso) {
        const parts = String(iso || "").split("-");
        const d = parts.length === 3 ? new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])) : new Date();
        year = d.getFullYear();
        month = d.getMonth();
        selected = parts.length === 3 ? String(iso) : "";
        open();
    }
    function isoOf(date) {
        return Qt.formatDate(date, "yyyy-MM-dd");
    }
    function step(months) {
        const d = new Date(year, month + months, 1);
        year = d.getFullYear();
        month = d.getMonth();
    }

    contentItem: ColumnLayout {
        spacing: BroStyle.smallSpacing
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "previousMonth"
                text: "‹"
                flat: true
                font.pixelSize: 24
                Layout.preferredWidth: BroStyle.touchTarget
                Layout.preferredHeight: BroStyle.touchTarget
                Accessible.name: qsTr("Previous month")
                onClicked: picker.step(-1)
            }
            Label {
                objectName: "monthTitle"
                text: picker.calendarLocale.standaloneMonthName(picker.month) + " " + picker.year
                font.pixelSize: BroStyle.headingSize
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Button {
                objectName: "nextMonth"
                text: "›"
                flat: true
                font.pixelSize: 24
                Layout.preferredWidth: BroStyle.touchTarget
                Layout.preferredHeight: BroStyle.touchTarget
                Accessible.name: qsTr("Next month")
                onClicked: picker.step(1)
            }
        }
        DayOfWeekRow {
            objectName: "weekDays"
            locale: picker.calendarLocale
            Layout.fillWidth: true
            delegate: Label {
                required property string shortName
                text: shortName
                color: BroStyle.secondaryText
                font.pixelSize: BroStyle.captionSize
                horizontalAlignment: Text.AlignHCenter
            }
        }
        MonthGrid {
            id: grid
            objectName: "monthGrid"
            month: picker.month
            year: picker.year
            locale: picker.calendarLocale
            Layout.fillWidth: true
            delegate: Rectangle {
                required property var model
                readonly property bool inMonth: model.month === grid.month
                readonly property bool chosen: picker.isoOf(model.date) === picker.selected
                objectName: "day_" + picker.isoOf(model.date)
                implicitWidth: BroStyle.touchTarget
                implicitHeight: BroStyle.touchTarget
                radius: height / 2
                color: chosen ? BroStyle.primary : model.today ? BroStyle.primaryLight : BroStyle.transparent
                Label {
                    anchors.centerIn: parent
                    text: parent.model.day
                    color: parent.chosen ? BroStyle.textOnPrimary : parent.inMonth ? BroStyle.text : BroStyle.divider
                    font.pixelSize: BroStyle.bodySize
                }
            }
            onClicked: date => {
                picker.picked(picker.isoOf(date));
                picker.close();
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "pickToday"
                text: qsTr("Today")
                flat: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: BroStyle.touchTarget
                onClicked: {
                    picker.picked(BroStyle.today());
                    picker.close();
                }
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: BroStyle.touchTarget
                onClicked: picker.close()
            }
        }
    }
}
