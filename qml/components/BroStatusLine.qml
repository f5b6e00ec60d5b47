import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A one-line outcome under a form: "Saved on this device" (fades after a few seconds) or the
// store's message (stays until the next try). A change of language clears it: it was worded in
// the other one.
Label {
    id: root
    property bool isError: false
    function show(message, error) {
        isError = error;
        root.text = message;
        hideTimer.restart();
    }
    visible: text.length > 0
    color: isError ? BroStyle.error : BroStyle.primary
    font.pixelSize: BroStyle.captionSize
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    Timer {
        id: hideTimer
        interval: 4000
        onTriggered: if (!root.isError)
            root.text = ""
    }
    Connections {
        target: App
        function onLanguageChanged() {
            root.text = "";
        }
    }
}
