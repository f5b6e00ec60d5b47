import QtQuick
import Bro

// A small calendar, drawn (no font needs to have a glyph for it).
Item {
    id: root
    property color color: BroStyle.primary
    implicitWidth: 22
    implicitHeight: 22
    Rectangle {
        anchors.fill: parent
        anchors.topMargin: 3
        radius: 3
        color: BroStyle.transparent
        border.color: root.color
        border.width: 2
        Rectangle {
            width: parent.width
            height: 5
            color: root.color
        }
        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            y: 8
            columns: 3
            spacing: 2
            Repeater {
                model: 6
                Rectangle {
                    width: 3
                    height: 3
                    color: root.color
                }
            }
        }
    }
    Repeater {
        model: 2
        Rectangle {
            required property int index
            x: root.width * (index === 0 ? 0.28 : 0.62)
            width: 2
            height: 6
            color: root.color
        }
    }
}
