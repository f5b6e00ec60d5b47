import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The participant's own answer, on the adviser's tablet handed over to them: may the Intro-CV
// be sent to this employer? Yes or no, with pictograms and read aloud; the answer is a
// cv_consent record (recorded by the participant, today). Without a yes the CV is not shared
// with the employer (domain/introcv.h, the same rule as bro-cli export-cv --for).
Page {
    id: page
    objectName: "cvConsentPage"
    property string participantId
    property string employerName
    property string organisationNumber
    property string message: ""
    signal answered(bool given)

    readonly property string question: qsTr("May we send your CV to %1?").arg(employerName)
    readonly property string explanation: qsTr("The employer sees your education, work experience, languages and work training. Nothing about your health or family.")
    background: Rectangle {
        color: BroStyle.background
    }

    function answer(given) {
        const r = Records.create("cv_consent", {
                "participant_id": participantId,
                "employer_name": employerName,
                "organisation_number": organisationNumber,
                "given": given,
                "given_on": Dates.today(),
                "recorded_by": "participant"
            });
        message = r.ok ? "" : r.message;
        if (r.ok)
            page.answered(given);
        return r;
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * BroStyle.spacing, 640)
        spacing: BroStyle.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: BroStyle.smallSpacing
            Label {
                objectName: "consentQuestion"
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                wrapMode: Text.WordWrap
                font.pixelSize: BroStyle.titleSize
                font.bold: true
                text: page.question
            }
            BroSpeakButton {
                speech: page.question + " " + page.explanation
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            wrapMode: Text.WordWrap
            font.pixelSize: BroStyle.bodySize
            color: BroStyle.secondaryText
            text: page.explanation
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: BroStyle.spacing * 2
            BroBigButton {
                objectName: "consentYes"
                pictogram: MyBro.pictogram("answer", "yes")
                text: qsTr("Yes")
                implicitWidth: 140
                onClicked: page.answer(true)
            }
            BroBigButton {
                objectName: "consentNo"
                pictogram: MyBro.pictogram("answer", "no")
                text: qsTr("No")
                implicitWidth: 140
                onClicked: page.answer(false)
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            visible: page.message !== ""
            wrapMode: Text.Wrap
            color: BroStyle.error
            text: page.message
        }
    }
}
