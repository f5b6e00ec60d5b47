import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// One plank of the bridge: its pictogram, what it is, when, how far, the recorded or spoken
// sentence, and my own note on it (written by the participant only: Session.mayEdit).
Page {
    id: page
    objectName: "plankPage"
    property string measureId
    readonly property var measure: {
        MyBro.revision;
        return Records.get("measure", measureId);
    }
    readonly property var plank: {
        const b = MyBro.bridge(MyBro.participantId || "");
        return (b.planks || []).find(p => p.id === measureId) || ({});
    }
    readonly property bool mayWriteNote: Session.mayEdit("measure", "participant_note")
    background: Rectangle {
        color: BroStyle.background
    }

    function isolate(s) {
        return s ? "\u2066" + s + "\u2069" : "";
    }
    function saveNote() {
        Qt.inputMethod.commit();
        const r = Records.update("measure", measureId, {
                "participant_note": note.text
            });
        status.text = r.ok ? qsTr("Saved") : r.message;
        return r.ok;
    }

    BroScrollPage {
        anchors.fill: parent
        ColumnLayout {
            width: parent.width
            spacing: BroStyle.spacing
            BroPictogram {
                text: page.plank.pictogram || ""
                size: 72
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: BroStyle.spacing
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                Label {
                    objectName: "plankType"
                    text: {
                        App.language;
                        return Records.optionLabel("measure", "type", page.measure.type);
                    }
                    font.pixelSize: BroStyle.titleSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                    color: BroStyle.text
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                BroSpeakButton {
                    objectName: "speakPlank"
                    speech: Records.optionLabel("measure", "type", page.measure.type) + ". " + (page.measure.description || "")
                    ownerId: page.measureId
                }
            }
            Label {
                text: page.measure.description || ""
                visible: text.length > 0
                wrapMode: Text.WordWrap
                font.pixelSize: BroStyle.bodySize
                color: BroStyle.text
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
            }
            // The sentence recorded in my language (the adviser or the interpreter, in the
            // meeting); the speaker button above then plays it.
            Label {
                objectName: "recordHint"
                visible: plankVoice.visible
                text: {
                    MyBro.revision;
                    return ReadAloud.hasRecording(page.measureId) ? qsTr("Recorded. Record again in my language:") : qsTr("Record it in my language:");
                }
                wrapMode: Text.WordWrap
                font.pixelSize: BroStyle.bodySize
                color: BroStyle.secondaryText
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
            }
            BroVoiceRecord {
                id: plankVoice
                objectName: "plankVoice"
                ownerKind: "measure"
                ownerId: page.measureId
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
            }
            RowLayout {
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                BroPictogram {
                    text: page.plank.statePictogram || ""
                    size: 28
                }
                Label {
                    objectName: "plankState"
                    text: {
                        switch (page.plank.state) {
                        case "done":
                            return qsTr("Done");
                        case "now":
                            return qsTr("Now");
                        case "next":
                            return qsTr("Next");
                        default:
                            return qsTr("Later");
                        }
                    }
                    font.pixelSize: BroStyle.headingSize
                    color: BroStyle.text
                }
                Label {
                    text: page.isolate(BroStyle.formatDate(page.measure.start_date)) + (page.measure.end_date ? " – " + page.isolate(BroStyle.formatDate(page.measure.end_date)) : "")
                    visible: !!page.measure.start_date
                    font.pixelSize: BroStyle.bodySize
                    color: BroStyle.secondaryText
                }
            }
            // My own note.
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                BroPictogram {
                    text: MyBro.pictogram("ui", "my_words")
                    size: 28
                }
                Label {
                    text: qsTr("My note")
                    font.pixelSize: BroStyle.headingSize
                    font.weight: Font.DemiBold
                    color: BroStyle.text
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                BroSpeakButton {
                    speech: note.text
                }
            }
            TextArea {
                id: note
                objectName: "participantNote"
                text: page.measure.participant_note || ""
                readOnly: !page.mayWriteNote
                wrapMode: TextEdit.Wrap
                font.pixelSize: BroStyle.bodySize
                placeholderText: page.mayWriteNote ? qsTr("Write in any language") : ""
                horizontalAlignment: TextEdit.AlignLeft
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
            }
            RowLayout {
                visible: page.mayWriteNote
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                Layout.bottomMargin: BroStyle.spacing
                BroBigButton {
                    objectName: "saveNote"
                    text: qsTr("Save")
                    pictogram: MyBro.pictogram("state", "done")
                    onClicked: page.saveNote()
                }
                Label {
                    id: status
                    objectName: "noteStatus"
                    font.pixelSize: BroStyle.bodySize
                    color: BroStyle.secondaryText
                }
            }
        }
    }
}
