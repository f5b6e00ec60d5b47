import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A training book in a list: employer, workplace, period, mentor.
ItemDelegate {
    id: card
    property string recordId
    property var record: ({})
    readonly property var employer: record.employer
    readonly property var workplace: record.workplace
    readonly property var start_date: record.start_date
    readonly property var end_date: record.end_date
    readonly property var mentor_name: record.mentor_name
    readonly property var participant_id: record.participant_id
    property bool showParticipant: false
    padding: BroStyle.spacing
    background: Rectangle {
        color: card.down ? BroStyle.primaryLight : BroStyle.surface
        radius: BroStyle.radius
        border.color: BroStyle.divider
    }
    contentItem: ColumnLayout {
        spacing: 2
        Label {
            text: card.showParticipant ? (Records.get("participant", card.participant_id).name || "") : (card.employer || "")
            font.pixelSize: BroStyle.headingSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: [card.showParticipant ? card.employer : card.workplace, BroStyle.formatPeriod(card.start_date, card.end_date), card.mentor_name ? qsTr("mentor %1").arg(card.mentor_name) : ""].filter(v => !!v).join(" · ")
            color: BroStyle.secondaryText
            font.pixelSize: BroStyle.captionSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
