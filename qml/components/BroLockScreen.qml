import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The PIN lock over the whole app: on start, after 5 minutes idle, in the background, and
// when a hand-over ends. The first time, the adviser chooses a PIN (typed twice).
Rectangle {
    id: root
    color: BroStyle.primary
    property string entered
    property string firstChoice // while choosing: the PIN typed the first time
    readonly property bool choosing: !Session.hasPin
    property string message

    // Blocks everything under it.
    MouseArea { anchors.fill: parent; hoverEnabled: true }
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) root.press(String(event.key - Qt.Key_0))
        else if (event.key === Qt.Key_Backspace) root.entered = root.entered.slice(0, -1)
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) root.submit()
        event.accepted = true
    }
    onVisibleChanged: if (visible) { entered = ""; firstChoice = ""; message = ""; forceActiveFocus() }
    Component.onCompleted: forceActiveFocus()

    function press(digit) {
        if (entered.length < 8)
            entered += digit
        message = ""
    }

    function submit() {
        if (choosing) {
            if (!firstChoice) {
                if (entered.length < 4) { message = qsTr("PIN: must be 4 to 8 digits."); entered = ""; return }
                firstChoice = entered
                entered = ""
                return
            }
            if (entered !== firstChoice) {
                message = qsTr("The two PINs differ. Start again.")
                firstChoice = ""
                entered = ""
                return
            }
            const r = Session.setPin(entered)
            message = r.ok ? "" : r.message
            entered = ""
            firstChoice = ""
            return
        }
        const r = Session.unlock(entered)
        message = r.ok ? "" : r.message
        entered = ""
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 360)
        spacing: BroStyle.spacing

        Label {
            text: "Bro"
            color: "white"
            font.pixelSize: 40
            font.weight: Font.Bold
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "lockPrompt"
            text: root.choosing ? (root.firstChoice ? qsTr("Type the new PIN again") : qsTr("Choose a PIN of 4 to 8 digits"))
                                : qsTr("Type your PIN")
            color: "white"
            font.pixelSize: BroStyle.headingSize
            Layout.alignment: Qt.AlignHCenter
        }
        Row {
            Layout.alignment: Qt.AlignHCenter
            spacing: 12
            Repeater {
                model: Math.max(4, root.entered.length)
                Rectangle {
                    required property int index
                    width: 16; height: 16; radius: 8
                    color: index < root.entered.length ? "white" : "transparent"
                    border.color: "white"; border.width: 2
                }
            }
        }
        Label {
            objectName: "lockMessage"
            text: root.message
            visible: text.length > 0
            color: "#FFD8A8"
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 3
            rowSpacing: 12
            columnSpacing: 12
            Layout.alignment: Qt.AlignHCenter
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                delegate: RoundButton {
                    required property string modelData
                    objectName: "key_" + (modelData === "⌫" ? "back" : modelData)
                    text: modelData
                    font.pixelSize: 24
                    implicitWidth: 76
                    implicitHeight: 76
                    Accessible.name: modelData === "⌫" ? qsTr("Delete") : modelData
                    onClicked: modelData === "OK" ? root.submit()
                             : modelData === "⌫" ? (root.entered = root.entered.slice(0, -1))
                             : root.press(modelData)
                }
            }
        }
    }
}
