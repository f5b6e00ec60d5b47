import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// A one-line outcome under a form: "Saved on this device" (fades after a few seconds) or the
// store's message (stays until the next try).
Label {
    id: root
    property bool isError: false
    function show(text, error) { isError = error; root.text = text; hideTimer.restart() }
    visible: text.length > 0
    color: isError ? BroStyle.error : BroStyle.primary
    font.pixelSize: BroStyle.captionSize
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    Timer { id: hideTimer; interval: 4000; onTriggered: if (!root.isError) root.text = "" }
}
