import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bro
import Bro.Core

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Bro")
    color: BroStyle.background

    // Arabic and Dari: the whole window mirrors (layouts, anchors, the bridge's direction).
    LayoutMirroring.enabled: App.rightToLeft
    LayoutMirroring.childrenInherit: true

    Material.theme: Material.Light
    Material.primary: BroStyle.primary
    Material.accent: BroStyle.primary

    // During a hand-over only the handed-over section is reachable: no header, no back.
    // A participant's own device has no adviser header at all: ParticipantHome has its own.
    header: Loader {
        sourceComponent: Session.handOver ? handOverBar : MyBro.active ? null : mainBar
    }

    Component {
        id: handOverBar
        ToolBar {
            height: 56
            background: Rectangle {
                color: BroStyle.accent
            }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 8
                Label {
                    text: qsTr("Handed over: only this section is open")
                    color: BroStyle.textOnPrimary
                    font.pixelSize: window.width < 600 ? BroStyle.captionSize : BroStyle.bodySize
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap // two lines on a phone
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                }
                Button {
                    objectName: "endHandOver"
                    text: qsTr("Done: give back")
                    font.capitalization: Font.MixedCase
                    onClicked: Session.endHandOver()
                }
            }
        }
    }

    Component {
        id: mainBar
        ToolBar {
            Material.foreground: BroStyle.textOnPrimary
            height: 56
            background: Rectangle {
                color: BroStyle.primary
            }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                spacing: 8
                ToolButton {
                    objectName: "backButton"
                    visible: stack.depth > 1
                    text: "←"
                    font.pixelSize: 24
                    implicitWidth: BroStyle.touchTarget
                    implicitHeight: BroStyle.touchTarget
                    Accessible.name: qsTr("Back")
                    onClicked: stack.pop()
                }
                Label {
                    objectName: "pageTitle"
                    text: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : qsTr("Bro")
                    font.pixelSize: window.width < 600 ? BroStyle.bodySize : 20
                    font.weight: Font.DemiBold
                    // A long title (a participant's name, a meeting) takes two lines on a phone.
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    lineHeight: 0.9
                    Layout.fillWidth: true
                    Layout.preferredWidth: 0
                    Layout.leftMargin: stack.depth > 1 ? 0 : 8
                }
                ToolButton {
                    objectName: "jobMatchButton"
                    // From the caseload, like the reporting button.
                    // On a tablet (a phone's header keeps its room for the title).
                    visible: Session.role === "adviser" && stack.depth === 1 && window.width >= 600
                    text: qsTr("Job match")
                    font.pixelSize: BroStyle.captionSize
                    font.capitalization: Font.MixedCase
                    implicitHeight: BroStyle.touchTarget
                    onClicked: if (!(stack.currentItem instanceof JobMatchPage))
                        stack.push(jobMatchComponent)
                }
                ToolButton {
                    objectName: "reportingButton"
                    // From the caseload (the other pages need the room for their title).
                    visible: Session.role === "adviser" && stack.depth === 1
                    text: qsTr("Reporting")
                    font.pixelSize: BroStyle.captionSize
                    font.capitalization: Font.MixedCase
                    implicitHeight: BroStyle.touchTarget
                    onClicked: if (!(stack.currentItem instanceof ReportingPage))
                        stack.push(reportingComponent)
                }
                BroSyncBadge {
                    compact: window.width < 600
                    onOpenDetails: window.openSync()
                }
                ToolButton {
                    objectName: "languageButton"
                    text: window.width < 600 ? (App.language === "nb" ? "EN" : "NB") : (App.language === "nb" ? "English" : "Norsk")
                    font.pixelSize: BroStyle.captionSize
                    implicitHeight: BroStyle.touchTarget
                    Accessible.name: qsTr("Change language")
                    onClicked: App.language = (App.language === "nb" ? "en" : "nb")
                }
            }
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: Session.role === "mentor" ? mentorHome : Session.role === "leader" ? reportingComponent : Session.role === "participant" ? nothing : caseload
        visible: !Session.handOver && !MyBro.active
    }
    // A participant's device never creates the caseload, nor any adviser page.
    Component {
        id: nothing
        Item {
        }
    }

    // Participant mode: the participant's device, or the tablet handed over to the participant.
    Loader {
        id: participantMode
        objectName: "participantMode"
        anchors.fill: parent
        active: MyBro.active && !Session.locked
        sourceComponent: ParticipantHome {
        }
    }
    Component {
        id: caseload
        ParticipantListPage {
            onOpenParticipant: id => window.openParticipant(id)
        }
    }
    Component {
        id: mentorHome
        MentorHomePage {
            onOpenBook: id => stack.push(trainingBookComponent, {
                        "bookId": id
                    })
        }
    }
    Component {
        id: trainingBookComponent
        TrainingBookPage {
        }
    }
    function openSync() {
        if (!(stack.currentItem instanceof SyncPage))
            stack.push(syncPageComponent);
    }
    Component {
        id: meetingComponent
        MeetingPage {
        }
    }
    Component {
        id: feedbackComponent
        FeedbackPage {
        }
    }

    // Hand-over: the one section, alone.
    Loader {
        id: handOver
        objectName: "handOver"
        anchors.fill: parent
        active: Session.handOver && !Session.locked && Session.handOverSection !== "participant"
        sourceComponent: Session.handOverSection === "feedback" ? handOverFeedback : Session.handOverSection === "cv_consent" ? handOverCvConsent : handOverLogbook
    }
    Component {
        id: handOverCvConsent
        CvConsentPage {
            participantId: Session.handOverArgs.participantId || ""
            employerName: Session.handOverArgs.employerName || ""
            organisationNumber: Session.handOverArgs.organisationNumber || ""
            onAnswered: handOverDone.open()
        }
    }
    Component {
        id: handOverLogbook
        LogbookEntryPage {
            bookId: Session.handOverArgs.bookId || ""
            onSaved: handOverDone.open()
        }
    }
    Component {
        id: handOverFeedback
        FeedbackPage {
            bookId: Session.handOverArgs.bookId || ""
            onFinished: handOverDone.open()
        }
    }
    // After the handed-over section is saved: the person says it is done, then the tablet locks.
    BroHandOverDone {
        id: handOverDone
        onGiveBack: Session.endHandOver()
    }

    // Records locked after too long without sync, until the device has synced once.
    BroExpiryLock {
        objectName: "expiryLock"
        anchors.fill: parent
        parent: Overlay.overlay
        z: 900
        visible: Sync.expired && !Session.locked
    }
    // A device whose data was erased (ten wrong PINs, a remote wipe) starts with a login.
    LoginPage {
        objectName: "erasedLogin"
        anchors.fill: parent
        parent: Overlay.overlay
        z: 950
        visible: App.erasedNotice.length > 0 && !Session.locked
        notice: App.erasedNotice
        onLoggedIn: App.dismissErasedNotice()
    }
    BroLockScreen {
        id: lockScreen
        objectName: "lockScreen"
        anchors.fill: parent
        parent: Overlay.overlay
        z: 1000
        visible: Session.locked || Session.mustChangePin
    }
    // In the task switcher and the background nothing of a person's data shows.
    Rectangle {
        objectName: "privacyCover"
        anchors.fill: parent
        parent: Overlay.overlay
        z: 2000
        visible: App.contentHidden
        color: BroStyle.primary
        Label {
            anchors.centerIn: parent
            text: "Bro"
            color: BroStyle.textOnPrimary
            font.pixelSize: 40
            font.weight: Font.Bold
        }
    }

    Component {
        id: participantPageComponent
        ParticipantPage {
            onReviewConflicts: window.openSync()
        }
    }
    Component {
        id: syncPageComponent
        SyncPage {
        }
    }
    Component {
        id: reportingComponent
        ReportingPage {
        }
    }
    Component {
        id: jobMatchComponent
        JobMatchPage {
        }
    }
    Component {
        id: cvBuilderComponent
        CvBuilderPage {
        }
    }

    function openParticipant(id, immediate) {
        return stack.push(participantPageComponent, {
                "participantId": id
            }, immediate ? StackView.Immediate : StackView.PushTransition);
    }

    // The first training book of the first participant who has one (screenshots).
    function firstBookId() {
        const list = stack.get(0);
        if (list.firstBookId)
            return list.firstBookId(); // a mentor's list of books
        const model = list.participants;
        for (let i = 0; i < model.count; ++i) {
            const books = Records.children("training_book", model.idAt(i));
            if (books.length > 0)
                return books[0].id;
        }
        return "";
    }

    // Back to the first page, as at start (the self-test shows every page in turn).
    function resetToStart() {
        if (Session.handOver)
            Session.endHandOver();
        stack.pop(null, StackView.Immediate);
    }

    // Pages named by `bro --screenshot PAGE`.
    function showPage(name) {
        if (name.startsWith("my-"))
            return showParticipantPage(name);
        const list = stack.get(0);
        const bookPages = ["logbook", "goals", "feedback", "workplace", "logbook-entry", "sign", "new-feedback"];
        switch (Session.role === "mentor" && bookPages.indexOf(name) < 0 ? "mentor" : name) {
        case "mentor":
            break;
        case "participants":
        case "lock":
            break;
        case "sync":
            stack.push(syncPageComponent, {}, StackView.Immediate);
            break;
        case "new-participant":
            list.openNewParticipant();
            break;
        case "participant":
        case "mapping":
        case "plan":
        case "meetings":
        case "measure":
            {
                const page = openParticipant(list.firstParticipantId(), true);
                if (name !== "participant")
                    page.showTab(name === "measure" ? "plan" : name);
                if (name === "measure")
                    page.openMeasure(page.firstMeasureId());
                break;
            }
        case "meeting":
            {
                const id = list.firstParticipantId();
                const meetings = Records.children("meeting", id);
                stack.push(participantPageComponent, {
                        "participantId": id
                    }, StackView.Immediate);
                stack.push(meetingComponent, {
                        "meetingId": meetings[0].id,
                        "participantId": id
                    }, StackView.Immediate);
                break;
            }
        case "reporting":
        case "reporting-figures":
            stack.push(reportingComponent, {}, StackView.Immediate).showTab(name === "reporting" ? "form" : "figures");
            break;
        case "job-match":
            stack.push(jobMatchComponent, {}, StackView.Immediate);
            break;
        case "employer-form":
        case "need-form":
        case "match-start":
            stack.push(jobMatchComponent, {}, StackView.Immediate).showForm(name);
            break;
        case "cv-consent":
            {
                // The first employer, asked of the first participant on the tablet handed over.
                const employer = JobMatch.employers()[0];
                Session.startHandOver("cv_consent", {
                        "participantId": list.firstParticipantId(),
                        "employerName": employer.name,
                        "organisationNumber": employer.organisation_number
                    });
                break;
            }
        case "cv":
            stack.push(cvBuilderComponent, {
                    "participantId": list.firstParticipantId()
                }, StackView.Immediate);
            break;
        case "hand-over":
            Session.startHandOver("logbook", {
                    "bookId": firstBookId()
                });
            break;
        default:
            {
                if (bookPages.indexOf(name) < 0) {
                    console.warn("unknown page", name);
                    break;
                }
                const book = stack.push(trainingBookComponent, {
                        "bookId": firstBookId()
                    }, StackView.Immediate);
                if (name === "logbook-entry")
                    book.newEntry("");
                else if (name === "new-feedback")
                    stack.push(feedbackComponent, {
                            "bookId": book.bookId
                        }, StackView.Immediate);
                else if (name === "sign") {
                    book.showTab("logbook");
                    const entry = Records.children("logbook_entry", book.bookId).filter(e => !e.signed_at)[0];
                    book.signItem("logbook_entry", entry.id, BroStyle.formatDate(entry.entry_date) + ": " + entry.tasks);
                } else
                    book.showTab(name);
            }
        }
    }

    // The participant's screens (`bro --screenshot my-... --role participant`, or in hand-over
    // with my-handover).
    function showParticipantPage(name) {
        // On an adviser's device (the self-test, my-handover): handed over for the first
        // participant of the caseload.
        if (!MyBro.active && stack.get(0) && stack.get(0).firstParticipantId)
            Session.startHandOver("participant", {
                    "participantId": stack.get(0).firstParticipantId()
                });
        const home = participantMode.item;
        if (!home)
            return null;
        switch (name) {
        case "my-languages":
            return home.show("language");
        case "my-self-evaluation":
            return home.show("self_evaluation");
        case "my-trail":
            return home.show("trail");
        case "my-plank":
            {
                home.show("bridge");
                const b = MyBro.bridge(MyBro.participantId);
                return home.openPlank(b.planks[Math.max(0, b.current)].id);
            }
        case "my-goal":
            home.show("bridge");
            return home.openGoal();
        default:
            return home.show("bridge");
        }
    }

    Component.onCompleted: if (App.startPage.length > 0)
        showPage(App.startPage)
}
