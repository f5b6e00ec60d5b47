import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A form for the named fields of one record, with the control each field's type calls for
// (one line, free text, choice, yes/no). Loads a record, hands back its values, shows the
// store's validation message at the field it names, and keeps a draft of unsaved input
// (when draftKey is set) so that nothing typed is lost when the page is left.
GridLayout {
    id: form
    property string kind
    property var fields: []
    property string draftKey
    property bool readOnly: false
    // Set when a draft was restored over the saved values.
    property bool restoredDraft: false
    property bool dirty: false
    // Free text in a larger size (the plan, written together with the participant).
    property int textPixelSize: BroStyle.bodySize
    readonly property var editors: {
        const list = []
        for (let i = 0; i < repeater.count; ++i) {
            const l = repeater.itemAt(i)
            if (l && l.item)
                list.push(l.item)
        }
        return list
    }
    signal edited()

    columns: 1
    columnSpacing: BroStyle.spacing
    rowSpacing: BroStyle.smallSpacing
    Layout.fillWidth: true

    function editor(field) {
        for (let i = 0; i < repeater.count; ++i) {
            const l = repeater.itemAt(i)
            if (l && l.item && l.item.field === field)
                return l.item
        }
        return null
    }

    // Shows the record's values, then the draft (if any) over them.
    function load(record) {
        for (let i = 0; i < repeater.count; ++i) {
            const e = repeater.itemAt(i).item
            e.setValue(record[e.field] !== undefined ? record[e.field] : null)
            e.errorText = ""
        }
        restoredDraft = false
        dirty = false
        if (draftKey && Drafts.has(draftKey)) {
            const d = Drafts.load(draftKey)
            for (const f in d) {
                const e = editor(f)
                if (e)
                    e.setValue(d[f])
            }
            restoredDraft = true
            dirty = true
        }
    }

    function values() {
        const v = {}
        for (let i = 0; i < repeater.count; ++i) {
            const e = repeater.itemAt(i).item
            v[e.field] = e.getValue()
        }
        return v
    }

    function clearErrors() {
        for (let i = 0; i < repeater.count; ++i)
            repeater.itemAt(i).item.errorText = ""
    }

    // Puts a store message at its field; false if the field is not on this form.
    function showError(field, message) {
        const e = editor(field)
        if (!e)
            return false
        e.errorText = message
        e.focusInput()
        return true
    }

    function saveDraftNow() {
        draftTimer.stop()
        if (draftKey && dirty)
            Drafts.save(draftKey, values())
    }

    // After a successful save (or an explicit cancel): the draft is no longer needed.
    function forgetDraft() {
        draftTimer.stop()
        dirty = false
        restoredDraft = false
        if (draftKey)
            Drafts.clear(draftKey)
    }

    function markEdited() {
        dirty = true
        if (draftKey)
            draftTimer.restart()
        edited()
    }

    Timer {
        id: draftTimer
        interval: 400
        onTriggered: form.saveDraftNow()
    }
    Component.onDestruction: saveDraftNow()

    Repeater {
        id: repeater
        model: form.fields
        delegate: Loader {
            id: loader
            required property string modelData
            readonly property string type: Records.fieldType(form.kind, modelData)
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.columnSpan: type === "freeText" ? form.columns : 1
            sourceComponent: type === "enum" ? optionEditor
                           : type === "boolean" ? checkEditor
                           : type === "freeText" ? areaEditor : lineEditor
            onLoaded: item.field = modelData
        }
    }

    Component {
        id: lineEditor
        BroTextField {
            kind: form.kind
            readOnly: form.readOnly
            readonly property string type: Records.fieldType(kind, field)
            placeholderText: type === "date" ? qsTr("YYYY-MM-DD") : ""
            inputMethodHints: type === "date" || type === "integer" || type === "decimal"
                              ? Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText : Qt.ImhNone
            function setValue(v) { text = v === null || v === undefined ? "" : String(v) }
            function getValue() { return text.trim() }
            function focusInput() { input.forceActiveFocus() }
            input.onTextEdited: form.markEdited()
        }
    }
    Component {
        id: areaEditor
        BroTextArea {
            kind: form.kind
            pixelSize: form.textPixelSize
            area.readOnly: form.readOnly
            function setValue(v) { text = v === null || v === undefined ? "" : String(v) }
            function getValue() { return text.trim() }
            function focusInput() { area.forceActiveFocus() }
            area.onTextChanged: if (area.activeFocus) form.markEdited()
        }
    }
    Component {
        id: optionEditor
        BroOptionField {
            kind: form.kind
            enabled: !form.readOnly
            function setValue(v) { value = v === undefined ? null : v }
            function getValue() { return value }
            function focusInput() {}
            onActivatedByUser: form.markEdited()
        }
    }
    Component {
        id: checkEditor
        ColumnLayout {
            property string field
            property string errorText
            property var current: null
            spacing: 0
            function setValue(v) { current = v === true ? true : v === false ? false : null }
            function getValue() { return current }
            function focusInput() { box.forceActiveFocus() }
            CheckBox {
                id: box
                objectName: parent.field
                text: { App.language; return Records.label(form.kind, parent.field) }
                checked: parent.current === true
                enabled: !form.readOnly
                font.pixelSize: BroStyle.bodySize
                Layout.minimumHeight: BroStyle.touchTarget
                onToggled: { parent.current = checked; form.markEdited() }
            }
            Label {
                visible: parent.errorText.length > 0
                text: parent.errorText
                color: BroStyle.error
                font.pixelSize: BroStyle.captionSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
