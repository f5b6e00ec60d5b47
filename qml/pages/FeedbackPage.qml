import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The employer's feedback on the placement: each rating area (TrainingBooks.feedbackAreas)
// rated 1 to 5 with large buttons, free text, then the mentor's signature. An area left
// unrated stays unrated (not a zero). Unsaved input is a draft of this book's new feedback and
// is gone once it is saved.
Page {
    id: page
    property string bookId
    property var ratings: ({})
    readonly property var areas: TrainingBooks.feedbackAreas
    signal saved(string id)
    // The feedback was saved and its signature asked for (signed or not).
    signal finished

    title: qsTr("Employer feedback")
    background: Rectangle {
        color: BroStyle.background
    }

    Component.onCompleted: {
        const d = draft.restore() || {};
        ratings = d.ratings || {};
        comment.text = d.comment || "";
    }

    function rate(area, value) {
        const r = Object.assign({}, ratings);
        r[area] = value;
        ratings = r;
        draft.changed();
    }

    // Saves the feedback and asks for the signature; the record's id, or "".
    function save() {
        const r = BroForms.submit({
                "form": fields,
                "draft": draft,
                "status": message,
                "savedText": "",
                "save": () => Records.create("employer_feedback", Object.assign({
                                "training_book_id": bookId,
                                "given_on": BroStyle.today(),
                                "comment": comment.text
                            }, ratings))
            });
        if (!r.ok)
            return "";
        saved(r.id);
        if (Session.maySign("employer_feedback"))
            signDialog.openFor("employer_feedback", r.id, qsTr("Employer feedback") + " " + BroStyle.formatDate(BroStyle.today()));
        else
            finished();
        return r.id;
    }

    BroDraft {
        id: draft
        key: Drafts.newKey("employer_feedback", page.bookId)
        collect: () => ({
                    "ratings": page.ratings,
                    "comment": comment.text
                })
    }
    BroFieldGroup {
        id: fields
        fields: [comment]
    }

    BroFormScroll {
        anchors.fill: parent
        BroSection {
            BroDraftNotice {
                visible: draft.restored
            }
            Repeater {
                model: page.areas
                delegate: ColumnLayout {
                    id: areaRow
                    required property string modelData
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: {
                            App.language;
                            return Records.label("employer_feedback", areaRow.modelData);
                        }
                        font.pixelSize: BroStyle.bodySize
                        font.weight: Font.DemiBold
                    }
                    Flow {
                        spacing: BroStyle.smallSpacing
                        Layout.fillWidth: true
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
                                width: 56
                                height: 56
                                onClicked: page.rate(areaRow.modelData, index + 1)
                            }
                        }
                        Label {
                            height: 56
                            verticalAlignment: Text.AlignVCenter
                            text: page.ratings[areaRow.modelData] === 1 ? qsTr("needs much improvement") : page.ratings[areaRow.modelData] === 5 ? qsTr("very good") : page.ratings[areaRow.modelData] ? "" : qsTr("not rated")
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                        }
                    }
                }
            }
            BroTextArea {
                id: comment
                kind: "employer_feedback"
                field: "comment"
                minimumLines: 3
                pixelSize: 18
                area.onTextChanged: if (area.activeFocus)
                    draft.changed()
                function focusInput() {
                    area.forceActiveFocus();
                }
            }
            BroStatusLine {
                id: message
                objectName: "message"
            }
            Button {
                objectName: "saveFeedback"
                text: Session.maySign("employer_feedback") ? qsTr("Save and sign") : qsTr("Save")
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
        onClosed: page.finished()
    }
    onFinished: if (page.StackView.view)
        page.StackView.view.pop()
}
