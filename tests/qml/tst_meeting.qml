import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core

TestCase {
    id: testCase
    name: "Meeting"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    // Any warning fails the test (a missing QML module, a broken binding, an image that
    // cannot be shown).
    function init() {
        failOnWarning(/.*/);
    }

    Component {
        id: stackComponent
        StackView {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: meetingComponent
        MeetingPage {
        }
    }
    Component {
        id: meetingsTabComponent
        MeetingsTab {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: pageComponent
        ParticipantPage {
            width: testCase.width
            height: testCase.height
        }
    }
    CaseloadModel {
        id: caseload
    }

    function idOf(name) {
        for (let i = 0; i < caseload.count; ++i)
            if (Records.get("participant", caseload.idAt(i)).name === name)
                return caseload.idAt(i);
        return "";
    }
    // The labelled field a control belongs to (the one with the message).
    function box(control) {
        let p = control;
        while (p && p.errorText === undefined)
            p = p.parent;
        return p;
    }

    function openNewMeeting(participant) {
        const tab = createTemporaryObject(meetingsTabComponent, testCase, {
                "participantId": participant
            });
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": tab,
                "signalName": "openMeeting"
            });
        const before = Records.children("meeting", participant).length;
        mouseClick(findChild(tab, "start_three_party"));
        // Tapping a kind of meeting asks first; nothing is made yet.
        const dialog = findChild(tab, "meetingDialog");
        tryCompare(dialog, "opened", true);
        compare(Records.children("meeting", participant).length, before);
        compare(spy.count, 0);
        verify(dialog.save());
        compare(spy.count, 1);
        const meetingId = spy.signalArguments[0][0];
        const meeting = Records.get("meeting", meetingId);
        compare(meeting.type, "three_party");
        compare(meeting.meeting_date, BroStyle.today());
        verify(meeting.started_at.length > 0);
        const stack = createTemporaryObject(stackComponent, testCase);
        return stack.push(meetingComponent, {
                "meetingId": meetingId,
                "participantId": participant
            }, StackView.Immediate);
    }

    function test_tappingAMeetingTypeMakesNoMeetingUntilItIsSaved() {
        const farid = idOf("Farid Ahmadi");
        const before = Records.children("meeting", farid).length;
        const tab = createTemporaryObject(meetingsTabComponent, testCase, {
                "participantId": farid
            });
        // The buttons wrap onto a second row once the Flow is laid out: click where it put it.
        waitForRendering(tab);
        mouseClick(findChild(tab, "start_status_evaluation"));
        const dialog = findChild(tab, "meetingDialog");
        tryCompare(dialog, "opened", true);
        compare(findChild(dialog.contentItem, "type").currentIndex >= 0, true);
        // Cancelled: still no meeting.
        mouseClick(findChild(dialog.footer, "cancel"));
        tryCompare(dialog, "visible", false);
        compare(Records.children("meeting", farid).length, before);
    }

    function test_agreedActionBecomesAMeasureInOneTap() {
        const olena = idOf("Olena Kovalenko");
        const page = openNewMeeting(olena);
        const plan = Records.firstChild("plan", olena);
        const measuresBefore = Records.children("measure", plan.id).length;
        findChild(page, "actionText").text = "Prøve ut språkpraksis i regnskapsbyrå";
        // The due date typed as people write it.
        findChild(page, "due_date").text = "15.12.2099";
        verify(page.addAction());
        const actions = Records.children("agreed_action", page.meetingId);
        compare(actions.length, 1);
        compare(actions[0].due_date, "2099-12-15");
        // One tap on "Add to plan".
        const button = findChild(page, "makeMeasure");
        tryVerify(() => button.visible);
        button.clicked();
        const measures = Records.children("measure", plan.id);
        compare(measures.length, measuresBefore + 1);
        const added = measures.find(m => m.description === "Prøve ut språkpraksis i regnskapsbyrå");
        verify(added);
        compare(added.status, "planned");
        // Agreed today, due in December: it runs from the meeting to the due date (the due
        // date is the end, not the start).
        compare(added.start_date, BroStyle.today());
        compare(added.end_date, "2099-12-15");
        compare(Records.get("agreed_action", actions[0].id).measure_id, added.id);
        tryVerify(() => findChild(page, "inPlan").visible);
        verify(!findChild(page, "makeMeasure").visible);
        // A second tap cannot add it twice.
        compare(page.makeMeasure(actions[0].id), "");
        compare(Records.children("measure", plan.id).length, measuresBefore + 1);
    }

    function test_anAgreedActionCanBeMarkedDone() {
        const rahaf = idOf("Rahaf Al-Hassan");
        // Her language practice place was due in November 2026: overdue, the caseload's next.
        const open = Records.openActions(rahaf);
        compare(open.length, 1);
        const action = open[0];
        const meeting = Records.get("meeting", action.meeting_id);
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(meetingComponent, {
                "meetingId": meeting.id,
                "participantId": rahaf
            }, StackView.Immediate);
        const done = findChild(page, "actionDone");
        verify(done && !done.checked);
        mouseClick(done);
        compare(Records.get("agreed_action", action.id).done, true);
        // No longer open: not "next", not "overdue".
        compare(Records.openActions(rahaf).length, 0);
        caseload.reload();
        for (let i = 0; i < caseload.count; ++i)
            if (caseload.idAt(i) === rahaf)
                compare(caseload.data(caseload.index(i, 0), Qt.UserRole + 7), "");
        // And back.
        mouseClick(done);
        compare(Records.get("agreed_action", action.id).done, false);
        compare(Records.openActions(rahaf).length, 1);
    }

    function test_theOverviewMarksAnActionDone() {
        const hodan = idOf("Hodan Warsame");
        const page = createTemporaryObject(pageComponent, testCase, {
                "participantId": hodan
            });
        compare(page.openActions.length, 1);
        const button = findChild(page, "markDone");
        verify(button && button.visible);
        mouseClick(button);
        tryCompare(page.openActions, "length", 0);
    }

    function test_notesAreAddedNeverEdited() {
        const page = openNewMeeting(idOf("Yonas Haile"));
        const input = findChild(page, "noteInput");
        input.text = "Yonas har jobbet som sveiser i fem år.";
        verify(page.addNote());
        compare(input.text, "");
        input.text = "Ønsker å ta fagbrev.";
        verify(page.addNote());
        const notes = Records.children("meeting_note", page.meetingId);
        compare(notes.length, 2);
        // Notes are append-only: the store refuses an edit.
        const r = Records.update("meeting_note", notes[0].id, {
                "text": "endret"
            });
        verify(!r.ok);
        compare(Records.get("meeting_note", notes[0].id).text, "Yonas har jobbet som sveiser i fem år.");
        // An empty note is refused with the field's message.
        input.text = "   ";
        verify(!page.addNote());
        verify(input.errorText.length > 0);
    }

    function test_unsavedNoteSurvivesLeavingThePage() {
        const yonas = idOf("Yonas Haile");
        const page = openNewMeeting(yonas);
        const id = page.meetingId;
        const input = findChild(page, "noteInput");
        input.area.forceActiveFocus();
        input.text = "Halvskrevet notat";
        page.StackView.view.destroy();
        wait(0);
        const stack = createTemporaryObject(stackComponent, testCase);
        const again = stack.push(meetingComponent, {
                "meetingId": id,
                "participantId": yonas
            }, StackView.Immediate);
        compare(findChild(again, "noteInput").text, "Halvskrevet notat");
        // Added: the note's draft is gone, the next note starts empty.
        verify(again.addNote());
        verify(!Drafts.has(Drafts.newKey("meeting_note", id)));
        again.StackView.view.destroy();
        wait(0);
        const stack2 = createTemporaryObject(stackComponent, testCase);
        const third = stack2.push(meetingComponent, {
                "meetingId": id,
                "participantId": yonas
            }, StackView.Immediate);
        compare(findChild(third, "noteInput").text, "");
    }

    function test_interpreterAndLanguageAreRecorded() {
        const page = openNewMeeting(idOf("Rahaf Al-Hassan"));
        findChild(page, "interpreter").parent.setValue(true);
        findChild(page, "interpreter_language").text = "arabisk";
        findChild(page, "attendees").text = "Rahaf, Kari (kommunen), Ola (NAV)";
        verify(page.saveDetails());
        const m = Records.get("meeting", page.meetingId);
        compare(m.interpreter, true);
        compare(m.interpreter_language, "arabisk");
    }

    Component {
        id: spyComponent
        SignalSpy {
        }
    }
}
