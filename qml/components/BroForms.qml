pragma Singleton
import QtQuick

// The one way a form is submitted, on every screen: the input method hands over the word it
// holds back (Android's predictive text keeps the last word out of TextField.text until it is
// committed), the form's old messages go, the record is saved, and the outcome is shown: the
// store's message at the field it names (or in the status line), or "Saved on this device";
// on success the form's draft is forgotten.
QtObject {
    // options:
    //   save       a function that saves and returns the Records result {ok, id, field, message}
    //   form       clearErrors() and showError(field, message) (BroRecordForm, BroFieldGroup,
    //              ParticipantForm); forgetDraft() on success, if it has one
    //   draft      a BroDraft to forget on success
    //   status     a BroStatusLine for messages without a field, and for the saved notice
    //   savedText  the notice ("" for none; default "Saved on this device")
    // Returns the result.
    function submit(options) {
        Qt.inputMethod.commit();
        const form = options.form || null;
        if (form)
            form.clearErrors();
        const r = options.save();
        if (!r.ok) {
            const shown = form ? form.showError(r.field, r.message) : false;
            if (!shown && options.status)
                options.status.show(r.message, true);
            return r;
        }
        if (form && form.forgetDraft)
            form.forgetDraft();
        if (options.draft)
            options.draft.forget();
        const saved = options.savedText === undefined ? qsTr("Saved on this device") : options.savedText;
        if (options.status && saved.length > 0)
            options.status.show(saved, false);
        return r;
    }
}
