import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Bro

// Picks a photo as evidence for an entry. Desktop builds use the file picker; a build for a
// device with a camera offers the camera here too. The photo is stored when the entry is.
RowLayout {
    id: root
    property url pending: ""
    property string caption: ""
    spacing: BroStyle.smallSpacing

    Image {
        visible: root.pending.toString().length > 0
        source: root.pending
        sourceSize.width: 96
        sourceSize.height: 96
        Layout.preferredWidth: 72
        Layout.preferredHeight: 72
        fillMode: Image.PreserveAspectCrop
    }
    Label {
        text: root.pending.toString().length > 0 ? root.pending.toString().split("/").pop() : qsTr("No photo")
        color: BroStyle.secondaryText
        elide: Text.ElideMiddle
        Layout.fillWidth: true
    }
    Button {
        objectName: "addPhoto"
        text: root.pending.toString().length > 0 ? qsTr("Change photo") : qsTr("Add photo")
        font.capitalization: Font.MixedCase
        Layout.minimumHeight: BroStyle.touchTarget
        onClicked: picker.open()
    }
    Button {
        visible: root.pending.toString().length > 0
        text: qsTr("Remove")
        flat: true
        font.capitalization: Font.MixedCase
        onClicked: root.pending = ""
    }
    FileDialog {
        id: picker
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.heic)")]
        onAccepted: root.pending = selectedFile
    }
}
