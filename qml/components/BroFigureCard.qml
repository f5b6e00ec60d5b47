import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// One figure of the yearly report: its name, the value for the chosen year (":" when hidden to
// protect individuals) and a bar chart over the years (the same drawing as the PDF's).
Pane {
    id: root
    property string label
    property string unit
    property string valueText
    property var points: []
    property int highlightIndex: -1

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
        Label {
            text: root.label
            font.pixelSize: BroStyle.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.minimumHeight: 2 * font.pixelSize * 1.3
        }
        RowLayout {
            spacing: 6
            Label {
                objectName: "value"
                text: root.valueText || ":"
                font.pixelSize: 32
                font.weight: Font.DemiBold
                color: root.valueText === ":" ? BroStyle.secondaryText : BroStyle.primary
            }
            Label {
                text: root.unit
                visible: root.unit.length > 0 && root.valueText !== ":"
                color: BroStyle.secondaryText
                font.pixelSize: BroStyle.bodySize
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 6
            }
        }
        ReportChart {
            objectName: "chart"
            points: root.points
            highlightIndex: root.highlightIndex
            barColor: BroStyle.primary
            fontPixelSize: BroStyle.captionSize - 1
            Layout.fillWidth: true
            Layout.preferredHeight: 130
        }
    }
}
