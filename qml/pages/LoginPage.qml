import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The first screen of a device whose data was erased (ten wrong PINs, a remote wipe): why, and
// a fresh login. loggedIn() once the login went through.
Rectangle {
    id: page
    property string notice
    signal loggedIn
    color: BroStyle.background

    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
    }
    Connections {
        target: Sync
        function onStateChanged() {
            if (page.visible && Sync.loggedIn)
                page.loggedIn();
        }
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        spacing: BroStyle.spacing
        Label {
            text: qsTr("Log in again")
            font.pixelSize: BroStyle.titleSize
            font.weight: Font.DemiBold
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "erasedNotice"
            text: page.notice
            color: BroStyle.warning
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        BroLoginForm {
            Layout.fillWidth: true
        }
    }
}
