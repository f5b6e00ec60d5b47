import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// "Starts at the employer": the day the participant starts and, when the need offers a mentor,
// the mentor's name; then the record service makes the training book and the measures of the
// plan (the rules: app/domain/matchstart.h). Stays open with the message at its field if it is
// refused.
Dialog {
    id: dialog
    objectName: "matchStartDialog"
    property string needId
    property string participantId
    property var need: ({})
    property string participantName
    signal started(string bookId)

    title: qsTr("Starts at %1").arg(need.employer || "")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 560, 560)
    height: Math.min(parent ? parent.height - 32 : 560, implicitHeight)
    padding: BroStyle.spacing
    closePolicy: Popup.CloseOnEscape

    BroFieldGroup {
        id: fields
        fields: [startDate, mentorName]
    }

    function openFor(needRecord, id, name) {
        need = needRecord;
        needId = needRecord.id;
        participantId = id;
        participantName = name;
        const start = needRecord.start_date && needRecord.start_date >= Dates.today() ? needRecord.start_date : Dates.today();
        startDate.setValue(start);
        mentorName.text = "";
        fields.clearErrors();
        message.text = "";
        open();
    }

    function save() {
        const r = BroForms.submit({
                "form": fields,
                "savedText": "",
                "save": () => Records.startAtEmployer(needId, participantId, startDate.getValue(), need.mentor_offered ? mentorName.text.trim() : "")
            });
        if (!r.ok) {
            if (!fields.fields.some(f => f.field === r.field))
                message.text = r.message;
            return false;
        }
        dialog.close();
        dialog.started(r.id);
        return true;
    }

    contentItem: ColumnLayout {
        spacing: BroStyle.smallSpacing
        Label {
            objectName: "startWhat"
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            wrapMode: Text.Wrap
            font.pixelSize: BroStyle.bodySize
            text: qsTr("%1 starts as %2. Bro makes the training book and the measures of the plan: work training%3%4.").arg(dialog.participantName).arg(dialog.need.occupation || "").arg(dialog.need.wage_subsidy_offered ? qsTr(", wage subsidy") : "").arg(dialog.need.mentor_offered ? qsTr(", mentor") : "")
        }
        BroDateField {
            id: startDate
            kind: "training_book"
            field: "start_date"
        }
        BroTextField {
            id: mentorName
            visible: dialog.need.mentor_offered === true
            kind: "training_book"
            field: "mentor_name"
        }
        Label {
            id: message
            objectName: "message"
            visible: text.length > 0
            color: BroStyle.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "cancel"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "save"
            text: qsTr("Start")
            highlighted: true
            onClicked: dialog.save()
        }
        onRejected: dialog.close()
    }
}
