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

    Component {
        id: pageComponent
        SyncPage { width: testCase.width; height: testCase.height }
    }

    // The demo data carries one conflict: the plan goal changed on two devices.
    function test_keepTheOtherVersionResolvesTheConflict() {
        const page = createTemporaryObject(pageComponent, testCase)
        compare(Sync.conflictCount, 1)
        compare(page.conflicts.count, 1)
        const other = findChild(page, "keepOther")
        verify(other && other.visible)
        mouseClick(other)
        compare(Sync.conflictCount, 0)
        tryCompare(page.conflicts, "count", 0)
        // The kept text is now Amanuel's plan goal.
        let amanuel = ""
        for (let i = 0; i < participants.count; ++i)
            if (participants.get(i).name === "Amanuel Tesfay")
                amanuel = participants.get(i).id
        compare(Records.firstChild("plan", amanuel).goal, "Automatiker eller elektriker")
    }

    RecordModel {
        id: participants
        kind: "participant"
    }
}
