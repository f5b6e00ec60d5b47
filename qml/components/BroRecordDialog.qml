import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Adds or edits one record of a kind with a form of the given fields. New records get the
// parent's id (and any preset values). Stays open with the store's message at the field if
// the record is refused.
Dialog {
    id: dialog
    property string kind
    property var fields: []
    property string recordId
    property var preset: ({})
    property string newTitle
    property string editTitle
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

    function openNew(presetValues) {
        recordId = ""
        preset = presetValues || {}
        form.draftKey = "new-" + kind + "/" + JSON.stringify(preset)
        form.load(preset)
        message.text = ""
        open()
    }

    function openFor(id) {
        recordId = id
        preset = {}
        form.draftKey = kind + "/" + id
        form.load(Records.get(kind, id))
        message.text = ""
        open()
    }

    function save() {
        Qt.inputMethod.commit()
        form.clearErrors()
        let r
        if (recordId) {
            r = Records.update(kind, recordId, form.values())
        } else {
            const v = Object.assign({}, preset, form.values())
            r = Records.create(kind, v)
        }
        if (!r.ok) {
            if (!form.showError(r.field, r.message))
                message.text = r.message
            return false
        }
        form.forgetDraft()
        dialog.close()
        dialog.saved(r.id)
        return true
    }

    contentItem: BroFormScroll {
        implicitHeight: contentHeight
        margins: 0
        BroRecordForm {
            id: form
            kind: dialog.kind
            fields: dialog.fields
            columns: dialog.width > 560 ? 2 : 1
        }
        BroDraftNotice { visible: form.restoredDraft }
        Label {
            id: message
            objectName: "message"
            visible: text.length > 0
            color: BroStyle.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "delete"
            visible: dialog.deletable && dialog.recordId.length > 0
            text: qsTr("Delete")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                const r = Records.remove(dialog.kind, dialog.recordId)
                if (r.ok) {
                    form.forgetDraft()
                    dialog.close()
                } else {
                    message.text = r.message
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
        onRejected: { form.forgetDraft(); dialog.close() } // cancel discards on purpose
    }
}
