import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Quick logbook entry, made standing up on-site: one screen, big controls, today's date and
// the hours and goals of the previous entry as defaults. A correction of a signed entry is a
// new entry that points to it. An optional photo is saved with the entry, both or neither.
// Unsaved input is a draft of this book's new entry (or of the correction of that one entry),
// and is gone once the entry is saved.
Page {
    id: page
    property string bookId
    property string correctsId
    property var previous: ({})
    readonly property bool compact: width < 600
    signal saved(string id)

    title: correctsId ? qsTr("Correct an entry") : qsTr("New logbook entry")
    background: Rectangle {
        color: BroStyle.background
    }

    function load() {
        const entries = Records.children("logbook_entry", bookId);
        entries.sort((a, b) => (a.entry_date || "").localeCompare(b.entry_date || "") || a.id.localeCompare(b.id));
        previous = entries.length > 0 ? entries[entries.length - 1] : {};
        const base = correctsId ? Records.get("logbook_entry", correctsId) : {};
        const d = draft.restore() || {};
        date.setValue(d.entry_date || base.entry_date || BroStyle.today(0));
        hours.value = Number(d.hours || base.hours || previous.hours || 7.5) * 2;
        tasks.text = d.tasks || base.tasks || "";
        goalsPractised.text = d.goals_practised || base.goals_practised || previous.goals_practised || "";
        norwegian.text = d.norwegian_used || base.norwegian_used || "";
    }
    Component.onCompleted: load()

    function values() {
        const v = {
            "training_book_id": bookId,
            "entry_date": date.getValue(),
            "hours": hours.value / 2,
            "tasks": tasks.text,
            "goals_practised": goalsPractised.text,
            "norwegian_used": norwegian.text
        };
        if (correctsId)
            v.corrects_id = correctsId;
        return v;
    }

    // Saves the entry (and its photo); the entry's id, or "" with the message at its field.
    function save() {
        const r = BroForms.submit({
                "form": fields,
                "draft": draft,
                "status": message,
                "savedText": "",
                "save": () => Records.createWithFile("logbook_entry", values(), photo.pending, photo.caption)
            });
        if (!r.ok)
            return "";
        saved(r.id);
        return r.id;
    }

    BroDraft {
        id: draft
        key: Drafts.newKey("logbook_entry", page.bookId, page.correctsId)
        collect: () => page.values()
    }
    BroFieldGroup {
        id: fields
        fields: [date, tasks, goalsPractised, norwegian]
    }

    BroFormScroll {
        anchors.fill: parent
        BroSection {
            BroDraftNotice {
                visible: draft.restored
            }
            Label {
                visible: page.correctsId.length > 0
                text: qsTr("This entry corrects the one of %1.").arg(BroStyle.formatDate(Records.get("logbook_entry", page.correctsId).entry_date))
                color: BroStyle.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.preferredWidth: 0
            }
            GridLayout {
                columns: page.compact ? 1 : 2
                columnSpacing: BroStyle.spacing
                Layout.fillWidth: true
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    BroDateField {
                        id: date
                        kind: "logbook_entry"
                        field: "entry_date"
                        input.font.pixelSize: 20
                        onEdited: draft.changed()
                    }
                    RowLayout {
                        Button {
                            objectName: "today"
                            text: qsTr("Today")
                            flat: true
                            font.capitalization: Font.MixedCase
                            onClicked: {
                                date.setValue(BroStyle.today(0));
                                draft.changed();
                            }
                        }
                        Button {
                            objectName: "yesterday"
                            text: qsTr("Yesterday")
                            flat: true
                            font.capitalization: Font.MixedCase
                            onClicked: {
                                date.setValue(BroStyle.today(-1));
                                draft.changed();
                            }
                        }
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Label {
                        text: {
                            App.language;
                            return Records.label("logbook_entry", "hours") + " *";
                        }
                        color: BroStyle.secondaryText
                        font.pixelSize: BroStyle.captionSize
                    }
                    // Hours in half-hour steps with large buttons.
                    RowLayout {
                        spacing: BroStyle.smallSpacing
                        Button {
                            objectName: "lessHours"
                            text: "−"
                            font.pixelSize: 28
                            Accessible.name: qsTr("Half an hour less")
                            Layout.preferredWidth: 64
                            Layout.preferredHeight: 64
                            onClicked: {
                                hours.value = Math.max(0, hours.value - 1);
                                draft.changed();
                            }
                        }
                        Label {
                            id: hoursLabel
                            objectName: "hours"
                            text: qsTr("%1 h").arg((hours.value / 2).toLocaleString(Qt.locale(), "f", hours.value % 2 ? 1 : 0))
                            font.pixelSize: 28
                            font.weight: Font.DemiBold
                            horizontalAlignment: Text.AlignHCenter
                            Layout.preferredWidth: 96
                        }
                        Button {
                            objectName: "moreHours"
                            text: "+"
                            font.pixelSize: 28
                            Accessible.name: qsTr("Half an hour more")
                            Layout.preferredWidth: 64
                            Layout.preferredHeight: 64
                            onClicked: {
                                hours.value = Math.min(48, hours.value + 1);
                                draft.changed();
                            }
                        }
                        QtObject {
                            id: hours
                            property int value: 15
                        } // half hours
                    }
                }
            }
            BroTextArea {
                id: tasks
                kind: "logbook_entry"
                field: "tasks"
                pixelSize: 20
                minimumLines: 3
                placeholderText: qsTr("What did you do today?")
                hint: page.previous.tasks ? qsTr("Last time: %1").arg(page.previous.tasks) : ""
                area.onTextChanged: if (area.activeFocus)
                    draft.changed()
                function focusInput() {
                    area.forceActiveFocus();
                }
            }
            // Goals practised: tap the book's goals to add them.
            Label {
                text: {
                    App.language;
                    return Records.label("logbook_entry", "goals_practised");
                }
                color: BroStyle.secondaryText
                font.pixelSize: BroStyle.captionSize
            }
            Flow {
                Layout.fillWidth: true
                spacing: BroStyle.smallSpacing
                Repeater {
                    model: RecordModel {
                        kind: "competence_goal"
                        parentId: page.bookId
                    }
                    delegate: Button {
                        required property var title
                        readonly property bool chosen: goalsPractised.text.split("\n").indexOf(title) >= 0
                        text: (chosen ? "✓ " : "") + title
                        checkable: true
                        checked: chosen
                        highlighted: chosen
                        font.capitalization: Font.MixedCase
                        font.pixelSize: BroStyle.captionSize
                        onClicked: {
                            const list = goalsPractised.text.split("\n").filter(t => t.length > 0);
                            const i = list.indexOf(title);
                            if (i >= 0)
                                list.splice(i, 1);
                            else
                                list.push(title);
                            goalsPractised.text = list.join("\n");
                            draft.changed();
                        }
                    }
                }
            }
            BroTextArea {
                id: goalsPractised
                objectName: "goalsPractisedField"
                kind: "logbook_entry"
                field: "goals_practised"
                minimumLines: 1
                visible: false // filled by the goal buttons above
            }
            BroTextArea {
                id: norwegian
                kind: "logbook_entry"
                field: "norwegian_used"
                pixelSize: 18
                minimumLines: 2
                placeholderText: qsTr("New words and phrases from today")
                area.onTextChanged: if (area.activeFocus)
                    draft.changed()
                function focusInput() {
                    area.forceActiveFocus();
                }
            }
            BroEvidencePicker {
                id: photo
                Layout.fillWidth: true
            }
            BroStatusLine {
                id: message
                objectName: "message"
            }
            Button {
                objectName: "saveEntry"
                text: qsTr("Save entry")
                highlighted: true
                font.pixelSize: BroStyle.headingSize
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: if (page.save() && page.StackView.view)
                    page.StackView.view.pop()
            }
        }
    }
}
