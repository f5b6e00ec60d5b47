import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A titled card that groups related content on a page.
Pane {
    id: root
    property string title
    property Item headerAction: null
    default property alias content: body.data

    Layout.fillWidth: true
    padding: BroStyle.spacing
    background: Rectangle {
        color: BroStyle.surface
        radius: BroStyle.radius
        border.color: BroStyle.divider
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: BroStyle.smallSpacing
        RowLayout {
            Layout.fillWidth: true
            visible: root.title.length > 0
            Label {
                text: root.title
                font.pixelSize: BroStyle.headingSize
                font.weight: Font.DemiBold
                color: BroStyle.text
                wrapMode: Text.WordWrap // a long name on a phone takes two lines, never "…"
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
            Item {
                id: actionSlot
                implicitWidth: root.headerAction ? root.headerAction.implicitWidth : 0
                implicitHeight: root.headerAction ? root.headerAction.implicitHeight : 0
                Component.onCompleted: if (root.headerAction)
                    root.headerAction.parent = actionSlot
            }
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: BroStyle.smallSpacing
        }
    }
}
