import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Phase 2, the job match: the municipality's employers and their needs on the left; for the
// chosen need, the participants of the caseload ranked with the reasons (JobMatch, the same
// rules everywhere: domain/jobmatch.h). Reasons that count for the participant are marked ✓,
// the others ✗.
Page {
    id: page
    title: qsTr("Job match")
    property string needId: ""
    property var employers: JobMatch.employers()
    property var needs: JobMatch.needs("")
    readonly property var candidates: needId ? JobMatch.candidates(needId) : []
    background: Rectangle {
        color: BroStyle.background
    }
    Component.onCompleted: if (!needId && needs.length > 0)
        needId = needs[0].id

    // Side by side on a tablet; on a phone the needs above the matches.
    GridLayout {
        id: lists
        readonly property bool phone: page.width < 600
        anchors.fill: parent
        anchors.margins: BroStyle.spacing
        columns: phone ? 1 : 2
        rowSpacing: BroStyle.spacing
        columnSpacing: BroStyle.spacing

        ListView {
            id: needList
            objectName: "needList"
            Layout.preferredWidth: lists.phone ? -1 : lists.width * 0.38
            Layout.fillWidth: lists.phone
            Layout.preferredHeight: lists.phone ? lists.height * 0.35 : -1
            Layout.fillHeight: !lists.phone
            clip: true
            spacing: BroStyle.smallSpacing
            model: page.needs
            header: Label {
                width: ListView.view.width
                bottomPadding: BroStyle.smallSpacing
                font.pixelSize: BroStyle.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                text: qsTr("Employers' needs (%1 employers)").arg(page.employers.length)
            }
            delegate: ItemDelegate {
                required property var modelData
                width: ListView.view.width
                highlighted: modelData.id === page.needId
                onClicked: page.needId = modelData.id
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        font.pixelSize: BroStyle.bodySize
                        font.bold: true
                        wrapMode: Text.WordWrap
                        text: modelData.occupation + " · " + modelData.employer
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: BroStyle.secondaryText
                        font.pixelSize: BroStyle.captionSize
                        text: qsTr("%n position(s)", "", modelData.positions) + " · " + Records.optionLabel("employer_need", "status", modelData.status) + (modelData.requirements.length ? " · " + modelData.requirements.join(", ") : "")
                    }
                }
            }
        }

        ListView {
            id: candidateList
            objectName: "candidateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: BroStyle.smallSpacing
            model: page.candidates
            header: Label {
                width: ListView.view.width
                bottomPadding: BroStyle.smallSpacing
                font.pixelSize: BroStyle.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                text: qsTr("Best matches in your caseload")
            }
            delegate: Frame {
                required property var modelData
                required property int index
                width: ListView.view.width
                background: Rectangle {
                    color: BroStyle.surface
                    radius: BroStyle.radius
                    border.color: BroStyle.divider
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0 // the points keep their width; the name wraps
                            font.pixelSize: BroStyle.bodySize
                            font.bold: true
                            wrapMode: Text.WordWrap
                            text: (index + 1) + ". " + modelData.name
                        }
                        Label {
                            color: modelData.score >= 0 ? BroStyle.primary : BroStyle.error
                            font.pixelSize: BroStyle.bodySize
                            font.bold: true
                            text: qsTr("%1 points").arg(modelData.score)
                        }
                    }
                    Repeater {
                        model: modelData.reasons
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.pixelSize: BroStyle.captionSize
                            color: modelData.good ? BroStyle.success : BroStyle.warning
                            text: (modelData.good ? "✓ " : "✗ ") + modelData.text
                        }
                    }
                }
            }
        }
    }
    Label {
        anchors.centerIn: parent
        visible: page.needs.length === 0
        width: Math.min(parent.width - 48, 420)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: BroStyle.secondaryText
        text: qsTr("No employer needs on this device yet. Add an employer and what they need.")
    }
}
