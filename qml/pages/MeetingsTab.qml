import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The participant's meetings, newest first, and the buttons that start one. Choosing a kind of
// meeting asks for its date and who takes part first; the meeting is made when that is saved
// (a tap alone makes nothing).
BroFormScroll {
    id: tab
    property string participantId
    signal openMeeting(string id)

    // Asks for a new meeting of a type: dated today, starting now when it is saved.
    function startMeeting(type) {
        startDialog.openNew({
                "participant_id": participantId,
                "type": type,
                "meeting_date": BroStyle.today(),
                "started_at": BroStyle.nowUtc()
            });
        return startDialog;
    }

    RecordModel {
        id: meetings
        kind: "meeting"
        parentId: tab.participantId
        sortField: "meeting_date"
        descending: true
    }

    BroSection {
        title: qsTr("Start a meeting")
        Label {
            text: qsTr("Choose the kind of meeting. Notes and agreed actions are saved on this tablet as you write.")
            wrapMode: Text.Wrap
            color: BroStyle.secondaryText
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: BroStyle.smallSpacing
            Repeater {
                model: {
                    App.language;
                    return Records.options("meeting", "type");
                }
                delegate: Button {
                    required property var modelData
                    objectName: "start_" + modelData.value
                    visible: Session.mayCreate("meeting")
                    text: modelData.label
                    font.capitalization: Font.MixedCase
                    font.pixelSize: BroStyle.bodySize
                    height: 56
                    onClicked: tab.startMeeting(modelData.value)
                }
            }
        }
    }
    BroRecordDialog {
        id: startDialog
        kind: "meeting"
        newTitle: qsTr("Start a meeting")
        fields: ["type", "meeting_date", "attendees", "interpreter", "interpreter_language", "language"]
        onSaved: id => tab.openMeeting(id)
    }

    BroSection {
        title: qsTr("Meetings")
        Label {
            visible: meetings.count === 0
            text: qsTr("No meetings yet.")
            color: BroStyle.secondaryText
        }
        Repeater {
            model: meetings
            delegate: ItemDelegate {
                id: row
                required property string recordId
                required property var type
                required property var meeting_date
                required property var attendees
                required property var interpreter
                required property var interpreter_language
                Layout.fillWidth: true
                padding: BroStyle.smallSpacing
                background: Rectangle {
                    color: row.down ? BroStyle.primaryLight : "transparent"
                    radius: 8
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: BroStyle.divider
                    }
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: {
                            App.language;
                            return Records.optionLabel("meeting", "type", row.type) + " · " + BroStyle.formatDate(row.meeting_date);
                        }
                        font.pixelSize: BroStyle.bodySize
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                    }
                    Label {
                        text: [row.attendees, row.interpreter ? qsTr("with interpreter") + (row.interpreter_language ? " (" + row.interpreter_language + ")" : "") : ""].filter(v => !!v).join(" · ")
                        visible: text.length > 0
                        color: BroStyle.secondaryText
                        font.pixelSize: BroStyle.captionSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                onClicked: tab.openMeeting(recordId)
            }
        }
    }
}
