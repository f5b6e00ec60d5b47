import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The participant's journey through the four phases: what is done, where the participant
// stands now, and what comes next. A timeline across on a tablet; on a narrow screen the
// phases stand one under the other, so that no name has to be broken.
Item {
    id: root
    property string phase
    readonly property var phases: ["before", "qualification", "job_match", "after"]
    readonly property int current: Math.max(0, phases.indexOf(phase))
    readonly property bool vertical: width < 560
    readonly property var hints: [qsTr("Settlement, mapping and the plan"), qsTr("Norwegian, qualification and work practice"), qsTr("Job match with an employer"), qsTr("In work or education")]
    implicitHeight: vertical ? column.implicitHeight : across.implicitHeight

    component Dot: Rectangle {
        required property int index
        required property string phaseName
        readonly property bool done: index < root.current
        readonly property bool here: index === root.current
        objectName: "phaseDot_" + phaseName
        implicitWidth: here ? 56 : 40
        implicitHeight: implicitWidth
        radius: width / 2
        color: done ? BroStyle.primary : here ? BroStyle.phaseColor(phaseName) : BroStyle.surface
        border.width: done || here ? 0 : 3
        border.color: BroStyle.divider
        Label {
            anchors.centerIn: parent
            text: parent.done ? "✓" : String(parent.index + 1)
            color: parent.done || parent.here ? BroStyle.textOnPrimary : BroStyle.secondaryText
            font.pixelSize: parent.here ? 22 : 16
            font.weight: Font.Bold
        }
    }

    // Across: the line behind the dots, done part in colour.
    Rectangle {
        visible: !root.vertical
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
        id: across
        visible: !root.vertical
        width: root.width
        Repeater {
            model: root.phases
            delegate: Column {
                id: step
                required property string modelData
                required property int index
                readonly property bool here: index === root.current
                width: root.width / 4
                spacing: 6
                Item {
                    width: parent.width
                    height: 56
                    Dot {
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: step.here ? 0 : 8
                        index: step.index
                        phaseName: step.modelData
                    }
                }
                Label {
                    width: parent.width - 8
                    anchors.horizontalCenter: parent.horizontalCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: {
                        App.language;
                        return Records.optionLabel("participant", "phase", step.modelData);
                    }
                    font.pixelSize: BroStyle.bodySize
                    font.weight: step.here ? Font.Bold : Font.Normal
                    color: step.here ? BroStyle.text : BroStyle.secondaryText
                    wrapMode: Text.WordWrap
                }
                Label {
                    width: parent.width - 12
                    anchors.horizontalCenter: parent.horizontalCenter
                    horizontalAlignment: Text.AlignHCenter
                    text: step.here ? qsTr("Now") + " · " + root.hints[step.index] : root.hints[step.index]
                    font.pixelSize: BroStyle.captionSize
                    color: step.here ? BroStyle.phaseColor(step.modelData) : BroStyle.secondaryText
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // One under the other: a dot, the phase and what it holds.
    ColumnLayout {
        id: column
        visible: root.vertical
        width: root.width
        spacing: BroStyle.smallSpacing
        Repeater {
            model: root.phases
            delegate: RowLayout {
                id: row
                required property string modelData
                required property int index
                readonly property bool here: index === root.current
                spacing: BroStyle.spacing
                Layout.fillWidth: true
                Item {
                    implicitWidth: 56
                    implicitHeight: dot.implicitHeight
                    Dot {
                        id: dot
                        anchors.centerIn: parent
                        index: row.index
                        phaseName: row.modelData
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    Label {
                        text: {
                            App.language;
                            return Records.optionLabel("participant", "phase", row.modelData);
                        }
                        font.pixelSize: BroStyle.bodySize
                        font.weight: row.here ? Font.Bold : Font.Normal
                        color: row.here ? BroStyle.text : BroStyle.secondaryText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                    }
                    Label {
                        text: row.here ? qsTr("Now") + " · " + root.hints[row.index] : root.hints[row.index]
                        font.pixelSize: BroStyle.captionSize
                        color: row.here ? BroStyle.phaseColor(row.modelData) : BroStyle.secondaryText
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                    }
                }
            }
        }
    }
}
