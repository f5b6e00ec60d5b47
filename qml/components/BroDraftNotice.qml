import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro

// Shown over a form whose unsaved input from an earlier visit was brought back.
Label {
    text: qsTr("Unsaved input from earlier was restored.")
    color: BroStyle.warning
    font.pixelSize: BroStyle.captionSize
    wrapMode: Text.Wrap
    Layout.fillWidth: true
}
