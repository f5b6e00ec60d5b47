import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Sync details and the conflict review: the two versions side by side; the person keeps one
// or writes one text from both.
Page {
    id: page
    title: qsTr("Sync and conflicts")
    background: Rectangle { color: BroStyle.background }

    readonly property alias conflicts: conflicts
    ConflictModel { id: conflicts }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth - 2 * BroStyle.spacing
            x: BroStyle.spacing
            y: BroStyle.spacing
            spacing: BroStyle.spacing

            BroSection {
                title: qsTr("Sync")
                GridLayout {
                    columns: 2
                    columnSpacing: BroStyle.spacing
                    rowSpacing: 4
                    Layout.fillWidth: true
                    Label { text: qsTr("Server"); color: BroStyle.secondaryText }
                    Label {
                        text: Sync.loggedIn ? qsTr("%1 as %2").arg(Sync.server).arg(Sync.user) : qsTr("Not logged in")
                        Layout.fillWidth: true; elide: Text.ElideRight
                    }
                    Label { text: qsTr("Last successful sync"); color: BroStyle.secondaryText }
                    Label {
                        text: isNaN(Sync.lastSuccess.getTime()) ? qsTr("Never")
                              : Sync.lastSuccess.toLocaleString(Qt.locale(), "d. MMM yyyy HH:mm")
                    }
                    Label { text: qsTr("Changes not sent"); color: BroStyle.secondaryText }
                    Label { text: Records.unsentChanges }
                    Label { text: qsTr("Last error"); color: BroStyle.secondaryText; visible: Sync.lastError.length > 0 }
                    Label {
                        visible: Sync.lastError.length > 0
                        text: Sync.lastError
                        color: BroStyle.error
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                RowLayout {
                    visible: Sync.loggedIn
                    Layout.fillWidth: true
                    Item { Layout.fillWidth: true }
                    Button {
                        text: qsTr("Log out")
                        flat: true
                        onClicked: Sync.logout()
                    }
                    Button {
                        objectName: "syncNow"
                        text: Sync.busy ? qsTr("Syncing …") : qsTr("Sync now")
                        enabled: !Sync.busy
                        highlighted: true
                        Layout.minimumHeight: BroStyle.touchTarget
                        onClicked: Sync.syncNow()
                    }
                }
                GridLayout {
                    visible: !Sync.loggedIn
                    columns: page.width > 700 ? 3 : 1
                    columnSpacing: BroStyle.spacing
                    Layout.fillWidth: true
                    TextField {
                        id: serverField
                        placeholderText: qsTr("Server address")
                        text: Sync.server
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                        Layout.fillWidth: true
                        Layout.minimumHeight: BroStyle.touchTarget
                    }
                    TextField {
                        id: userField
                        placeholderText: qsTr("User name")
                        text: Sync.user
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        Layout.fillWidth: true
                        Layout.minimumHeight: BroStyle.touchTarget
                    }
                    TextField {
                        id: passwordField
                        placeholderText: qsTr("Password")
                        echoMode: TextInput.Password
                        Layout.fillWidth: true
                        Layout.minimumHeight: BroStyle.touchTarget
                    }
                }
                Button {
                    visible: !Sync.loggedIn
                    text: qsTr("Log in")
                    highlighted: true
                    enabled: !Sync.busy && serverField.text.length > 0 && userField.text.length > 0
                    Layout.alignment: Qt.AlignRight
                    Layout.minimumHeight: BroStyle.touchTarget
                    onClicked: {
                        Qt.inputMethod.commit()
                        Sync.login(serverField.text, userField.text, passwordField.text)
                        passwordField.text = ""
                    }
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
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Repeater {
                model: conflicts
                delegate: BroSection {
                    id: card
                    required property string kindLabel
                    required property string recordTitle
                    required property string recordId
                    required property string field
                    required property string fieldLabel
                    required property string reasonText
                    required property var shown
                    required property var other
                    required property bool resolvable
                    title: card.kindLabel + (card.recordTitle ? " · " + card.recordTitle : "") + " · " + card.fieldLabel

                    Label {
                        text: card.reasonText
                        color: BroStyle.warning
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    GridLayout {
                        columns: page.width > 700 ? 2 : 1
                        columnSpacing: BroStyle.spacing
                        Layout.fillWidth: true
                        Repeater {
                            model: [{ heading: qsTr("Shown now"), text: card.shown, name: "keepShown" },
                                    { heading: qsTr("The other version"), text: card.other, name: "keepOther" }]
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
                            Qt.inputMethod.commit()
                            Sync.resolve(card.recordId, card.field, merged.text)
                        }
                    }
                }
            }
        }
    }
}
