import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Logging the device in to the server: its address, the user name and the password (the
// device keeps a session token, never the password).
ColumnLayout {
    id: root
    property bool wide: width > 700
    spacing: BroStyle.smallSpacing

    function logIn() {
        Qt.inputMethod.commit();
        Sync.login(serverField.text, userField.text, passwordField.text);
        passwordField.text = "";
    }

    GridLayout {
        columns: root.wide ? 3 : 1
        columnSpacing: BroStyle.spacing
        rowSpacing: BroStyle.smallSpacing
        Layout.fillWidth: true
        TextField {
            id: serverField
            objectName: "serverField"
            placeholderText: qsTr("Server address")
            text: Sync.server
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            Layout.minimumHeight: BroStyle.touchTarget
        }
        TextField {
            id: userField
            objectName: "userField"
            placeholderText: qsTr("User name")
            text: Sync.user
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            Layout.minimumHeight: BroStyle.touchTarget
        }
        TextField {
            id: passwordField
            objectName: "passwordField"
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            Layout.minimumHeight: BroStyle.touchTarget
            onAccepted: root.logIn()
        }
    }
    Label {
        visible: Sync.lastError.length > 0 && !Sync.loggedIn
        text: Sync.lastError
        color: BroStyle.error
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.preferredWidth: 0
    }
    Button {
        objectName: "logIn"
        text: qsTr("Log in")
        highlighted: true
        enabled: !Sync.busy && serverField.text.length > 0 && userField.text.length > 0
        Layout.alignment: Qt.AlignRight
        Layout.minimumHeight: BroStyle.touchTarget
        onClicked: root.logIn()
    }
}
