import QtQuick

// The fields of a hand-made form, for BroForms.submit(): clears their messages and puts the
// store's message at the field it names.
QtObject {
    // Editors with a field name, errorText and (optionally) focusInput().
    property var fields: []

    function clearErrors() {
        for (const f of fields)
            f.errorText = "";
    }
    function showError(field, message) {
        const f = fields.find(e => e.field === field);
        if (!f)
            return false;
        f.errorText = message;
        if (f.focusInput)
            f.focusInput();
        return true;
    }
}
