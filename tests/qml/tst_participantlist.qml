import QtQuick
import QtTest
import Bro
import Bro.Core

TestCase {
    id: testCase
    name: "ParticipantList"
    when: windowShown
    visible: true // TestCase hides itself by default; the pages under test must be shown
    width: 1280
    height: 800

    Component {
        id: pageComponent
        ParticipantListPage { width: testCase.width; height: testCase.height }
    }

    function test_searchFiltersByName() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "participantList")
        const total = list.count
        verify(total >= 6)
        page.searchText = "ama"
        compare(list.count, 1)
        compare(page.participants.get(0).name, "Amanuel Tesfay")
        page.searchText = "HASSAN"
        compare(list.count, 1)
        page.searchText = "zzz"
        compare(list.count, 0)
        const empty = findChild(page, "emptyState")
        verify(empty.visible)
        verify(empty.text.indexOf("zzz") >= 0)
        page.searchText = ""
        compare(list.count, total)
    }

    function test_searchByTyping() {
        const page = createTemporaryObject(pageComponent, testCase)
        const search = findChild(page, "search")
        search.forceActiveFocus()
        keyClick(Qt.Key_F)
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_R)
        compare(findChild(page, "participantList").count, 1)
    }

    function test_newParticipantIsValidatedThenSaved() {
        const page = createTemporaryObject(pageComponent, testCase)
        const spy = createTemporaryObject(signalSpyComponent, testCase, { target: page, signalName: "openParticipant" })
        const before = Records.unsentChanges
        page.openNewParticipant()
        const dialog = findChild(page, "participantDialog")
        tryCompare(dialog, "opened", true)
        const nameField = findChild(dialog.contentItem, "name")
        verify(nameField)
        // Save with no name: refused, the message sits under the name field, nothing stored.
        verify(!dialog.save())
        verify(dialog.opened)
        const nameBox = nameField.parent
        verify(nameBox.errorText.length > 0)
        compare(Records.unsentChanges, before)
        // A name, a bad date: refused with the date's own message.
        nameField.text = "Nasra Abdi"
        findChild(dialog.contentItem, "settlement_date").text = "31.12.2026"
        verify(!dialog.save())
        verify(findChild(dialog.contentItem, "settlement_date").parent.errorText.length > 0)
        compare(Records.unsentChanges, before)
        // Fixed: saved, and the page is asked to open the new participant.
        findChild(dialog.contentItem, "settlement_date").text = "2026-11-01"
        verify(dialog.save())
        tryCompare(dialog, "visible", false)
        compare(spy.count, 1)
        compare(Records.get("participant", spy.signalArguments[0][0]).name, "Nasra Abdi")
        verify(Records.unsentChanges > before)
        page.searchText = "nasra"
        compare(findChild(page, "participantList").count, 1)
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
