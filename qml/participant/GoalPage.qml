import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The goal, and what it means to me in my own words (plan.goal_in_my_words: only the
// participant writes it; the adviser reads it).
Page {
    id: page
    objectName: "goalPage"
    property string participantId
    readonly property var bridge: {
        MyBro.revision;
        return MyBro.bridge(participantId);
    }
    readonly property bool mayWrite: Session.mayEdit("plan", "goal_in_my_words") && !!bridge.planId
    background: Rectangle {
        color: BroStyle.background
    }

    function save() {
        Qt.inputMethod.commit();
        const r = Records.update("plan", bridge.planId, {
                "goal_in_my_words": words.text
            });
        status.text = r.ok ? qsTr("Saved") : r.message;
        return r.ok;
    }

    BroScrollPage {
        anchors.fill: parent
        ColumnLayout {
            width: parent.width
            spacing: BroStyle.spacing
            BroPictogram {
                text: page.bridge.goalPictogram || ""
                size: 72
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: BroStyle.spacing
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                Label {
                    text: page.bridge.goal || ""
                    font.pixelSize: BroStyle.titleSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                    color: BroStyle.text
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                BroSpeakButton {
                    speech: page.bridge.goal || ""
                    ownerId: page.bridge.planId || ""
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                BroPictogram {
                    text: MyBro.pictogram("ui", "my_words")
                    size: 28
                }
                Label {
                    text: qsTr("What the goal means to me")
                    font.pixelSize: BroStyle.headingSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                    color: BroStyle.text
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                BroSpeakButton {
                    speech: words.text
                }
            }
            TextArea {
                id: words
                objectName: "goalInMyWordsField"
                text: page.bridge.goalInMyWords || ""
                readOnly: !page.mayWrite
                wrapMode: TextEdit.Wrap
                font.pixelSize: BroStyle.bodySize
                placeholderText: page.mayWrite ? qsTr("Write in any language") : ""
                horizontalAlignment: TextEdit.AlignLeft
                Layout.fillWidth: true
                Layout.minimumHeight: 120
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
            }
            RowLayout {
                visible: page.mayWrite
                Layout.leftMargin: BroStyle.spacing
                Layout.bottomMargin: BroStyle.spacing
                BroBigButton {
                    objectName: "saveGoalWords"
                    text: qsTr("Save")
                    pictogram: MyBro.pictogram("state", "done")
                    onClicked: page.save()
                }
                Label {
                    id: status
                    font.pixelSize: BroStyle.bodySize
                    color: BroStyle.secondaryText
                }
            }
        }
    }
}
