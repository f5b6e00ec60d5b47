import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Shapes
import Bro
import Bro.Core

// "Min bro" drawn: the bank where I stand now, the planks (the plan's measures in order, each
// with its type's pictogram, state and dates; the current one highlighted and marked), and the
// bank of the goal. Wide: across from the reading side (left in bokmål, right in Arabic and
// Dari: the Row and the anchors follow LayoutMirroring); narrow portrait: from the top down.
// The rules (which planks, their order and state) are domain/bridge.h's; this only draws.
Item {
    id: root
    // MyBro.bridge(participantId)
    property var bridge: ({})
    readonly property var planks: bridge.planks || []
    // Across only when every plank gets room for its words at a readable size; else top-down
    // (a phone in portrait, a tablet in portrait with many planks).
    readonly property real bankWidth: Math.max(130, width * 0.2)
    readonly property bool vertical: width < 560 || (width - 2 * bankWidth) / Math.max(1, planks.length) < minPlankWidth
    readonly property int minPlankWidth: 120
    readonly property int plankHeight: 96
    readonly property bool mirrored: LayoutMirroring.enabled
    signal openPlank(string measureId)
    signal openGoal

    implicitHeight: vertical ? bankNow.height + goalBank.height + planks.length * (plankHeight + 4) + 24 : 420

    function isolate(s) {
        return s ? "\u2066" + s + "\u2069" : "";
    } // dates do not jump in RTL
    function shortDate(iso) {
        return iso ? isolate(BroStyle.formatDate(iso)) : "";
    }
    function plankItem(i) {
        return planksRepeater.itemAt(i);
    }
    // The pixel size at which the widest word of text fits in width (at most base, at least
    // BroStyle.minTextSize: a long word on a narrow plank or bank is made a little smaller,
    // never unreadably small; the planks are made wide enough for that, see vertical).
    function fittedSize(text, width, base) {
        let widest = 0;
        for (const word of String(text).split(/\s+/))
            widest = Math.max(widest, wordMetrics.advanceWidth(word));
        const needed = widest * base / wordMetrics.font.pixelSize * 1.08; // bold is wider
        return width > 0 && needed > width ? Math.max(BroStyle.minTextSize, Math.floor(base * width / needed)) : base;
    }
    FontMetrics {
        id: wordMetrics
        font.pixelSize: 40
    }

    // The water under the bridge.
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: root.vertical ? parent.height : parent.height * 0.28
        anchors.leftMargin: root.vertical ? parent.width * 0.06 : 0
        anchors.rightMargin: root.vertical ? parent.width * 0.06 : 0
        color: BroStyle.water
        radius: BroStyle.radius
    }
    // The arch that carries the deck (symmetric: the same in both directions).
    Shape {
        visible: !root.vertical
        anchors.fill: parent
        ShapePath {
            strokeColor: BroStyle.bridgeLine
            strokeWidth: 6
            fillColor: BroStyle.transparent
            capStyle: ShapePath.RoundCap
            startX: bankNow.width
            startY: deck.y + deck.height
            PathQuad {
                x: root.width - goalBank.width
                y: deck.y + deck.height
                controlX: root.width / 2
                controlY: root.height * 0.98
            }
        }
    }

    // The bank I stand on now: languages, Norwegian, education, work.
    Rectangle {
        id: bankNow
        objectName: "bankNow"
        anchors.left: parent.left
        anchors.top: parent.top
        width: root.vertical ? parent.width : root.bankWidth
        height: root.vertical ? nowColumn.implicitHeight + 24 : parent.height * 0.8
        color: BroStyle.bankNow
        radius: BroStyle.radius
        ColumnLayout {
            id: nowColumn
            anchors.fill: parent
            anchors.margins: 12
            spacing: 6
            Repeater {
                model: [{
                        "pic": "languages",
                        "text": root.bridge.otherLanguages || ""
                    }, {
                        "pic": "norwegian",
                        "text": root.bridge.norwegianLevel ? qsTr("Norwegian %1").arg(root.bridge.norwegianLevel) : ""
                    }, {
                        "pic": "education",
                        "text": (root.bridge.education || []).join(", ")
                    }, {
                        "pic": "work",
                        "text": (root.bridge.work || []).map(w => w.text).join(", ")
                    }]
                RowLayout {
                    required property var modelData
                    visible: modelData.text.length > 0
                    spacing: 6
                    Layout.fillWidth: true
                    BroPictogram {
                        text: MyBro.pictogram("bank", modelData.pic)
                        size: 24
                        Layout.alignment: Qt.AlignTop
                    }
                    Label {
                        Layout.alignment: Qt.AlignVCenter
                        text: modelData.text
                        wrapMode: Text.WordWrap
                        font.pixelSize: root.fittedSize(text, parent.width - 30, BroStyle.captionSize)
                        color: BroStyle.text
                        horizontalAlignment: Text.AlignLeft
                        Layout.fillWidth: true
                    }
                }
            }
            Item {
                Layout.fillHeight: true
                visible: !root.vertical
            }
        }
    }

    // The goal's bank.
    Rectangle {
        id: goalBank
        objectName: "bankGoal"
        anchors.right: parent.right
        // Not conditional anchors: a bottom anchor let go of keeps the height it gave.
        y: root.vertical ? root.height - height : 0
        width: root.vertical ? parent.width : root.bankWidth
        height: root.vertical ? goalColumn.implicitHeight + 24 : parent.height * 0.8
        color: BroStyle.bankGoal
        radius: BroStyle.radius
        TapHandler {
            onTapped: root.openGoal()
        }
        ColumnLayout {
            id: goalColumn
            anchors.fill: parent
            anchors.margins: 12
            spacing: 4
            Item {
                Layout.fillHeight: true
                visible: !root.vertical
            }
            BroPictogram {
                text: root.bridge.goalPictogram || MyBro.pictogram("bank", "goal")
                size: 56
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                objectName: "goalText"
                text: root.bridge.goal || ""
                wrapMode: Text.WordWrap
                font.pixelSize: BroStyle.headingSize
                font.weight: Font.DemiBold
                color: BroStyle.text
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Item {
                Layout.fillHeight: true
                visible: !root.vertical
            }
        }
    }

    // The deck: the planks in order, across or down.
    Item {
        id: deck
        objectName: "deck"
        x: root.vertical ? root.width * 0.1 : bankNow.width
        y: root.vertical ? bankNow.height + 12 : root.height * 0.22
        width: root.vertical ? root.width * 0.8 : root.width - bankNow.width - goalBank.width
        height: root.vertical ? root.planks.length * (root.plankHeight + grid.spacing) : Math.min(root.height * 0.5, 200)
        Grid {
            id: grid
            anchors.fill: parent
            columns: root.vertical ? 1 : Math.max(1, root.planks.length)
            spacing: 4
            Repeater {
                id: planksRepeater
                model: root.planks
                Rectangle {
                    id: plank
                    required property var modelData
                    required property int index
                    objectName: "plank_" + index
                    readonly property bool current: modelData.current
                    readonly property string state_: modelData.state
                    width: root.vertical ? grid.width : (grid.width - (root.planks.length - 1) * grid.spacing) / Math.max(1, root.planks.length)
                    height: root.vertical ? root.plankHeight : grid.height
                    radius: 6
                    color: modelData.state === "done" ? BroStyle.plankDone : modelData.state === "now" ? BroStyle.plankNow : modelData.state === "next" ? BroStyle.plankNext : BroStyle.plankLater
                    border.width: current ? 4 : 1
                    border.color: current ? BroStyle.accent : BroStyle.bridgeLine
                    Accessible.role: Accessible.Button
                    Accessible.name: Records.optionLabel("measure", "type", modelData.type)
                    TapHandler {
                        onTapped: root.openPlank(plank.modelData.id)
                    }

                    // Across: pictogram, type, dates, state from the top down. Top-down: the
                    // pictogram, then the type over the dates (the words get the plank's width),
                    // then the state.
                    GridLayout {
                        anchors.fill: parent
                        anchors.margins: 6
                        flow: root.vertical ? GridLayout.LeftToRight : GridLayout.TopToBottom
                        columnSpacing: 8
                        rowSpacing: 2
                        BroPictogram {
                            text: plank.modelData.pictogram
                            size: root.vertical ? 32 : Math.min(40, plank.width * 0.4)
                            Layout.alignment: Qt.AlignHCenter
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignVCenter
                            Label {
                                objectName: "plankText"
                                text: {
                                    App.language;
                                    return Records.optionLabel("measure", "type", plank.modelData.type);
                                }
                                wrapMode: Text.WordWrap
                                maximumLineCount: root.vertical ? 2 : 3
                                elide: Text.ElideRight
                                font.pixelSize: root.fittedSize(text, root.vertical ? plank.width - 96 : plank.width - 12, BroStyle.captionSize)
                                font.weight: plank.current ? Font.Bold : Font.Normal
                                color: BroStyle.text
                                horizontalAlignment: root.vertical ? Text.AlignLeft : Text.AlignHCenter
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "plankDates"
                                text: root.shortDate(plank.modelData.startDate) + (plank.modelData.endDate ? (root.vertical ? " – " : "\n") + root.shortDate(plank.modelData.endDate) : "")
                                visible: plank.modelData.startDate.length > 0
                                font.pixelSize: BroStyle.minTextSize
                                color: BroStyle.secondaryText
                                horizontalAlignment: root.vertical ? Text.AlignLeft : Text.AlignHCenter
                                Layout.fillWidth: true
                            }
                        }
                        BroPictogram {
                            text: plank.modelData.statePictogram
                            size: 20
                            Layout.alignment: Qt.AlignHCenter
                            // The arrow to "next" points the way the bridge goes.
                            transform: Scale {
                                origin.x: 10
                                xScale: root.mirrored && plank.modelData.state === "next" ? -1 : 1
                            }
                        }
                    }
                    // "I am here": above the current plank.
                    BroPictogram {
                        objectName: "hereMarker"
                        visible: plank.current
                        text: MyBro.pictogram("state", "now")
                        size: 32
                        // Above the plank across, before it top-down (x follows the mirroring).
                        x: root.vertical ? (root.mirrored ? parent.width + 2 : -width - 2) : (parent.width - width) / 2
                        y: root.vertical ? (parent.height - height) / 2 : -height
                    }
                }
            }
        }
    }
}
