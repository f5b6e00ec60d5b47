import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A labelled choice among an enum field's values, shown with their translated names.
ColumnLayout {
    id: root
    property string kind
    property string field
    property var value: null          // the stored value ("fast_track"), or null for none
    property string errorText
    signal activatedByUser
    readonly property bool required: Records.isRequired(kind, field)
    // Rebuilt on language change through the binding on App.language.
    readonly property var options: {
        App.language;
        const list = Records.options(kind, field);
        return required ? list : [{
                "value": null,
                "label": qsTr("(not set)")
            }].concat(list);
    }

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: {
            App.language;
            return Records.label(root.kind, root.field) + (root.required ? " *" : "");
        }
        font.pixelSize: BroStyle.captionSize
        color: root.errorText ? BroStyle.error : BroStyle.secondaryText
        Layout.fillWidth: true
        Layout.preferredWidth: 0
    }
    ComboBox {
        id: combo
        objectName: root.field
        Layout.fillWidth: true
        Layout.minimumHeight: BroStyle.touchTarget
        font.pixelSize: BroStyle.bodySize
        model: root.options
        textRole: "label"
        valueRole: "value"
        currentIndex: {
            for (let i = 0; i < root.options.length; ++i)
                if (root.options[i].value === root.value)
                    return i;
            return -1;
        }
        onActivated: index => {
            root.value = root.options[index].value;
            root.errorText = "";
            root.activatedByUser();
        }
    }
    Label {
        visible: root.errorText.length > 0
        text: root.errorText
        color: BroStyle.error
        font.pixelSize: BroStyle.captionSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.preferredWidth: 0
    }
}
