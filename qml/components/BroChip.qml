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
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
    Label {
        id: label
        anchors.centerIn: parent
        text: root.text
        color: Qt.darker(root.tint, 1.25)
        font.pixelSize: BroStyle.captionSize
        font.weight: Font.Medium
    }
}
