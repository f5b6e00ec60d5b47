import QtQuick
import Bro
import Bro.Core

// Unsaved input of one form, kept in the encrypted store while the person types, when the page
// is left and when the app is killed, and brought back when the same form is opened again. A
// draft belongs to one record (Drafts.key(kind, id)) or to the "new" form of one parent
// (Drafts.newKey(kind, parentId)). forget() after the record is saved (or the form cancelled):
// the saved values are never brought back as a draft.
QtObject {
    id: draft
    property string key
    // The form's values now, as a map.
    property var collect: function () {
        return {};
    }
    // Input since the last save or restore.
    property bool dirty: false
    // restore() brought a draft back.
    property bool restored: false

    // The kept values, or null; marks them restored.
    function restore() {
        restored = false;
        dirty = false;
        if (!key || !Drafts.has(key))
            return null;
        restored = true;
        dirty = true;
        return Drafts.load(key);
    }
    // A person changed something: kept a moment later.
    function changed() {
        dirty = true;
        timer.restart();
    }
    function saveNow() {
        timer.stop();
        if (key && dirty)
            Drafts.save(key, collect());
    }
    function forget() {
        timer.stop();
        dirty = false;
        restored = false;
        if (key)
            Drafts.clear(key);
    }

    property Timer timer: Timer {
        interval: 400
        onTriggered: draft.saveNow()
    }
    Component.onDestruction: saveNow()
}
