import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro
import Bro.Core

// One participant, in tabs: the journey and key facts, the shared competence mapping, the
// individual plan, meetings and training books. Works offline; everything is saved to the
// device at once.
Page {
    id: page
    property string participantId
    property var participant: ({})
    property var plan: ({})
    readonly property bool landscape: width > height
    property alias currentTab: tabs.currentIndex
    // Open agreed actions of the participant's meetings, soonest first.
    property var openActions: []
    // The employers' open needs that fit this participant, best first (the job match).
    property var jobFits: []

    title: participant.name || qsTr("Participant")
    background: Rectangle {
        color: BroStyle.background
    }

    function reload() {
        participant = Records.get("participant", participantId);
        plan = Records.firstChild("plan", participantId);
        form.load(participant);
        planForm.load(plan);
        reloadActions();
        jobFits = Session.role === "adviser" ? JobMatch.needsFor(participantId) : [];
    }

    function reloadActions() {
        openActions = Records.openActions(participantId);
    }

    function showTab(name) {
        const i = tabNames.indexOf(name);
        if (i >= 0)
            tabs.currentIndex = i;
        return tabLoaders[i] ? tabLoaders[i].item : null;
    }
    readonly property var tabNames: ["overview", "mapping", "plan", "meetings", "training", "bridge"]
    readonly property var tabLoaders: [null, mappingLoader, null, meetingsLoader, trainingLoader, bridgeLoader]

    Connections {
        target: Records
        function onRecordChanged(kind, id) {
            if (kind === "agreed_action" || kind === "meeting")
                page.reloadActions();
        }
    }

    function ensurePlan() {
        if (plan.id)
            return plan.id;
        const r = Records.create("plan", {
                "participant_id": participantId
            });
        if (!r.ok)
            return "";
        plan = Records.get("plan", r.id);
        return r.id;
    }

    function saveParticipant() {
        const r = BroForms.submit({
                "form": form,
                "status": participantStatus,
                "save": () => Records.update("participant", participantId, form.values())
            });
        if (r.ok)
            participant = Records.get("participant", participantId);
        return r.ok;
    }

    function savePlan() {
        const newPlanDraft = plan.id ? "" : Drafts.newKey("plan", participantId);
        const r = BroForms.submit({
                "form": planForm,
                "status": planStatus,
                "save": () => {
                    const id = ensurePlan();
                    return id ? Records.update("plan", id, planForm.values()) : {
                        "ok": false,
                        "field": "",
                        "message": qsTr("The plan could not be created.")
                    };
                }
            });
        if (r.ok) {
            plan = Records.get("plan", r.id);
            if (newPlanDraft)
                Drafts.clear(newPlanDraft); // typed before the plan existed
        }
        return r.ok;
    }

    function setActionDone(actionId) {
        const r = Records.update("agreed_action", actionId, {
                "done": true
            });
        if (!r.ok)
            actionsStatus.show(r.message, true);
        return r.ok;
    }
    signal reviewConflicts

    function openMeasure(id) {
        measureDialog.openFor(id);
    }
    function firstMeasureId() {
        return measures.count > 0 ? measures.get(0).id : "";
    }

    Component.onCompleted: reload()

    RecordModel {
        id: measures
        kind: "measure"
        parentId: page.plan.id || ""
        sortField: "start_date"
        readonly property bool hasOngoing: {
            count;
            for (let i = 0; i < count; ++i)
                if (get(i).status === "ongoing")
                    return true;
            return false;
        }
    }

    // The tabs share the width, or, where their names do not fit, keep their own width and
    // the bar scrolls sideways: a tab's name is never cut.
    header: TabBar {
        id: tabs
        objectName: "tabs"
        implicitWidth: 0 // the page decides the width; the buttons do not widen it
        Material.background: BroStyle.surface
        Repeater {
            model: [qsTr("Overview"), qsTr("Mapping"), qsTr("Plan"), qsTr("Meetings"), qsTr("Training book"), qsTr("Min bro")]
            TabButton {
                required property string modelData
                required property int index
                objectName: "tab_" + page.tabNames[index]
                text: modelData
                // On a phone the tabs sit side by side, each as wide as its word (a bar scrolled
                // sideways cut the first one at the edge).
                width: page.width < 600 ? implicitWidth + 6 : Math.max(implicitWidth, tabs.width / page.tabNames.length)
                font.pixelSize: page.width < 600 ? BroStyle.captionSize : BroStyle.bodySize
                leftPadding: page.width < 600 ? 6 : 12
                rightPadding: page.width < 600 ? 6 : 12
                font.capitalization: Font.MixedCase
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        // 1. Overview: the journey, key facts, what comes next.
        BroFormScroll {
            id: overview
            BroSection {
                title: qsTr("The journey")
                BroJourney {
                    objectName: "journey"
                    phase: page.participant.phase || ""
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "nextStep"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: BroStyle.bodySize
                    color: page.openActions.length > 0 ? BroStyle.text : BroStyle.secondaryText
                    text: page.openActions.length > 0 ? qsTr("Next: %1").arg(page.openActions[0].text) + (page.openActions[0].due_date ? " · " + BroStyle.formatDate(page.openActions[0].due_date) : "") : qsTr("No agreed action yet. Agree on the next step in a meeting.")
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.landscape ? 2 : 1
                columnSpacing: BroStyle.spacing
                rowSpacing: BroStyle.spacing
                BroSection {
                    title: qsTr("Participant")
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: page.landscape ? 1 : -1
                    Layout.fillWidth: true
                    ParticipantForm {
                        id: form
                        Layout.fillWidth: true
                        preferredColumns: page.width > 700 && !page.landscape || page.width > 1100 ? 2 : 1
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        BroStatusLine {
                            id: participantStatus
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "saveParticipant"
                            visible: Session.mayEdit("participant", "name")
                            text: qsTr("Save")
                            highlighted: true
                            Layout.minimumHeight: BroStyle.touchTarget
                            onClicked: page.saveParticipant()
                        }
                    }
                }

                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: page.landscape ? 1 : -1
                    Layout.fillWidth: true
                    spacing: BroStyle.spacing
                    BroSection {
                        title: qsTr("Agreed, not yet done")
                        Label {
                            visible: page.openActions.length === 0
                            text: qsTr("Nothing open.")
                            color: BroStyle.secondaryText
                        }
                        Repeater {
                            model: page.openActions
                            delegate: RowLayout {
                                id: openAction
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: BroStyle.smallSpacing
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 0
                                    Label {
                                        text: openAction.modelData.text
                                        wrapMode: Text.Wrap
                                        font.pixelSize: BroStyle.bodySize
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 0
                                    }
                                    Label {
                                        visible: !!openAction.modelData.due_date
                                        readonly property bool overdue: !!openAction.modelData.due_date && openAction.modelData.due_date < BroStyle.today()
                                        text: overdue ? qsTr("Overdue since %1").arg(BroStyle.formatDate(openAction.modelData.due_date)) : BroStyle.formatDate(openAction.modelData.due_date)
                                        color: overdue ? BroStyle.error : BroStyle.secondaryText
                                        font.pixelSize: BroStyle.captionSize
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 0
                                    }
                                }
                                Button {
                                    objectName: "markDone"
                                    visible: Session.mayEdit("agreed_action", "done")
                                    text: qsTr("Done")
                                    flat: true
                                    font.capitalization: Font.MixedCase
                                    Layout.minimumHeight: BroStyle.touchTarget
                                    onClicked: page.setActionDone(openAction.modelData.id)
                                }
                            }
                        }
                        BroStatusLine {
                            id: actionsStatus
                        }
                    }
                    BroSection {
                        objectName: "jobFits"
                        visible: Session.role === "adviser"
                        title: qsTr("Jobs that fit")
                        Label {
                            visible: page.jobFits.length === 0
                            text: qsTr("No open need of an employer fits yet.")
                            color: BroStyle.secondaryText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Repeater {
                            objectName: "jobFitList"
                            model: page.jobFits.slice(0, 3)
                            delegate: RowLayout {
                                id: jobFit
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: BroStyle.smallSpacing
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: 0
                                    Label {
                                        text: qsTr("%1 at %2").arg(jobFit.modelData.occupation).arg(jobFit.modelData.employer)
                                        wrapMode: Text.Wrap
                                        font.pixelSize: BroStyle.bodySize
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 0
                                    }
                                    Label {
                                        // The two reasons that weigh most, as the match page words them.
                                        text: jobFit.modelData.reasons.slice().sort((a, b) => Math.abs(b.points) - Math.abs(a.points)).slice(0, 2).map(r => r.text).join(" · ")
                                        color: BroStyle.secondaryText
                                        font.pixelSize: BroStyle.captionSize
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 0
                                    }
                                }
                                Button {
                                    objectName: "openJobFit"
                                    text: qsTr("Open")
                                    flat: true
                                    font.capitalization: Font.MixedCase
                                    Layout.minimumHeight: BroStyle.touchTarget
                                    onClicked: page.StackView.view.push(jobMatchPage, {
                                            "needId": jobFit.modelData.need_id
                                        })
                                }
                            }
                        }
                    }
                    BroSection {
                        title: qsTr("Ongoing measures")
                        Label {
                            visible: !measures.hasOngoing
                            text: qsTr("No ongoing measure.")
                            color: BroStyle.secondaryText
                        }
                        Repeater {
                            model: measures
                            delegate: Label {
                                required property var type
                                required property var status
                                required property var end_date
                                visible: status === "ongoing"
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                font.pixelSize: BroStyle.bodySize
                                text: {
                                    App.language;
                                    return Records.optionLabel("measure", "type", type) + (end_date ? " · " + qsTr("until %1").arg(BroStyle.formatDate(end_date)) : "");
                                }
                            }
                        }
                    }
                }
            }
        }

        // 2. The shared competence mapping.
        Loader {
            id: mappingLoader
            active: tabs.currentIndex === 1 || item !== null
            sourceComponent: MappingTab {
                participantId: page.participantId
            }
        }

        // 3. The individual plan, written together with the participant.
        BroFormScroll {
            id: planTab
            BroSection {
                title: qsTr("Individual plan")
                // Written together with the participant: large text, kept as a draft while typing.
                BroRecordForm {
                    id: planForm
                    objectName: "planForm"
                    kind: "plan"
                    draftKey: page.plan.id ? Drafts.key("plan", page.plan.id) : Drafts.newKey("plan", page.participantId)
                    textPixelSize: 20
                    fields: ["goal", "current_situation", "prerequisites"]
                    onReviewConflict: page.reviewConflicts()
                }
                BroDraftNotice {
                    visible: planForm.restoredDraft
                }
                RowLayout {
                    Layout.fillWidth: true
                    BroStatusLine {
                        id: planStatus
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "savePlan"
                        visible: Session.mayEdit("plan", "goal")
                        text: qsTr("Save plan")
                        highlighted: true
                        Layout.minimumHeight: BroStyle.touchTarget
                        onClicked: page.savePlan()
                    }
                }
            }

            BroSection {
                title: qsTr("Measures")
                headerAction: Button {
                    objectName: "addMeasure"
                    visible: Session.mayCreate("measure")
                    text: qsTr("+ Add measure")
                    flat: true
                    Layout.minimumHeight: BroStyle.touchTarget
                    onClicked: page.openMeasure("")
                }

                Label {
                    visible: measures.count === 0
                    text: qsTr("No measures yet. Add the first step towards the goal.")
                    color: BroStyle.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: measures
                    delegate: ItemDelegate {
                        id: measureRow
                        required property string recordId
                        required property var type
                        required property var description
                        required property var start_date
                        required property var end_date
                        required property var status
                        required property var responsible
                        Layout.fillWidth: true
                        Layout.minimumHeight: 64
                        padding: BroStyle.smallSpacing
                        background: Rectangle {
                            color: measureRow.down ? BroStyle.primaryLight : "transparent"
                            radius: 8
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: 1
                                color: BroStyle.divider
                            }
                        }
                        contentItem: RowLayout {
                            spacing: BroStyle.spacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    text: {
                                        App.language;
                                        return Records.optionLabel("measure", "type", measureRow.type);
                                    }
                                    font.pixelSize: BroStyle.bodySize
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: {
                                        App.language;
                                        return [measureRow.description, BroStyle.formatPeriod(measureRow.start_date, measureRow.end_date), Records.optionLabel("measure", "responsible", measureRow.responsible)].filter(v => !!v).join(" · ");
                                    }
                                    color: BroStyle.secondaryText
                                    font.pixelSize: BroStyle.captionSize
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                            }
                            BroChip {
                                text: {
                                    App.language;
                                    return Records.optionLabel("measure", "status", measureRow.status);
                                }
                                tint: measureRow.status === "completed" ? BroStyle.success : measureRow.status === "ongoing" ? BroStyle.primary : measureRow.status === "cancelled" ? BroStyle.neutral : BroStyle.accent
                            }
                        }
                        onClicked: page.openMeasure(recordId)
                    }
                }
            }
        }

        // 4. Meetings.
        Loader {
            id: meetingsLoader
            active: tabs.currentIndex === 3 || item !== null
            sourceComponent: MeetingsTab {
                participantId: page.participantId
                onOpenMeeting: id => page.StackView.view.push(meetingPage, {
                            "meetingId": id,
                            "participantId": page.participantId
                        })
            }
        }

        // 5. Training books.
        Loader {
            id: trainingLoader
            active: tabs.currentIndex === 4 || item !== null
            sourceComponent: TrainingBooksTab {
                participantId: page.participantId
                onOpenBook: id => page.StackView.view.push(bookPage, {
                            "bookId": id
                        })
            }
        }

        // 6. "Min bro": the participant's bridge as they see it (to use in the conversation),
        // their self-evaluations, and the hand-over to show the participant.
        Loader {
            id: bridgeLoader
            active: tabs.currentIndex === 5 || item !== null
            sourceComponent: ParticipantBridgeTab {
                participantId: page.participantId
            }
        }
    }

    Component {
        id: meetingPage
        MeetingPage {
        }
    }
    Component {
        id: bookPage
        TrainingBookPage {
        }
    }
    Component {
        id: jobMatchPage
        JobMatchPage {
        }
    }

    MeasureDialog {
        id: measureDialog
        planId: page.plan.id || ""
        ensurePlan: page.ensurePlan
    }
}
