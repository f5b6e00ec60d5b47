import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// One date of the reporting form: the date reported, where Bro's proposal comes from, whether
// the adviser confirmed it, a notice when the source changed after that, and the actions
// (confirm, type another date, withdraw the confirmation).
Pane {
    id: row
    // One entry of Reporting.form(): {field, label, value, proposedDate, source, confirmed,
    // overridden, sourceChanged, notice}.
    property var entry: ({})
    property string participantId
    property bool editing: false
    objectName: "reportingDate_" + entry.field

    padding: BroStyle.spacing
    background: Rectangle {
        color: BroStyle.surface
        radius: BroStyle.radius
        border.color: row.entry.sourceChanged ? BroStyle.warning : BroStyle.divider
        border.width: row.entry.sourceChanged ? 2 : 1
    }

    function confirm() {
        return done(Reporting.confirm(participantId, entry.field));
    }
    function saveDate(text) {
        Qt.inputMethod.commit();
        return done(Reporting.setDate(participantId, entry.field, text));
    }
    // A phrase ("ingenting i Bro foreslår en dato") standing on its own.
    function sentence(text) {
        return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : "";
    }
    function withdraw() {
        return done(Reporting.clearConfirmation(participantId, entry.field));
    }
    function done(r) {
        if (r.ok)
            editing = false;
        else
            error.text = r.message;
        return r;
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: BroStyle.smallSpacing
            Label {
                text: row.entry.label || ""
                font.pixelSize: BroStyle.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BroChip {
                objectName: "state"
                text: row.entry.sourceChanged ? qsTr("Source changed") : row.entry.confirmed ? (row.entry.overridden ? qsTr("Typed by adviser") : qsTr("Confirmed")) : qsTr("Proposed")
                tint: row.entry.sourceChanged ? BroStyle.warning : row.entry.confirmed ? BroStyle.primary : BroStyle.secondaryText
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: BroStyle.spacing
            Label {
                objectName: "value"
                text: row.entry.value ? BroStyle.formatDate(row.entry.value) : "—"
                font.pixelSize: BroStyle.titleSize
                color: row.entry.value ? BroStyle.text : BroStyle.secondaryText
                Layout.minimumWidth: 150
            }
            Label {
                objectName: "source"
                text: row.entry.proposedDate ? qsTr("Bro proposes %1, %2").arg(BroStyle.formatDate(row.entry.proposedDate)).arg(row.entry.source) : row.sentence(row.entry.source || "")
                color: BroStyle.secondaryText
                font.pixelSize: BroStyle.captionSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "notice"
            visible: text.length > 0
            text: row.entry.notice || ""
            color: BroStyle.warning
            font.pixelSize: BroStyle.captionSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: row.editing
            Layout.fillWidth: true
            TextField {
                id: dateField
                objectName: "dateField"
                placeholderText: qsTr("YYYY-MM-DD")
                text: row.entry.value || ""
                inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
                font.pixelSize: BroStyle.bodySize
                Layout.minimumHeight: BroStyle.touchTarget
                Layout.preferredWidth: 200
                onAccepted: row.saveDate(text)
            }
            Button {
                objectName: "saveDate"
                text: qsTr("Save")
                highlighted: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: BroStyle.touchTarget
                onClicked: row.saveDate(dateField.text)
            }
            Button {
                objectName: "noDate"
                text: qsTr("No such date")
                flat: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: BroStyle.touchTarget
                onClicked: row.saveDate("")
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                Layout.minimumHeight: BroStyle.touchTarget
                onClicked: {
                    row.editing = false;
                    error.text = "";
                }
            }
        }
        Label {
            id: error
            objectName: "error"
            visible: text.length > 0
            color: BroStyle.error
            font.pixelSize: BroStyle.captionSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: !row.editing
            spacing: BroStyle.smallSpacing
            Button {
                objectName: "confirm"
                visible: !row.entry.confirmed || row.entry.sourceChanged
                text: row.entry.proposedDate ? qsTr("Confirm") : qsTr("Confirm: no date")
                highlighted: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: BroStyle.touchTarget
                onClicked: row.confirm()
            }
            Button {
                objectName: "typeDate"
                text: qsTr("Another date")
                flat: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: BroStyle.touchTarget
                onClicked: {
                    row.editing = true;
                    dateField.forceActiveFocus();
                }
            }
            Button {
                objectName: "withdraw"
                visible: row.entry.confirmed === true
                text: qsTr("Undo confirmation")
                flat: true
                font.capitalization: Font.MixedCase
                Layout.minimumHeight: BroStyle.touchTarget
                onClicked: row.withdraw()
            }
        }
    }
}
