import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Quick logbook entry, made standing up on-site: one screen, big controls, the date, hours
// and goals of the previous entry as defaults. A correction of a signed entry is a new entry
// that points to it.
Page {
    id: page
    property string bookId
    property string correctsId
    property var previous: ({})
    readonly property bool compact: width < 600
    signal saved(string id)

    title: correctsId ? qsTr("Correct an entry") : qsTr("New logbook entry")
    background: Rectangle { color: BroStyle.background }
    readonly property string draftKey: "logbook/" + bookId + "/" + correctsId

    function load() {
        const entries = Records.children("logbook_entry", bookId)
        entries.sort((a, b) => (a.entry_date || "").localeCompare(b.entry_date || ""))
        previous = entries.length > 0 ? entries[entries.length - 1] : {}
        const base = correctsId ? Records.get("logbook_entry", correctsId) : {}
        const d = Drafts.load(draftKey)
        date.text = d.entry_date || base.entry_date || BroStyle.today(0)
        hours.value = Number(d.hours || base.hours || previous.hours || 7.5) * 2
        tasks.text = d.tasks || base.tasks || ""
        goalsPractised.text = d.goals_practised || base.goals_practised || previous.goals_practised || ""
        norwegian.text = d.norwegian_used || base.norwegian_used || ""
        restored.visible = Object.keys(d).length > 0
    }
    Component.onCompleted: load()

    function values() {
        const v = {
            training_book_id: bookId, entry_date: date.text.trim(), hours: hours.value / 2,
            tasks: tasks.text, goals_practised: goalsPractised.text, norwegian_used: norwegian.text
        }
        if (correctsId)
            v.corrects_id = correctsId
        return v
    }
    function saveDraft() { Drafts.save(draftKey, values()) }

    function save() {
        Qt.inputMethod.commit()
        for (const f of [date, tasks])
            f.errorText = ""
        const r = Records.create("logbook_entry", values())
        if (!r.ok) {
            const target = [date, tasks, goalsPractised, norwegian].find(f => f.field === r.field)
            if (target)
                target.errorText = r.message
            else
                message.text = r.message
            return ""
        }
        Drafts.clear(draftKey)
        if (photo.pending.toString().length > 0)
            Records.attachFile("logbook_entry", r.id, photo.pending, photo.caption)
        saved(r.id)
        return r.id
    }

    Timer { id: draftTimer; interval: 400; onTriggered: page.saveDraft() }
    Component.onDestruction: if (tasks.text.length > 0 || norwegian.text.length > 0) saveDraft()

    BroFormScroll {
        anchors.fill: parent
        BroSection {
            BroDraftNotice {
                id: restored
                visible: false
            }
            Label {
                visible: page.correctsId.length > 0
                text: qsTr("This entry corrects the one of %1.").arg(BroStyle.formatDate(Records.get("logbook_entry", page.correctsId).entry_date))
                color: BroStyle.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                columns: page.compact ? 1 : 2
                columnSpacing: BroStyle.spacing
                Layout.fillWidth: true
                ColumnLayout {
                    Layout.fillWidth: true
                    BroTextField {
                        id: date
                        kind: "logbook_entry"; field: "entry_date"
                        inputMethodHints: Qt.ImhPreferNumbers
                        input.font.pixelSize: 20
                        input.onTextEdited: draftTimer.restart()
                    }
                    RowLayout {
                        Button { text: qsTr("Today"); flat: true; font.capitalization: Font.MixedCase; onClicked: { date.text = BroStyle.today(0); draftTimer.restart() } }
                        Button { text: qsTr("Yesterday"); flat: true; font.capitalization: Font.MixedCase; onClicked: { date.text = BroStyle.today(-1); draftTimer.restart() } }
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Label { text: { App.language; return Records.label("logbook_entry", "hours") + " *" } color: BroStyle.secondaryText; font.pixelSize: BroStyle.captionSize }
                    // Hours in half-hour steps with large buttons.
                    RowLayout {
                        spacing: BroStyle.smallSpacing
                        Button {
                            objectName: "lessHours"
                            text: "−"
                            font.pixelSize: 28
                            Layout.preferredWidth: 64; Layout.preferredHeight: 64
                            onClicked: { hours.value = Math.max(0, hours.value - 1); draftTimer.restart() }
                        }
                        Label {
                            id: hoursLabel
                            objectName: "hours"
                            text: (hours.value / 2).toLocaleString(Qt.locale(), "f", hours.value % 2 ? 1 : 0) + " t"
                            font.pixelSize: 28
                            font.weight: Font.DemiBold
                            horizontalAlignment: Text.AlignHCenter
                            Layout.preferredWidth: 96
                        }
                        Button {
                            objectName: "moreHours"
                            text: "+"
                            font.pixelSize: 28
                            Layout.preferredWidth: 64; Layout.preferredHeight: 64
                            onClicked: { hours.value = Math.min(48, hours.value + 1); draftTimer.restart() }
                        }
                        QtObject { id: hours; property int value: 15 } // half hours
                    }
                }
            }
            BroTextArea {
                id: tasks
                kind: "logbook_entry"; field: "tasks"
                pixelSize: 20
                minimumLines: 3
                placeholderText: page.previous.tasks ? qsTr("Last time: %1").arg(page.previous.tasks) : qsTr("What did you do today?")
                area.onTextChanged: if (area.activeFocus) draftTimer.restart()
            }
            // Goals practised: tap the book's goals to add them.
            Label { text: { App.language; return Records.label("logbook_entry", "goals_practised") } color: BroStyle.secondaryText; font.pixelSize: BroStyle.captionSize }
            Flow {
                Layout.fillWidth: true
                spacing: BroStyle.smallSpacing
                Repeater {
                    model: RecordModel { kind: "competence_goal"; parentId: page.bookId }
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
                            const list = goalsPractised.text.split("\n").filter(t => t.length > 0)
                            const i = list.indexOf(title)
                            if (i >= 0) list.splice(i, 1); else list.push(title)
                            goalsPractised.text = list.join("\n")
                            draftTimer.restart()
                        }
                    }
                }
            }
            BroTextArea {
                id: goalsPractised
                objectName: "goalsPractisedField"
                kind: "logbook_entry"; field: "goals_practised"
                minimumLines: 1
                visible: false // filled by the goal buttons above
            }
            BroTextArea {
                id: norwegian
                kind: "logbook_entry"; field: "norwegian_used"
                pixelSize: 18
                minimumLines: 2
                placeholderText: qsTr("New words and phrases from today")
                area.onTextChanged: if (area.activeFocus) draftTimer.restart()
            }
            BroEvidencePicker {
                id: photo
                Layout.fillWidth: true
            }
            Label { id: message; visible: text.length > 0; color: BroStyle.error; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Button {
                objectName: "saveEntry"
                text: qsTr("Save entry")
                highlighted: true
                font.pixelSize: BroStyle.headingSize
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: if (page.save() && page.StackView.view) page.StackView.view.pop()
            }
        }
    }
}
