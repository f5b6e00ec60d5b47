import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// One participant: key facts, the individual plan's goal and its measures. Works offline;
// everything is saved to the device at once.
Page {
    id: page
    property string participantId
    property var participant: ({})
    property var plan: ({})
    readonly property bool landscape: width > height

    title: participant.name || qsTr("Participant")
    background: Rectangle { color: BroStyle.background }

    function reload() {
        participant = Records.get("participant", participantId)
        plan = Records.firstChild("plan", participantId)
        form.load(participant)
        goal.text = plan.goal || ""
        situation.text = plan.current_situation || ""
        prerequisites.text = plan.prerequisites || ""
    }

    function ensurePlan() {
        if (plan.id)
            return plan.id
        const r = Records.create("plan", { participant_id: participantId })
        if (!r.ok)
            return ""
        plan = Records.get("plan", r.id)
        return r.id
    }

    function saveParticipant() {
        Qt.inputMethod.commit()
        form.clearErrors()
        const r = Records.update("participant", participantId, form.values())
        if (!r.ok) {
            if (!form.showError(r.field, r.message))
                participantStatus.show(r.message, true)
            return false
        }
        participant = Records.get("participant", participantId)
        participantStatus.show(qsTr("Saved on this device"), false)
        return true
    }

    function savePlan() {
        Qt.inputMethod.commit()
        const id = ensurePlan()
        if (!id) {
            planStatus.show(qsTr("The plan could not be created."), true)
            return false
        }
        const r = Records.update("plan", id, {
            goal: goal.text, current_situation: situation.text, prerequisites: prerequisites.text
        })
        if (!r.ok) {
            const target = [goal, situation, prerequisites].find(f => f.field === r.field)
            if (target)
                target.errorText = r.message
            else
                planStatus.show(r.message, true)
            return false
        }
        plan = Records.get("plan", id)
        planStatus.show(qsTr("Saved on this device"), false)
        return true
    }

    function openMeasure(id) { measureDialog.openFor(id) }
    function firstMeasureId() { return measures.count > 0 ? measures.get(0).id : "" }

    Component.onCompleted: reload()

    RecordModel {
        id: measures
        kind: "measure"
        parentId: page.plan.id || ""
        sortField: "start_date"
    }

    component StatusLine: Label {
        property bool isError: false
        function show(text, error) { isError = error; this.text = text; hideTimer.restart() }
        visible: text.length > 0
        color: isError ? BroStyle.error : BroStyle.primary
        font.pixelSize: BroStyle.captionSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Timer { id: hideTimer; interval: 4000; onTriggered: if (!parent.isError) parent.text = "" }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        GridLayout {
            width: scroll.availableWidth - 2 * BroStyle.spacing
            x: BroStyle.spacing
            y: BroStyle.spacing
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
                    StatusLine { id: participantStatus }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "saveParticipant"
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
                    title: qsTr("Individual plan")
                    BroTextArea {
                        id: goal
                        kind: "plan"; field: "goal"
                        pixelSize: 20
                        minimumLines: 1
                        placeholderText: qsTr("Which job is the goal?")
                    }
                    BroTextArea {
                        id: situation
                        kind: "plan"; field: "current_situation"
                        placeholderText: qsTr("Where does the participant stand today?")
                    }
                    BroTextArea {
                        id: prerequisites
                        kind: "plan"; field: "prerequisites"
                        placeholderText: qsTr("What is needed to reach the goal?")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        StatusLine { id: planStatus }
                        Item { Layout.fillWidth: true }
                        Button {
                            objectName: "savePlan"
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
                                    width: parent.width; height: 1
                                    color: BroStyle.divider
                                }
                            }
                            contentItem: RowLayout {
                                spacing: BroStyle.spacing
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Label {
                                        text: { App.language; return Records.optionLabel("measure", "type", measureRow.type) }
                                        font.pixelSize: BroStyle.bodySize
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: { App.language; return [measureRow.description,
                                               BroStyle.formatPeriod(measureRow.start_date, measureRow.end_date),
                                               Records.optionLabel("measure", "responsible", measureRow.responsible)]
                                              .filter(v => !!v).join(" · ") }
                                        color: BroStyle.secondaryText
                                        font.pixelSize: BroStyle.captionSize
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                }
                                BroChip {
                                    text: { App.language; return Records.optionLabel("measure", "status", measureRow.status) }
                                    tint: measureRow.status === "completed" ? "#3D7A2A"
                                        : measureRow.status === "ongoing" ? BroStyle.primary
                                        : measureRow.status === "cancelled" ? "#8C8C8C" : BroStyle.accent
                                }
                            }
                            onClicked: page.openMeasure(recordId)
                        }
                    }
                }
            }
        }
    }

    MeasureDialog {
        id: measureDialog
        planId: page.plan.id || ""
        ensurePlan: page.ensurePlan
    }
}
