import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The participant's journey as a horizontal timeline of the four phases: what is done, where
// the participant stands now, and what comes next.
Item {
    id: root
    property string phase
    readonly property var phases: ["before", "qualification", "job_match", "after"]
    readonly property int current: Math.max(0, phases.indexOf(phase))
    readonly property var hints: [
        qsTr("Settlement, mapping and the plan"),
        qsTr("Norwegian, qualification and work practice"),
        qsTr("Job match with an employer"),
        qsTr("In work or education")
    ]
    implicitHeight: 132

    // The line behind the dots: done part in colour.
    Rectangle {
        id: track
        x: root.width / 8
        width: root.width * 3 / 4
        y: 26
        height: 4
        radius: 2
        color: BroStyle.divider
        Rectangle {
            width: parent.width * root.current / 3
            height: parent.height
            radius: 2
            color: BroStyle.primary
        }
    }

    Row {
        anchors.fill: parent
        Repeater {
            model: root.phases
            delegate: Column {
                id: step
                required property string modelData
                required property int index
                readonly property bool done: index < root.current
                readonly property bool here: index === root.current
                width: root.width / 4
                spacing: 6
                Rectangle {
                    objectName: "phaseDot_" + step.modelData
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: step.here ? 56 : 40
                    height: width
                    y: step.here ? 0 : 8
                    radius: width / 2
                    color: step.done ? BroStyle.primary : step.here ? BroStyle.phaseColor(step.modelData) : BroStyle.surface
                    border.width: step.done || step.here ? 0 : 3
                    border.color: BroStyle.divider
                    Label {
                        anchors.centerIn: parent
                        text: step.done ? "✓" : String(step.index + 1)
                        color: step.done || step.here ? "white" : BroStyle.secondaryText
                        font.pixelSize: step.here ? 22 : 16
                        font.weight: Font.Bold
                    }
                }
                Label {
                    width: parent.width - 8
                    anchors.horizontalCenter: parent.horizontalCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: { App.language; return Records.optionLabel("participant", "phase", step.modelData) }
                    font.pixelSize: BroStyle.bodySize
                    font.weight: step.here ? Font.Bold : Font.Normal
                    color: step.here ? BroStyle.text : BroStyle.secondaryText
                    wrapMode: Text.Wrap
                }
                Label {
                    width: parent.width - 12
                    anchors.horizontalCenter: parent.horizontalCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: step.here ? qsTr("Now") + " · " + root.hints[step.index] : root.hints[step.index]
                    font.pixelSize: BroStyle.captionSize
                    color: step.here ? BroStyle.phaseColor(step.modelData) : BroStyle.secondaryText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
