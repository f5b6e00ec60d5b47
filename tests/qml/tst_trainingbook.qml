import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core
import BroTest

TestCase {
    id: testCase
    name: "TrainingBook"
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
        id: bookComponent
        TrainingBookPage {
        }
    }
    Component {
        id: entryComponent
        LogbookEntryPage {
        }
    }
    Component {
        id: padComponent
        BroSignaturePad {
            width: 500
            height: 200
        }
    }
    CaseloadModel {
        id: caseload
    }

    function bookId() {
        for (let i = 0; i < caseload.count; ++i) {
            const books = Records.children("training_book", caseload.idAt(i));
            if (books.length > 0)
                return books[0].id;
        }
        return "";
    }

    function openBook() {
        const stack = createTemporaryObject(stackComponent, testCase);
        return stack.push(bookComponent, {
                "bookId": bookId()
            }, StackView.Immediate);
    }

    function box(control) {
        let p = control;
        while (p && p.errorText === undefined)
            p = p.parent;
        return p;
    }

    function test_logbookEntryDefaultsAndValidation() {
        const book = bookId();
        const entries = Records.children("logbook_entry", book);
        entries.sort((a, b) => a.entry_date.localeCompare(b.entry_date));
        const previous = entries[entries.length - 1];
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(entryComponent, {
                "bookId": book
            }, StackView.Immediate);
        // Defaults: today (as bokmål writes it), and the hours of the previous entry.
        compare(findChild(page, "entry_date").text, Qt.formatDate(new Date(), "dd.MM.yyyy"));
        verify(findChild(page, "hours").text.indexOf(Number(previous.hours).toLocaleString(Qt.locale(), "f", previous.hours % 1 ? 1 : 0)) === 0);
        // Nothing written under tasks: refused, the message at the field, nothing stored.
        compare(page.save(), "");
        verify(box(findChild(page, "tasks")).errorText.length > 0);
        compare(Records.children("logbook_entry", book).length, entries.length);
        // Big buttons change the hours by half an hour.
        mouseClick(findChild(page, "moreHours"));
        findChild(page, "tasks").text = "Monterte lysarmatur i gang.";
        findChild(page, "norwegian_used").text = "lysarmatur, takboks";
        const id = page.save();
        verify(id.length > 0);
        const saved = Records.get("logbook_entry", id);
        compare(saved.hours, previous.hours + 0.5);
        compare(saved.tasks, "Monterte lysarmatur i gang.");
        compare(saved.norwegian_used, "lysarmatur, takboks");
    }

    function test_correctionPointsToTheSignedEntry() {
        const book = bookId();
        const signed = Records.children("logbook_entry", book).find(e => !!e.signed_at);
        // A signed entry cannot be changed...
        verify(!Records.update("logbook_entry", signed.id, {
                    "tasks": "endret"
                }).ok);
        // ...it is corrected by a new entry that points to it.
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(entryComponent, {
                "bookId": book,
                "correctsId": signed.id
            }, StackView.Immediate);
        compare(findChild(page, "tasks").text, signed.tasks);
        findChild(page, "tasks").text = signed.tasks + " (rettet: 6 timer)";
        const id = page.save();
        verify(id);
        compare(Records.get("logbook_entry", id).corrects_id, signed.id);
        compare(Records.get("logbook_entry", signed.id).tasks, signed.tasks);
    }

    function test_assessmentUpdatesProgress() {
        const page = openBook();
        const tab = page.showTab("goals");
        const before = tab.progress.achieved;
        const total = tab.progress.total;
        verify(total >= 3);
        const assess = findChild(tab, "assess");
        mouseClick(assess);
        const dialog = findChild(tab, "assessmentDialog");
        tryCompare(dialog, "opened", true);
        // The dialog says which goal it assesses.
        const goal = Records.children("competence_goal", page.bookId).sort((a, b) => a.id.localeCompare(b.id))[0];
        verify(findChild(dialog.contentItem, "dialogContext").text.indexOf(goal.title) >= 0);
        // The assessor is the person logged in, not the book's mentor.
        compare(findChild(dialog.contentItem, "assessed_by").text, Session.displayName);
        findChild(dialog.contentItem, "status").parent.value = "achieved";
        findChild(dialog.contentItem, "comment").text = "Planlegger og utfører installasjonen selvstendig.";
        // A bad date is refused at its field, saying how to write one.
        findChild(dialog.contentItem, "assessed_on").text = "i går";
        verify(!dialog.save());
        verify(box(findChild(dialog.contentItem, "assessed_on")).errorText.indexOf("DD.MM.ÅÅÅÅ") >= 0);
        findChild(dialog.contentItem, "assessed_on").text = Qt.formatDate(new Date(), "dd.MM.yyyy");
        verify(dialog.save());
        tryVerify(() => tab.progress.achieved === before + 1);
        verify(findChild(tab, "progressText").text.indexOf(String(before + 1)) >= 0);
    }

    function test_theProgressBarFillsWithAchievedGoalsOnly() {
        const olena = Records.children("training_book", idOf("Olena Kovalenko"));
        const book = Records.create("training_book", {
                "participant_id": idOf("Olena Kovalenko"),
                "employer": "Tre Nord AS"
            }).id;
        const g = [];
        for (const t of ["Mål A", "Mål B", "Mål C"])
            g.push(Records.create("competence_goal", {
                        "training_book_id": book,
                        "title": t
                    }).id);
        // One goal in progress, none achieved: "0 of 3" is an empty bar.
        verify(Records.create("assessment", {
                    "training_book_id": book,
                    "goal_id": g[0],
                    "status": "in_progress",
                    "assessed_on": "2026-10-01"
                }).ok);
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(bookComponent, {
                "bookId": book
            }, StackView.Immediate);
        const tab = page.showTab("goals");
        compare(tab.progress.achieved, 0);
        compare(tab.progress.inProgress, 1);
        compare(findChild(tab, "progressAchieved").width, 0);
        verify(Records.create("assessment", {
                    "training_book_id": book,
                    "goal_id": g[1],
                    "status": "achieved",
                    "assessed_on": "2026-10-02"
                }).ok);
        tryVerify(() => Math.abs(findChild(tab, "progressAchieved").width - findChild(tab, "progressBar").width / 3) < 1);
    }

    function idOf(name) {
        for (let i = 0; i < caseload.count; ++i)
            if (Records.get("participant", caseload.idAt(i)).name === name)
                return caseload.idAt(i);
        return "";
    }

    function test_aSavedEntryLeavesNoDraftBehind() {
        const book = bookId();
        const stack = createTemporaryObject(stackComponent, testCase);
        let page = stack.push(entryComponent, {
                "bookId": book
            }, StackView.Immediate);
        const tasks = findChild(page, "tasks");
        tasks.forceActiveFocus();
        tasks.text = "Koblet opp stikkontakter i stua.";
        wait(500); // the draft is kept while typing
        verify(Drafts.has(Drafts.newKey("logbook_entry", book)));
        const before = Records.children("logbook_entry", book).length;
        verify(page.save());
        stack.pop(StackView.Immediate);
        wait(0);
        verify(!Drafts.has(Drafts.newKey("logbook_entry", book)));
        // The next new entry starts empty, with no "restored" notice: no duplicate to save.
        page = stack.push(entryComponent, {
                "bookId": book
            }, StackView.Immediate);
        compare(findChild(page, "tasks").text, "");
        compare(page.save(), "");
        compare(Records.children("logbook_entry", book).length, before + 1);
    }

    function test_savedFeedbackLeavesNoDraftBehind() {
        const book = bookId();
        const stack = createTemporaryObject(stackComponent, testCase);
        let page = stack.push(feedbackComponent, {
                "bookId": book
            }, StackView.Immediate);
        mouseClick(findChild(page, "attendance_4"));
        findChild(page, "comment").text = "Kommer presis hver dag.";
        verify(page.save());
        const dialog = findChild(page, "signDialog");
        tryCompare(dialog, "opened", true);
        dialog.close();
        wait(0);
        verify(!Drafts.has(Drafts.newKey("employer_feedback", book)));
        page = stack.push(feedbackComponent, {
                "bookId": book
            }, StackView.Immediate);
        compare(page.ratings.attendance, undefined);
        compare(findChild(page, "comment").text, "");
    }

    function test_unratedAreasAreNotShownAsZero() {
        const book = bookId();
        const r = Records.create("employer_feedback", {
                "training_book_id": book,
                "given_on": "2026-11-01",
                "attendance": 4
            });
        verify(r.ok);
        const summary = createTemporaryObject(summaryComponent, testCase, {
                "record": Records.get("employer_feedback", r.id)
            });
        const rated = findChild(summary, "rating_attendance");
        verify(findChild(rated, "dots").visible);
        verify(!findChild(rated, "notRated").visible);
        const unrated = findChild(summary, "rating_safety");
        verify(!findChild(unrated, "dots").visible);
        verify(findChild(unrated, "notRated").visible);
    }

    function test_importATradesGoalsIntoANewBook() {
        let olena = "";
        for (let i = 0; i < caseload.count; ++i)
            if (Records.get("participant", caseload.idAt(i)).name === "Olena Kovalenko")
                olena = caseload.idAt(i);
        const r = Records.create("training_book", {
                "participant_id": olena,
                "employer": "Regnskapshuset AS"
            });
        verify(r.ok);
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(bookComponent, {
                "bookId": r.id
            }, StackView.Immediate);
        const tab = page.showTab("goals");
        compare(tab.progress.total, 0);
        const button = findChild(tab, "import_elektrikerfaget");
        verify(button);
        button.clicked();
        tryVerify(() => tab.progress.total === 8);
        compare(Records.children("competence_goal", r.id).length, 8);
        verify(findChild(tab, "importStatus").text.indexOf("8") >= 0);
        // Again: nothing added twice.
        button.clicked();
        compare(Records.children("competence_goal", r.id).length, 8);
    }

    function test_signaturePadRecordsStrokes() {
        const pad = createTemporaryObject(padComponent, testCase);
        verify(pad.isEmpty);
        const area = findChild(pad, "signatureInput");
        mousePress(area, 20, 150);
        for (let x = 30; x <= 300; x += 10)
            mouseMove(area, x, 150 - (x % 60));
        mouseRelease(area, 300, 140);
        mousePress(area, 350, 60);
        mouseMove(area, 360, 120);
        mouseMove(area, 370, 180);
        mouseRelease(area, 370, 180);
        verify(!pad.isEmpty);
        compare(pad.strokes.length, 2);
        const encoded = pad.encoded();
        const strokes = encoded.split(";");
        compare(strokes.length, 2);
        // Points are integers in a 0..1000 square (scaled by the longer side, 500 px here).
        for (const s of strokes)
            for (const p of s.split(" ")) {
                const xy = p.split(",").map(Number);
                verify(xy[0] >= 0 && xy[0] <= 1000 && xy[1] >= 0 && xy[1] <= 1000, p);
            }
        compare(strokes[0].split(" ")[0], "40,300");
        // Drawn again from the stored form: the same strokes.
        const other = createTemporaryObject(padComponent, testCase);
        other.decode(encoded);
        compare(other.encoded(), encoded);
        pad.clear();
        verify(pad.isEmpty);
    }

    function test_signingLocksTheEntry() {
        const page = openBook();
        const book = page.bookId;
        const unsigned = Records.children("logbook_entry", book).find(e => !e.signed_at);
        verify(unsigned);
        page.signItem("logbook_entry", unsigned.id, unsigned.tasks);
        const dialog = findChild(page, "signDialog");
        tryCompare(dialog, "opened", true);
        // The signer is who the device is logged in as; there is no name to type.
        verify(findChild(dialog.contentItem, "signerName").text.indexOf(Session.displayName) >= 0);
        // No signature drawn: refused.
        verify(!dialog.sign());
        verify(findChild(dialog.contentItem, "message").text.length > 0);
        const pad = findChild(dialog.contentItem, "signaturePad");
        const area = findChild(pad, "signatureInput");
        mousePress(area, 20, 100);
        for (let x = 30; x <= 250; x += 10)
            mouseMove(area, x, 100 + (x % 40));
        mouseRelease(area, 250, 100);
        verify(dialog.sign());
        const entry = Records.get("logbook_entry", unsigned.id);
        compare(entry.signed_by, Session.displayName);
        verify(entry.signed_at.length === 20);
        verify(entry.signature_strokes.split(" ").length > 10);
        // Locked: an edit is refused with the reason.
        const r = Records.update("logbook_entry", unsigned.id, {
                "hours": 3
            });
        verify(!r.ok);
        verify(r.message.length > 0);
        // The signature's image was saved with it, marked by its file name, not by a caption in
        // some language.
        const images = Records.children("attachment", unsigned.id);
        compare(images.length, 1);
        compare(images[0].mime_type, "image/png");
        compare(images[0].file_name, "signature.png");
        compare(images[0].caption, undefined);
        verify(TrainingBooks.isSignatureImage(images[0]));
    }

    function test_signedInEnglishStoresTheSameAsInBokmal() {
        const book = bookId();
        const entries = Records.children("logbook_entry", book).filter(e => !e.signed_at);
        verify(entries.length >= 1);
        App.language = "en";
        const r = Records.sign("logbook_entry", entries[0].id, "10,10 200,200 400,50");
        App.language = "nb";
        verify(r.ok);
        const image = Records.children("attachment", entries[0].id)[0];
        compare(image.file_name, "signature.png");
        compare(image.caption, undefined);
    }

    function test_aParticipantIsOfferedNoSignatureAndNoWriting() {
        verify(TestHooks.setRole("participant"));
        const page = openBook();
        const list = page.logbook;
        tryVerify(() => list.count > 0);
        verify(!findChild(page, "newEntry").visible);
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i);
            if (!item)
                continue;
            const sign = findChild(item, "signEntry");
            verify(!sign || !sign.visible);
            const correct = findChild(item, "correctEntry");
            verify(!correct || !correct.visible);
        }
        const goals = page.showTab("goals");
        verify(!findChild(goals, "assess").visible);
        verify(!findChild(goals, "addGoal").visible);
        // And the service refuses it too, with the reason in words.
        const unsigned = Records.children("logbook_entry", page.bookId).find(e => !e.signed_at);
        const r = Records.sign("logbook_entry", unsigned.id, "10,10 200,200");
        verify(!r.ok);
        verify(r.message.length > 0);
        verify(!Records.get("logbook_entry", unsigned.id).signed_at);
        verify(TestHooks.setRole("adviser"));
    }

    function test_anEntryAndItsPhotoAreSavedTogether() {
        const book = bookId();
        const before = Records.children("logbook_entry", book).length;
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(entryComponent, {
                "bookId": book
            }, StackView.Immediate);
        findChild(page, "tasks").text = "Målte isolasjonsmotstand.";
        // A "photo" that is no image: neither the entry nor the file is kept.
        ignoreWarning(/Unsupported image format/); // its preview, which cannot be shown either
        findChild(page, "addPhoto").parent.pending = TestHooks.writeFile("notes.txt", "not a photo");
        compare(page.save(), "");
        compare(Records.children("logbook_entry", book).length, before);
        // A real photo: both.
        findChild(page, "addPhoto").parent.pending = TestHooks.writeImage("meter.png");
        const id = page.save();
        verify(id);
        compare(Records.children("logbook_entry", book).length, before + 1);
        const files = Records.children("attachment", id);
        compare(files.length, 1);
        compare(files[0].file_name, "meter.png");
    }

    Component {
        id: feedbackComponent
        FeedbackPage {
        }
    }
    Component {
        id: summaryComponent
        BroRatingSummary {
            width: 600
        }
    }
}
