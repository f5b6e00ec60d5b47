import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Employer feedback ratings at a glance: each area with 1 to 5 filled dots.
GridLayout {
    id: root
    property var record: ({})
    readonly property var areas: ["attendance", "punctuality", "cooperation", "safety", "work_quality", "norwegian_at_work"]
    columns: width > 520 ? 4 : 2
    columnSpacing: BroStyle.spacing
    rowSpacing: 4
    Repeater {
        model: root.areas.length * 2
        delegate: Item {
            required property int index
            readonly property string area: root.areas[Math.floor(index / 2)]
            readonly property bool isLabel: index % 2 === 0
            implicitWidth: isLabel ? label.implicitWidth : dots.implicitWidth
            implicitHeight: 24
            Layout.fillWidth: isLabel
            Label {
                id: label
                visible: parent.isLabel
                text: { App.language; return Records.label("employer_feedback", parent.area) }
                font.pixelSize: BroStyle.captionSize
                anchors.verticalCenter: parent.verticalCenter
            }
            Row {
                id: dots
                visible: !parent.isLabel
                spacing: 4
                anchors.verticalCenter: parent.verticalCenter
                readonly property int value: root.record[parent.area] || 0
                Accessible.name: qsTr("%1 of 5").arg(value)
                Repeater {
                    model: 5
                    Rectangle {
                        required property int index
                        width: 12; height: 12; radius: 6
                        color: index < dots.value ? BroStyle.primary : BroStyle.divider
                    }
                }
            }
        }
    }
}
