import QtQuick
import QtQuick.Controls
import Bro
import Bro.Core

// The speaker beside a text on the participant screens: plays the record's recorded voice when
// there is one, else reads the text aloud in the screen's language (ReadAloud).
ToolButton {
    id: root
    property string speech: ""
    // The record whose recording to prefer ("" for none).
    property string ownerId: ""
    objectName: "speak"
    implicitWidth: BroStyle.touchTarget
    implicitHeight: BroStyle.touchTarget
    Accessible.name: qsTr("Read aloud")
    contentItem: BroPictogram {
        text: MyBro.pictogram("ui", "speak")
        size: 24
    }
    onClicked: ReadAloud.speak(root.speech, root.ownerId)
}
