import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The adviser's participants, searchable by name.
Page {
    id: page
    title: qsTr("Participants")
    signal openParticipant(string id)
    property alias searchText: search.text
    readonly property alias participants: participants

    background: Rectangle { color: BroStyle.background }

    function firstParticipantId() { return participants.count > 0 ? participants.get(0).id : "" }
    function openNewParticipant() { newDialog.open() }

    RecordModel {
        id: participants
        kind: "participant"
        sortField: "name"
        filterText: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: BroStyle.spacing
        spacing: BroStyle.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: BroStyle.spacing
            TextField {
                id: search
                objectName: "search"
                Layout.fillWidth: true
                Layout.maximumWidth: 560
                Layout.minimumHeight: BroStyle.touchTarget
                font.pixelSize: BroStyle.bodySize
                placeholderText: qsTr("Search by name")
                inputMethodHints: Qt.ImhNoPredictiveText
            }
            Item { Layout.fillWidth: true }
            Label {
                text: participants.count === participants.totalCount
                      ? qsTr("%n participant(s)", "", participants.count)
                      : qsTr("%1 of %2").arg(participants.count).arg(participants.totalCount)
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
            model: participants
            clip: true
            spacing: BroStyle.smallSpacing
            bottomMargin: 96 // room above the add button
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property string recordId
                required property string name
                required property var phase
                required property var track
                required property var municipality
                required property var preferred_language
                width: ListView.view.width
                height: 80
                padding: BroStyle.spacing
                background: Rectangle {
                    color: row.down ? BroStyle.primaryLight : BroStyle.surface
                    radius: BroStyle.radius
                    border.color: BroStyle.divider
                }
                contentItem: RowLayout {
                    spacing: BroStyle.spacing
                    BroAvatar {
                        name: row.name
                        tint: BroStyle.phaseColor(row.phase)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: row.name
                            font.pixelSize: BroStyle.headingSize
                            font.weight: Font.DemiBold
                            color: BroStyle.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: [row.municipality, row.preferred_language].filter(v => !!v).join(" · ")
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    BroChip {
                        text: { App.language; return Records.optionLabel("participant", "track", row.track) }
                        tint: BroStyle.secondaryText
                    }
                    BroChip {
                        text: { App.language; return Records.optionLabel("participant", "phase", row.phase) }
                        tint: BroStyle.phaseColor(row.phase)
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
            text: search.text.length > 0
                  ? qsTr("No participant matches “%1”.").arg(search.text)
                  : qsTr("No participants yet. Add the first one with the + button.")
        }
    }

    RoundButton {
        objectName: "addParticipant"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 24
        width: 64
        height: 64
        highlighted: true
        text: "+"
        font.pixelSize: 28
        Accessible.name: qsTr("New participant")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("New participant")
        onClicked: newDialog.open()
    }

    ParticipantDialog {
        id: newDialog
        onCreated: id => page.openParticipant(id)
    }
}
