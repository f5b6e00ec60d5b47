import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro
import Bro.Core

// Adds or edits one measure of the individual plan.
Dialog {
    id: dialog
    objectName: "measureDialog"
    property string planId
    property string measureId // empty: a new measure
    // Creates the plan first when the participant has none yet; returns its id.
    property var ensurePlan: function () {
        return planId;
    }

    title: measureId ? qsTr("Edit measure") : qsTr("New measure")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    height: Math.min(parent ? parent.height - 32 : 640, implicitHeight)
    padding: BroStyle.spacing
    closePolicy: Popup.CloseOnEscape

    readonly property var textFields: [description]
    readonly property var dateFields: [startDate, endDate]
    readonly property var optionFields: [type, status, responsible]
    BroFieldGroup {
        id: fields
        fields: dialog.textFields.concat(dialog.dateFields, dialog.optionFields)
    }

    function openFor(id) {
        measureId = id || "";
        const r = measureId ? Records.get("measure", measureId) : {
            "status": "planned"
        };
        for (const f of textFields)
            f.text = r[f.field] || "";
        for (const d of dateFields)
            d.setValue(r[d.field] || "");
        for (const o of optionFields)
            o.value = r[o.field] !== undefined ? r[o.field] : null;
        fields.clearErrors();
        message.text = "";
        open();
    }

    function values() {
        const v = {};
        for (const f of textFields)
            v[f.field] = f.text.trim();
        for (const d of dateFields)
            v[d.field] = d.getValue();
        for (const o of optionFields)
            v[o.field] = o.value;
        return v;
    }

    // Saves (or, with remove, deletes) and closes; false with the message at its field.
    function submit(save) {
        const r = BroForms.submit({
                "form": fields,
                "savedText": "",
                "save": save
            });
        if (!r.ok) {
            if (!fields.fields.some(f => f.field === r.field))
                message.text = r.message;
            return false;
        }
        dialog.close();
        return true;
    }

    function save() {
        if (measureId)
            return submit(() => Records.update("measure", measureId, values()));
        const plan = ensurePlan();
        if (!plan) {
            message.text = qsTr("The plan could not be created.");
            return false;
        }
        return submit(() => Records.create("measure", Object.assign({
                            "plan_id": plan
                        }, values())));
    }

    contentItem: ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        GridLayout {
            width: scroll.availableWidth
            columns: width > 480 ? 2 : 1
            columnSpacing: BroStyle.spacing
            rowSpacing: BroStyle.smallSpacing
            BroOptionField {
                id: type
                kind: "measure"
                field: "type"
                Layout.columnSpan: parent.columns
            }
            BroTextField {
                id: description
                kind: "measure"
                field: "description"
                Layout.columnSpan: parent.columns
            }
            BroDateField {
                id: startDate
                kind: "measure"
                field: "start_date"
                Layout.preferredWidth: 1
            }
            BroDateField {
                id: endDate
                kind: "measure"
                field: "end_date"
                Layout.preferredWidth: 1
            }
            BroOptionField {
                id: status
                kind: "measure"
                field: "status"
                Layout.preferredWidth: 1
            }
            BroOptionField {
                id: responsible
                kind: "measure"
                field: "responsible"
                Layout.preferredWidth: 1
            }
            Label {
                id: message
                visible: text.length > 0
                color: BroStyle.error
                wrapMode: Text.Wrap
                Layout.columnSpan: parent.columns
                Layout.fillWidth: true
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Delete")
            flat: true
            Material.foreground: BroStyle.error
            visible: dialog.measureId.length > 0 && Session.mayDelete("measure")
            onClicked: dialog.submit(() => Records.remove("measure", dialog.measureId))
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveMeasure"
            text: qsTr("Save")
            highlighted: true
            onClicked: dialog.save()
        }
        onRejected: dialog.close()
    }
}
