import QtQuick
import Bro

// A pictogram of the one table (MyBro.pictogram, domain/pictograms.h), in the colour emoji font,
// in a square box (the emoji font's line is taller than its picture).
Item {
    property alias text: glyph.text
    property int size: BroStyle.pictogramSize
    implicitWidth: Math.round(size * 1.25)
    implicitHeight: Math.round(size * 1.25)
    Accessible.ignored: true
    Text {
        id: glyph
        anchors.fill: parent
        font.family: BroStyle.emojiFont
        font.pixelSize: parent.size
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
