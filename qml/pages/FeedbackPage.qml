import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The employer's feedback on the placement: six areas rated 1 to 5 with large buttons, free
// text, then the mentor's signature.
Page {
    id: page
    property string bookId
    property var ratings: ({})
    readonly property var areas: ["attendance", "punctuality", "cooperation", "safety", "work_quality", "norwegian_at_work"]
    readonly property string draftKey: "feedback/" + bookId
    signal saved(string id)

    title: qsTr("Employer feedback")
    background: Rectangle { color: BroStyle.background }

    Component.onCompleted: {
        const d = Drafts.load(draftKey)
        ratings = d.ratings || {}
        comment.text = d.comment || ""
    }
    Component.onDestruction: if (Object.keys(ratings).length > 0 || comment.text.length > 0) saveDraft()
    function saveDraft() { Drafts.save(draftKey, { ratings: ratings, comment: comment.text }) }

    function rate(area, value) {
        const r = Object.assign({}, ratings)
        r[area] = value
        ratings = r
        saveDraft()
    }

    // Saves the feedback and asks for the mentor's signature.
    function save() {
        Qt.inputMethod.commit()
        const v = Object.assign({ training_book_id: bookId, given_on: BroStyle.today(),
                                  comment: comment.text }, ratings)
        const r = Records.create("employer_feedback", v)
        if (!r.ok) {
            message.text = r.message
            return ""
        }
        Drafts.clear(draftKey)
        const book = Records.get("training_book", bookId)
        signDialog.openFor("employer_feedback", r.id, qsTr("Employer feedback"), book.mentor_name || Sync.user)
        saved(r.id)
        return r.id
    }

    BroFormScroll {
        anchors.fill: parent
        BroSection {
            Repeater {
                model: page.areas
                delegate: ColumnLayout {
                    id: areaRow
                    required property string modelData
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: { App.language; return Records.label("employer_feedback", areaRow.modelData) }
                        font.pixelSize: BroStyle.bodySize
                        font.weight: Font.DemiBold
                    }
                    RowLayout {
                        spacing: BroStyle.smallSpacing
                        Repeater {
                            model: 5
                            delegate: Button {
                                required property int index
                                objectName: areaRow.modelData + "_" + (index + 1)
                                text: String(index + 1)
                                checkable: true
                                checked: page.ratings[areaRow.modelData] === index + 1
                                highlighted: checked
                                font.pixelSize: 20
                                Layout.preferredWidth: 56
                                Layout.preferredHeight: 56
                                onClicked: page.rate(areaRow.modelData, index + 1)
                            }
                        }
                        Label {
                            text: page.ratings[areaRow.modelData] === 1 ? qsTr("needs much improvement")
                                : page.ratings[areaRow.modelData] === 5 ? qsTr("very good") : ""
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                        }
                    }
                }
            }
            BroTextArea {
                id: comment
                kind: "employer_feedback"; field: "comment"
                minimumLines: 3
                pixelSize: 18
                area.onTextChanged: if (area.activeFocus) page.saveDraft()
            }
            Label { id: message; objectName: "message"; visible: text.length > 0; color: BroStyle.error; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Button {
                objectName: "saveFeedback"
                text: qsTr("Save and sign")
                highlighted: true
                font.pixelSize: BroStyle.headingSize
                font.capitalization: Font.MixedCase
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: page.save()
            }
        }
    }
    SignDialog {
        id: signDialog
        onClosed: if (page.StackView.view) page.StackView.view.pop()
    }
}
