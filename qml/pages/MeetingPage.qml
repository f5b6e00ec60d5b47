import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Meeting mode: who is here (and whether an interpreter took part, in which language the
// meeting is held), notes as they are written (append-only: a note is added, never edited),
// and agreed actions that become measures of the plan in one tap.
Page {
    id: page
    property string meetingId
    property string participantId
    property var meeting: ({})
    readonly property bool landscape: width > height

    title: { App.language; return Records.optionLabel("meeting", "type", meeting.type) || qsTr("Meeting") }
    background: Rectangle { color: BroStyle.background }

    function reload() {
        meeting = Records.get("meeting", meetingId)
        if (!participantId)
            participantId = meeting.participant_id || ""
        details.load(meeting)
        note.text = Drafts.load("meeting-note/" + meetingId).text || ""
    }
    Component.onCompleted: reload()

    function saveDetails() {
        Qt.inputMethod.commit()
        details.clearErrors()
        const r = Records.update("meeting", meetingId, details.values())
        if (!r.ok) {
            if (!details.showError(r.field, r.message))
                detailsStatus.text = r.message
            return false
        }
        details.forgetDraft()
        detailsStatus.text = qsTr("Saved on this device")
        return true
    }

    // Adds the typed note; the text stays (as a draft) if it cannot be saved.
    function addNote() {
        Qt.inputMethod.commit()
        const r = Records.create("meeting_note", {
            meeting_id: meetingId, text: note.text,
            written_at: BroStyle.nowUtc(), author: Sync.user || ""
        })
        if (!r.ok) {
            noteError.text = r.message
            return false
        }
        noteError.text = ""
        note.text = ""
        Drafts.clear("meeting-note/" + meetingId)
        return true
    }

    function addAction() {
        Qt.inputMethod.commit()
        const r = Records.create("agreed_action", {
            meeting_id: meetingId, text: actionText.text, due_date: actionDue.text.trim(),
            responsible: actionResponsible.value
        })
        if (!r.ok) {
            if (r.field === "due_date")
                actionDue.errorText = r.message
            else
                actionText.errorText = r.message
            return false
        }
        actionText.text = ""
        actionDue.text = ""
        return true
    }

    // One tap: the agreed action becomes a measure of the participant's plan (the plan is
    // created if there is none), and the action points to it.
    function makeMeasure(actionId) {
        const a = Records.get("agreed_action", actionId)
        if (!a.id || a.measure_id)
            return ""
        let plan = Records.firstChild("plan", participantId)
        if (!plan.id) {
            const p = Records.create("plan", { participant_id: participantId })
            if (!p.ok)
                return ""
            plan = Records.get("plan", p.id)
        }
        const today = BroStyle.today()
        const m = Records.create("measure", {
            plan_id: plan.id, type: "other", description: a.text, status: "planned",
            start_date: a.due_date && a.due_date >= today ? a.due_date : today,
            responsible: a.responsible
        })
        if (!m.ok) {
            actionsStatus.text = m.message
            return ""
        }
        Records.update("agreed_action", actionId, { measure_id: m.id })
        return m.id
    }

    function endMeeting() {
        saveDetails()
        if (note.text.trim().length > 0 && !addNote())
            return false
        Records.update("meeting", meetingId, { ended_at: BroStyle.nowUtc() })
        page.StackView.view.pop()
        return true
    }

    RecordModel { id: notes; kind: "meeting_note"; parentId: page.meetingId; sortField: "written_at" }
    RecordModel { id: actions; kind: "agreed_action"; parentId: page.meetingId }

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
                        required property var text
                        required property var written_at
                        required property var author
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            text: Qt.formatTime(new Date(written_at), "HH:mm") + (author ? " · " + author : "")
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                        }
                        Label {
                            text: parent.text
                            wrapMode: Text.Wrap
                            font.pixelSize: BroStyle.bodySize + 2
                            Layout.fillWidth: true
                        }
                    }
                }
                BroTextArea {
                    id: note
                    objectName: "noteInput"
                    kind: "meeting_note"; field: "text"
                    minimumLines: 3
                    pixelSize: 18
                    placeholderText: qsTr("Write what is said and agreed …")
                    readonly property string draftKey: "meeting-note/" + page.meetingId
                    area.onTextChanged: if (area.activeFocus) noteDraft.restart()
                    Timer {
                        id: noteDraft
                        interval: 400
                        onTriggered: Drafts.save(note.draftKey, { text: note.text })
                    }
                    Component.onDestruction: if (text.length > 0) Drafts.save(draftKey, { text: text })
                }
                Label { id: noteError; visible: text.length > 0; color: BroStyle.error; wrapMode: Text.Wrap; Layout.fillWidth: true }
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
                        delegate: RowLayout {
                            id: actionRow
                            required property string recordId
                            required property var text
                            required property var due_date
                            required property var responsible
                            required property var measure_id
                            required property var done
                            Layout.fillWidth: true
                            spacing: BroStyle.smallSpacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label { text: actionRow.text; wrapMode: Text.Wrap; font.pixelSize: BroStyle.bodySize; Layout.fillWidth: true }
                                Label {
                                    text: { App.language; return [BroStyle.formatDate(actionRow.due_date), Records.optionLabel("agreed_action", "responsible", actionRow.responsible)].filter(v => !!v).join(" · ") }
                                    visible: text.length > 0
                                    color: BroStyle.secondaryText
                                    font.pixelSize: BroStyle.captionSize
                                }
                            }
                            Button {
                                objectName: "makeMeasure"
                                visible: !actionRow.measure_id && !actionRow.done
                                text: qsTr("Add to plan")
                                font.capitalization: Font.MixedCase
                                Layout.minimumHeight: BroStyle.touchTarget
                                onClicked: page.makeMeasure(actionRow.recordId)
                            }
                            BroChip {
                                visible: !!actionRow.done && !actionRow.measure_id
                                text: qsTr("Done ✓")
                                tint: BroStyle.secondaryText
                            }
                            BroChip {
                                objectName: "inPlan"
                                visible: !!actionRow.measure_id
                                text: qsTr("In the plan ✓")
                                tint: "#3D7A2A"
                            }
                        }
                    }
                    Label { id: actionsStatus; visible: text.length > 0; color: BroStyle.error; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    BroTextField {
                        id: actionText
                        objectName: "actionText"
                        kind: "agreed_action"; field: "text"
                        placeholderText: qsTr("What was agreed?")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: BroStyle.smallSpacing
                        BroTextField {
                            id: actionDue
                            kind: "agreed_action"; field: "due_date"
                            placeholderText: qsTr("YYYY-MM-DD")
                            inputMethodHints: Qt.ImhPreferNumbers
                            Layout.preferredWidth: 1
                        }
                        BroOptionField {
                            id: actionResponsible
                            kind: "agreed_action"; field: "responsible"
                            Layout.preferredWidth: 1
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
                    BroRecordForm {
                        id: details
                        kind: "meeting"
                        draftKey: "meeting/" + page.meetingId
                        fields: ["type", "meeting_date", "attendees", "interpreter", "interpreter_language", "language"]
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label { id: detailsStatus; color: BroStyle.primary; font.pixelSize: BroStyle.captionSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
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
