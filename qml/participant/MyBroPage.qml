import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// "Min bro": the bridge, the next meeting and what was agreed, the training book's progress as
// a picture, and the goal in my own words. The adviser's participant page shows the same
// (readOnly: the adviser reads the participant's own words, never writes them).
Page {
    id: page
    objectName: "myBroPage"
    property string participantId
    readonly property var bridge: {
        MyBro.revision;
        return MyBro.bridge(participantId);
    }
    signal openPlank(string measureId)
    signal openGoal
    background: Rectangle {
        color: BroStyle.background
    }

    function isolate(s) {
        return s ? "\u2066" + s + "\u2069" : "";
    }

    BroScrollPage {
        id: scroll
        anchors.fill: parent
        ColumnLayout {
            width: parent.width
            spacing: BroStyle.spacing

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                Layout.topMargin: BroStyle.spacing
                Label {
                    objectName: "bridgeTitle"
                    text: qsTr("My bridge to work")
                    font.pixelSize: BroStyle.titleSize
                    font.weight: Font.DemiBold
                    color: BroStyle.text
                    horizontalAlignment: Text.AlignLeft
                    Layout.fillWidth: true
                }
                BroSpeakButton {
                    speech: qsTr("My bridge to work") + ". " + (page.bridge.goal || "")
                }
            }

            BroBridge {
                id: bridgeView
                objectName: "bridge"
                bridge: page.bridge
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.smallSpacing
                Layout.rightMargin: BroStyle.smallSpacing
                Layout.preferredHeight: vertical ? implicitHeight : Math.max(360, Math.min(page.height * 0.6, 520))
                onOpenPlank: id => page.openPlank(id)
                onOpenGoal: page.openGoal()
            }

            // The goal in my own words.
            Pane {
                objectName: "myWordsPane"
                visible: (page.bridge.goalInMyWords || "").length > 0
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                background: Rectangle {
                    color: BroStyle.bankGoal
                    radius: BroStyle.radius
                }
                RowLayout {
                    anchors.fill: parent
                    BroPictogram {
                        text: MyBro.pictogram("ui", "my_words")
                        size: 28
                    }
                    Label {
                        objectName: "goalInMyWords"
                        text: page.bridge.goalInMyWords || ""
                        wrapMode: Text.WordWrap
                        font.pixelSize: BroStyle.bodySize
                        color: BroStyle.text
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                    BroSpeakButton {
                        speech: page.bridge.goalInMyWords || ""
                        ownerId: page.bridge.planId || ""
                    }
                }
            }

            GridLayout {
                columns: page.width > 700 ? 2 : 1
                columnSpacing: BroStyle.spacing
                rowSpacing: BroStyle.spacing
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                Layout.bottomMargin: BroStyle.spacing

                // The next meeting and what was agreed.
                Pane {
                    objectName: "nextMeeting"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    background: Rectangle {
                        color: BroStyle.surface
                        radius: BroStyle.radius
                    }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: BroStyle.smallSpacing
                        RowLayout {
                            Layout.fillWidth: true
                            BroPictogram {
                                text: MyBro.pictogram("ui", "meeting")
                            }
                            Label {
                                readonly property var meeting: page.bridge.nextMeeting || ({})
                                text: meeting.date ? qsTr("Next meeting: %1").arg(page.isolate(BroStyle.formatDate(meeting.date))) + "\n" + Records.optionLabel("meeting", "type", meeting.type) : qsTr("No meeting planned")
                                wrapMode: Text.WordWrap
                                font.pixelSize: BroStyle.bodySize
                                font.weight: Font.DemiBold
                                color: BroStyle.text
                                horizontalAlignment: Text.AlignLeft
                                Layout.fillWidth: true
                            }
                            BroSpeakButton {
                                readonly property var meeting: page.bridge.nextMeeting || ({})
                                speech: meeting.date ? qsTr("Next meeting: %1").arg(BroStyle.formatDate(meeting.date)) : qsTr("No meeting planned")
                            }
                        }
                        Repeater {
                            model: page.bridge.agreed || []
                            RowLayout {
                                required property string modelData
                                Layout.fillWidth: true
                                BroPictogram {
                                    text: MyBro.pictogram("ui", "agreed")
                                    size: 22
                                }
                                Label {
                                    text: modelData
                                    wrapMode: Text.WordWrap
                                    font.pixelSize: BroStyle.bodySize
                                    color: BroStyle.text
                                    horizontalAlignment: Text.AlignLeft
                                    Layout.fillWidth: true
                                }
                                BroSpeakButton {
                                    speech: modelData
                                }
                            }
                        }
                    }
                }

                // The training book's progress: a picture, not a table.
                Pane {
                    objectName: "bookProgress"
                    visible: (page.bridge.goalsTotal || 0) > 0 || (page.bridge.hours || 0) > 0
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    background: Rectangle {
                        color: BroStyle.surface
                        radius: BroStyle.radius
                    }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: BroStyle.smallSpacing
                        RowLayout {
                            Layout.fillWidth: true
                            BroPictogram {
                                text: MyBro.pictogram("ui", "hours")
                            }
                            Label {
                                objectName: "hoursLogged"
                                text: qsTr("%1 hours at work").arg(page.isolate(Number(page.bridge.hours || 0).toLocaleString(Qt.locale(), "f", 0)))
                                font.pixelSize: BroStyle.headingSize
                                font.weight: Font.DemiBold
                                color: BroStyle.text
                                horizontalAlignment: Text.AlignLeft
                                Layout.fillWidth: true
                            }
                            BroSpeakButton {
                                speech: qsTr("%1 hours at work").arg(Math.round(page.bridge.hours || 0))
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            BroPictogram {
                                text: MyBro.pictogram("ui", "goals")
                            }
                            Flow {
                                objectName: "goalDots"
                                spacing: 6
                                Layout.fillWidth: true
                                Repeater {
                                    model: page.bridge.goalsTotal || 0
                                    Rectangle {
                                        required property int index
                                        width: 28
                                        height: 28
                                        radius: 14
                                        color: index < (page.bridge.goalsReached || 0) ? BroStyle.success : BroStyle.transparent
                                        border.width: 3
                                        border.color: BroStyle.success
                                    }
                                }
                            }
                            BroSpeakButton {
                                speech: qsTr("%1 of %2 goals reached").arg(page.bridge.goalsReached || 0).arg(page.bridge.goalsTotal || 0)
                            }
                        }
                    }
                }
            }
        }
    }
}
