import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Adds or edits one record of a kind with a form of the given fields. New records get the
// parent's id (and any preset values); what the dialog is about (the goal an assessment
// assesses) is said above the form. Stays open with the store's message at the field if the
// record is refused. The unsaved input of the form is a draft of that record, or of the new
// form under that parent.
Dialog {
    id: dialog
    property string kind
    property var fields: []
    property string recordId
    property var preset: ({})
    property string newTitle
    property string editTitle
    // A line above the form: what the record is about ("Competence goal: ...").
    property string context
    property bool deletable: false
    signal saved(string id)

    objectName: kind + "Dialog"
    title: recordId ? editTitle : newTitle
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 720, 720)
    height: Math.min(parent ? parent.height - 32 : 720, implicitHeight)
    padding: BroStyle.spacing
    closePolicy: Popup.CloseOnEscape

    function openNew(presetValues, aboutText) {
        recordId = "";
        preset = presetValues || {};
        context = aboutText || "";
        const parentField = Records.parentField(kind);
        form.draftKey = Drafts.newKey(kind, parentField ? preset[parentField] || "" : "");
        form.load(preset);
        message.text = "";
        open();
    }

    function openFor(id, aboutText) {
        recordId = id;
        preset = {};
        context = aboutText || "";
        form.draftKey = Drafts.key(kind, id);
        form.load(Records.get(kind, id));
        message.text = "";
        open();
    }

    function save() {
        const r = BroForms.submit({
                "form": form,
                "savedText": "",
                "save": () => recordId ? Records.update(kind, recordId, form.values()) : Records.create(kind, Object.assign({}, preset, form.values()))
            });
        if (!r.ok) {
            if (!form.editor(r.field))
                message.text = r.message;
            return false;
        }
        dialog.close();
        dialog.saved(r.id);
        return true;
    }

    contentItem: BroFormScroll {
        implicitHeight: contentHeight
        margins: 0
        Label {
            objectName: "dialogContext"
            visible: text.length > 0
            text: dialog.context
            font.pixelSize: BroStyle.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        BroRecordForm {
            id: form
            kind: dialog.kind
            fields: dialog.fields
            columns: dialog.width > 560 ? 2 : 1
        }
        BroDraftNotice {
            visible: form.restoredDraft
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
            objectName: "delete"
            visible: dialog.deletable && dialog.recordId.length > 0 && Session.mayDelete(dialog.kind)
            text: qsTr("Delete")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                const r = Records.remove(dialog.kind, dialog.recordId);
                if (r.ok) {
                    form.forgetDraft();
                    dialog.close();
                } else {
                    message.text = r.message;
                }
            }
        }
        Button {
            objectName: "cancel"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "save"
            text: qsTr("Save")
            highlighted: true
            onClicked: dialog.save()
        }
        onRejected: {
            form.forgetDraft();
            dialog.close();
        } // cancel discards on purpose
    }
}
