import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The adviser's "Min bro" tab: the same bridge the participant sees (MyBroPage, read-only for
// the adviser: the participant's own words are read, not written), the self-evaluations with
// their pictogram answers, and "Show the participant": the tablet handed over to the
// participant's screens.
Flickable {
    id: tab
    property string participantId
    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 2 * BroStyle.spacing
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
    }

    ColumnLayout {
        id: column
        x: BroStyle.spacing
        y: BroStyle.spacing
        width: tab.width - 2 * BroStyle.spacing
        spacing: BroStyle.spacing
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("The participant's bridge")
                font.pixelSize: BroStyle.headingSize
                font.weight: Font.DemiBold
                color: BroStyle.text
                Layout.fillWidth: true
            }
            Button {
                objectName: "showParticipant"
                text: qsTr("Show the participant")
                font.capitalization: Font.MixedCase
                implicitHeight: BroStyle.touchTarget
                visible: Session.isAdviser
                onClicked: Session.startHandOver("participant", {
                        "participantId": tab.participantId
                    })
            }
        }
        MyBroPage {
            objectName: "adviserBridge"
            participantId: tab.participantId
            Layout.fillWidth: true
            Layout.preferredHeight: tab.width < 600 ? 1100 : 760
        }
        Label {
            text: qsTr("Self-evaluations")
            font.pixelSize: BroStyle.headingSize
            font.weight: Font.DemiBold
            color: BroStyle.text
        }
        BroSelfEvaluations {
            objectName: "adviserSelfEvaluations"
            participantId: tab.participantId
            Layout.fillWidth: true
        }
    }
}
