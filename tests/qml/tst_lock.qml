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

    Component {
        id: lockComponent
        BroLockScreen { width: testCase.width; height: testCase.height; visible: Session.locked }
    }
    Component {
        id: stackComponent
        StackView { width: testCase.width; height: testCase.height }
    }
    Component { id: bookComponent; TrainingBookPage {} }
    CaseloadModel { id: caseload }

    function typePin(lock, digits) {
        for (const d of digits)
            mouseClick(findChild(lock, "key_" + d))
        mouseClick(findChild(lock, "key_OK"))
    }

    function test_1_choosePinThenUnlock() {
        verify(!Session.hasPin)
        Session.lock()
        const lock = createTemporaryObject(lockComponent, testCase)
        verify(lock.visible)
        verify(findChild(lock, "lockPrompt").text.length > 0)
        // First choice, then the same again: the PIN is set and the app opens.
        typePin(lock, "2580")
        verify(Session.locked)
        typePin(lock, "2580")
        verify(Session.hasPin)
        verify(!Session.locked)
        verify(!lock.visible)
        // Locked again: a wrong PIN is refused with a message, the right one opens.
        Session.lock()
        verify(lock.visible)
        typePin(lock, "1111")
        verify(Session.locked)
        verify(findChild(lock, "lockMessage").text.length > 0)
        typePin(lock, "2580")
        verify(!Session.locked)
    }

    function test_3_handOverReturnsLocked() {
        let book = ""
        for (let i = 0; i < caseload.count && !book; ++i) {
            const books = Records.children("training_book", caseload.idAt(i))
            if (books.length > 0)
                book = books[0].id
        }
        const stack = createTemporaryObject(stackComponent, testCase)
        const page = stack.push(bookComponent, { bookId: book }, StackView.Immediate)
        const button = findChild(page, "handOverLogbook")
        verify(button.visible)
        button.clicked()
        verify(Session.handOver)
        compare(Session.handOverSection, "logbook")
        compare(Session.handOverArgs.bookId, book)
        // Handing back locks the tablet to the adviser's PIN.
        Session.endHandOver()
        verify(!Session.handOver)
        verify(Session.locked)
        const lock = createTemporaryObject(lockComponent, testCase)
        typePin(lock, "2580")
        verify(!Session.locked)
    }
}
