import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The PIN lock over the whole app: on start, after 5 minutes idle, in the background, and
// when a hand-over ends. The first time (and when the PIN in use is shorter than the rules now
// ask) a PIN is chosen, typed twice; the rules are said at once. After a wrong PIN it says how
// many tries are left before the device erases its data. The language can be changed here.
Rectangle {
    id: root
    color: BroStyle.primary
    property string entered
    property string firstChoice // while choosing: the PIN typed the first time
    readonly property bool choosing: !Session.hasPin || (Session.mustChangePin && !Session.locked)
    readonly property int maxDigits: 12
    property string message

    // Blocks everything under it.
    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
    }
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9)
            root.press(String(event.key - Qt.Key_0));
        else if (event.key === Qt.Key_Backspace)
            root.entered = root.entered.slice(0, -1);
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            root.submit();
        event.accepted = true;
    }
    onVisibleChanged: if (visible) {
        entered = "";
        firstChoice = "";
        message = "";
        forceActiveFocus();
    }
    Component.onCompleted: forceActiveFocus()

    function press(digit) {
        if (entered.length < maxDigits && !Session.erasing)
            entered += digit;
        message = "";
    }

    function submit() {
        if (choosing) {
            if (!firstChoice) {
                const problem = Session.pinProblem(entered);
                entered = problem ? "" : entered;
                if (problem) {
                    message = problem;
                    return;
                }
                firstChoice = entered;
                entered = "";
                return;
            }
            if (entered !== firstChoice) {
                message = qsTr("The two PINs differ. Start again.");
                firstChoice = "";
                entered = "";
                return;
            }
            const r = Session.setPin(entered);
            message = r.ok ? "" : r.message;
            entered = "";
            firstChoice = "";
            return;
        }
        const r = Session.unlock(entered);
        message = r.ok ? "" : r.message;
        entered = "";
    }

    ToolButton {
        objectName: "lockLanguage"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: BroStyle.smallSpacing
        text: App.language === "nb" ? "English" : "Norsk"
        font.pixelSize: BroStyle.captionSize
        palette.buttonText: BroStyle.textOnPrimary
        implicitHeight: BroStyle.touchTarget
        Accessible.name: qsTr("Change language")
        onClicked: App.language = (App.language === "nb" ? "en" : "nb")
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 360)
        spacing: BroStyle.spacing

        Label {
            text: "Bro"
            color: BroStyle.textOnPrimary
            font.pixelSize: 40
            font.weight: Font.Bold
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "lockPrompt"
            text: Session.erasing ? qsTr("Erasing this device's data …") : root.choosing ? (root.firstChoice ? qsTr("Type the new PIN again") : Session.mustChangePin ? qsTr("Choose a new PIN of at least 6 digits") : qsTr("Choose a PIN of at least 6 digits")) : qsTr("Type your PIN")
            color: BroStyle.textOnPrimary
            font.pixelSize: BroStyle.headingSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Row {
            Layout.alignment: Qt.AlignHCenter
            spacing: 12
            Repeater {
                model: Math.max(6, root.entered.length)
                Rectangle {
                    required property int index
                    width: 16
                    height: 16
                    radius: 8
                    color: index < root.entered.length ? BroStyle.textOnPrimary : BroStyle.transparent
                    border.color: BroStyle.textOnPrimary
                    border.width: 2
                }
            }
        }
        Label {
            objectName: "lockMessage"
            text: root.message
            visible: text.length > 0
            color: BroStyle.messageOnPrimary
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        GridLayout {
            columns: 3
            rowSpacing: 12
            columnSpacing: 12
            enabled: !Session.erasing
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
                    onClicked: modelData === "OK" ? root.submit() : modelData === "⌫" ? (root.entered = root.entered.slice(0, -1)) : root.press(modelData)
                }
            }
        }
    }
}
