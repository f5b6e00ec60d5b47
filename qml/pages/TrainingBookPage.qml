import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Bro
import Bro.Core

// One training book (opplæringsbok) for one work placement: the logbook, the competence goals
// with interim assessments and progress, the employer's feedback, and the workplace's facts
// with the HSE introduction. Mentors and advisers use it on-site; it fits a phone too.
Page {
    id: page
    property string bookId
    property var book: ({})
    property var participant: ({})
    property var assessments: ({}) // goal id -> latest assessment
    readonly property bool compact: width < 600
    readonly property bool adviser: Session.isAdviser
    property alias currentTab: tabs.currentIndex
    readonly property var tabNames: ["logbook", "goals", "feedback", "workplace"]

    title: participant.name ? participant.name + " · " + (book.employer || "") : (book.employer || qsTr("Training book"))
    background: Rectangle { color: BroStyle.background }

    function reload() {
        book = Records.get("training_book", bookId)
        participant = book.participant_id ? Records.get("participant", book.participant_id) : {}
        reloadAssessments()
    }
    function reloadAssessments() {
        const latest = {}
        for (const a of Records.children("assessment", bookId)) {
            const prev = latest[a.goal_id]
            if (!prev || (a.assessed_on || "") >= (prev.assessed_on || ""))
                latest[a.goal_id] = a
        }
        assessments = latest
    }
    function showTab(name) { tabs.currentIndex = Math.max(0, tabNames.indexOf(name)) }
    function newEntry(correctsId) {
        return page.StackView.view.push(entryPage, { bookId: bookId, correctsId: correctsId || "" })
    }
    function signItem(kind, id, summary) {
        signDialog.openFor(kind, id, summary, book.mentor_name || Sync.user)
    }
    Component.onCompleted: reload()

    Connections {
        target: Records
        function onRecordChanged(kind, id) {
            if (kind === "assessment")
                page.reloadAssessments()
            else if (kind === "training_book" && id === page.bookId)
                page.book = Records.get("training_book", page.bookId)
        }
    }

    RecordModel { id: entries; kind: "logbook_entry"; parentId: page.bookId; sortField: "entry_date"; descending: true }
    RecordModel { id: goals; kind: "competence_goal"; parentId: page.bookId }
    RecordModel { id: feedback; kind: "employer_feedback"; parentId: page.bookId; sortField: "given_on"; descending: true }
    RecordModel { id: hse; kind: "hse_item"; parentId: page.bookId }

    // Re-read when goals or assessments change (latest assessment per goal, as in the PDF).
    readonly property var progress: { goals.count; assessments; return TrainingBooks.progress(bookId) }

    function exportPdf() {
        const r = TrainingBooks.exportPdf(bookId, "")
        pdfStatus.text = r.ok ? qsTr("PDF saved: %1").arg(r.path) : r.message
        pdfStatus.isError = !r.ok
        return r
    }
    property string importMessage
    property bool importFailed: false
    function importGoals(source) {
        const r = TrainingBooks.importGoals(bookId, source)
        importMessage = r.ok ? qsTr("%n goal(s) added", "", r.added) + (r.skipped > 0 ? " · " + qsTr("%n already in the book", "", r.skipped) : "")
                             : r.message
        importFailed = !r.ok
        return r
    }

    header: ColumnLayout {
        spacing: 0
        Pane {
            Layout.fillWidth: true
            visible: page.adviser && !Session.handOver
            padding: BroStyle.smallSpacing
            background: Rectangle { color: BroStyle.surface }
            RowLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                Button {
                    objectName: "exportPdf"
                    text: qsTr("PDF")
                    flat: true
                    font.capitalization: Font.MixedCase
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Save the training book as a PDF")
                    onClicked: page.exportPdf()
                }
                Label {
                    text: qsTr("Hand the tablet to the mentor or participant for one section:")
                    color: BroStyle.secondaryText
                    font.pixelSize: BroStyle.captionSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "handOverLogbook"
                    text: qsTr("Logbook entry")
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: Session.startHandOver("logbook", { bookId: page.bookId })
                }
                Button {
                    objectName: "handOverFeedback"
                    text: qsTr("Employer feedback")
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: Session.startHandOver("feedback", { bookId: page.bookId })
                }
            }
        }
        Label {
            id: pdfStatus
            objectName: "pdfStatus"
            property bool isError: false
            visible: text.length > 0
            Layout.fillWidth: true
            leftPadding: BroStyle.spacing
            rightPadding: BroStyle.spacing
            color: isError ? BroStyle.error : BroStyle.primary
            font.pixelSize: BroStyle.captionSize
            elide: Text.ElideMiddle
        }
        TabBar {
            id: tabs
            objectName: "bookTabs"
            Layout.fillWidth: true
            Material.background: BroStyle.surface
            Repeater {
                model: [qsTr("Logbook"), qsTr("Goals"), qsTr("Feedback"), qsTr("Workplace")]
                TabButton {
                    required property string modelData
                    required property int index
                    objectName: "bookTab_" + page.tabNames[index]
                    text: modelData
                    font.capitalization: Font.MixedCase
                    font.pixelSize: page.compact ? BroStyle.captionSize : BroStyle.bodySize
                }
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        // --- Logbook ---------------------------------------------------------------------
        ListView {
            id: logList
            objectName: "logbookList"
            clip: true
            model: entries
            spacing: BroStyle.smallSpacing
            leftMargin: BroStyle.spacing; rightMargin: BroStyle.spacing
            topMargin: BroStyle.spacing; bottomMargin: BroStyle.spacing
            reuseItems: true
            ScrollBar.vertical: ScrollBar {}
            header: ColumnLayout {
                width: logList.width - 2 * BroStyle.spacing
                spacing: BroStyle.smallSpacing
                Button {
                    objectName: "newEntry"
                    text: qsTr("+ New logbook entry")
                    highlighted: true
                    font.pixelSize: BroStyle.headingSize
                    font.capitalization: Font.MixedCase
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    onClicked: page.newEntry("")
                }
                Label {
                    visible: entries.count === 0
                    text: qsTr("No entries yet. Write what was done today.")
                    color: BroStyle.secondaryText
                    Layout.bottomMargin: BroStyle.smallSpacing
                }
                Item { height: BroStyle.smallSpacing }
            }
            delegate: Pane {
                id: entry
                required property string recordId
                required property var entry_date
                required property var hours
                required property var tasks
                required property var goals_practised
                required property var norwegian_used
                required property var signed_by
                required property var signed_at
                required property var corrects_id
                width: logList.width - 2 * BroStyle.spacing
                padding: BroStyle.spacing
                background: Rectangle { color: BroStyle.surface; radius: BroStyle.radius; border.color: BroStyle.divider }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: BroStyle.formatDate(entry.entry_date) + " · " + qsTr("%1 h").arg(Number(entry.hours).toLocaleString(Qt.locale(), "f", entry.hours % 1 ? 1 : 0))
                            font.pixelSize: BroStyle.bodySize
                            font.weight: Font.DemiBold
                            Layout.fillWidth: true
                        }
                        BroChip {
                            text: entry.signed_at ? qsTr("Signed ✓") : qsTr("Not signed")
                            tint: entry.signed_at ? "#3D7A2A" : BroStyle.accent
                        }
                    }
                    Label {
                        visible: !!entry.corrects_id
                        text: qsTr("Corrects the entry of %1").arg(BroStyle.formatDate(entry.corrects_id ? Records.get("logbook_entry", entry.corrects_id).entry_date : ""))
                        color: BroStyle.warning
                        font.pixelSize: BroStyle.captionSize
                    }
                    Label { text: entry.tasks || ""; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: BroStyle.bodySize }
                    Label {
                        visible: !!entry.norwegian_used
                        text: qsTr("Norwegian: %1").arg(entry.norwegian_used)
                        color: BroStyle.secondaryText
                        font.pixelSize: BroStyle.captionSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        Repeater {
                            model: RecordModel { kind: "attachment"; parentId: entry.recordId }
                            delegate: Image {
                                required property var sha256
                                required property var caption
                                source: caption !== qsTr("signature") ? "image://blob/" + sha256 : ""
                                sourceSize.height: 64
                                height: 64
                                fillMode: Image.PreserveAspectFit
                                visible: caption !== qsTr("signature")
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            visible: !!entry.signed_at
                            text: qsTr("Signed by %1, %2").arg(entry.signed_by || "").arg(BroStyle.formatDate(String(entry.signed_at || "").slice(0, 10)))
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        Item { Layout.fillWidth: !entry.signed_at }
                        Button {
                            objectName: "correctEntry"
                            visible: !!entry.signed_at
                            text: qsTr("Correct")
                            flat: true
                            font.capitalization: Font.MixedCase
                            onClicked: page.newEntry(entry.recordId)
                        }
                        Button {
                            objectName: "signEntry"
                            visible: !entry.signed_at
                            text: qsTr("Sign")
                            font.capitalization: Font.MixedCase
                            Layout.minimumHeight: BroStyle.touchTarget
                            onClicked: page.signItem("logbook_entry", entry.recordId, BroStyle.formatDate(entry.entry_date) + ": " + (entry.tasks || ""))
                        }
                    }
                }
            }
        }

        // --- Goals and interim assessment ---------------------------------------------------
        // Built when first shown: the logbook is what opens most often.
        Loader {
            active: tabs.currentIndex === 1 || item !== null
            sourceComponent: Component {
            BroFormScroll {
                BroSection {
                    title: qsTr("Progress")
                    Label {
                        objectName: "progressText"
                        text: qsTr("%1 of %2 goals achieved, %3 in progress").arg(page.progress.achieved).arg(page.progress.total).arg(page.progress.inProgress)
                        font.pixelSize: BroStyle.bodySize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Row {
                        Layout.fillWidth: true
                        height: 16
                        Rectangle { height: 16; width: parent.width * page.progress.achieved / Math.max(1, page.progress.total); color: "#3D7A2A" }
                        Rectangle { height: 16; width: parent.width * page.progress.inProgress / Math.max(1, page.progress.total); color: BroStyle.accent }
                        Rectangle { height: 16; width: parent.width * page.progress.notStarted / Math.max(1, page.progress.total); color: BroStyle.divider }
                    }
                }
                BroSection {
                    title: qsTr("Competence goals")
                    headerAction: Button {
                        objectName: "addGoal"
                        visible: page.adviser
                        text: qsTr("+ Add goal")
                        flat: true
                        font.capitalization: Font.MixedCase
                        onClicked: goalDialog.openNew({ training_book_id: page.bookId })
                    }
                    Label {
                        visible: goals.count === 0
                        text: qsTr("No goals yet. Import a trade's list or add them one by one.")
                        color: BroStyle.secondaryText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    // Import a trade's goals: a list bundled with the app, or a CSV/JSON file.
                    Flow {
                        visible: page.adviser
                        Layout.fillWidth: true
                        spacing: BroStyle.smallSpacing
                        Repeater {
                            model: TrainingBooks.sampleGoalLists()
                            delegate: Button {
                                required property var modelData
                                objectName: "import_" + modelData.id
                                text: qsTr("Import: %1 (%2)").arg(modelData.name).arg(modelData.count)
                                flat: true
                                font.capitalization: Font.MixedCase
                                onClicked: page.importGoals(modelData.id)
                            }
                        }
                        Button {
                            text: qsTr("Import from file …")
                            flat: true
                            font.capitalization: Font.MixedCase
                            onClicked: goalFile.open()
                        }
                    }
                    Label {
                        id: importStatus
                        objectName: "importStatus"
                        text: page.importMessage
                        color: page.importFailed ? BroStyle.error : BroStyle.primary
                        visible: text.length > 0
                        font.pixelSize: BroStyle.captionSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: goals
                        delegate: ColumnLayout {
                            id: goalRow
                            required property string recordId
                            required property var title
                            required property var code
                            readonly property var latest: page.assessments[recordId] || null
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: (goalRow.code ? goalRow.code + " · " : "") + goalRow.title
                                    font.pixelSize: BroStyle.bodySize
                                    font.weight: Font.DemiBold
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                                BroChip {
                                    text: { App.language; return Records.optionLabel("assessment", "status", goalRow.latest ? goalRow.latest.status : "not_started") }
                                    tint: !goalRow.latest || goalRow.latest.status === "not_started" ? BroStyle.secondaryText
                                          : goalRow.latest.status === "achieved" ? "#3D7A2A" : BroStyle.accent
                                }
                            }
                            Label {
                                visible: !!goalRow.latest
                                text: goalRow.latest ? [goalRow.latest.comment, BroStyle.formatDate(goalRow.latest.assessed_on), goalRow.latest.assessed_by,
                                                        goalRow.latest.signed_at ? qsTr("signed by %1").arg(goalRow.latest.signed_by) : ""].filter(v => !!v).join(" · ") : ""
                                color: BroStyle.secondaryText
                                font.pixelSize: BroStyle.captionSize
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            RowLayout {
                                Layout.alignment: Qt.AlignRight
                                Button {
                                    objectName: "signAssessment"
                                    visible: !!goalRow.latest && !goalRow.latest.signed_at
                                    text: qsTr("Sign")
                                    flat: true
                                    font.capitalization: Font.MixedCase
                                    onClicked: page.signItem("assessment", goalRow.latest.id, goalRow.title + ": " + Records.optionLabel("assessment", "status", goalRow.latest.status))
                                }
                                Button {
                                    objectName: "assess"
                                    text: qsTr("Assess")
                                    font.capitalization: Font.MixedCase
                                    Layout.minimumHeight: BroStyle.touchTarget
                                    onClicked: assessmentDialog.openNew({ training_book_id: page.bookId, goal_id: goalRow.recordId,
                                        status: goalRow.latest ? goalRow.latest.status : "in_progress",
                                        assessed_on: BroStyle.today(),
                                        assessed_by: page.book.mentor_name || Sync.user || "" })
                                }
                            }
                            Rectangle { Layout.fillWidth: true; height: 1; color: BroStyle.divider }
                        }
                    }
                }
            }
            }
        }
        // --- Employer feedback ---------------------------------------------------------------
        // Built when first shown: the logbook is what opens most often.
        Loader {
            active: tabs.currentIndex === 2 || item !== null
            sourceComponent: Component {
            BroFormScroll {
                Button {
                    objectName: "newFeedback"
                    text: qsTr("+ New feedback")
                    highlighted: true
                    font.capitalization: Font.MixedCase
                    font.pixelSize: BroStyle.headingSize
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    onClicked: page.StackView.view.push(feedbackPage, { bookId: page.bookId })
                }
                Label { visible: feedback.count === 0; text: qsTr("No feedback yet."); color: BroStyle.secondaryText }
                Repeater {
                    model: feedback
                    delegate: BroSection {
                        id: fb
                        required property var record
                        required property string recordId
                        title: BroStyle.formatDate(record.given_on)
                        BroRatingSummary { record: fb.record; Layout.fillWidth: true }
                        Label { visible: !!fb.record.comment; text: fb.record.comment || ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: fb.record.signed_at ? qsTr("Signed by %1, %2").arg(fb.record.signed_by).arg(BroStyle.formatDate(String(fb.record.signed_at).slice(0, 10))) : qsTr("Not signed")
                                color: BroStyle.secondaryText
                                font.pixelSize: BroStyle.captionSize
                                Layout.fillWidth: true
                            }
                            Button {
                                visible: !fb.record.signed_at
                                text: qsTr("Sign")
                                font.capitalization: Font.MixedCase
                                onClicked: page.signItem("employer_feedback", fb.recordId, BroStyle.formatDate(fb.record.given_on))
                            }
                        }
                    }
                }
            }
            }
        }
        // --- Workplace facts and HSE -----------------------------------------------------------
        // Built when first shown: the logbook is what opens most often.
        Loader {
            active: tabs.currentIndex === 3 || item !== null
            sourceComponent: Component {
            BroFormScroll {
                BroSection {
                    title: qsTr("HSE introduction")
                    headerAction: Button {
                        objectName: "addHse"
                        text: qsTr("+ Add")
                        flat: true
                        font.capitalization: Font.MixedCase
                        onClicked: hseDialog.openNew({ training_book_id: page.bookId })
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
                            Layout.fillWidth: true
                            CheckBox {
                                objectName: "hse_" + hseRow.index
                                checked: !!hseRow.done_on
                                Layout.minimumHeight: BroStyle.touchTarget
                                onToggled: Records.update("hse_item", hseRow.recordId, checked
                                    ? { done_on: BroStyle.today(), done_by: page.book.mentor_name || Sync.user || "" }
                                    : { done_on: null, done_by: null })
                            }
                            Label { text: hseRow.title; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: BroStyle.bodySize }
                            Label {
                                text: hseRow.done_on ? BroStyle.formatDate(hseRow.done_on) : qsTr("not yet")
                                color: hseRow.done_on ? BroStyle.secondaryText : BroStyle.accent
                                font.pixelSize: BroStyle.captionSize
                            }
                        }
                    }
                }
                BroSection {
                    title: qsTr("The workplace")
                    BroRecordForm {
                        id: facts
                        kind: "training_book"
                        readOnly: !page.adviser
                        draftKey: page.adviser ? "training_book/" + page.bookId : ""
                        columns: page.compact ? 1 : 2
                        fields: ["employer", "workplace", "address", "working_hours", "hours_per_week",
                                 "contact_person", "contact_phone", "mentor_name", "start_date", "end_date", "hse_info"]
                        Component.onCompleted: load(page.book)
                    }
                    Label { id: factsStatus; visible: text.length > 0; color: BroStyle.primary; font.pixelSize: BroStyle.captionSize; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Button {
                        objectName: "saveFacts"
                        visible: page.adviser
                        text: qsTr("Save")
                        highlighted: true
                        Layout.alignment: Qt.AlignRight
                        onClicked: {
                            Qt.inputMethod.commit()
                            facts.clearErrors()
                            const r = Records.update("training_book", page.bookId, facts.values())
                            if (!r.ok) {
                                if (!facts.showError(r.field, r.message))
                                    factsStatus.text = r.message
                            } else {
                                facts.forgetDraft()
                                factsStatus.text = qsTr("Saved on this device")
                            }
                        }
                    }
                }
            }
            }
        }
    }

    SignDialog { id: signDialog }
    FileDialog {
        id: goalFile
        title: qsTr("Choose a list of competence goals")
        nameFilters: [qsTr("Goal lists (*.csv *.json)")]
        onAccepted: page.importGoals(selectedFile.toString())
    }
    BroRecordDialog {
        id: assessmentDialog
        kind: "assessment"
        newTitle: qsTr("Interim assessment")
        fields: ["status", "comment", "assessed_on", "assessed_by"]
    }
    BroRecordDialog {
        id: goalDialog
        kind: "competence_goal"
        newTitle: qsTr("New competence goal")
        editTitle: qsTr("Edit competence goal")
        fields: ["title", "code", "description"]
    }
    BroRecordDialog {
        id: hseDialog
        kind: "hse_item"
        newTitle: qsTr("New HSE topic")
        fields: ["title", "done_on", "done_by"]
    }
    Component { id: entryPage; LogbookEntryPage {} }
    Component { id: feedbackPage; FeedbackPage {} }
}
