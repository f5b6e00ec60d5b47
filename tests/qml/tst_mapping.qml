import QtQuick
import QtTest
import Bro
import Bro.Core
import BroTest

TestCase {
    id: testCase
    name: "Mapping"
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

    function openMapping(name) {
        const page = createTemporaryObject(pageComponent, testCase, {
                "participantId": idOf(name)
            });
        const tab = page.showTab("mapping");
        verify(tab);
        return {
            "page": page,
            "tab": tab
        };
    }

    function cleanup() {
        TestHooks.setRole("adviser");
    }

    function test_sensitiveSectionOnlyForAdvisers() {
        let t = openMapping("Amanuel Tesfay");
        const section = findChild(t.tab, "sensitiveSection");
        verify(section && section.visible);
        // Marked with a drawn padlock (no font is needed for it).
        verify(findChild(section, "sensitiveLock").visible);
        compare(findChild(section, "health_notes").text, "Ingen kjente helseutfordringer.");
        t.page.destroy();
        // A mentor or participant using the app never gets the section, not even hidden.
        for (const role of ["mentor", "participant"]) {
            verify(TestHooks.setRole(role));
            t = openMapping("Amanuel Tesfay");
            compare(findChild(t.tab, "sensitiveSection"), null);
            compare(findChild(t.tab, "health_notes"), null);
            t.page.destroy();
        }
    }

    function test_draftIsKeptWhenLeavingThePage() {
        const id = idOf("Rahaf Al-Hassan");
        let t = openMapping("Rahaf Al-Hassan");
        const needs = findChild(t.tab, "needs");
        needs.forceActiveFocus();
        needs.text = "Språkpraksis i helsefaglig miljø. Trenger barnehageplass.";
        // Leave the page without saving.
        t.page.destroy();
        wait(0);
        compare(Records.firstChild("mapping", id).needs, "Språkpraksis i helsefaglig miljø.");
        // Coming back: the typed text is there, marked as restored.
        t = openMapping("Rahaf Al-Hassan");
        compare(findChild(t.tab, "needs").text, "Språkpraksis i helsefaglig miljø. Trenger barnehageplass.");
        verify(t.tab.children.length > 0);
        // Saving stores it and drops the draft.
        verify(t.tab.saveLanguages());
        compare(Records.firstChild("mapping", id).needs, "Språkpraksis i helsefaglig miljø. Trenger barnehageplass.");
        verify(!Drafts.has(Drafts.key("mapping", Records.firstChild("mapping", id).id, "languages")));
    }

    function test_badDateIsRefusedAtTheField() {
        const t = openMapping("Olena Kovalenko");
        const date = findChild(t.tab, "norwegian_test_date");
        date.text = "32.05.2026";
        verify(!t.tab.saveLanguages());
        let box = date;
        while (box.errorText === undefined)
            box = box.parent;
        verify(box.errorText.indexOf("DD.MM.ÅÅÅÅ") >= 0);
        // Olena had no mapping; a refused save creates none.
        compare(Records.firstChild("mapping", idOf("Olena Kovalenko")).id, undefined);
        date.text = "20.05.2026";
        verify(t.tab.saveLanguages());
        compare(Records.firstChild("mapping", idOf("Olena Kovalenko")).norwegian_test_date, "2026-05-20");
    }

    function test_educationWithNokutStatus() {
        const t = openMapping("Farid Ahmadi");
        findChild(t.tab, "add_education").clicked();
        const dialog = findChild(t.tab, "educationDialog");
        tryCompare(dialog, "opened", true);
        // No subject: the store's message at the subject field.
        verify(!dialog.save());
        verify(findChild(dialog.contentItem, "subject").parent.errorText.length > 0);
        compare(findChild(dialog.contentItem, "nokut_sent_date_calendar").visible, true);
        findChild(dialog.contentItem, "subject").text = "Kokkeskole";
        findChild(dialog.contentItem, "nokut_status").parent.value = "sent";
        findChild(dialog.contentItem, "nokut_sent_date").text = "02.11.2026";
        verify(dialog.save());
        const list = Records.children("education", idOf("Farid Ahmadi"));
        compare(list.length, 1);
        compare(list[0].nokut_status, "sent");
        compare(list[0].nokut_sent_date, "2026-11-02");
    }
}
