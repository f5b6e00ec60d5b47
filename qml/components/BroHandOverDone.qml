import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Shown to the mentor (or participant) after the handed-over section is saved: it is saved, and
// the tablet goes back to the adviser when they say so (then it locks to the adviser's PIN).
Dialog {
    id: dialog
    objectName: "handOverDone"
    signal giveBack

    title: qsTr("Saved")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 480, 480)
    padding: BroStyle.spacing
    closePolicy: Popup.NoAutoClose

    contentItem: ColumnLayout {
        spacing: BroStyle.spacing
        Label {
            text: qsTr("Thank you. It is saved on this tablet. Give the tablet back to the adviser; it locks when you do.")
            font.pixelSize: BroStyle.bodySize
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
    }
    footer: DialogButtonBox {
        Button {
            objectName: "giveBack"
            text: qsTr("Give back to the adviser")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        onAccepted: {
            dialog.close();
            dialog.giveBack();
        }
    }
}
