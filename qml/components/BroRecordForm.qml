import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A form for the named fields of one record, with the control each field's type calls for
// (one line, free text, a date with its calendar, a choice, yes/no). Loads a record, hands back
// its values, shows the store's validation message at the field it names, marks a field that
// carries a conflict to review, and keeps a draft of unsaved input (when draftKey is set) so
// that nothing typed is lost when the page is left. A field the user's role may not change is
// shown read-only. The columns keep their widths whatever a message says.
GridLayout {
    id: form
    property string kind
    property string recordId // the record shown, for its conflicts ("" for a new one)
    property var fields: []
    property alias draftKey: draft.key
    property bool readOnly: false
    // Set when a draft was restored over the saved values.
    readonly property alias restoredDraft: draft.restored
    readonly property alias dirty: draft.dirty
    // Free text in a larger size (the plan, written together with the participant).
    property int textPixelSize: BroStyle.bodySize
    // The fields of the shown record that carry a conflict.
    property var conflictFields: []
    signal edited
    signal reviewConflict(string field)

    columns: 1
    columnSpacing: BroStyle.spacing
    rowSpacing: BroStyle.smallSpacing
    Layout.fillWidth: true

    function editor(field) {
        for (let i = 0; i < repeater.count; ++i) {
            const l = repeater.itemAt(i);
            if (l && l.item && l.item.field === field)
                return l.item;
        }
        return null;
    }

    // Shows the record's values, then the draft (if any) over them.
    function load(record) {
        recordId = record && record.id ? record.id : "";
        for (let i = 0; i < repeater.count; ++i) {
            const e = repeater.itemAt(i).item;
            e.setValue(record[e.field] !== undefined ? record[e.field] : null);
            e.errorText = "";
        }
        const d = draft.restore();
        if (d) {
            for (const f in d) {
                const e = editor(f);
                if (e)
                    e.setValue(d[f]);
            }
        }
        refreshConflicts();
    }
    function refreshConflicts() {
        conflictFields = recordId ? Records.conflictFields(kind, recordId) : [];
    }

    function values() {
        const v = {};
        for (let i = 0; i < repeater.count; ++i) {
            const e = repeater.itemAt(i).item;
            if (e.editable)
                v[e.field] = e.getValue();
        }
        return v;
    }

    function clearErrors() {
        for (let i = 0; i < repeater.count; ++i)
            repeater.itemAt(i).item.errorText = "";
    }

    // Puts a store message at its field; false if the field is not on this form.
    function showError(field, message) {
        const e = editor(field);
        if (!e)
            return false;
        e.errorText = message;
        e.focusInput();
        return true;
    }

    function saveDraftNow() {
        draft.saveNow();
    }
    // After a successful save (or an explicit cancel): the draft is no longer needed.
    function forgetDraft() {
        draft.forget();
    }
    function markEdited() {
        draft.changed();
        edited();
    }

    BroDraft {
        id: draft
        collect: () => form.values()
    }
    Connections {
        target: Sync
        function onConflictsChanged() {
            form.refreshConflicts();
        }
    }

    Repeater {
        id: repeater
        model: form.fields
        delegate: ColumnLayout {
            id: cell
            required property string modelData
            readonly property string type: Records.fieldType(form.kind, modelData)
            readonly property alias item: loader.item
            readonly property bool inConflict: form.conflictFields.indexOf(modelData) >= 0
            spacing: 2
            Layout.fillWidth: true
            // Equal columns: what a field shows (a message, a long value) does not widen it.
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.columnSpan: type === "freeText" ? form.columns : 1
            Loader {
                id: loader
                Layout.fillWidth: true
                sourceComponent: cell.type === "enum" ? optionEditor : cell.type === "boolean" ? checkEditor : cell.type === "freeText" ? areaEditor : cell.type === "date" ? dateEditor : lineEditor
                onLoaded: item.field = cell.modelData
            }
            // A conflict on this field: both versions are kept; the review is on the sync page.
            RowLayout {
                objectName: "conflict_" + cell.modelData
                visible: cell.inConflict
                spacing: BroStyle.smallSpacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("Changed on another device too: both versions are kept.")
                    color: BroStyle.warning
                    font.pixelSize: BroStyle.captionSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                Button {
                    objectName: "reviewConflict_" + cell.modelData
                    text: qsTr("Review")
                    flat: true
                    font.capitalization: Font.MixedCase
                    Layout.minimumHeight: BroStyle.touchTarget
                    onClicked: form.reviewConflict(cell.modelData)
                }
            }
        }
    }

    Component {
        id: lineEditor
        BroTextField {
            kind: form.kind
            readonly property bool editable: !form.readOnly && (form.recordId ? Session.mayEdit(kind, field) : Session.mayCreate(kind))
            readOnly: !editable
            readonly property string type: Records.fieldType(kind, field)
            inputMethodHints: type === "integer" || type === "decimal" ? Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText : Qt.ImhNone
            function setValue(v) {
                text = v === null || v === undefined ? "" : String(v);
            }
            function getValue() {
                return text.trim();
            }
            function focusInput() {
                input.forceActiveFocus();
            }
            input.onTextEdited: form.markEdited()
        }
    }
    Component {
        id: dateEditor
        BroDateField {
            kind: form.kind
            readonly property bool editable: !form.readOnly && (form.recordId ? Session.mayEdit(kind, field) : Session.mayCreate(kind))
            readOnly: !editable
            onEdited: form.markEdited()
        }
    }
    Component {
        id: areaEditor
        BroTextArea {
            kind: form.kind
            readonly property bool editable: !form.readOnly && (form.recordId ? Session.mayEdit(kind, field) : Session.mayCreate(kind))
            pixelSize: form.textPixelSize
            area.readOnly: !editable
            function setValue(v) {
                text = v === null || v === undefined ? "" : String(v);
            }
            function getValue() {
                return text.trim();
            }
            function focusInput() {
                area.forceActiveFocus();
            }
            area.onTextChanged: if (area.activeFocus)
                form.markEdited()
        }
    }
    Component {
        id: optionEditor
        BroOptionField {
            kind: form.kind
            readonly property bool editable: !form.readOnly && (form.recordId ? Session.mayEdit(kind, field) : Session.mayCreate(kind))
            enabled: editable
            function setValue(v) {
                value = v === undefined ? null : v;
            }
            function getValue() {
                return value;
            }
            function focusInput() {
            }
            onActivatedByUser: form.markEdited()
        }
    }
    Component {
        id: checkEditor
        ColumnLayout {
            id: check
            property string field
            property string errorText
            property var current: null
            readonly property bool editable: !form.readOnly && (form.recordId ? Session.mayEdit(form.kind, field) : Session.mayCreate(form.kind))
            spacing: 0
            function setValue(v) {
                current = v === true ? true : v === false ? false : null;
            }
            function getValue() {
                return current;
            }
            function focusInput() {
                box.forceActiveFocus();
            }
            CheckBox {
                id: box
                objectName: check.field
                text: {
                    App.language;
                    return Records.label(form.kind, check.field);
                }
                checked: check.current === true
                enabled: check.editable
                font.pixelSize: BroStyle.bodySize
                Layout.minimumHeight: BroStyle.touchTarget
                Layout.fillWidth: true
                onToggled: {
                    check.current = checked;
                    form.markEdited();
                }
            }
            Label {
                visible: check.errorText.length > 0
                text: check.errorText
                color: BroStyle.error
                font.pixelSize: BroStyle.captionSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
        }
    }
}
