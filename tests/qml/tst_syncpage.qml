import QtQuick
import QtTest
import Bro
import Bro.Core

TestCase {
    id: testCase
    name: "SyncPage"
    when: windowShown
    visible: true // TestCase hides itself by default; the pages under test must be shown
    width: 1280
    height: 800

    // Any warning fails the test (a missing QML module, a broken binding, an image that
    // cannot be shown).
    function init() {
        failOnWarning(/.*/);
    }

    Component {
        id: pageComponent
        SyncPage {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: participantComponent
        ParticipantPage {
            width: testCase.width
            height: testCase.height
        }
    }
    function amanuel() {
        for (let i = 0; i < participants.count; ++i)
            if (participants.get(i).name === "Amanuel Tesfay")
                return participants.get(i).id;
        return "";
    }

    // The test data carries one conflict: Amanuel's plan goal changed on two devices.
    function test_aConflictNamesItsParticipantAndThePlanMarksTheField() {
        const page = createTemporaryObject(pageComponent, testCase);
        compare(page.conflicts.count, 1);
        const card = findChild(page, "conflictCard");
        verify(card);
        compare(card.title, "Amanuel Tesfay");
        verify(findChild(card, "conflictWhat").text.indexOf("Mål") >= 0);
        // At the record: the plan's goal says that it is in conflict, and leads to the review.
        const participant = createTemporaryObject(participantComponent, testCase, {
                "participantId": amanuel()
            });
        participant.showTab("plan");
        const mark = findChild(participant, "conflict_goal");
        verify(mark && mark.visible);
        verify(!findChild(participant, "conflict_prerequisites").visible);
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": participant,
                "signalName": "reviewConflicts"
            });
        mouseClick(findChild(participant, "reviewConflict_goal"));
        compare(spy.count, 1);
    }

    function test_keepTheOtherVersionResolvesTheConflict() {
        const page = createTemporaryObject(pageComponent, testCase);
        compare(Sync.conflictCount, 1);
        compare(page.conflicts.count, 1);
        const other = findChild(page, "keepOther");
        verify(other && other.visible);
        mouseClick(other);
        compare(Sync.conflictCount, 0);
        tryCompare(page.conflicts, "count", 0);
        // The kept text is now Amanuel's plan goal.
        let amanuel = "";
        for (let i = 0; i < participants.count; ++i)
            if (participants.get(i).name === "Amanuel Tesfay")
                amanuel = participants.get(i).id;
        compare(Records.firstChild("plan", amanuel).goal, "Automatiker eller elektriker");
    }

    RecordModel {
        id: participants
        kind: "participant"
    }
    Component {
        id: spyComponent
        SignalSpy {
        }
    }
}
