import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Sync state in the header, on every screen: whether the device is offline or synced (and when),
// how many changes wait to be sent (always, also while offline or after an error), and the
// number of conflicts. Tap for the details (the sync page says the whole problem in words).
ItemDelegate {
    id: root
    signal openDetails
    // On a phone: the coloured dot and the conflict count only; the text is on the sync page.
    property bool compact: false

    readonly property bool hasError: Sync.lastError.length > 0
    // The badge's words for a state: {busy, offline, error, loggedIn, unsent, lastSuccess}.
    function describe(s) {
        const unsent = qsTr("%n not sent", "", s.unsent);
        let state;
        if (s.busy)
            state = qsTr("Syncing …");
        else if (s.offline)
            state = qsTr("Offline");
        else if (s.error)
            state = qsTr("Not synced");
        else if (!s.loggedIn)
            state = qsTr("Not logged in");
        else if (s.lastSuccess && !isNaN(s.lastSuccess.getTime()))
            state = qsTr("Synced %1").arg(s.lastSuccess.toLocaleTimeString(Qt.locale(), "HH:mm"));
        else
            state = "";
        return [state, s.unsent > 0 ? unsent : ""].filter(v => !!v).join(" · ");
    }

    implicitHeight: BroStyle.touchTarget
    padding: 6
    background: Rectangle {
        radius: height / 2
        color: root.down ? BroStyle.pressedOnPrimary : BroStyle.quietOnPrimary
    }
    onClicked: openDetails()
    Accessible.name: statusText.text

    contentItem: RowLayout {
        spacing: 8
        Rectangle {
            implicitWidth: 10
            implicitHeight: 10
            radius: 5
            color: root.hasError ? BroStyle.syncError : Sync.busy ? BroStyle.syncBusy : Records.unsentChanges > 0 ? BroStyle.accent : BroStyle.syncDone
        }
        Label {
            id: statusText
            objectName: "syncState"
            visible: !root.compact && text.length > 0
            color: BroStyle.textOnPrimary
            font.pixelSize: BroStyle.captionSize
            text: {
                App.language;
                return root.describe({
                        "busy": Sync.busy,
                        "offline": Sync.offline,
                        "error": root.hasError,
                        "loggedIn": Sync.loggedIn,
                        "unsent": Records.unsentChanges,
                        "lastSuccess": Sync.lastSuccess
                    });
            }
        }
        Rectangle {
            visible: Sync.conflictCount > 0
            radius: height / 2
            color: BroStyle.conflictFill
            implicitHeight: 24
            implicitWidth: conflictLabel.implicitWidth + 16
            Label {
                id: conflictLabel
                objectName: "conflictCount"
                anchors.centerIn: parent
                text: {
                    App.language;
                    return root.compact ? "⚠ " + Sync.conflictCount : qsTr("%n conflict(s)", "", Sync.conflictCount);
                }
                color: BroStyle.conflictText
                font.pixelSize: 13
                font.weight: Font.DemiBold
            }
        }
    }
}
