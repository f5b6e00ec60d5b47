import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The adviser's caseload: search, filter by phase and track, the next agreed action per
// participant, and badges for unsent changes and conflicts.
Page {
    id: page
    title: qsTr("My participants")
    signal openParticipant(string id)
    property alias searchText: search.text
    readonly property alias participants: caseload
    property alias phaseFilter: caseload.phase
    property alias trackFilter: caseload.track

    background: Rectangle {
        color: BroStyle.background
    }

    function firstParticipantId() {
        return caseload.idAt(0);
    }
    function openNewParticipant() {
        newDialog.open();
    }

    CaseloadModel {
        id: caseload
        filterText: search.text
    }

    readonly property var phases: {
        App.language;
        return Records.options("participant", "phase");
    }
    readonly property var tracks: {
        App.language;
        return [{
                "value": "",
                "label": qsTr("All tracks")
            }].concat(Records.options("participant", "track"));
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: BroStyle.spacing
        spacing: BroStyle.smallSpacing

        // Search, track and the add button: one row on a tablet; on a phone the search has a
        // row of its own.
        GridLayout {
            readonly property bool narrow: page.width < 600
            Layout.fillWidth: true
            columns: narrow ? 2 : 4
            columnSpacing: BroStyle.spacing
            rowSpacing: BroStyle.smallSpacing
            TextField {
                id: search
                objectName: "search"
                Layout.fillWidth: true
                Layout.columnSpan: parent.narrow ? 2 : 1
                Layout.maximumWidth: parent.narrow ? -1 : 520
                Layout.minimumHeight: BroStyle.touchTarget
                font.pixelSize: BroStyle.bodySize
                placeholderText: qsTr("Search by name, municipality or language")
                inputMethodHints: Qt.ImhNoPredictiveText
            }
            ComboBox {
                id: trackBox
                objectName: "trackFilter"
                Layout.preferredWidth: 240
                Layout.fillWidth: parent.narrow
                Layout.minimumHeight: BroStyle.touchTarget
                font.pixelSize: BroStyle.bodySize
                model: page.tracks
                textRole: "label"
                valueRole: "value"
                currentIndex: Math.max(0, page.tracks.findIndex(t => t.value === caseload.track))
                onActivated: index => caseload.track = page.tracks[index].value
            }
            Item {
                visible: !parent.narrow
                Layout.fillWidth: true
            }
            RoundButton {
                objectName: "addParticipant"
                Layout.preferredWidth: BroStyle.touchTarget + 8
                Layout.preferredHeight: BroStyle.touchTarget + 8
                highlighted: true
                text: "+"
                font.pixelSize: 28
                Accessible.name: qsTr("New participant")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("New participant")
                onClicked: newDialog.open()
            }
        }

        // Phase filter: the four phases of the journey as toggle chips.
        Flow {
            Layout.fillWidth: true
            spacing: BroStyle.smallSpacing
            Repeater {
                model: [{
                        "value": "",
                        "label": qsTr("All phases")
                    }].concat(page.phases)
                delegate: Button {
                    required property var modelData
                    objectName: "phase_" + (modelData.value || "all")
                    text: modelData.label
                    checkable: true
                    checked: caseload.phase === modelData.value
                    flat: !checked
                    highlighted: checked
                    font.pixelSize: BroStyle.captionSize
                    font.capitalization: Font.MixedCase
                    onClicked: caseload.phase = modelData.value
                }
            }
            Label {
                height: BroStyle.touchTarget
                verticalAlignment: Text.AlignVCenter
                leftPadding: BroStyle.spacing
                text: caseload.count === caseload.totalCount ? qsTr("%n participant(s)", "", caseload.count) : qsTr("%1 of %2").arg(caseload.count).arg(caseload.totalCount)
                color: BroStyle.secondaryText
                font.pixelSize: BroStyle.captionSize
            }
        }

        ListView {
            id: list
            objectName: "participantList"
            Layout.fillWidth: true
            Layout.fillHeight: count > 0
            visible: count > 0
            model: caseload
            clip: true
            spacing: BroStyle.smallSpacing
            reuseItems: true
            cacheBuffer: 800
            ScrollBar.vertical: ScrollBar {
            }

            delegate: ItemDelegate {
                id: row
                required property string recordId
                required property string name
                required property string phase
                required property string track
                required property string municipality
                required property string preferredLanguage
                required property string nextAction
                required property string nextActionDate
                required property bool nextActionOverdue
                required property bool unsent
                required property bool conflict
                readonly property bool narrow: page.width < 1000
                readonly property string nextText: nextAction ? qsTr("Next: %1").arg(nextAction) : qsTr("No agreed action")
                readonly property string nextDateText: nextActionOverdue ? qsTr("Overdue since %1").arg(BroStyle.formatDate(nextActionDate)) : BroStyle.formatDate(nextActionDate)
                width: ListView.view.width
                height: Math.max(narrow ? 96 : 84, implicitHeight) // a long next action takes more lines
                padding: BroStyle.spacing
                topPadding: 10
                bottomPadding: 10
                background: Rectangle {
                    color: row.down ? BroStyle.primaryLight : BroStyle.surface
                    radius: BroStyle.radius
                    border.color: row.conflict ? BroStyle.warning : BroStyle.divider
                }
                contentItem: RowLayout {
                    id: rowLayout
                    spacing: BroStyle.spacing
                    BroAvatar {
                        name: row.name
                        tint: BroStyle.phaseColor(row.phase)
                    }
                    ColumnLayout {
                        id: textColumn
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        spacing: 2
                        Label {
                            text: row.name
                            font.pixelSize: BroStyle.headingSize
                            font.weight: Font.DemiBold
                            color: BroStyle.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                        Label {
                            text: [row.municipality, row.preferredLanguage].filter(v => !!v).join(" · ")
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                        // On a narrow screen the next action is a third line.
                        Label {
                            visible: row.narrow
                            text: row.nextText + (row.nextDateText ? " · " + row.nextDateText : "")
                            color: row.nextActionOverdue ? BroStyle.error : row.nextAction ? BroStyle.text : BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                            wrapMode: Text.WordWrap // the whole action, on as many lines as it needs
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                    }
                    // The next agreed action and its date.
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        visible: !row.narrow
                        spacing: 2
                        Label {
                            text: row.nextText
                            color: row.nextAction ? BroStyle.text : BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                        Label {
                            visible: row.nextActionDate.length > 0
                            text: row.nextDateText
                            color: row.nextActionOverdue ? BroStyle.error : BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                            font.weight: row.nextActionOverdue ? Font.DemiBold : Font.Normal
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                    }
                    // The badges: at the end of the row on a wide screen, under the text on a
                    // narrow one (where they would squeeze the name).
                    Flow {
                        // All the badges on one line (the row's end on a wide screen).
                        readonly property real oneLine: {
                            let w = 0, n = 0;
                            for (let i = 0; i < children.length; ++i)
                                if (children[i].visible) {
                                    w += children[i].implicitWidth;
                                    ++n;
                                }
                            return w + Math.max(0, n - 1) * spacing;
                        }
                        parent: row.narrow ? textColumn : rowLayout
                        spacing: BroStyle.smallSpacing
                        Layout.fillWidth: row.narrow
                        Layout.preferredWidth: row.narrow ? 0 : oneLine
                        Layout.topMargin: row.narrow ? 4 : 0
                        BroChip {
                            objectName: "conflictBadge"
                            visible: row.conflict
                            text: qsTr("Conflict")
                            tint: BroStyle.warning
                        }
                        BroChip {
                            objectName: "unsentBadge"
                            visible: row.unsent
                            text: qsTr("Not sent")
                            tint: BroStyle.accent
                        }
                        BroChip {
                            visible: page.width > 1100
                            text: {
                                App.language;
                                return Records.optionLabel("participant", "track", row.track);
                            }
                            tint: BroStyle.secondaryText
                        }
                        BroChip {
                            text: {
                                App.language;
                                return Records.optionLabel("participant", "phase", row.phase);
                            }
                            tint: BroStyle.phaseColor(row.phase)
                        }
                    }
                }
                onClicked: page.openParticipant(recordId)
            }
        }
        Label {
            objectName: "emptyState"
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: 480
            Layout.fillWidth: true
            Layout.fillHeight: true
            verticalAlignment: Text.AlignVCenter
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: BroStyle.secondaryText
            font.pixelSize: BroStyle.bodySize
            text: caseload.totalCount === 0 ? qsTr("No participants yet. Add the first one with the + button.") : search.text.length > 0 ? qsTr("No participant matches “%1”.").arg(search.text) : qsTr("No participant in this phase and track.")
        }
    }

    ParticipantDialog {
        id: newDialog
        onCreated: id => page.openParticipant(id)
    }
}
