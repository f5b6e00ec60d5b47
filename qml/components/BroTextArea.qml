import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A labelled multi-line field for free text, large enough to write in together.
ColumnLayout {
    id: root
    property string kind
    property string field
    property alias text: area.text
    property alias placeholderText: area.placeholderText
    property alias area: area
    property string errorText
    // A line under the field (what was written last time, say): wrapped, never cut like a
    // long placeholder.
    property string hint
    property int minimumLines: 2
    property int pixelSize: BroStyle.bodySize

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
    }
    TextArea {
        id: area
        objectName: root.field
        Layout.fillWidth: true
        Layout.minimumHeight: Math.max(BroStyle.touchTarget, root.minimumLines * font.pixelSize * 1.6 + 16)
        Layout.preferredWidth: 0 // what is typed does not widen the column
        font.pixelSize: root.pixelSize
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        onTextChanged: if (activeFocus)
            root.errorText = ""
    }
    Label {
        objectName: root.field + "Hint"
        visible: root.hint.length > 0 && root.errorText.length === 0
        text: root.hint
        color: BroStyle.secondaryText
        font.pixelSize: BroStyle.captionSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.preferredWidth: 0
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
