import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A labelled one-line field for a record field, with room for its validation message.
ColumnLayout {
    id: root
    property string kind
    property string field
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias input: input
    property string errorText
    property bool readOnly: false

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: {
            App.language;
            return Records.label(root.kind, root.field) + (Records.isRequired(root.kind, root.field) ? " *" : "");
        }
        font.pixelSize: BroStyle.captionSize
        color: root.errorText ? BroStyle.error : BroStyle.secondaryText
        Layout.fillWidth: true
        Layout.preferredWidth: 0
        elide: Text.ElideRight
    }
    TextField {
        id: input
        objectName: root.field
        Layout.fillWidth: true
        Layout.minimumHeight: BroStyle.touchTarget
        font.pixelSize: BroStyle.bodySize
        Layout.preferredWidth: 0 // what is typed does not widen the column
        readOnly: root.readOnly
        selectByMouse: true
        onTextEdited: root.errorText = ""
    }
    Label {
        visible: root.errorText.length > 0
        text: root.errorText
        color: BroStyle.error
        font.pixelSize: BroStyle.captionSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.preferredWidth: 0
    }
}
