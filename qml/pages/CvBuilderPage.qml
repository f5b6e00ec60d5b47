import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Bro
import Bro.Core

// The Intro-CV of one participant, built with them: which sections and items go in, a short
// profile and their own words, then the PDF in bokmål or English. Only what a CV may hold is
// offered (education, work, languages, work training: domain/introcv.h); health, family and
// meeting notes never appear here.
Page {
    id: page
    title: qsTr("Intro CV")
    property string participantId: ""
    property var cv: JobMatch.cvChoices(participantId)
    property string message: ""
    readonly property var employers: JobMatch.employers()
    readonly property var employer: employers[employerChoice.currentIndex] || ({})
    property int consentRevision: 0
    readonly property var consent: {
        consentRevision;
        return employer.organisation_number ? JobMatch.consent(participantId, employer.organisation_number) : ({});
    }
    background: Rectangle {
        color: BroStyle.background
    }
    Connections {
        target: Records
        function onRecordChanged(kind) {
            if (kind === "cv_consent")
                page.consentRevision++;
        }
    }

    function refresh() {
        cv = JobMatch.cvChoices(participantId);
    }
    // The intro_cv record (made on the first change) and one of its fields.
    function save(field, value) {
        let fields = {};
        fields[field] = value;
        let r = cv.cv_id ? Records.update("intro_cv", cv.cv_id, fields) : Records.create("intro_cv", Object.assign({
                    "participant_id": participantId
                }, fields));
        message = r.ok ? "" : r.message;
        refresh();
    }
    function excluded() {
        let out = [];
        for (const s of cv.sections)
            for (const f of s.facts)
                if (!f.included && s.included)
                    out.push(f.id);
        return out;
    }
    function toggleItem(id, on) {
        let list = excluded().filter(x => x !== id);
        if (!on)
            list.push(id);
        save("excluded_items", list.join(" "));
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: BroStyle.spacing
            anchors.margins: BroStyle.spacing

            Label {
                Layout.fillWidth: true
                Layout.margins: BroStyle.spacing
                font.pixelSize: BroStyle.titleSize
                font.bold: true
                text: qsTr("Intro CV for %1").arg(page.cv.name || "")
            }
            BroTextArea {
                id: profile
                objectName: "profile"
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                kind: "intro_cv"
                field: "profile"
                text: page.cv.profile || ""
                area.onEditingFinished: if (text !== (page.cv.profile || ""))
                    page.save("profile", text)
            }
            Repeater {
                objectName: "sections"
                model: page.cv.sections || []
                delegate: Frame {
                    id: sectionFrame
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: BroStyle.spacing
                    Layout.rightMargin: BroStyle.spacing
                    background: Rectangle {
                        color: BroStyle.surface
                        radius: BroStyle.radius
                        border.color: BroStyle.divider
                    }
                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        Switch {
                            objectName: "section_" + sectionFrame.modelData.section
                            text: sectionFrame.modelData.title
                            font.bold: true
                            checked: sectionFrame.modelData.included
                            onToggled: page.save("include_" + sectionFrame.modelData.section, checked)
                        }
                        Repeater {
                            model: sectionFrame.modelData.facts
                            delegate: RowLayout {
                                id: factRow
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: BroStyle.smallSpacing
                                CheckBox {
                                    objectName: "fact_" + factRow.modelData.id
                                    enabled: sectionFrame.modelData.included
                                    checked: factRow.modelData.included
                                    onToggled: page.toggleItem(factRow.modelData.id, checked)
                                }
                                Label {
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    font.pixelSize: BroStyle.captionSize
                                    opacity: sectionFrame.modelData.included ? 1 : 0.5
                                    textFormat: Text.StyledText
                                    text: "<b>" + factRow.modelData.title + "</b>" + (factRow.modelData.detail ? " · " + factRow.modelData.detail : "") + "<br><font color='" + BroStyle.success + "'>✓ " + factRow.modelData.sources.join(" · ") + "</font>"
                                }
                            }
                        }
                    }
                }
            }
            RowLayout {
                Layout.margins: BroStyle.spacing
                spacing: BroStyle.spacing
                Button {
                    objectName: "exportNb"
                    text: qsTr("PDF in Norwegian")
                    highlighted: true
                    onClicked: {
                        const r = JobMatch.exportCv(page.participantId, "nb", "");
                        page.message = r.ok ? r.path : r.message;
                    }
                }
                Button {
                    objectName: "exportEn"
                    text: qsTr("PDF in English")
                    onClicked: {
                        const r = JobMatch.exportCv(page.participantId, "en", "");
                        page.message = r.ok ? r.path : r.message;
                    }
                }
            }
            // Sharing with a named employer: only after the participant said yes, on this
            // tablet handed over to them (a cv_consent record; domain/introcv.h).
            Frame {
                objectName: "shareWithEmployer"
                Layout.fillWidth: true
                Layout.leftMargin: BroStyle.spacing
                Layout.rightMargin: BroStyle.spacing
                visible: page.employers.length > 0
                background: Rectangle {
                    color: BroStyle.surface
                    radius: BroStyle.radius
                    border.color: BroStyle.divider
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: BroStyle.smallSpacing
                    Label {
                        Layout.fillWidth: true
                        font.bold: true
                        font.pixelSize: BroStyle.bodySize
                        wrapMode: Text.WordWrap
                        text: qsTr("Share with an employer")
                    }
                    ComboBox {
                        id: employerChoice
                        objectName: "employerChoice"
                        Layout.fillWidth: true
                        Layout.minimumHeight: BroStyle.touchTarget
                        model: page.employers
                        textRole: "name"
                        valueRole: "organisation_number"
                        Accessible.name: qsTr("Employer")
                    }
                    Label {
                        objectName: "consentState"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0
                        wrapMode: Text.Wrap
                        font.pixelSize: BroStyle.captionSize
                        color: page.consent.state === "given" ? BroStyle.success : BroStyle.warning
                        text: (page.consent.state === "given" ? "✓ " : "✗ ") + (page.consent.text || "")
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: BroStyle.spacing
                        Button {
                            objectName: "askConsent"
                            text: qsTr("Ask the participant (hand over)")
                            font.capitalization: Font.MixedCase
                            onClicked: Session.startHandOver("cv_consent", {
                                    "participantId": page.participantId,
                                    "employerName": page.employer.name,
                                    "organisationNumber": page.employer.organisation_number
                                })
                        }
                        Button {
                            objectName: "exportFor"
                            text: qsTr("PDF for %1").arg(page.employer.name || "")
                            highlighted: page.consent.state === "given"
                            font.capitalization: Font.MixedCase
                            onClicked: {
                                const r = JobMatch.exportCv(page.participantId, "nb", page.employer.organisation_number);
                                page.message = r.ok ? r.path : r.message;
                            }
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.margins: BroStyle.spacing
                visible: page.message !== ""
                wrapMode: Text.Wrap
                color: BroStyle.secondaryText
                text: page.message
            }
        }
    }
}
