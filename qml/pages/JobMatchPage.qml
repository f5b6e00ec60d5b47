import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// Phase 2, the job match: the municipality's employers and their needs on the left (each
// employer with its needs, added and edited here); for the chosen need, the participants of
// the caseload ranked with the reasons (JobMatch, the same rules everywhere:
// domain/jobmatch.h). Reasons that count for the participant are marked ✓, the others ✗. From
// a match, one tap plans the two expectation-clarification meetings, and "Starts here" makes
// the training book and the measures (domain/matchstart.h).
Page {
    id: page
    title: qsTr("Job match")
    property string needId: ""
    property var employers: JobMatch.employers()
    // Grouped by employer (the list's sections), employers by name.
    property var needs: page.grouped(JobMatch.needs(""))
    readonly property var need: needs.find(n => n.id === needId) || ({})
    property int revision: 0
    readonly property var candidates: {
        revision;
        return needId ? JobMatch.candidates(needId) : [];
    }
    // The employers with no need at all (the list's footer, to add one).
    readonly property var employersWithoutNeeds: employers.filter(e => !needs.some(n => n.employer_id === e.id))
    readonly property var employerFields: ["name", "organisation_number", "municipality", "address", "contact_person", "contact_phone", "contact_email", "notes"]
    readonly property var needFields: ["occupation", "positions", "status", "start_date", "norwegian_listening", "norwegian_reading", "norwegian_speaking", "norwegian_writing", "required_qualification", "qualification_field", "experience_years", "wage_subsidy_offered", "mentor_offered", "other_requirements", "description"]
    background: Rectangle {
        color: BroStyle.background
    }
    Component.onCompleted: if (!needId && needs.length > 0)
        needId = needs[0].id

    function grouped(list) {
        const order = employers.map(e => e.id);
        return list.slice().sort((a, b) => order.indexOf(a.employer_id) - order.indexOf(b.employer_id));
    }
    function refresh() {
        employers = JobMatch.employers();
        needs = grouped(JobMatch.needs(""));
        revision++;
    }
    function employerName(id) {
        const e = employers.find(x => x.id === id);
        return e ? e.name : "";
    }
    function newEmployer() {
        // The municipality of the employers this adviser already shares, as a start.
        employerDialog.openNew({
                "municipality": employers.length > 0 ? employers[0].municipality : ""
            });
    }
    function newNeed(employerId) {
        needDialog.openNew({
                "employer_id": employerId,
                "positions": 1,
                "status": "open"
            }, qsTr("Employer: %1").arg(employerName(employerId)));
    }
    // The forms of the page, open (`bro --screenshot employer-form|need-form|match-start`).
    function showForm(name) {
        if (name === "employer-form")
            employerDialog.openFor(need.employer_id);
        else if (name === "need-form")
            needDialog.openFor(needId, qsTr("Employer: %1").arg(need.employer));
        else if (name === "match-start" && candidates.length > 0)
            startDialog.openFor(need, candidates[0].participant_id, candidates[0].name);
    }
    // One tap: the two expectation meetings, on today's date (the adviser moves them later).
    function planMeetings(participantId, name) {
        const r = Records.planExpectationMeetings(needId, participantId, Dates.today());
        status.show(r.ok ? qsTr("Two expectation meetings planned for %1: with %2 and with %1.").arg(name).arg(need.employer) : r.message, !r.ok);
        return r;
    }

    Connections {
        target: Records
        function onRecordChanged(kind) {
            if (["employer", "employer_need", "meeting", "training_book", "measure", "participant"].indexOf(kind) >= 0)
                refreshTimer.restart();
        }
    }
    // A batch of writes is one refresh.
    Timer {
        id: refreshTimer
        interval: 0
        onTriggered: page.refresh()
    }

    BroRecordDialog {
        id: employerDialog
        kind: "employer"
        fields: page.employerFields
        newTitle: qsTr("New employer")
        editTitle: qsTr("Edit employer")
        onSaved: savedId => {
            page.refresh();
            // A new employer: what do they need?
            if (!employerDialog.recordId)
                page.newNeed(savedId);
        }
    }
    BroRecordDialog {
        id: needDialog
        kind: "employer_need"
        fields: page.needFields
        newTitle: qsTr("New need")
        editTitle: qsTr("Edit need")
        deletable: true
        onSaved: savedId => {
            page.refresh();
            page.needId = savedId;
        }
    }
    MatchStartDialog {
        id: startDialog
        onStarted: status.show(qsTr("%1 starts at %2: training book and measures made.").arg(participantName).arg(need.employer), false)
    }

    // Side by side on a tablet; on a phone the needs above the matches.
    GridLayout {
        id: lists
        readonly property bool phone: page.width < 600
        anchors.fill: parent
        anchors.margins: BroStyle.spacing
        columns: phone ? 1 : 2
        rowSpacing: BroStyle.spacing
        columnSpacing: BroStyle.spacing

        ListView {
            id: needList
            objectName: "needList"
            Layout.preferredWidth: lists.phone ? -1 : lists.width * 0.38
            Layout.fillWidth: lists.phone
            Layout.preferredHeight: lists.phone ? lists.height * 0.35 : -1
            Layout.fillHeight: !lists.phone
            clip: true
            spacing: BroStyle.smallSpacing
            model: page.needs
            header: ColumnLayout {
                width: ListView.view.width
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    bottomPadding: BroStyle.smallSpacing
                    font.pixelSize: BroStyle.headingSize
                    font.bold: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Employers' needs (%1 employers)").arg(page.employers.length)
                }
                Button {
                    objectName: "newEmployer"
                    visible: Session.mayCreate("employer")
                    text: qsTr("New employer")
                    font.capitalization: Font.MixedCase
                    Layout.minimumHeight: BroStyle.touchTarget
                    onClicked: page.newEmployer()
                }
            }
            // Each employer above its needs, to edit it or add a need.
            section.property: "employer_id"
            section.delegate: employerSection
            delegate: ItemDelegate {
                required property var modelData
                width: ListView.view.width
                highlighted: modelData.id === page.needId
                onClicked: page.needId = modelData.id
                contentItem: RowLayout {
                    spacing: BroStyle.smallSpacing
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        Label {
                            Layout.fillWidth: true
                            font.pixelSize: BroStyle.bodySize
                            font.bold: true
                            wrapMode: Text.WordWrap
                            text: modelData.occupation + " · " + modelData.employer
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                            text: qsTr("%n position(s)", "", modelData.positions) + " · " + Records.optionLabel("employer_need", "status", modelData.status) + (modelData.requirements.length ? " · " + modelData.requirements.join(", ") : "")
                        }
                    }
                    ToolButton {
                        objectName: "editNeed"
                        text: qsTr("Edit")
                        font.pixelSize: BroStyle.captionSize
                        font.capitalization: Font.MixedCase
                        Layout.minimumHeight: BroStyle.touchTarget
                        onClicked: needDialog.openFor(modelData.id, qsTr("Employer: %1").arg(modelData.employer))
                    }
                }
            }
            footer: ColumnLayout {
                width: ListView.view.width
                spacing: 0
                Repeater {
                    model: page.employersWithoutNeeds
                    delegate: EmployerRow {
                        required property var modelData
                        Layout.fillWidth: true
                        employerId: modelData.id
                    }
                }
            }
        }

        ListView {
            id: candidateList
            objectName: "candidateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: BroStyle.smallSpacing
            model: page.candidates
            header: Label {
                width: ListView.view.width
                bottomPadding: BroStyle.smallSpacing
                font.pixelSize: BroStyle.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                text: qsTr("Best matches in your caseload")
            }
            delegate: Frame {
                required property var modelData
                required property int index
                width: ListView.view.width
                background: Rectangle {
                    color: BroStyle.surface
                    radius: BroStyle.radius
                    border.color: BroStyle.divider
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0 // the points keep their width; the name wraps
                            font.pixelSize: BroStyle.bodySize
                            font.bold: true
                            wrapMode: Text.WordWrap
                            text: (index + 1) + ". " + modelData.name
                        }
                        Label {
                            color: modelData.score >= 0 ? BroStyle.primary : BroStyle.error
                            font.pixelSize: BroStyle.bodySize
                            font.bold: true
                            text: qsTr("%1 points").arg(modelData.score)
                        }
                    }
                    Repeater {
                        model: modelData.reasons
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.pixelSize: BroStyle.captionSize
                            color: modelData.good ? BroStyle.success : BroStyle.warning
                            text: (modelData.good ? "✓ " : "✗ ") + modelData.text
                        }
                    }
                    // From the match to the meetings, and the start.
                    Flow {
                        Layout.fillWidth: true
                        spacing: BroStyle.smallSpacing
                        visible: modelData.score >= 0 && Session.mayCreate("meeting")
                        Button {
                            objectName: "planMeetings_" + modelData.participant_id
                            enabled: !modelData.meetings_planned
                            text: modelData.meetings_planned ? qsTr("Expectation meetings planned") : qsTr("Plan expectation meetings")
                            font.capitalization: Font.MixedCase
                            font.pixelSize: BroStyle.captionSize
                            onClicked: page.planMeetings(modelData.participant_id, modelData.name)
                        }
                        Button {
                            objectName: "startHere_" + modelData.participant_id
                            enabled: !modelData.started
                            text: modelData.started ? qsTr("Started here") : qsTr("Starts here")
                            font.capitalization: Font.MixedCase
                            font.pixelSize: BroStyle.captionSize
                            onClicked: startDialog.openFor(page.need, modelData.participant_id, modelData.name)
                        }
                    }
                }
            }
        }
    }
    BroStatusLine {
        id: status
        objectName: "matchStatus"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        padding: BroStyle.smallSpacing
        horizontalAlignment: Text.AlignHCenter
        background: Rectangle {
            color: BroStyle.surface
            border.color: BroStyle.divider
        }
    }
    // An employer: its name and number, to edit it or add a need (the needs list's sections).
    component EmployerRow: RowLayout {
        id: row
        property string employerId
        readonly property var employer: page.employers.find(e => e.id === employerId) || ({})
        width: needList.width
        spacing: BroStyle.smallSpacing
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            topPadding: BroStyle.smallSpacing
            wrapMode: Text.WordWrap
            font.pixelSize: BroStyle.captionSize
            font.bold: true
            color: BroStyle.primary
            text: (row.employer.name || "") + " · " + (row.employer.organisation_number || "")
        }
        ToolButton {
            objectName: "editEmployer"
            text: qsTr("Edit")
            font.pixelSize: BroStyle.captionSize
            font.capitalization: Font.MixedCase
            Layout.minimumHeight: BroStyle.touchTarget
            onClicked: employerDialog.openFor(row.employerId)
        }
        ToolButton {
            objectName: "newNeed"
            text: qsTr("New need")
            font.pixelSize: BroStyle.captionSize
            font.capitalization: Font.MixedCase
            Layout.minimumHeight: BroStyle.touchTarget
            onClicked: page.newNeed(row.employerId)
        }
    }
    Component {
        id: employerSection
        EmployerRow {
            required property string section
            employerId: section
        }
    }
    Label {
        anchors.centerIn: parent
        visible: page.needs.length === 0
        width: Math.min(parent.width - 48, 420)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: BroStyle.secondaryText
        text: qsTr("No employer needs on this device yet. Add an employer and what they need.")
    }
}
