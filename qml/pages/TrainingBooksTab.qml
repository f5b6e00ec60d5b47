import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// A participant's training books, one per work placement.
BroFormScroll {
    id: tab
    property string participantId
    signal openBook(string id)

    RecordModel {
        id: books
        kind: "training_book"
        parentId: tab.participantId
        sortField: "start_date"
        descending: true
    }

    BroSection {
        title: qsTr("Work placements")
        headerAction: Button {
            objectName: "addBook"
            visible: Session.mayCreate("training_book")
            text: qsTr("+ New training book")
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: bookDialog.openNew({
                    "participant_id": tab.participantId
                })
        }
        Label {
            visible: books.count === 0
            text: qsTr("No work placement yet. A training book is made for each placement.")
            color: BroStyle.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: books
            delegate: BroBookCard {
                required property var model
                record: model.record
                recordId: model.recordId
                Layout.fillWidth: true
                onClicked: tab.openBook(recordId)
            }
        }
    }
    BroRecordDialog {
        id: bookDialog
        kind: "training_book"
        newTitle: qsTr("New training book")
        fields: ["employer", "workplace", "address", "working_hours", "hours_per_week", "contact_person", "contact_phone", "mentor_name", "start_date", "end_date"]
        onSaved: id => tab.openBook(id)
    }
}
