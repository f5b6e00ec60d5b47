import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Employer feedback ratings at a glance: each area (TrainingBooks.feedbackAreas) with 1 to 5
// filled dots, or "not rated" (an area left unrated is not a zero).
GridLayout {
    id: root
    property var record: ({})
    readonly property var areas: TrainingBooks.feedbackAreas
    columns: width > 520 ? 4 : 2
    columnSpacing: BroStyle.spacing
    rowSpacing: 4
    Repeater {
        model: root.areas.length * 2
        delegate: Item {
            id: cell
            required property int index
            readonly property string area: root.areas[Math.floor(index / 2)]
            readonly property bool isLabel: index % 2 === 0
            readonly property var value: root.record[area]
            readonly property bool rated: typeof value === "number" && value >= 1
            objectName: isLabel ? "" : "rating_" + area
            implicitWidth: isLabel ? label.implicitWidth : rated ? dots.implicitWidth : notRated.implicitWidth
            implicitHeight: 24
            Layout.fillWidth: isLabel
            Label {
                id: label
                visible: cell.isLabel
                text: {
                    App.language;
                    return Records.label("employer_feedback", cell.area);
                }
                font.pixelSize: BroStyle.captionSize
                anchors.verticalCenter: parent.verticalCenter
            }
            Row {
                id: dots
                objectName: "dots"
                visible: !cell.isLabel && cell.rated
                spacing: 4
                anchors.verticalCenter: parent.verticalCenter
                Accessible.name: qsTr("%1 of 5").arg(cell.value)
                Repeater {
                    model: 5
                    Rectangle {
                        required property int index
                        width: 12
                        height: 12
                        radius: 6
                        color: index < cell.value ? BroStyle.primary : BroStyle.divider
                    }
                }
            }
            Label {
                id: notRated
                objectName: "notRated"
                visible: !cell.isLabel && !cell.rated
                text: qsTr("not rated")
                color: BroStyle.secondaryText
                font.pixelSize: BroStyle.captionSize
                font.italic: true
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
