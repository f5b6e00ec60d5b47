import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The first screen: each language by its own name, written in its own script (no flags: a
// language is not a country).
Page {
    id: page
    objectName: "languagePage"
    signal chosen(string language)
    background: Rectangle {
        color: BroStyle.background
    }

    BroScrollPage {
        anchors.fill: parent
        ColumnLayout {
            width: parent.width
            spacing: BroStyle.spacing
            BroPictogram {
                text: MyBro.pictogram("ui", "language")
                size: 56
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: BroStyle.spacing
            }
            GridLayout {
                columns: page.width > 700 ? 2 : 1
                columnSpacing: BroStyle.spacing
                rowSpacing: BroStyle.smallSpacing
                Layout.fillWidth: true
                Layout.margins: BroStyle.spacing
                Repeater {
                    model: App.languages
                    BroBigButton {
                        required property string modelData
                        objectName: "language_" + modelData
                        text: App.nativeName(modelData)
                        selected: App.language === modelData && App.languageChosen
                        implicitHeight: BroStyle.bigTouchTarget
                        font.pixelSize: 22
                        Layout.fillWidth: true
                        onClicked: {
                            App.chooseLanguage(modelData);
                            page.chosen(modelData);
                        }
                    }
                }
            }
        }
    }
}
