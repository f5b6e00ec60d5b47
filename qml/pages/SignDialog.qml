import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Signing a logbook entry, an assessment or employer feedback with a signature drawn on the
// screen, as the logged-in user (the signer is who the device is logged in as, never a name
// typed here: the server accepts no other). Once signed, the item is locked on every device;
// a mistake is corrected by a new entry that points to it. The strokes and their image are
// saved together.
Dialog {
    id: dialog
    objectName: "signDialog"
    property string kind
    property string recordId
    property string summary
    signal signed(string id)

    title: qsTr("Sign")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 24 : 640, 640)
    padding: BroStyle.spacing
    closePolicy: Popup.CloseOnEscape

    function openFor(kind, id, summary) {
        dialog.kind = kind;
        recordId = id;
        dialog.summary = summary || "";
        pad.clear();
        message.text = "";
        open();
    }

    function sign() {
        if (pad.isEmpty) {
            message.text = qsTr("Draw the signature in the box.");
            return false;
        }
        const r = Records.sign(kind, recordId, pad.encoded());
        if (!r.ok) {
            message.text = r.message;
            return false;
        }
        dialog.signed(recordId);
        dialog.close();
        return true;
    }

    contentItem: ColumnLayout {
        spacing: BroStyle.smallSpacing
        Label {
            text: dialog.summary
            visible: text.length > 0
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            font.pixelSize: BroStyle.bodySize
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Label {
            text: qsTr("After signing, the item can no longer be changed.")
            color: BroStyle.secondaryText
            font.pixelSize: BroStyle.captionSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Label {
            objectName: "signerName"
            text: Session.displayName ? qsTr("Signed by: %1").arg(Session.displayName) : qsTr("Log in to sign.")
            color: Session.displayName ? BroStyle.text : BroStyle.error
            font.pixelSize: BroStyle.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        BroSignaturePad {
            id: pad
            objectName: "signaturePad"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(220, dialog.width * 0.4)
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
            text: qsTr("Clear")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.ResetRole
            onClicked: pad.clear()
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "signButton"
            text: qsTr("Sign")
            highlighted: true
            enabled: Session.displayName.length > 0 && Session.maySign(dialog.kind)
            onClicked: dialog.sign()
        }
        onRejected: dialog.close()
    }
}
