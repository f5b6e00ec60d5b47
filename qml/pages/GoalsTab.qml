import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Bro
import Bro.Core

// The training book's competence goals, each with its latest interim assessment, and the
// progress they add up to (the same rules as the PDF: TrainingBooks). Advisers add goals, one
// by one or from a trade's list; mentors and advisers assess them and sign assessments.
BroFormScroll {
    id: tab
    property string bookId
    property var book: ({})
    signal sign(string kind, string id, string summary)
    // Goal id -> latest assessment; progress: {total, achieved, inProgress, notStarted,
    // achievedShare}. Read again when goals or assessments change.
    property var assessments: ({})
    property var progress: ({})
    property string importMessage
    property bool importFailed: false

    function reload() {
        assessments = TrainingBooks.latestAssessments(bookId);
        progress = TrainingBooks.progress(bookId);
    }
    function importGoals(source) {
        const r = TrainingBooks.importGoals(bookId, source);
        importMessage = r.message;
        importFailed = !r.ok;
        return r;
    }
    function assess(goalId, title) {
        const latest = assessments[goalId];
        assessmentDialog.openNew({
                "training_book_id": bookId,
                "goal_id": goalId,
                "status": latest ? latest.status : "in_progress",
                "assessed_on": BroStyle.today(),
                "assessed_by": Session.displayName
            }, qsTr("Competence goal: %1").arg(title));
    }
    Component.onCompleted: reload()
    Connections {
        target: Records
        function onRecordChanged(kind, id) {
            if (kind === "assessment" || kind === "competence_goal")
                tab.reload();
        }
    }
    Connections {
        target: App
        function onLanguageChanged() {
            tab.importMessage = "";
        }
    }

    RecordModel {
        id: goals
        kind: "competence_goal"
        parentId: tab.bookId
    }

    BroSection {
        title: qsTr("Progress")
        Label {
            objectName: "progressText"
            text: qsTr("%1 of %2 goals achieved, %3 in progress").arg(tab.progress.achieved || 0).arg(tab.progress.total || 0).arg(tab.progress.inProgress || 0)
            font.pixelSize: BroStyle.bodySize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        // Filled by the achieved goals only: "0 of 3" is an empty bar.
        Rectangle {
            objectName: "progressBar"
            color: BroStyle.divider
            implicitHeight: 16
            radius: 4
            Layout.fillWidth: true
            Rectangle {
                objectName: "progressAchieved"
                width: parent.width * (tab.progress.achievedShare || 0)
                height: parent.height
                radius: 4
                color: BroStyle.success
            }
        }
    }
    BroSection {
        title: qsTr("Competence goals")
        headerAction: Button {
            objectName: "addGoal"
            visible: Session.mayCreate("competence_goal")
            text: qsTr("+ Add goal")
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: goalDialog.openNew({
                    "training_book_id": tab.bookId
                })
        }
        Label {
            visible: goals.count === 0
            text: Session.mayCreate("competence_goal") ? qsTr("No goals yet. Import a trade's list or add them one by one.") : qsTr("No goals yet.")
            color: BroStyle.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        // Import a trade's goals: a list bundled with the app, or a CSV/JSON file.
        Flow {
            visible: Session.mayCreate("competence_goal")
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
                    onClicked: tab.importGoals(modelData.id)
                }
            }
            Button {
                objectName: "importFromFile"
                text: qsTr("Import from file …")
                flat: true
                font.capitalization: Font.MixedCase
                onClicked: goalFile.open()
            }
        }
        Label {
            objectName: "importStatus"
            text: tab.importMessage
            color: tab.importFailed ? BroStyle.error : BroStyle.primary
            visible: text.length > 0
            font.pixelSize: BroStyle.captionSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: 0
        }
        Repeater {
            model: goals
            delegate: ColumnLayout {
                id: goalRow
                required property string recordId
                required property var title
                required property var code
                readonly property var latest: tab.assessments[recordId] || null
                readonly property string heading: (code ? code + " · " : "") + title
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    spacing: BroStyle.smallSpacing
                    Layout.fillWidth: true
                    Label {
                        text: goalRow.heading
                        font.pixelSize: BroStyle.bodySize
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                    }
                    BroChip {
                        text: {
                            App.language;
                            return Records.optionLabel("assessment", "status", goalRow.latest ? goalRow.latest.status : "not_started");
                        }
                        tint: !goalRow.latest || goalRow.latest.status === "not_started" ? BroStyle.secondaryText : goalRow.latest.status === "achieved" ? BroStyle.success : BroStyle.accent
                    }
                }
                Label {
                    visible: !!goalRow.latest
                    text: goalRow.latest ? [goalRow.latest.comment, BroStyle.formatDate(goalRow.latest.assessed_on), goalRow.latest.assessed_by, goalRow.latest.signed_at ? qsTr("signed by %1").arg(goalRow.latest.signed_by) : ""].filter(v => !!v).join(" · ") : ""
                    color: BroStyle.secondaryText
                    font.pixelSize: BroStyle.captionSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    Button {
                        objectName: "signAssessment"
                        visible: !!goalRow.latest && !goalRow.latest.signed_at && Session.maySign("assessment")
                        text: qsTr("Sign")
                        flat: true
                        font.capitalization: Font.MixedCase
                        onClicked: tab.sign("assessment", goalRow.latest.id, goalRow.title + ": " + Records.optionLabel("assessment", "status", goalRow.latest.status))
                    }
                    Button {
                        objectName: "assess"
                        visible: Session.mayCreate("assessment")
                        text: qsTr("Assess")
                        font.capitalization: Font.MixedCase
                        Layout.minimumHeight: BroStyle.touchTarget
                        onClicked: tab.assess(goalRow.recordId, goalRow.heading)
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: BroStyle.divider
                }
            }
        }
    }

    FileDialog {
        id: goalFile
        title: qsTr("Choose a list of competence goals")
        nameFilters: [qsTr("Goal lists (*.csv *.json)")]
        onAccepted: tab.importGoals(selectedFile.toString())
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
}
