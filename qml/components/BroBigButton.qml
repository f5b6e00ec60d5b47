import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A big touch target with a pictogram above a short word (the participant screens).
AbstractButton {
    id: root
    property string pictogram: ""
    property bool selected: false
    property color fill: BroStyle.surface
    implicitWidth: Math.max(BroStyle.bigTouchTarget + 16, label.implicitWidth + 24)
    implicitHeight: BroStyle.bigTouchTarget + (text.length > 0 ? 28 : 0)
    Accessible.name: text
    font.pixelSize: BroStyle.bodySize
    background: Rectangle {
        radius: BroStyle.radius
        color: root.selected ? BroStyle.primaryLight : root.fill
        border.width: root.selected || root.activeFocus ? 3 : 1
        border.color: root.selected ? BroStyle.primary : BroStyle.divider
        opacity: root.enabled ? 1 : 0.5
    }
    contentItem: ColumnLayout {
        spacing: 2
        BroPictogram {
            text: root.pictogram
            visible: root.pictogram.length > 0
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            id: label
            text: root.text
            visible: text.length > 0
            font.pixelSize: root.font.pixelSize
            font.weight: Font.DemiBold
            color: BroStyle.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
