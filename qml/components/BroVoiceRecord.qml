import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Records a voice for a record (VoiceRecorder): a plank's sentence in the participant's
// language, read by the adviser or the interpreter in the meeting; the self-evaluation's
// spoken answer. Record, stop, then keep or discard; the error (no microphone, ...) is shown.
// One take at a time: this control shows the recorder's state when the take is its own.
// deferred: the record is written after the take (the self-evaluation), so "keep" is the
// page's (VoiceRecorder.keep(kind, id) once it has the record); the control offers discard.
ColumnLayout {
    id: root
    property string ownerKind
    property string ownerId
    property bool deferred: false
    // A take was kept (the attachment's id).
    signal kept(string attachmentId)
    readonly property bool mine: VoiceRecorder.ownerKind === ownerKind && VoiceRecorder.ownerId === ownerId
    readonly property int recorderState: mine ? VoiceRecorder.state : VoiceRecorder.Idle
    readonly property bool hasTake: recorderState === VoiceRecorder.Recorded
    objectName: "voiceRecord"
    visible: {
        Session.role;
        Records.locked;
        return VoiceRecorder.mayRecord(ownerKind);
    }
    spacing: BroStyle.smallSpacing

    RowLayout {
        spacing: BroStyle.smallSpacing
        BroBigButton {
            objectName: "recordVoice"
            visible: root.recorderState === VoiceRecorder.Idle || root.recorderState === VoiceRecorder.Failed
            pictogram: MyBro.pictogram("ui", "record")
            text: qsTr("Record")
            onClicked: VoiceRecorder.record(root.ownerKind, root.ownerId)
        }
        BroBigButton {
            objectName: "stopVoice"
            visible: root.recorderState === VoiceRecorder.Recording || root.recorderState === VoiceRecorder.Stopping
            enabled: root.recorderState === VoiceRecorder.Recording
            selected: true
            pictogram: MyBro.pictogram("ui", "stop")
            text: qsTr("Stop")
            onClicked: VoiceRecorder.stop()
        }
        BroBigButton {
            objectName: "keepVoice"
            visible: root.hasTake && !root.deferred
            pictogram: MyBro.pictogram("state", "done")
            text: qsTr("Keep")
            onClicked: {
                const r = VoiceRecorder.keep();
                if (r.ok)
                    root.kept(r.id);
            }
        }
        BroBigButton {
            objectName: "discardVoice"
            visible: root.hasTake
            pictogram: MyBro.pictogram("ui", "discard")
            text: qsTr("Discard")
            onClicked: VoiceRecorder.discard()
        }
        Label {
            objectName: "voiceSeconds"
            visible: root.recorderState === VoiceRecorder.Recording || root.hasTake
            text: "\u2066" + Math.floor(VoiceRecorder.seconds / 60) + ":" + String(VoiceRecorder.seconds % 60).padStart(2, "0") + "\u2069"
            font.pixelSize: BroStyle.headingSize
            color: root.recorderState === VoiceRecorder.Recording ? BroStyle.error : BroStyle.secondaryText
            Layout.alignment: Qt.AlignVCenter
        }
    }
    Label {
        objectName: "voiceError"
        visible: root.mine && VoiceRecorder.error.length > 0
        text: VoiceRecorder.error
        color: BroStyle.error
        font.pixelSize: BroStyle.bodySize
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignLeft
        Layout.fillWidth: true
    }
}
