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

    readonly property var textFields: [name, preferredLanguage, municipality, adviser, navCounsellor]
    readonly property var dateFields: [birthDate, settlementDate]
    readonly property var optionFields: [track, phase]
    readonly property var allFields: textFields.concat(dateFields, optionFields)

    function load(record) {
        for (const f of textFields)
            f.text = record[f.field] || "";
        for (const d of dateFields)
            d.setValue(record[d.field] || "");
        for (const o of optionFields)
            o.value = record[o.field] !== undefined ? record[o.field] : null;
        consent.checked = !!record.consent_employer;
        clearErrors();
    }

    function values() {
        const v = {};
        for (const f of textFields)
            v[f.field] = f.text.trim();
        for (const d of dateFields)
            v[d.field] = d.getValue();
        for (const o of optionFields)
            v[o.field] = o.value;
        v.consent_employer = consent.checked;
        return v;
    }

    function clearErrors() {
        for (const f of allFields)
            f.errorText = "";
    }

    // Shows the store's message under the field it names; returns false if no field matched.
    function showError(field, message) {
        for (const f of allFields) {
            if (f.field === field) {
                f.errorText = message;
                if (f.input)
                    f.input.forceActiveFocus();
                return true;
            }
        }
        return false;
    }

    BroTextField {
        id: name
        kind: "participant"
        field: "name"
        Layout.columnSpan: form.columns
    }
    BroTextField {
        id: preferredLanguage
        kind: "participant"
        field: "preferred_language"
        Layout.preferredWidth: 1
    }
    BroTextField {
        id: municipality
        kind: "participant"
        field: "municipality"
        Layout.preferredWidth: 1
    }
    BroDateField {
        id: birthDate
        kind: "participant"
        field: "birth_date"
        Layout.preferredWidth: 1
    }
    BroDateField {
        id: settlementDate
        kind: "participant"
        field: "settlement_date"
        Layout.preferredWidth: 1
    }
    BroTextField {
        id: adviser
        kind: "participant"
        field: "adviser"
        Layout.preferredWidth: 1
    }
    BroTextField {
        id: navCounsellor
        kind: "participant"
        field: "nav_counsellor"
        Layout.preferredWidth: 1
    }
    BroOptionField {
        id: track
        kind: "participant"
        field: "track"
        Layout.preferredWidth: 1
    }
    BroOptionField {
        id: phase
        kind: "participant"
        field: "phase"
        Layout.preferredWidth: 1
    }
    CheckBox {
        id: consent
        objectName: "consent_employer"
        Layout.columnSpan: form.columns
        Layout.minimumHeight: BroStyle.touchTarget
        text: {
            App.language;
            return Records.label("participant", "consent_employer");
        }
        font.pixelSize: BroStyle.bodySize
    }
}
