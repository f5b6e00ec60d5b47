import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Adds a participant, with the logged-in adviser as their adviser. Stays open with the message
// under the field if the store refuses.
Dialog {
    id: dialog
    objectName: "participantDialog"
    signal created(string id)
    title: qsTr("New participant")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 720, 720)
    height: Math.min(parent ? parent.height - 32 : 640, implicitHeight)
    padding: BroStyle.spacing
    closePolicy: Popup.CloseOnEscape

    onAboutToShow: {
        form.load({
                "adviser": Session.displayName,
                "track": "fast_track",
                "phase": "before"
            });
        message.text = "";
    }

    function save() {
        const r = BroForms.submit({
                "form": form,
                "savedText": "",
                "save": () => Records.create("participant", form.values())
            });
        if (!r.ok) {
            if (!form.allFields.some(f => f.field === r.field))
                message.text = r.message;
            return false;
        }
        dialog.close();
        dialog.created(r.id);
        return true;
    }

    contentItem: ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            ParticipantForm {
                id: form
                Layout.fillWidth: true
                preferredColumns: dialog.width > 560 ? 2 : 1
            }
            Label {
                id: message
                visible: text.length > 0
                color: BroStyle.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveParticipant"
            text: qsTr("Add participant")
            highlighted: true
            onClicked: dialog.save()
        }
        onRejected: dialog.close()
    }
}
