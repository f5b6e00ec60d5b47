import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The training book's logbook, newest first: what was done, the hours, the Norwegian used,
// photos, and the signature. Only what the user's role may do is offered: a participant reads,
// a mentor or adviser writes entries and signs them; a signed entry is corrected by a new entry
// pointing to it.
ListView {
    id: logList
    property string bookId
    signal newEntry(string correctsId)
    signal sign(string kind, string id, string summary)
    readonly property bool mayWrite: Session.mayCreate("logbook_entry")
    readonly property bool maySign: Session.maySign("logbook_entry")

    objectName: "logbookList"
    clip: true
    model: RecordModel {
        id: entries
        kind: "logbook_entry"
        parentId: logList.bookId
        sortField: "entry_date"
        descending: true
    }
    spacing: BroStyle.smallSpacing
    leftMargin: BroStyle.spacing
    rightMargin: BroStyle.spacing
    topMargin: BroStyle.spacing
    bottomMargin: BroStyle.spacing
    reuseItems: true
    ScrollBar.vertical: ScrollBar {
    }

    header: ColumnLayout {
        width: logList.width - 2 * BroStyle.spacing
        spacing: BroStyle.smallSpacing
        Button {
            objectName: "newEntry"
            visible: logList.mayWrite
            text: qsTr("+ New logbook entry")
            highlighted: true
            font.pixelSize: BroStyle.headingSize
            font.capitalization: Font.MixedCase
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            onClicked: logList.newEntry("")
        }
        Label {
            visible: entries.count === 0
            text: logList.mayWrite ? qsTr("No entries yet. Write what was done today.") : qsTr("No entries yet.")
            color: BroStyle.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            Layout.bottomMargin: BroStyle.smallSpacing
        }
        Item {
            implicitHeight: BroStyle.smallSpacing
        }
    }
    delegate: Pane {
        id: entry
        required property string recordId
        required property var entry_date
        required property var hours
        required property var tasks
        required property var goals_practised
        required property var norwegian_used
        required property var signed_by
        required property var signed_at
        required property var corrects_id
        readonly property string summary: BroStyle.formatDate(entry_date) + ": " + (tasks || "")
        width: logList.width - 2 * BroStyle.spacing
        padding: BroStyle.spacing
        background: Rectangle {
            color: BroStyle.surface
            radius: BroStyle.radius
            border.color: BroStyle.divider
        }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 4
            RowLayout {
                spacing: BroStyle.smallSpacing
                Layout.fillWidth: true
                Label {
                    text: BroStyle.formatDate(entry.entry_date) + " · " + qsTr("%1 h").arg(Number(entry.hours).toLocaleString(Qt.locale(), "f", entry.hours % 1 ? 1 : 0))
                    font.pixelSize: BroStyle.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                BroChip {
                    text: entry.signed_at ? qsTr("Signed ✓") : qsTr("Not signed")
                    tint: entry.signed_at ? BroStyle.success : BroStyle.accent
                }
            }
            Label {
                visible: !!entry.corrects_id
                text: qsTr("Corrects the entry of %1").arg(BroStyle.formatDate(entry.corrects_id ? Records.get("logbook_entry", entry.corrects_id).entry_date : ""))
                color: BroStyle.warning
                font.pixelSize: BroStyle.captionSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
            Label {
                text: entry.tasks || ""
                wrapMode: Text.Wrap
                font.pixelSize: BroStyle.bodySize
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
            Label {
                visible: !!entry.norwegian_used
                text: qsTr("Norwegian: %1").arg(entry.norwegian_used)
                color: BroStyle.secondaryText
                font.pixelSize: BroStyle.captionSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
            // Evidence photos (the signature's image is shown as the signature).
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: RecordModel {
                        kind: "attachment"
                        parentId: entry.recordId
                    }
                    delegate: Image {
                        required property var record
                        readonly property bool evidence: !TrainingBooks.isSignatureImage(record)
                        source: evidence ? "image://blob/" + record.sha256 : ""
                        sourceSize.height: 64
                        height: evidence ? 64 : 0
                        fillMode: Image.PreserveAspectFit
                        visible: evidence
                    }
                }
            }
            RowLayout {
                spacing: BroStyle.smallSpacing
                Layout.fillWidth: true
                Label {
                    visible: !!entry.signed_at
                    text: qsTr("Signed by %1, %2").arg(entry.signed_by || "").arg(BroStyle.formatMoment(entry.signed_at))
                    color: BroStyle.secondaryText
                    font.pixelSize: BroStyle.captionSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                Item {
                    visible: !entry.signed_at
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "correctEntry"
                    visible: !!entry.signed_at && logList.mayWrite
                    text: qsTr("Correct")
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: logList.newEntry(entry.recordId)
                }
                Button {
                    objectName: "signEntry"
                    visible: !entry.signed_at && logList.maySign
                    text: qsTr("Sign")
                    font.capitalization: Font.MixedCase
                    Layout.minimumHeight: BroStyle.touchTarget
                    onClicked: logList.sign("logbook_entry", entry.recordId, entry.summary)
                }
            }
        }
    }
}
