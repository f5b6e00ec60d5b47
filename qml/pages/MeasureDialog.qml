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
    property var ensurePlan: function() { return planId }

    title: measureId ? qsTr("Edit measure") : qsTr("New measure")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    height: Math.min(parent ? parent.height - 32 : 640, implicitHeight)
    padding: BroStyle.spacing
    closePolicy: Popup.CloseOnEscape

    readonly property var textFields: [description, startDate, endDate]
    readonly property var optionFields: [type, status, responsible]

    function openFor(id) {
        measureId = id || ""
        const r = measureId ? Records.get("measure", measureId) : { status: "planned" }
        for (const f of textFields)
            f.text = r[f.field] || ""
        for (const o of optionFields)
            o.value = r[o.field] !== undefined ? r[o.field] : null
        for (const f of textFields.concat(optionFields))
            f.errorText = ""
        message.text = ""
        open()
    }

    function values() {
        const v = {}
        for (const f of textFields)
            v[f.field] = f.text.trim()
        for (const o of optionFields)
            v[o.field] = o.value
        return v
    }

    function showResult(r) {
        if (r.ok) {
            dialog.close()
            return true
        }
        let shown = false
        for (const f of textFields.concat(optionFields)) {
            if (f.field === r.field) {
                f.errorText = r.message
                shown = true
            }
        }
        if (!shown)
            message.text = r.message
        return false
    }

    function save() {
        Qt.inputMethod.commit()
        if (measureId)
            return showResult(Records.update("measure", measureId, values()))
        const plan = ensurePlan()
        if (!plan) {
            message.text = qsTr("The plan could not be created.")
            return false
        }
        const v = values()
        v.plan_id = plan
        return showResult(Records.create("measure", v))
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
            BroOptionField { id: type; kind: "measure"; field: "type"; Layout.columnSpan: parent.columns }
            BroTextField { id: description; kind: "measure"; field: "description"; Layout.columnSpan: parent.columns }
            BroTextField {
                id: startDate; kind: "measure"; field: "start_date"
                placeholderText: qsTr("YYYY-MM-DD"); inputMethodHints: Qt.ImhDate
            }
            BroTextField {
                id: endDate; kind: "measure"; field: "end_date"
                placeholderText: qsTr("YYYY-MM-DD"); inputMethodHints: Qt.ImhDate
            }
            BroOptionField { id: status; kind: "measure"; field: "status" }
            BroOptionField { id: responsible; kind: "measure"; field: "responsible" }
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
            visible: dialog.measureId.length > 0
            text: qsTr("Delete")
            flat: true
            Material.foreground: BroStyle.error
            onClicked: if (dialog.showResult(Records.remove("measure", dialog.measureId))) dialog.close()
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
