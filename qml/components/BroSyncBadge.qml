import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Sync state in the header: how many changes wait on this device to be sent.
RowLayout {
    id: root
    spacing: 6
    Rectangle {
        width: 10; height: 10; radius: 5
        color: Records.unsentChanges > 0 ? BroStyle.accent : "#7BC67B"
    }
    Label {
        objectName: "syncState"
        text: Records.unsentChanges > 0
              ? qsTr("Saved on this device · %n change(s) not sent", "", Records.unsentChanges)
              : qsTr("Everything is sent")
        color: "white"
        font.pixelSize: BroStyle.captionSize
        elide: Text.ElideRight
        Layout.maximumWidth: 380
    }
}
