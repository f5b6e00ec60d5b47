import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The one competence mapping municipality and NAV share, so that nobody asks the participant
// to tell their story twice: Norwegian per skill, other languages, needs and goals, education
// (with NOKUT recognition) and work experience. Health and family notes are a separate,
// marked section that only advisers see.
BroFormScroll {
    id: tab
    property string participantId
    property var mapping: ({})
    readonly property bool wide: width > 760

    function reload() {
        mapping = Records.firstChild("mapping", participantId);
        languageForm.load(mapping);
        if (sensitiveForm)
            sensitiveForm.load(mapping);
    }

    // The draft of one of the mapping's two forms: of the mapping, or of the new one.
    function draftKey(form) {
        return mapping.id ? Drafts.key("mapping", mapping.id, form) : Drafts.newKey("mapping", participantId, form);
    }
    // Saves one of the mapping's forms; creates the mapping on first save.
    function saveForm(form, status) {
        const newDraft = mapping.id ? "" : form.draftKey;
        const r = BroForms.submit({
                "form": form,
                "status": status,
                "save": () => mapping.id ? Records.update("mapping", mapping.id, form.values()) : Records.create("mapping", Object.assign({
                                "participant_id": participantId
                            }, form.values()))
            });
        if (r.ok) {
            mapping = Records.get("mapping", r.id);
            if (newDraft)
                Drafts.clear(newDraft); // typed before the mapping existed
        }
        return r.ok;
    }
    function saveLanguages() {
        return saveForm(languageForm, languageStatus);
    }
    function saveSensitive() {
        return saveForm(sensitiveForm, sensitiveStatus);
    }

    Component.onCompleted: reload()

    RecordModel {
        id: educations
        kind: "education"
        parentId: tab.participantId
    }
    RecordModel {
        id: experiences
        kind: "work_experience"
        parentId: tab.participantId
    }

    component SaveRow: RowLayout {
        property alias status: statusLine
        property alias buttonName: button.objectName
        signal save
        Layout.fillWidth: true
        BroStatusLine {
            id: statusLine
        }
        Item {
            Layout.fillWidth: true
        }
        Button {
            id: button
            text: qsTr("Save")
            highlighted: true
            Layout.minimumHeight: BroStyle.touchTarget
            onClicked: parent.save()
        }
    }

    BroSection {
        title: qsTr("Norwegian, languages, needs and goals")
        BroRecordForm {
            id: languageForm
            kind: "mapping"
            draftKey: tab.draftKey("languages")
            columns: tab.wide ? 2 : 1
            fields: ["norwegian_listening", "norwegian_reading", "norwegian_speaking", "norwegian_writing", "norwegian_test_date", "other_languages", "needs", "goals"]
        }
        BroDraftNotice {
            visible: languageForm.restoredDraft
        }
        SaveRow {
            id: languageSave
            buttonName: "saveLanguages"
            onSave: tab.saveLanguages()
        }
    }
    property alias languageStatus: languageSave.status

    // Education and work experience as lists of cards.
    component RecordList: BroSection {
        id: section
        property string kind
        property var model
        property string emptyText
        property var describe: function (r) {
            return "";
        }
        property var chip: function (r) {
            return "";
        }
        signal open(string id)
        signal add
        headerAction: Button {
            objectName: "add_" + section.kind
            visible: Session.mayCreate(section.kind)
            text: qsTr("+ Add")
            flat: true
            Layout.minimumHeight: BroStyle.touchTarget
            onClicked: section.add()
        }
        Label {
            visible: section.model.count === 0
            text: section.emptyText
            color: BroStyle.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: section.model
            delegate: ItemDelegate {
                id: card
                required property var record
                required property string recordId
                Layout.fillWidth: true
                padding: BroStyle.smallSpacing
                background: Rectangle {
                    color: card.down ? BroStyle.primaryLight : "transparent"
                    radius: 8
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: BroStyle.divider
                    }
                }
                // The chip beside the text, or under it on a narrow card (a long word such as
                // "Elektroinstallasjon" would otherwise break in the middle).
                contentItem: GridLayout {
                    columns: card.width > 460 ? 2 : 1
                    columnSpacing: BroStyle.spacing
                    rowSpacing: 4
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0 // the chip keeps its width; the text wraps
                        spacing: 2
                        Label {
                            text: card.record[Records.titleField(section.kind)] || ""
                            font.pixelSize: BroStyle.bodySize
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                        Label {
                            text: {
                                App.language;
                                return section.describe(card.record);
                            }
                            color: BroStyle.secondaryText
                            font.pixelSize: BroStyle.captionSize
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                    }
                    BroChip {
                        text: {
                            App.language;
                            return section.chip(card.record);
                        }
                        tint: card.record.nokut_status === "recognised" ? BroStyle.success : card.record.nokut_status === "refused" ? BroStyle.error : BroStyle.primary
                    }
                }
                onClicked: section.open(recordId)
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: tab.wide ? 2 : 1
        columnSpacing: BroStyle.spacing
        rowSpacing: BroStyle.spacing
        RecordList {
            title: qsTr("Education")
            kind: "education"
            model: educations
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
            emptyText: qsTr("No education registered.")
            describe: r => {
                const parts = [Records.optionLabel("education", "level", r.level), r.country, r.years !== null && r.years !== undefined ? qsTr("%n year(s)", "", r.years) : ""];
                if (r.nokut_sent_date)
                    parts.push(qsTr("sent to NOKUT %1").arg(BroStyle.formatDate(r.nokut_sent_date)));
                if (r.nokut_decision_date)
                    parts.push(qsTr("decision %1").arg(BroStyle.formatDate(r.nokut_decision_date)));
                return parts.filter(v => !!v).join(" · ");
            }
            chip: r => r.nokut_status ? "NOKUT: " + Records.optionLabel("education", "nokut_status", r.nokut_status) : ""
            onAdd: educationDialog.openNew({
                    "participant_id": tab.participantId
                })
            onOpen: id => educationDialog.openFor(id)
        }
        RecordList {
            title: qsTr("Work experience")
            kind: "work_experience"
            model: experiences
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
            emptyText: qsTr("No work experience registered.")
            describe: r => [r.country, r.years !== null && r.years !== undefined ? qsTr("%1 years").arg(Number(r.years).toLocaleString(Qt.locale(), "f", r.years % 1 ? 1 : 0)) : "", r.formal === true ? qsTr("formal") : r.formal === false ? qsTr("informal") : "", r.description].filter(v => !!v).join(" · ")
            onAdd: experienceDialog.openNew({
                    "participant_id": tab.participantId
                })
            onOpen: id => experienceDialog.openFor(id)
        }
    }

    // Special-category notes: advisers only, marked as such.
    Loader {
        id: sensitiveLoader
        objectName: "sensitiveLoader"
        Layout.fillWidth: true
        active: Session.mayRead("mapping", "health_notes")
        visible: active
        sourceComponent: Pane {
            objectName: "sensitiveSection"
            padding: BroStyle.spacing
            background: Rectangle {
                color: BroStyle.sensitiveFill
                radius: BroStyle.radius
                border.color: BroStyle.warning
                border.width: 2
            }
            property alias form: form
            property alias status: sensitiveSave.status
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: BroStyle.smallSpacing
                RowLayout {
                    spacing: BroStyle.smallSpacing
                    BroLockIcon {
                        objectName: "sensitiveLock"
                        color: BroStyle.warning
                    }
                    Label {
                        text: qsTr("Health and family: sensitive")
                        font.pixelSize: BroStyle.headingSize
                        font.weight: Font.DemiBold
                        color: BroStyle.warning
                    }
                }
                Label {
                    text: qsTr("Only advisers see this section. It is never shared with employers or mentors.")
                    wrapMode: Text.Wrap
                    color: BroStyle.secondaryText
                    font.pixelSize: BroStyle.captionSize
                    Layout.fillWidth: true
                }
                BroRecordForm {
                    id: form
                    kind: "mapping"
                    draftKey: tab.draftKey("sensitive")
                    columns: tab.wide ? 2 : 1
                    fields: ["health_notes", "family_notes"]
                    Component.onCompleted: load(tab.mapping)
                }
                SaveRow {
                    id: sensitiveSave
                    buttonName: "saveSensitive"
                    onSave: tab.saveSensitive()
                }
            }
        }
    }
    readonly property var sensitiveForm: sensitiveLoader.item ? sensitiveLoader.item.form : null
    readonly property var sensitiveStatus: sensitiveLoader.item ? sensitiveLoader.item.status : null

    BroRecordDialog {
        id: educationDialog
        kind: "education"
        newTitle: qsTr("Add education")
        editTitle: qsTr("Edit education")
        deletable: true
        fields: ["subject", "level", "country", "years", "documentation", "nokut_status", "nokut_sent_date", "nokut_decision_date"]
    }
    BroRecordDialog {
        id: experienceDialog
        kind: "work_experience"
        newTitle: qsTr("Add work experience")
        editTitle: qsTr("Edit work experience")
        deletable: true
        fields: ["occupation", "years", "formal", "country", "description"]
    }
}
