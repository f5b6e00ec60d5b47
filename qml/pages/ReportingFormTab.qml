import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The fast-track participants of the caseload and, for the one chosen, the eight dates of the
// reporting form with where each comes from.
Item {
    id: tab
    property string participantId: ""
    readonly property var caseload: Reporting.caseload
    readonly property bool narrow: width < 900

    onCaseloadChanged: if (participantId === "" && caseload.length > 0)
        participantId = caseload[0].participantId
    Component.onCompleted: if (participantId === "" && caseload.length > 0)
        participantId = caseload[0].participantId

    GridLayout {
        anchors.fill: parent
        anchors.margins: BroStyle.spacing
        columns: tab.narrow ? 1 : 2
        columnSpacing: BroStyle.spacing
        rowSpacing: BroStyle.spacing

        Pane {
            Layout.preferredWidth: tab.narrow ? -1 : 320
            Layout.fillWidth: tab.narrow
            Layout.fillHeight: !tab.narrow
            Layout.preferredHeight: tab.narrow ? Math.min(240, list.contentHeight + 2 * padding) : -1
            padding: 0
            background: Rectangle {
                color: BroStyle.surface
                radius: BroStyle.radius
                border.color: BroStyle.divider
            }
            ListView {
                id: list
                objectName: "reportingCaseload"
                anchors.fill: parent
                clip: true
                model: tab.caseload
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    objectName: "reportingParticipant_" + index
                    width: ListView.view.width
                    height: Math.max(BroStyle.touchTarget + 16, implicitHeight)
                    highlighted: modelData.participantId === tab.participantId
                    onClicked: tab.participantId = modelData.participantId
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: modelData.name
                            font.pixelSize: BroStyle.bodySize
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: BroStyle.smallSpacing
                            Label {
                                text: modelData.unconfirmed > 0 ? qsTr("%n date(s) to confirm", "", modelData.unconfirmed) : qsTr("All dates confirmed")
                                color: BroStyle.secondaryText
                                font.pixelSize: BroStyle.captionSize
                            }
                            BroChip {
                                text: modelData.notices > 0 ? qsTr("%n changed", "", modelData.notices) : ""
                                tint: BroStyle.warning
                            }
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    width: parent.width - 2 * BroStyle.spacing
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("No participant in the caseload is on the fast track.")
                    color: BroStyle.secondaryText
                }
            }
        }

        BroFormScroll {
            id: scroll
            objectName: "reportingForm"
            margins: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label {
                visible: tab.participantId !== ""
                text: qsTr("Proposed from what Bro already holds. Confirm each date, or type the right one: what you confirm is what is reported.")
                wrapMode: Text.Wrap
                color: BroStyle.secondaryText
                font.pixelSize: BroStyle.captionSize
                Layout.fillWidth: true
            }
            Repeater {
                id: dates
                objectName: "reportingDates"
                model: {
                    Reporting.caseload;
                    App.language;
                    return Reporting.form(tab.participantId);
                }
                delegate: ReportingDateRow {
                    required property var modelData
                    entry: modelData
                    participantId: tab.participantId
                    Layout.fillWidth: true
                }
            }
        }
    }
}
