import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Sync details and the conflict review: whose record, which field, the two versions side by
// side; the person keeps one or writes one text from both.
Page {
    id: page
    title: qsTr("Sync and conflicts")
    background: Rectangle {
        color: BroStyle.background
    }
    readonly property bool wide: width > 700
    function escapeHtml(text) {
        return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    readonly property alias conflicts: conflicts
    ConflictModel {
        id: conflicts
    }

    BroFormScroll {
        id: scroll
        anchors.fill: parent

        BroSection {
            title: qsTr("Sync")
            GridLayout {
                columns: page.wide ? 2 : 1
                columnSpacing: BroStyle.spacing
                rowSpacing: page.wide ? 4 : 0
                Layout.fillWidth: true
                Label {
                    text: qsTr("Server")
                    color: BroStyle.secondaryText
                }
                Label {
                    objectName: "serverAddress"
                    text: Sync.loggedIn ? qsTr("%1 as %2").arg(Sync.server).arg(Sync.user) : qsTr("Not logged in")
                    wrapMode: Text.WrapAnywhere // an address has no spaces to break at
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    Layout.bottomMargin: page.wide ? 0 : BroStyle.smallSpacing
                }
                Label {
                    text: qsTr("Last successful sync")
                    color: BroStyle.secondaryText
                }
                Label {
                    text: isNaN(Sync.lastSuccess.getTime()) ? qsTr("Never") : BroStyle.formatDate(Qt.formatDate(Sync.lastSuccess, "yyyy-MM-dd")) + " " + Sync.lastSuccess.toLocaleTimeString(Qt.locale(), "HH:mm")
                    Layout.bottomMargin: page.wide ? 0 : BroStyle.smallSpacing
                }
                Label {
                    text: qsTr("Changes not sent")
                    color: BroStyle.secondaryText
                }
                Label {
                    objectName: "unsentCount"
                    text: Records.unsentChanges
                    Layout.bottomMargin: page.wide ? 0 : BroStyle.smallSpacing
                }
                Label {
                    text: qsTr("Last problem")
                    color: BroStyle.secondaryText
                    visible: Sync.lastError.length > 0
                }
                Label {
                    visible: Sync.lastError.length > 0
                    text: Sync.retryInSeconds > 0 ? Sync.lastError + " " + qsTr("Next try in %n second(s).", "", Sync.retryInSeconds) : Sync.lastError
                    color: BroStyle.error
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
            }
            Flow {
                visible: Sync.loggedIn
                spacing: BroStyle.smallSpacing
                layoutDirection: Qt.RightToLeft
                Layout.fillWidth: true
                Button {
                    objectName: "syncNow"
                    text: Sync.busy ? qsTr("Syncing …") : qsTr("Sync now")
                    enabled: !Sync.busy
                    highlighted: true
                    height: BroStyle.touchTarget
                    onClicked: Sync.syncNow()
                }
                Button {
                    text: qsTr("Log out")
                    flat: true
                    onClicked: Sync.logout()
                }
            }
            BroLoginForm {
                visible: !Sync.loggedIn
                wide: page.wide
                Layout.fillWidth: true
            }
        }

        Label {
            text: qsTr("Conflicts")
            font.pixelSize: BroStyle.headingSize
            font.weight: Font.DemiBold
        }
        Label {
            visible: conflicts.count === 0
            text: qsTr("No conflicts. When the same text is changed on two devices, both versions are kept and shown here.")
            color: BroStyle.secondaryText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }

        Repeater {
            model: conflicts
            delegate: BroSection {
                id: card
                required property string kindLabel
                required property string recordTitle
                required property string participantName
                required property string recordId
                required property string field
                required property string fieldLabel
                required property string reasonText
                required property var shown
                required property var other
                required property bool resolvable
                objectName: "conflictCard"
                title: card.participantName || card.kindLabel

                // What changed and why it is a conflict, as one text (two wrapped labels in the
                // card's column were laid out one over the other on a phone).
                Label {
                    objectName: "conflictWhat"
                    readonly property string what: [card.participantName ? card.kindLabel : "", card.recordTitle, card.fieldLabel].filter(v => !!v).join(" · ")
                    text: "<b>" + page.escapeHtml(what) + "</b><br/><font color=\"" + BroStyle.warning + "\">" + page.escapeHtml(card.reasonText) + "</font>"
                    textFormat: Text.StyledText
                    font.pixelSize: BroStyle.bodySize
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                GridLayout {
                    columns: page.wide ? 2 : 1
                    columnSpacing: BroStyle.spacing
                    Layout.fillWidth: true
                    Repeater {
                        model: [{
                                "heading": qsTr("Shown now"),
                                "text": card.shown,
                                "name": "keepShown"
                            }, {
                                "heading": qsTr("The other version"),
                                "text": card.other,
                                "name": "keepOther"
                            }]
                        delegate: Rectangle {
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            implicitHeight: versionColumn.implicitHeight + 24
                            radius: 8
                            color: BroStyle.primaryLight
                            ColumnLayout {
                                id: versionColumn
                                anchors.fill: parent
                                anchors.margins: 12
                                Label {
                                    text: modelData.heading
                                    font.pixelSize: BroStyle.captionSize
                                    color: BroStyle.secondaryText
                                }
                                Label {
                                    text: modelData.text === undefined || modelData.text === null ? "–" : String(modelData.text)
                                    font.pixelSize: BroStyle.bodySize
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 0
                                }
                                Button {
                                    objectName: modelData.name
                                    visible: card.resolvable
                                    text: qsTr("Keep this")
                                    Layout.minimumHeight: BroStyle.touchTarget
                                    onClicked: Sync.resolve(card.recordId, card.field, String(modelData.text))
                                }
                            }
                        }
                    }
                }
                TextArea {
                    id: merged
                    visible: card.resolvable
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: BroStyle.bodySize
                    placeholderText: qsTr("Or write one text from both …")
                }
                Button {
                    visible: card.resolvable
                    enabled: merged.text.trim().length > 0
                    text: qsTr("Use this text")
                    Layout.alignment: Qt.AlignRight
                    Layout.minimumHeight: BroStyle.touchTarget
                    onClicked: {
                        Qt.inputMethod.commit();
                        Sync.resolve(card.recordId, card.field, merged.text);
                    }
                }
            }
        }
    }
}
