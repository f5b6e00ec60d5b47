import QtQuick
import QtQuick.Controls
import Bro
import Bro.Core

// A mentor's start: the training books of the participants placed with their employer (the
// server sends the device nothing else), on a phone or a tablet.
Page {
    id: page
    title: qsTr("Training books")
    signal openBook(string id)
    function firstBookId() {
        return books.count > 0 ? books.get(0).id : "";
    }
    background: Rectangle {
        color: BroStyle.background
    }

    RecordModel {
        id: books
        kind: "training_book"
        allParents: true
        sortField: "start_date"
        descending: true
    }

    ListView {
        id: list
        objectName: "bookList"
        anchors.fill: parent
        anchors.margins: BroStyle.spacing
        model: books
        spacing: BroStyle.smallSpacing
        clip: true
        delegate: BroBookCard {
            required property var model
            record: model.record
            recordId: model.recordId
            width: ListView.view.width
            showParticipant: true
            onClicked: page.openBook(recordId)
        }
    }
    Label {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        visible: books.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: BroStyle.secondaryText
        font.pixelSize: BroStyle.bodySize
        text: qsTr("No training books on this device yet. They arrive with the next sync once a participant is placed with your employer.")
    }
}
