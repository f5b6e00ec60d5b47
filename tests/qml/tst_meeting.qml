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

    Component {
        id: stackComponent
        StackView { width: testCase.width; height: testCase.height }
    }
    Component { id: meetingComponent; MeetingPage {} }
    Component { id: meetingsTabComponent; MeetingsTab { width: testCase.width; height: testCase.height } }
    CaseloadModel { id: caseload }

    function idOf(name) {
        for (let i = 0; i < caseload.count; ++i)
            if (Records.get("participant", caseload.idAt(i)).name === name)
                return caseload.idAt(i)
        return ""
    }

    function openNewMeeting(participant) {
        const tab = createTemporaryObject(meetingsTabComponent, testCase, { participantId: participant })
        const spy = createTemporaryObject(spyComponent, testCase, { target: tab, signalName: "openMeeting" })
        mouseClick(findChild(tab, "start_three_party"))
        compare(spy.count, 1)
        const meetingId = spy.signalArguments[0][0]
        const meeting = Records.get("meeting", meetingId)
        compare(meeting.type, "three_party")
        verify(meeting.started_at.length > 0)
        const stack = createTemporaryObject(stackComponent, testCase)
        return stack.push(meetingComponent, { meetingId: meetingId, participantId: participant }, StackView.Immediate)
    }

    function test_agreedActionBecomesAMeasureInOneTap() {
        const olena = idOf("Olena Kovalenko")
        const page = openNewMeeting(olena)
        const plan = Records.firstChild("plan", olena)
        const measuresBefore = Records.children("measure", plan.id).length
        findChild(page, "actionText").text = "Prøve ut språkpraksis i regnskapsbyrå"
        verify(page.addAction())
        const actions = Records.children("agreed_action", page.meetingId)
        compare(actions.length, 1)
        // One tap on "Add to plan".
        const button = findChild(page, "makeMeasure")
        tryVerify(() => button.visible)
        mouseClick(button)
        const measures = Records.children("measure", plan.id)
        compare(measures.length, measuresBefore + 1)
        const added = measures.find(m => m.description === "Prøve ut språkpraksis i regnskapsbyrå")
        verify(added)
        compare(added.status, "planned")
        compare(Records.get("agreed_action", actions[0].id).measure_id, added.id)
        tryVerify(() => findChild(page, "inPlan").visible)
        verify(!findChild(page, "makeMeasure").visible)
        // A second tap cannot add it twice.
        compare(page.makeMeasure(actions[0].id), "")
        compare(Records.children("measure", plan.id).length, measuresBefore + 1)
    }

    function test_notesAreAddedNeverEdited() {
        const page = openNewMeeting(idOf("Yonas Haile"))
        const input = findChild(page, "noteInput")
        input.text = "Yonas har jobbet som sveiser i fem år."
        verify(page.addNote())
        compare(input.text, "")
        input.text = "Ønsker å ta fagbrev."
        verify(page.addNote())
        const notes = Records.children("meeting_note", page.meetingId)
        compare(notes.length, 2)
        // Notes are append-only: the store refuses an edit.
        const r = Records.update("meeting_note", notes[0].id, { text: "endret" })
        verify(!r.ok)
        compare(Records.get("meeting_note", notes[0].id).text, "Yonas har jobbet som sveiser i fem år.")
        // An empty note is refused with the field's message.
        input.text = "   "
        verify(!page.addNote())
    }

    function test_unsavedNoteSurvivesLeavingThePage() {
        const yonas = idOf("Yonas Haile")
        const page = openNewMeeting(yonas)
        const id = page.meetingId
        findChild(page, "noteInput").text = "Halvskrevet notat"
        page.StackView.view.destroy()
        wait(0)
        const stack = createTemporaryObject(stackComponent, testCase)
        const again = stack.push(meetingComponent, { meetingId: id, participantId: yonas }, StackView.Immediate)
        compare(findChild(again, "noteInput").text, "Halvskrevet notat")
    }

    function test_interpreterAndLanguageAreRecorded() {
        const page = openNewMeeting(idOf("Rahaf Al-Hassan"))
        findChild(page, "interpreter").parent.setValue(true)
        findChild(page, "interpreter_language").text = "arabisk"
        findChild(page, "attendees").text = "Rahaf, Kari (kommunen), Ola (NAV)"
        verify(page.saveDetails())
        const m = Records.get("meeting", page.meetingId)
        compare(m.interpreter, true)
        compare(m.interpreter_language, "arabisk")
    }

    Component { id: spyComponent; SignalSpy {} }
}
