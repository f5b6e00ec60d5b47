import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Over the records when the device has not synced for too long (Sync.expired: the server's
// limit, 14 days unless it says otherwise): nothing is shown or changed until it syncs once.
// What was not sent is kept and is sent first.
Rectangle {
    id: root
    color: BroStyle.background

    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        spacing: BroStyle.spacing
        BroLockIcon {
            color: BroStyle.primary
            implicitWidth: 36
            implicitHeight: 44
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "expiryTitle"
            text: qsTr("This device has not synced for more than %n day(s)", "", Sync.offlineExpiryDays)
            font.pixelSize: BroStyle.headingSize
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Label {
            text: qsTr("The records are locked until it has synced once. Nothing is lost: %n change(s) not sent yet are kept and sent first.", "", Records.unsentChanges)
            color: BroStyle.secondaryText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Label {
            visible: Sync.lastError.length > 0
            text: Sync.lastError
            color: BroStyle.error
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Button {
            objectName: "expirySyncNow"
            visible: Sync.loggedIn
            text: Sync.busy ? qsTr("Syncing …") : qsTr("Sync now")
            enabled: !Sync.busy
            highlighted: true
            Layout.alignment: Qt.AlignHCenter
            Layout.minimumHeight: BroStyle.touchTarget
            onClicked: Sync.syncNow()
        }
        // A login that has lapsed meanwhile is renewed first.
        BroLoginForm {
            visible: !Sync.loggedIn
            Layout.fillWidth: true
        }
    }
}
