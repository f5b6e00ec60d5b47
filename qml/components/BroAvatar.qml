import QtQuick
import QtQuick.Controls
import Bro

// A round badge with a person's initials.
Rectangle {
    id: root
    property string name
    property color tint: BroStyle.primary
    implicitWidth: 48
    implicitHeight: 48
    radius: width / 2
    color: BroStyle.tintFill(tint)
    border.color: tint
    Label {
        anchors.centerIn: parent
        text: root.name.split(" ").filter(w => w.length > 0).slice(0, 2).map(w => w[0].toUpperCase()).join("")
        color: root.tint
        font.pixelSize: root.height * 0.38
        font.weight: Font.DemiBold
    }
}
