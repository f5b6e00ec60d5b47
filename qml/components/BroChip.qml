import QtQuick
import QtQuick.Controls
import Bro

// A small rounded label for a status or phase.
Rectangle {
    id: root
    property string text
    property color tint: BroStyle.primary
    visible: text.length > 0
    implicitWidth: label.implicitWidth + 20
    implicitHeight: 28
    radius: height / 2
    color: BroStyle.tintFill(tint)
    Label {
        id: label
        anchors.centerIn: parent
        text: root.text
        color: BroStyle.tintText(root.tint)
        font.pixelSize: BroStyle.captionSize
        font.weight: Font.Medium
    }
}
