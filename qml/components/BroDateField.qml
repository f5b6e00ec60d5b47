import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A labelled date field for a record field. It shows the stored date as the UI language writes
// it, takes a typed one (dd.mm.åååå, dd/mm/yyyy or ISO) or one picked from the calendar, and
// gives it back as records store it. Something typed that is no date is handed on as typed, so
// that the store's message names the field and says how to write one.
ColumnLayout {
    id: root
    property string kind
    property string field
    property string errorText
    property bool readOnly: false
    property alias input: input
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    // A person changed the date (typed or picked).
    signal edited

    function setValue(v) {
        input.text = v ? BroStyle.formatDate(v) : "";
    }
    // The ISO date, "" for none, or the text as typed if it is not a date.
    function getValue() {
        const typed = input.text.trim();
        if (!typed)
            return "";
        const iso = Dates.parse(typed);
        return iso ? iso : typed;
    }
    function focusInput() {
        input.forceActiveFocus();
    }
    function openCalendar() {
        const iso = Dates.parse(input.text.trim());
        picker.openAt(iso);
    }

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: {
            App.language;
            return Records.label(root.kind, root.field) + (Records.isRequired(root.kind, root.field) ? " *" : "");
        }
        font.pixelSize: BroStyle.captionSize
        color: root.errorText ? BroStyle.error : BroStyle.secondaryText
        elide: Text.ElideRight
        Layout.fillWidth: true
        Layout.preferredWidth: 0
    }
    RowLayout {
        spacing: 4
        Layout.fillWidth: true
        TextField {
            id: input
            objectName: root.field
            placeholderText: BroStyle.datePattern()
            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
            readOnly: root.readOnly
            selectByMouse: true
            font.pixelSize: BroStyle.bodySize
            Layout.fillWidth: true
            Layout.minimumHeight: BroStyle.touchTarget
            Layout.preferredWidth: 0
            onTextEdited: {
                root.errorText = "";
                root.edited();
            }
        }
        Button {
            objectName: root.field + "_calendar"
            visible: !root.readOnly
            flat: true
            Layout.preferredWidth: BroStyle.touchTarget
            Layout.preferredHeight: BroStyle.touchTarget
            Accessible.name: qsTr("Choose a date")
            onClicked: root.openCalendar()
            BroCalendarIcon {
                anchors.centerIn: parent
            }
        }
    }
    Label {
        visible: root.errorText.length > 0
        text: root.errorText
        color: BroStyle.error
        font.pixelSize: BroStyle.captionSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.preferredWidth: 0
    }
    BroDatePicker {
        id: picker
        onPicked: iso => {
            input.text = BroStyle.formatDate(iso);
            root.errorText = "";
            root.edited();
        }
    }
}
