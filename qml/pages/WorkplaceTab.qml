import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The workplace's facts and the HSE (HMS) introduction as a checklist with dates. Advisers
// edit the facts; mentors tick off the HSE topics they went through.
BroFormScroll {
    id: tab
    property string bookId
    property var book: ({})
    property bool compact: false

    RecordModel {
        id: hse
        kind: "hse_item"
        parentId: tab.bookId
    }

    function toggleHse(id, done) {
        return Records.update("hse_item", id, done ? {
                "done_on": BroStyle.today(),
                "done_by": Session.displayName
            } : {
                "done_on": null,
                "done_by": null
            });
    }
    function saveFacts() {
        return BroForms.submit({
                "form": facts,
                "status": factsStatus,
                "save": () => Records.update("training_book", tab.bookId, facts.values())
            });
    }

    BroSection {
        title: qsTr("HSE introduction")
        headerAction: Button {
            objectName: "addHse"
            visible: Session.mayCreate("hse_item")
            text: qsTr("+ Add")
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: hseDialog.openNew({
                    "training_book_id": tab.bookId
                })
        }
        Repeater {
            model: hse
            delegate: RowLayout {
                id: hseRow
                required property string recordId
                required property var title
                required property var done_on
                required property var done_by
                required property int index
                spacing: BroStyle.smallSpacing
                Layout.fillWidth: true
                CheckBox {
                    objectName: "hse_" + hseRow.index
                    checked: !!hseRow.done_on
                    enabled: Session.mayEdit("hse_item", "done_on")
                    Layout.minimumHeight: BroStyle.touchTarget
                    onToggled: {
                        const r = tab.toggleHse(hseRow.recordId, checked);
                        if (!r.ok) {
                            checked = !checked;
                            hseStatus.show(r.message, true);
                        }
                    }
                }
                Label {
                    text: hseRow.title
                    wrapMode: Text.Wrap
                    font.pixelSize: BroStyle.bodySize
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                Label {
                    text: hseRow.done_on ? BroStyle.formatDate(hseRow.done_on) : qsTr("not yet")
                    color: hseRow.done_on ? BroStyle.secondaryText : BroStyle.accent
                    font.pixelSize: BroStyle.captionSize
                }
            }
        }
        BroStatusLine {
            id: hseStatus
        }
    }
    BroSection {
        title: qsTr("The workplace")
        BroRecordForm {
            id: facts
            kind: "training_book"
            readOnly: !Session.mayEdit("training_book", "workplace")
            draftKey: Session.mayEdit("training_book", "workplace") ? Drafts.key("training_book", tab.bookId) : ""
            columns: tab.compact ? 1 : 2
            fields: ["employer", "workplace", "address", "working_hours", "hours_per_week", "contact_person", "contact_phone", "mentor_name", "start_date", "end_date", "hse_info"]
            Component.onCompleted: load(tab.book)
        }
        BroStatusLine {
            id: factsStatus
        }
        Button {
            objectName: "saveFacts"
            visible: !facts.readOnly
            text: qsTr("Save")
            highlighted: true
            Layout.alignment: Qt.AlignRight
            onClicked: tab.saveFacts()
        }
    }
    BroRecordDialog {
        id: hseDialog
        kind: "hse_item"
        newTitle: qsTr("New HSE topic")
        fields: ["title", "done_on", "done_by"]
    }
}
