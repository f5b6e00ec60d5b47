import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Who opened my file: who read or changed my records, and when (the server's audit trail of
// my own records only), in my language.
Page {
    id: page
    objectName: "trailPage"
    background: Rectangle {
        color: BroStyle.background
    }
    Component.onCompleted: MyBro.fetchTrail()

    function roleText(role) {
        switch (role) {
        case "adviser":
            return qsTr("adviser");
        case "mentor":
            return qsTr("mentor");
        case "participant":
            return qsTr("you");
        case "leader":
            return qsTr("programme leader");
        }
        return role;
    }
    function line(e) {
        const when = "\u2066" + BroStyle.formatDate(new Date(Number(e.at)).toISOString().slice(0, 10)) + "\u2069";
        const who = e.name + " (" + roleText(e.role) + ")";
        return e.action === "write" ? qsTr("%1 changed your file, %2").arg(who).arg(when) : qsTr("%1 read your file, %2").arg(who).arg(when);
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: BroStyle.spacing
        spacing: BroStyle.smallSpacing
        RowLayout {
            Layout.fillWidth: true
            BroPictogram {
                text: MyBro.pictogram("ui", "trail")
            }
            Label {
                text: qsTr("Who opened my file")
                font.pixelSize: BroStyle.titleSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                color: BroStyle.text
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            BroBigButton {
                objectName: "refreshTrail"
                pictogram: MyBro.pictogram("ui", "refresh")
                implicitHeight: BroStyle.bigTouchTarget
                implicitWidth: BroStyle.bigTouchTarget
                enabled: !MyBro.trailBusy
                Accessible.name: qsTr("Again")
                onClicked: MyBro.fetchTrail()
            }
        }
        Label {
            objectName: "trailError"
            visible: MyBro.trailError.length > 0
            text: MyBro.trailError
            color: BroStyle.error
            wrapMode: Text.WordWrap
            font.pixelSize: BroStyle.bodySize
            Layout.fillWidth: true
        }
        BusyIndicator {
            running: MyBro.trailBusy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
        ListView {
            id: list
            objectName: "trailList"
            clip: true
            spacing: 4
            model: MyBro.trail
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: Rectangle {
                required property var modelData
                width: ListView.view.width
                height: Math.max(BroStyle.bigTouchTarget, row.implicitHeight + 16)
                radius: BroStyle.radius
                color: BroStyle.surface
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.margins: 8
                    BroPictogram {
                        text: modelData.action === "write" ? MyBro.pictogram("ui", "my_words") : MyBro.pictogram("ui", "trail")
                        size: 28
                    }
                    Label {
                        text: {
                            App.language;
                            return page.line(modelData);
                        }
                        wrapMode: Text.WordWrap
                        font.pixelSize: BroStyle.bodySize
                        color: BroStyle.text
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    BroSpeakButton {
                        speech: page.line(modelData)
                    }
                }
            }
        }
    }
}
