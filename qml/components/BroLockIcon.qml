import QtQuick
import Bro

// A padlock, drawn (fonts without emoji would show a box for 🔒).
Item {
    id: root
    property color color: BroStyle.warning
    implicitWidth: 18
    implicitHeight: 22
    Rectangle {
        // the shackle
        anchors.horizontalCenter: parent.horizontalCenter
        width: root.width * 0.64
        height: root.height * 0.62
        radius: width / 2
        color: BroStyle.transparent
        border.color: root.color
        border.width: 3
    }
    Rectangle {
        // the body
        y: root.height * 0.42
        width: root.width
        height: root.height * 0.58
        radius: 3
        color: root.color
        Rectangle {
            anchors.centerIn: parent
            width: 3
            height: parent.height * 0.4
            radius: 1
            color: BroStyle.sensitiveFill
        }
    }
}
