import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The participant's key facts as a form: used to add a participant and to edit one.
GridLayout {
    id: form
    property int preferredColumns: 2
    columns: preferredColumns
    columnSpacing: BroStyle.spacing
    rowSpacing: BroStyle.smallSpacing

    readonly property var textFields: [name, preferredLanguage, birthDate, settlementDate,
                                       municipality, adviser, navCounsellor]
    readonly property var optionFields: [track, phase]

    function load(record) {
        for (const f of textFields)
            f.text = record[f.field] || ""
        for (const o of optionFields)
            o.value = record[o.field] !== undefined ? record[o.field] : null
        consent.checked = !!record.consent_employer
        clearErrors()
    }

    function values() {
        const v = {}
        for (const f of textFields)
            v[f.field] = f.text.trim()
        for (const o of optionFields)
            v[o.field] = o.value
        v.consent_employer = consent.checked
        return v
    }

    function clearErrors() {
        for (const f of textFields.concat(optionFields))
            f.errorText = ""
    }

    // Shows the store's message under the field it names; returns false if no field matched.
    function showError(field, message) {
        for (const f of textFields.concat(optionFields)) {
            if (f.field === field) {
                f.errorText = message
                if (f.input)
                    f.input.forceActiveFocus()
                return true
            }
        }
        return false
    }

    BroTextField { id: name; kind: "participant"; field: "name"; Layout.columnSpan: form.columns }
    BroTextField { id: preferredLanguage; kind: "participant"; field: "preferred_language" }
    BroTextField { id: municipality; kind: "participant"; field: "municipality" }
    BroTextField {
        id: birthDate; kind: "participant"; field: "birth_date"
        placeholderText: qsTr("YYYY-MM-DD"); inputMethodHints: Qt.ImhDate
    }
    BroTextField {
        id: settlementDate; kind: "participant"; field: "settlement_date"
        placeholderText: qsTr("YYYY-MM-DD"); inputMethodHints: Qt.ImhDate
    }
    BroTextField { id: adviser; kind: "participant"; field: "adviser" }
    BroTextField { id: navCounsellor; kind: "participant"; field: "nav_counsellor" }
    BroOptionField { id: track; kind: "participant"; field: "track" }
    BroOptionField { id: phase; kind: "participant"; field: "phase" }
    CheckBox {
        id: consent
        objectName: "consent_employer"
        Layout.columnSpan: form.columns
        Layout.minimumHeight: BroStyle.touchTarget
        text: { App.language; return Records.label("participant", "consent_employer") }
        font.pixelSize: BroStyle.bodySize
    }
}
