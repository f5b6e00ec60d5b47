import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The participant's self-evaluations on the adviser's participant page: the answers as the
// participant gave them (pictograms), the language they were given in, the typed words, and a
// flag on those to take up at the next meeting ("no" or "not sure": domain/selfevaluation.h).
ColumnLayout {
    id: root
    property string participantId
    readonly property var evaluations: {
        MyBro.revision;
        return MyBro.selfEvaluations(participantId);
    }
    spacing: BroStyle.smallSpacing

    Label {
        visible: root.evaluations.length === 0
        text: qsTr("No self-evaluation yet.")
        color: BroStyle.secondaryText
        font.pixelSize: BroStyle.bodySize
    }
    Repeater {
        model: root.evaluations
        Rectangle {
            id: card
            required property var modelData
            required property int index
            objectName: "selfEvaluation_" + index
            readonly property bool flagged: modelData.needsTalk
            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 16
            radius: BroStyle.radius
            color: flagged ? BroStyle.talkFlag : BroStyle.surface
            border.color: flagged ? BroStyle.error : BroStyle.divider
            ColumnLayout {
                id: cardColumn
                anchors.fill: parent
                anchors.margins: 8
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: BroStyle.formatDate(card.modelData.written_on) + (card.modelData.language ? " · " + App.nativeName(card.modelData.language) : "")
                        font.pixelSize: BroStyle.captionSize
                        color: BroStyle.secondaryText
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "talkFlag"
                        visible: card.flagged
                        text: qsTr("Take up at the next meeting")
                        font.pixelSize: BroStyle.captionSize
                        font.weight: Font.DemiBold
                        color: BroStyle.error
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: BroStyle.spacing
                    Repeater {
                        model: MyBro.questions()
                        Row {
                            required property string modelData
                            readonly property var value: card.modelData[modelData]
                            visible: value !== undefined && value !== null && value !== ""
                            spacing: 4
                            BroPictogram {
                                text: MyBro.pictogram("question", modelData)
                                size: 22
                            }
                            BroPictogram {
                                objectName: "answer_" + modelData
                                text: modelData === "score" ? MyBro.pictogram("score", String(value)) : MyBro.pictogram("answer", value)
                                size: 26
                            }
                            Label {
                                text: {
                                    App.language;
                                    return Records.label("self_evaluation", modelData);
                                }
                                font.pixelSize: BroStyle.captionSize
                                color: BroStyle.secondaryText
                                anchors.verticalCenter: parent.verticalCenter
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: !!card.modelData.text || spoken.visible
                    Label {
                        text: card.modelData.text || ""
                        wrapMode: Text.WordWrap
                        font.pixelSize: BroStyle.bodySize
                        color: BroStyle.text
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    // The spoken answer, when the participant recorded one.
                    BroSpeakButton {
                        id: spoken
                        objectName: "spokenAnswer"
                        visible: {
                            MyBro.revision;
                            return ReadAloud.hasRecording(card.modelData.id);
                        }
                        speech: card.modelData.text || ""
                        ownerId: card.modelData.id
                    }
                }
            }
        }
    }
}
