import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core
import BroTest

TestCase {
    id: testCase
    name: "Mentor"
    when: windowShown
    visible: true
    width: 412  // a 6-inch phone, portrait
    height: 860

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
        id: homeComponent
        MentorHomePage {
            width: testCase.width
            height: testCase.height
        }
    }

    // Any warning fails the test (a missing QML module, a broken binding, an image that
    // cannot be shown).
    function init() {
        failOnWarning(/.*/);
        verify(TestHooks.setRole("mentor"));
    }
    function cleanup() {
        TestHooks.setRole("adviser");
    }

    function test_homeListsTrainingBooksOnly() {
        const home = createTemporaryObject(homeComponent, testCase);
        const list = findChild(home, "bookList");
        verify(list.count >= 1);
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": home,
                "signalName": "openBook"
            });
        mouseClick(list.itemAtIndex(0));
        compare(spy.count, 1);
        compare(Records.get("training_book", spy.signalArguments[0][0]).employer, "Elektro Nord AS");
    }

    function test_adviserSectionsAreOutOfReach() {
        const home = createTemporaryObject(homeComponent, testCase);
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(bookComponent, {
                "bookId": home.firstBookId()
            }, StackView.Immediate);
        verify(page.compact); // phone layout
        // No hand-over, no PDF, no editing the workplace or the goals: those are the adviser's.
        verify(!findChild(page, "handOverLogbook").visible);
        verify(!findChild(page, "exportPdf").visible);
        page.showTab("workplace");
        verify(!findChild(page, "saveFacts").visible);
        verify(findChild(page, "employer").readOnly);
        page.showTab("goals");
        verify(!findChild(page, "addGoal").visible);
        // What the mentor does: log, assess, sign, give feedback.
        page.showTab("logbook");
        verify(findChild(page, "newEntry").visible);
        page.showTab("goals");
        verify(findChild(page, "assess").visible);
    }

    Component {
        id: spyComponent
        SignalSpy {
        }
    }
}
