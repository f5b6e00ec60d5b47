import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Sync state in the header, on every screen: when the device last synced, how many changes
// wait to be sent, the last error in plain words, and the number of conflicts. Tap for details.
ItemDelegate {
    id: root
    signal openDetails()
    // On a phone: the coloured dot and the conflict count only; the text is on the sync page.
    property bool compact: false

    readonly property bool hasError: Sync.lastError.length > 0
    implicitHeight: BroStyle.touchTarget
    padding: 6
    background: Rectangle {
        radius: height / 2
        color: root.down ? Qt.rgba(1, 1, 1, 0.25) : Qt.rgba(1, 1, 1, 0.12)
    }
    onClicked: openDetails()
    Accessible.name: statusText.text

    contentItem: RowLayout {
        spacing: 8
        Rectangle {
            width: 10; height: 10; radius: 5
            color: root.hasError ? "#FFB4A9"
                 : Sync.busy ? "#FFE082"
                 : Records.unsentChanges > 0 ? BroStyle.accent : "#7BC67B"
        }
        Label {
            id: statusText
            objectName: "syncState"
            visible: !root.compact
            Layout.fillWidth: true
            color: "white"
            font.pixelSize: BroStyle.captionSize
            elide: Text.ElideRight
            text: {
                App.language
                if (Sync.busy)
                    return qsTr("Syncing …")
                if (root.hasError)
                    return Sync.lastError
                const unsent = qsTr("%n change(s) not sent", "", Records.unsentChanges)
                if (!Sync.loggedIn)
                    return qsTr("Not logged in · %1").arg(unsent)
                if (isNaN(Sync.lastSuccess.getTime()))
                    return unsent
                const when = Sync.lastSuccess.toLocaleTimeString(Qt.locale(), "HH:mm")
                return Records.unsentChanges > 0 ? qsTr("Synced %1 · %2").arg(when).arg(unsent)
                                                 : qsTr("Synced %1").arg(when)
            }
        }
        Rectangle {
            visible: Sync.conflictCount > 0
            radius: height / 2
            color: "#FFE0B2"
            implicitHeight: 24
            implicitWidth: conflictLabel.implicitWidth + 16
            Label {
                id: conflictLabel
                anchors.centerIn: parent
                text: { App.language; return root.compact ? "⚠ " + Sync.conflictCount : qsTr("%n conflict(s)", "", Sync.conflictCount) }
                color: "#6D3B00"
                font.pixelSize: 13
                font.weight: Font.DemiBold
            }
        }
    }
}
