import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Participant mode: a participant's own device, or the adviser's tablet handed over ("show the
// participant"). Only the participant's screens exist here: the bridge and its planks, the goal
// in my own words, the self-evaluation, who opened my file, and the language. No caseload, no
// adviser form, no signing: none of those pages is even created. The first screen asks for the
// language until one is chosen. Right-to-left languages (Arabic, Dari) mirror everything below.
Page {
    id: home
    objectName: "participantHome"
    property string participantId: MyBro.participantId
    // The section shown: "bridge", "self_evaluation", "trail", "language".
    readonly property string section: stack.currentItem ? (stack.currentItem.sectionName || "") : ""
    readonly property bool compact: width < 600

    LayoutMirroring.enabled: App.rightToLeft
    LayoutMirroring.childrenInherit: true
    background: Rectangle {
        color: BroStyle.background
    }

    function show(name) {
        switch (name) {
        case "bridge":
            stack.replace(null, bridgeComponent, {}, StackView.Immediate);
            break;
        case "self_evaluation":
            stack.replace(null, selfEvaluationComponent, {}, StackView.Immediate);
            break;
        case "trail":
            stack.replace(null, trailComponent, {}, StackView.Immediate);
            break;
        case "language":
            stack.replace(null, languageComponent, {}, StackView.Immediate);
            break;
        }
        return stack.currentItem;
    }
    function openPlank(id) {
        return stack.push(plankComponent, {
                "measureId": id
            }, StackView.Immediate);
    }
    function openGoal() {
        return stack.push(goalComponent, {
                "participantId": home.participantId
            }, StackView.Immediate);
    }

    header: ToolBar {
        height: 56
        background: Rectangle {
            color: BroStyle.primary
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            ToolButton {
                objectName: "participantBack"
                visible: stack.depth > 1
                implicitWidth: BroStyle.touchTarget
                implicitHeight: BroStyle.touchTarget
                Accessible.name: qsTr("Back")
                contentItem: BroPictogram {
                    text: MyBro.pictogram("ui", "back")
                    size: 24
                    // The way back points to the reading start: mirrored in Arabic and Dari.
                    transform: Scale {
                        origin.x: 15
                        xScale: App.rightToLeft ? -1 : 1
                    }
                }
                onClicked: stack.pop(StackView.Immediate)
            }
            BroPictogram {
                text: MyBro.pictogram("ui", "bridge")
                size: 28
            }
            Label {
                objectName: "participantTitle"
                text: qsTr("My Bro")
                color: BroStyle.textOnPrimary
                font.pixelSize: BroStyle.titleSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                Layout.fillWidth: true
            }
            BroSyncBadge {
                visible: Session.role === "participant"
                compact: true
            }
        }
    }

    StackView {
        id: stack
        objectName: "participantStack"
        anchors.fill: parent
        Component.onCompleted: home.show(App.languageChosen ? "bridge" : "language")
    }

    footer: Pane {
        padding: 6
        background: Rectangle {
            color: BroStyle.surface
        }
        RowLayout {
            anchors.fill: parent
            spacing: 6
            Repeater {
                model: [{
                        "name": "bridge",
                        "pic": MyBro.pictogram("ui", "bridge"),
                        "text": qsTr("My bridge")
                    }, {
                        "name": "self_evaluation",
                        "pic": MyBro.pictogram("ui", "self_evaluation"),
                        "text": qsTr("How is it?")
                    }, {
                        "name": "trail",
                        "pic": MyBro.pictogram("ui", "trail"),
                        "text": qsTr("Who looked")
                    }, {
                        "name": "language",
                        "pic": MyBro.pictogram("ui", "language"),
                        "text": qsTr("Language")
                    }]
                BroBigButton {
                    required property var modelData
                    objectName: "nav_" + modelData.name
                    // The audit trail is the server's: a hand-over on the adviser's tablet has none.
                    visible: modelData.name !== "trail" || Session.role === "participant"
                    pictogram: modelData.pic
                    text: home.compact ? "" : modelData.text
                    Accessible.name: modelData.text
                    selected: home.section === modelData.name
                    implicitHeight: home.compact ? BroStyle.bigTouchTarget : BroStyle.bigTouchTarget + 28
                    Layout.fillWidth: true
                    onClicked: home.show(modelData.name)
                }
            }
        }
    }

    Component {
        id: bridgeComponent
        MyBroPage {
            readonly property string sectionName: "bridge"
            participantId: home.participantId
            onOpenPlank: id => home.openPlank(id)
            onOpenGoal: home.openGoal()
        }
    }
    Component {
        id: plankComponent
        PlankPage {
            readonly property string sectionName: "bridge"
        }
    }
    Component {
        id: goalComponent
        GoalPage {
            readonly property string sectionName: "bridge"
        }
    }
    Component {
        id: selfEvaluationComponent
        SelfEvaluationPage {
            readonly property string sectionName: "self_evaluation"
            participantId: home.participantId
            onFinished: home.show("bridge")
        }
    }
    Component {
        id: trailComponent
        TrailPage {
            readonly property string sectionName: "trail"
        }
    }
    Component {
        id: languageComponent
        LanguagePage {
            readonly property string sectionName: "language"
            onChosen: home.show("bridge")
        }
    }
}
