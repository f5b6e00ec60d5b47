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

    // Any warning fails the test (a missing QML module, a broken binding, an image that
    // cannot be shown).
    function init() {
        failOnWarning(/.*/);
    }

    Component {
        id: pageComponent
        ParticipantListPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function box(control) {
        let p = control;
        while (p && p.errorText === undefined)
            p = p.parent;
        return p;
    }

    function test_searchFiltersByName() {
        const page = createTemporaryObject(pageComponent, testCase);
        const list = findChild(page, "participantList");
        const total = list.count;
        verify(total >= 6);
        page.searchText = "ama";
        compare(list.count, 1);
        compare(Records.get("participant", page.participants.idAt(0)).name, "Amanuel Tesfay");
        page.searchText = "HASSAN";
        compare(list.count, 1);
        page.searchText = "zzz";
        compare(list.count, 0);
        const empty = findChild(page, "emptyState");
        verify(empty.visible);
        verify(empty.text.indexOf("zzz") >= 0);
        page.searchText = "";
        compare(list.count, total);
    }

    function test_searchByTyping() {
        const page = createTemporaryObject(pageComponent, testCase);
        const search = findChild(page, "search");
        search.forceActiveFocus();
        keyClick(Qt.Key_F);
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_R);
        compare(findChild(page, "participantList").count, 1);
    }

    function test_newParticipantIsValidatedThenSaved() {
        const page = createTemporaryObject(pageComponent, testCase);
        const spy = createTemporaryObject(signalSpyComponent, testCase, {
                "target": page,
                "signalName": "openParticipant"
            });
        const before = Records.unsentChanges;
        page.openNewParticipant();
        const dialog = findChild(page, "participantDialog");
        tryCompare(dialog, "opened", true);
        const nameField = findChild(dialog.contentItem, "name");
        verify(nameField);
        // Save with no name: refused, the message sits under the name field, nothing stored.
        verify(!dialog.save());
        verify(dialog.opened);
        verify(box(nameField).errorText.length > 0);
        compare(Records.unsentChanges, before);
        // The adviser is the one logged in.
        compare(findChild(dialog.contentItem, "adviser").text, Session.displayName);
        // A name, a date that does not exist: refused with the date's own message.
        nameField.text = "Nasra Abdi";
        findChild(dialog.contentItem, "settlement_date").text = "31.02.2026";
        verify(!dialog.save());
        verify(box(findChild(dialog.contentItem, "settlement_date")).errorText.length > 0);
        compare(Records.unsentChanges, before);
        // Fixed, typed as people write dates: saved, and the page is asked to open her.
        findChild(dialog.contentItem, "settlement_date").text = "01.11.2026";
        findChild(dialog.contentItem, "birth_date").text = "14.03.1991";
        verify(dialog.save());
        tryCompare(dialog, "visible", false);
        compare(spy.count, 1);
        const nasra = Records.get("participant", spy.signalArguments[0][0]);
        compare(nasra.name, "Nasra Abdi");
        compare(nasra.settlement_date, "2026-11-01");
        compare(nasra.birth_date, "1991-03-14");
        compare(nasra.adviser, Session.displayName);
        verify(Records.unsentChanges > before);
        page.searchText = "nasra";
        tryCompare(findChild(page, "participantList"), "count", 1);
    }

    function test_filterByPhaseTrackAndText() {
        const page = createTemporaryObject(pageComponent, testCase);
        const list = findChild(page, "participantList");
        const total = list.count;
        // Phase chips: "Fase 1: kvalifisering" holds Rahaf and Farid in the demo data.
        mouseClick(findChild(page, "phase_qualification"));
        compare(page.phaseFilter, "qualification");
        compare(list.count, 2);
        for (let i = 0; i < list.count; ++i)
            compare(Records.get("participant", page.participants.idAt(i)).phase, "qualification");
        // And by track: nobody in phase 1 is on the ordinary track.
        page.trackFilter = "ordinary";
        compare(list.count, 0);
        verify(findChild(page, "emptyState").visible);
        page.trackFilter = "fast_track";
        compare(list.count, 2);
        // Text narrows further, accent-insensitively ("farid" and "FÅRID" alike).
        page.searchText = "FÅRID";
        compare(list.count, 1);
        compare(Records.get("participant", page.participants.idAt(0)).name, "Farid Ahmadi");
        // "All phases" and all tracks: everyone matching the text again.
        page.searchText = "";
        mouseClick(findChild(page, "phase_all"));
        page.trackFilter = "";
        compare(list.count, total);
    }

    function test_nextActionAndBadges() {
        const page = createTemporaryObject(pageComponent, testCase);
        const model = page.participants;
        let amanuel = -1, yonas = -1;
        for (let i = 0; i < model.count; ++i) {
            const name = Records.get("participant", model.idAt(i)).name;
            if (name === "Amanuel Tesfay")
                amanuel = i;
            if (name === "Yonas Haile")
                yonas = i;
        }
        const list = findChild(page, "participantList");
        list.positionViewAtIndex(amanuel, ListView.Beginning);
        // The done action is skipped: the next one is the follow-up at the employer.
        const row = list.itemAtIndex(amanuel);
        compare(row.nextAction, "Oppfølgingsmøte hos Elektro Nord");
        compare(row.nextActionDate, "2026-12-01");
        // Amanuel's plan has a conflict from another tablet; the demo data is not sent yet.
        verify(row.conflict);
        verify(findChild(row, "conflictBadge").visible);
        verify(findChild(row, "unsentBadge").visible);
        list.positionViewAtIndex(yonas, ListView.Beginning);
        // Rows are as tall as their text: the view places the row once it has laid them out.
        tryVerify(() => list.itemAtIndex(yonas) !== null);
        verify(!list.itemAtIndex(yonas).conflict);
    }

    Component {
        id: signalSpyComponent
        SignalSpy {
        }
    }
}
