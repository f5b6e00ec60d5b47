import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core

TestCase {
    id: testCase
    name: "Lock"
    when: windowShown
    visible: true
    width: 800
    height: 1280

    // Any warning fails the test (a missing QML module, a broken binding, an image that
    // cannot be shown).
    function init() {
        failOnWarning(/.*/);
    }

    Component {
        id: lockComponent
        BroLockScreen {
            width: testCase.width
            height: testCase.height
            visible: Session.locked
        }
    }
    Component {
        id: stackComponent
        StackView {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: bookComponent
        TrainingBookPage {
        }
    }
    Component {
        id: mainComponent
        Main {
        }
    }
    CaseloadModel {
        id: caseload
    }

    function typePin(lock, digits) {
        for (const d of digits)
            mouseClick(findChild(lock, "key_" + d));
        mouseClick(findChild(lock, "key_OK"));
    }
    function firstBook() {
        for (let i = 0; i < caseload.count; ++i) {
            const books = Records.children("training_book", caseload.idAt(i));
            if (books.length > 0)
                return books[0].id;
        }
        return "";
    }

    function test_1_aTrivialPinIsRefusedAtOnce() {
        verify(!Session.hasPin);
        Session.lock();
        const lock = createTemporaryObject(lockComponent, testCase);
        for (const trivial of ["2222", "222222", "123456", "987654"]) {
            typePin(lock, trivial);
            verify(findChild(lock, "lockMessage").text.indexOf("PIN") >= 0, trivial);
            verify(!Session.hasPin);
            // Still asked for the first choice: the rule is said before typing twice.
            verify(findChild(lock, "lockPrompt").text.indexOf("6") >= 0);
        }
    }

    function test_2_choosePinThenUnlock() {
        verify(!Session.hasPin);
        Session.lock();
        const lock = createTemporaryObject(lockComponent, testCase);
        verify(lock.visible);
        verify(findChild(lock, "lockPrompt").text.length > 0);
        // First choice, then the same again: the PIN is set and the app opens.
        typePin(lock, "739184");
        verify(Session.locked);
        typePin(lock, "739184");
        verify(Session.hasPin);
        verify(!Session.locked);
        verify(!lock.visible);
        // Locked again: a wrong PIN is refused, saying how many tries are left before the
        // device is erased; the right one opens.
        Session.lock();
        verify(lock.visible);
        typePin(lock, "111111");
        verify(Session.locked);
        verify(findChild(lock, "lockMessage").text.indexOf(String(Session.triesLeft)) >= 0);
        typePin(lock, "739184");
        verify(!Session.locked);
    }

    function test_3_theLanguageCanBeChangedOnTheLockScreen() {
        Session.lock();
        const lock = createTemporaryObject(lockComponent, testCase);
        compare(App.language, "nb");
        const prompt = findChild(lock, "lockPrompt").text;
        mouseClick(findChild(lock, "lockLanguage"));
        compare(App.language, "en");
        compare(findChild(lock, "lockPrompt").text, "Type your PIN");
        mouseClick(findChild(lock, "lockLanguage"));
        compare(App.language, "nb");
        compare(findChild(lock, "lockPrompt").text, prompt);
        typePin(lock, "739184");
        verify(!Session.locked);
    }

    function test_4_handOverReturnsLocked() {
        const book = firstBook();
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(bookComponent, {
                "bookId": book
            }, StackView.Immediate);
        const button = findChild(page, "handOverLogbook");
        verify(button.visible);
        button.clicked();
        verify(Session.handOver);
        compare(Session.handOverSection, "logbook");
        compare(Session.handOverArgs.bookId, book);
        // Handing back locks the tablet to the adviser's PIN.
        Session.endHandOver();
        verify(!Session.handOver);
        verify(Session.locked);
        const lock = createTemporaryObject(lockComponent, testCase);
        typePin(lock, "739184");
        verify(!Session.locked);
    }

    function test_5_afterSavingAHandedOverEntryTheMentorConfirmsBeforeItLocks() {
        const main = createTemporaryObject(mainComponent, testCase);
        const book = firstBook();
        Session.startHandOver("logbook", {
                "bookId": book
            });
        const loader = findChild(main, "handOver");
        tryVerify(() => loader.item !== null);
        const entry = loader.item;
        findChild(entry, "tasks").text = "Skiftet sikringer i tavla.";
        verify(entry.save());
        // Saved, and still handed over: the mentor sees that it is saved and gives it back.
        verify(Session.handOver);
        verify(!Session.locked);
        const done = findChild(main, "handOverDone");
        tryCompare(done, "opened", true);
        mouseClick(findChild(done.footer, "giveBack"));
        verify(!Session.handOver);
        verify(Session.locked);
        tryCompare(done, "visible", false);
        typePin(findChild(main, "lockScreen"), "739184");
        verify(!Session.locked);
    }
}
