import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro
import Bro.Core

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Bro")
    color: BroStyle.background

    Material.theme: Material.Light
    Material.primary: BroStyle.primary
    Material.accent: BroStyle.primary

    header: ToolBar {
        Material.foreground: "white"
        height: 56
        background: Rectangle { color: BroStyle.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 8
            ToolButton {
                objectName: "backButton"
                visible: stack.depth > 1
                text: "←"
                font.pixelSize: 24
                implicitWidth: BroStyle.touchTarget
                implicitHeight: BroStyle.touchTarget
                Accessible.name: qsTr("Back")
                onClicked: stack.pop()
            }
            Label {
                text: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : qsTr("Bro")
                font.pixelSize: 20
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : 8
            }
            BroSyncBadge {
                Layout.maximumWidth: window.width * 0.45
                onOpenDetails: if (!(stack.currentItem instanceof SyncPage)) stack.push(syncPageComponent)
            }
            ToolButton {
                objectName: "languageButton"
                text: App.language === "nb" ? "English" : "Norsk"
                font.pixelSize: BroStyle.captionSize
                implicitHeight: BroStyle.touchTarget
                Accessible.name: qsTr("Change language")
                onClicked: App.language = (App.language === "nb" ? "en" : "nb")
            }
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: ParticipantListPage {
            onOpenParticipant: id => window.openParticipant(id)
        }
    }

    Component {
        id: participantPageComponent
        ParticipantPage {}
    }
    Component {
        id: syncPageComponent
        SyncPage {}
    }

    function openParticipant(id, immediate) {
        return stack.push(participantPageComponent, { participantId: id },
                          immediate ? StackView.Immediate : StackView.PushTransition)
    }

    // Pages named by `bro --screenshot PAGE`.
    function showPage(name) {
        const list = stack.get(0)
        switch (name) {
        case "participants":
            break
        case "sync":
            stack.push(syncPageComponent, {}, StackView.Immediate)
            break
        case "new-participant":
            list.openNewParticipant()
            break
        case "participant":
        case "measure": {
            const page = openParticipant(list.firstParticipantId(), true)
            if (name === "measure")
                page.openMeasure(page.firstMeasureId())
            break
        }
        default:
            console.warn("unknown page", name)
        }
    }

    Component.onCompleted: if (App.startPage.length > 0) showPage(App.startPage)
}
