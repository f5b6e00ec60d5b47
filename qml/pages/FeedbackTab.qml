import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The employer's feedback on the placement, newest first: the ratings at a glance, the comment
// and the signature. Mentors and advisers give feedback and sign it.
BroFormScroll {
    id: tab
    property string bookId
    signal newFeedback
    signal sign(string kind, string id, string summary)

    RecordModel {
        id: feedback
        kind: "employer_feedback"
        parentId: tab.bookId
        sortField: "given_on"
        descending: true
    }

    Button {
        objectName: "newFeedback"
        visible: Session.mayCreate("employer_feedback")
        text: qsTr("+ New feedback")
        highlighted: true
        font.capitalization: Font.MixedCase
        font.pixelSize: BroStyle.headingSize
        Layout.fillWidth: true
        Layout.preferredHeight: 64
        onClicked: tab.newFeedback()
    }
    Label {
        visible: feedback.count === 0
        text: qsTr("No feedback yet.")
        color: BroStyle.secondaryText
    }
    Repeater {
        model: feedback
        delegate: BroSection {
            id: fb
            required property var record
            required property string recordId
            title: BroStyle.formatDate(record.given_on)
            BroRatingSummary {
                record: fb.record
                Layout.fillWidth: true
            }
            Label {
                visible: !!fb.record.comment
                text: fb.record.comment || ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
            RowLayout {
                spacing: BroStyle.smallSpacing
                Layout.fillWidth: true
                Label {
                    text: fb.record.signed_at ? qsTr("Signed by %1, %2").arg(fb.record.signed_by).arg(BroStyle.formatMoment(fb.record.signed_at)) : qsTr("Not signed")
                    color: BroStyle.secondaryText
                    font.pixelSize: BroStyle.captionSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                Button {
                    objectName: "signFeedback"
                    visible: !fb.record.signed_at && Session.maySign("employer_feedback")
                    text: qsTr("Sign")
                    font.capitalization: Font.MixedCase
                    onClicked: tab.sign("employer_feedback", fb.recordId, qsTr("Employer feedback") + " " + BroStyle.formatDate(fb.record.given_on))
                }
            }
        }
    }
}
