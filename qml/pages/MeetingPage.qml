import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Meeting mode: who is here (and whether an interpreter took part, in which language the
// meeting is held), notes as they are written (append-only: a note is added, never edited),
// and agreed actions: each can be marked done, and becomes a measure of the plan in one tap
// (from the meeting's day to its due date).
Page {
    id: page
    property string meetingId
    property string participantId
    property var meeting: ({})
    readonly property bool landscape: width > height

    title: {
        App.language;
        return Records.optionLabel("meeting", "type", meeting.type) || qsTr("Meeting");
    }
    background: Rectangle {
        color: BroStyle.background
    }

    function reload() {
        meeting = Records.get("meeting", meetingId);
        if (!participantId)
            participantId = meeting.participant_id || "";
        details.load(meeting);
        const d = noteDraft.restore();
        note.text = d ? d.text || "" : "";
    }
    Component.onCompleted: reload()

    function saveDetails() {
        const r = BroForms.submit({
                "form": details,
                "status": detailsStatus,
                "save": () => Records.update("meeting", meetingId, details.values())
            });
        if (r.ok)
            meeting = Records.get("meeting", meetingId);
        return r.ok;
    }

    // Adds the typed note; the text stays (as a draft) if it cannot be saved.
    function addNote() {
        const r = BroForms.submit({
                "form": noteFields,
                "draft": noteDraft,
                "status": noteStatus,
                "savedText": "",
                "save": () => Records.create("meeting_note", {
                            "meeting_id": meetingId,
                            "text": note.text,
                            "written_at": BroStyle.nowUtc(),
                            "author": Session.displayName
                        })
            });
        if (r.ok)
            note.text = "";
        return r.ok;
    }

    function addAction() {
        const r = BroForms.submit({
                "form": actionFields,
                "status": actionsStatus,
                "savedText": "",
                "save": () => Records.create("agreed_action", {
                            "meeting_id": meetingId,
                            "text": actionText.text,
                            "due_date": actionDue.getValue(),
                            "responsible": actionResponsible.value
                        })
            });
        if (r.ok) {
            actionText.text = "";
            actionDue.setValue("");
        }
        return r.ok;
    }

    // One tap: the agreed action becomes a measure of the participant's plan; "" if not.
    function makeMeasure(actionId) {
        const r = Records.addActionToPlan(actionId);
        if (!r.ok) {
            actionsStatus.show(r.message, true);
            return "";
        }
        return r.id;
    }
    function setDone(actionId, done) {
        const r = Records.update("agreed_action", actionId, {
                "done": done
            });
        if (!r.ok)
            actionsStatus.show(r.message, true);
        return r.ok;
    }

    function endMeeting() {
        if (!saveDetails())
            return false;
        if (note.text.trim().length > 0 && !addNote())
            return false;
        const r = Records.update("meeting", meetingId, {
                "ended_at": BroStyle.nowUtc()
            });
        if (!r.ok) {
            detailsStatus.show(r.message, true);
            return false;
        }
        page.StackView.view.pop();
        return true;
    }

    RecordModel {
        id: notes
        kind: "meeting_note"
        parentId: page.meetingId
        sortField: "written_at"
    }
    RecordModel {
        id: actions
        kind: "agreed_action"
        parentId: page.meetingId
    }
    BroDraft {
        id: noteDraft
        key: Drafts.newKey("meeting_note", page.meetingId)
        collect: () => ({
                    "text": note.text
                })
    }
    BroFieldGroup {
        id: noteFields
        fields: [note]
    }
    BroFieldGroup {
        id: actionFields
        fields: [actionText, actionDue, actionResponsible]
    }

    BroFormScroll {
        id: scroll
        anchors.fill: parent

        GridLayout {
            Layout.fillWidth: true
            columns: page.landscape ? 2 : 1
            columnSpacing: BroStyle.spacing
            rowSpacing: BroStyle.spacing

            // Left: notes, written as the meeting goes.
            BroSection {
                title: qsTr("Notes")
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 3
                Label {
                    visible: notes.count === 0
                    text: qsTr("No notes yet.")
                    color: BroStyle.secondaryText
                }
                Repeater {
                    model: notes
                    delegate: ColumnLayout {
                        id: noteRow
                        required property var text
                        required property var written_at
                        required property var author
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            text: Qt.formatTime(new Date(noteRow.written_at), "HH:mm") + (noteRow.author ? " · " + noteRow.author : "")
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                        }
                        Label {
                            text: noteRow.text
                            wrapMode: Text.Wrap
                            font.pixelSize: BroStyle.bodySize + 2
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                    }
                }
                BroTextArea {
                    id: note
                    objectName: "noteInput"
                    kind: "meeting_note"
                    field: "text"
                    minimumLines: 3
                    pixelSize: 18
                    placeholderText: qsTr("Write what is said and agreed …")
                    area.onTextChanged: if (area.activeFocus)
                        noteDraft.changed()
                }
                BroStatusLine {
                    id: noteStatus
                }
                Button {
                    objectName: "addNote"
                    text: qsTr("Add note")
                    highlighted: true
                    enabled: note.text.trim().length > 0
                    Layout.alignment: Qt.AlignRight
                    Layout.minimumHeight: BroStyle.touchTarget
                    onClicked: page.addNote()
                }
            }

            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 2
                Layout.fillWidth: true
                spacing: BroStyle.spacing

                BroSection {
                    title: qsTr("Agreed actions")
                    Label {
                        visible: actions.count === 0
                        text: qsTr("Nothing agreed yet.")
                        color: BroStyle.secondaryText
                    }
                    Repeater {
                        model: actions
                        delegate: ColumnLayout {
                            id: actionRow
                            required property string recordId
                            required property var text
                            required property var due_date
                            required property var responsible
                            required property var measure_id
                            required property var done
                            spacing: 2
                            Layout.fillWidth: true
                            RowLayout {
                                spacing: BroStyle.smallSpacing
                                Layout.fillWidth: true
                                CheckBox {
                                    objectName: "actionDone"
                                    checked: !!actionRow.done
                                    Accessible.name: qsTr("Done")
                                    Layout.minimumHeight: BroStyle.touchTarget
                                    onToggled: if (!page.setDone(actionRow.recordId, checked))
                                        checked = !checked
                                }
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 0
                                    Label {
                                        text: actionRow.text
                                        wrapMode: Text.Wrap
                                        font.pixelSize: BroStyle.bodySize
                                        font.strikeout: !!actionRow.done
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 0
                                    }
                                    Label {
                                        text: {
                                            App.language;
                                            return [BroStyle.formatDate(actionRow.due_date), Records.optionLabel("agreed_action", "responsible", actionRow.responsible)].filter(v => !!v).join(" · ");
                                        }
                                        visible: text.length > 0
                                        color: BroStyle.secondaryText
                                        font.pixelSize: BroStyle.captionSize
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 0
                                    }
                                }
                            }
                            RowLayout {
                                spacing: BroStyle.smallSpacing
                                Layout.alignment: Qt.AlignRight
                                Button {
                                    objectName: "makeMeasure"
                                    visible: !actionRow.measure_id && !actionRow.done && Session.mayCreate("measure")
                                    text: qsTr("Add to plan")
                                    font.capitalization: Font.MixedCase
                                    Layout.minimumHeight: BroStyle.touchTarget
                                    onClicked: page.makeMeasure(actionRow.recordId)
                                }
                                BroChip {
                                    objectName: "inPlan"
                                    visible: !!actionRow.measure_id
                                    text: qsTr("In the plan ✓")
                                    tint: BroStyle.success
                                }
                            }
                            Rectangle {
                                Layout.fillWidth: true
                                implicitHeight: 1
                                color: BroStyle.divider
                            }
                        }
                    }
                    BroStatusLine {
                        id: actionsStatus
                    }
                    BroTextField {
                        id: actionText
                        objectName: "actionText"
                        kind: "agreed_action"
                        field: "text"
                        placeholderText: qsTr("What was agreed?")
                        function focusInput() {
                            input.forceActiveFocus();
                        }
                    }
                    GridLayout {
                        columns: scroll.width > 700 && !page.landscape || scroll.width > 1100 ? 2 : 1
                        columnSpacing: BroStyle.smallSpacing
                        Layout.fillWidth: true
                        BroDateField {
                            id: actionDue
                            kind: "agreed_action"
                            field: "due_date"
                            Layout.preferredWidth: 1
                        }
                        BroOptionField {
                            id: actionResponsible
                            kind: "agreed_action"
                            field: "responsible"
                            Layout.preferredWidth: 1
                            function focusInput() {
                            }
                        }
                    }
                    Button {
                        objectName: "addAction"
                        text: qsTr("Add agreed action")
                        enabled: actionText.text.trim().length > 0
                        Layout.alignment: Qt.AlignRight
                        Layout.minimumHeight: BroStyle.touchTarget
                        onClicked: page.addAction()
                    }
                }

                BroSection {
                    title: qsTr("Who took part")
                    // Planned from a job match: the job it is about.
                    Label {
                        objectName: "meetingJob"
                        visible: (page.meeting.employer || "") !== ""
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        wrapMode: Text.Wrap
                        font.pixelSize: BroStyle.bodySize
                        font.weight: Font.DemiBold
                        text: qsTr("%1 at %2").arg(page.meeting.occupation || "").arg(page.meeting.employer || "") + (page.meeting.job_start_date ? " · " + qsTr("starts %1").arg(BroStyle.formatDate(page.meeting.job_start_date)) : "")
                    }
                    BroRecordForm {
                        id: details
                        kind: "meeting"
                        draftKey: Drafts.key("meeting", page.meetingId)
                        fields: ["type", "meeting_date", "attendees", "interpreter", "interpreter_language", "language"]
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        BroStatusLine {
                            id: detailsStatus
                        }
                        Button {
                            objectName: "saveDetails"
                            text: qsTr("Save")
                            Layout.minimumHeight: BroStyle.touchTarget
                            onClicked: page.saveDetails()
                        }
                    }
                }
                Button {
                    objectName: "endMeeting"
                    visible: !page.meeting.ended_at
                    text: qsTr("End meeting")
                    highlighted: true
                    Layout.alignment: Qt.AlignRight
                    Layout.minimumHeight: BroStyle.touchTarget
                    onClicked: page.endMeeting()
                }
            }
        }
    }
}
