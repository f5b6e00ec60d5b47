import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The mentor signs a logbook entry, an assessment or employer feedback with a signature drawn
// on the screen. Once signed, the item is locked on every device; a mistake is corrected by a
// new entry that points to it.
Dialog {
    id: dialog
    objectName: "signDialog"
    property string kind
    property string recordId
    property string summary
    property string signerName
    signal signed(string id)

    title: qsTr("Sign")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 24 : 640, 640)
    padding: BroStyle.spacing
    closePolicy: Popup.CloseOnEscape

    function openFor(kind, id, summary, signer) {
        dialog.kind = kind
        recordId = id
        dialog.summary = summary || ""
        signerName = signer || ""
        name.text = signerName
        pad.clear()
        message.text = ""
        open()
    }

    function sign() {
        Qt.inputMethod.commit()
        if (name.text.trim().length === 0) {
            message.text = qsTr("Write the name of the person signing.")
            return false
        }
        if (pad.isEmpty) {
            message.text = qsTr("Draw the signature in the box.")
            return false
        }
        const r = Records.update(kind, recordId, {
            signed_by: name.text.trim(),
            signed_at: BroStyle.nowUtc(),
            signature_strokes: pad.encoded()
        })
        if (!r.ok) {
            message.text = r.message
            return false
        }
        // The rendered image goes beside the strokes, as an attachment of the signed item.
        const kindSigned = kind, idSigned = recordId
        pad.grabToImage(result => Records.attachImage(kindSigned, idSigned, result.image, qsTr("signature")))
        dialog.signed(recordId)
        dialog.close()
        return true
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
        }
        Label {
            text: qsTr("After signing, the item can no longer be changed.")
            color: BroStyle.secondaryText
            font.pixelSize: BroStyle.captionSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        BroTextField {
            id: name
            objectName: "signerName"
            kind: dialog.kind || "logbook_entry"; field: "signed_by"
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
            onClicked: dialog.sign()
        }
        onRejected: dialog.close()
    }
}
