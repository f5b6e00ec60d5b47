import QtQuick
import Bro

// A pictogram of the one table (MyBro.pictogram, domain/pictograms.h), in the colour emoji font.
Text {
    property int size: BroStyle.pictogramSize
    font.family: BroStyle.emojiFont
    font.pixelSize: size
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
