import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core

TestCase {
    id: testCase
    name: "TrainingBook"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: stackComponent
        StackView { width: testCase.width; height: testCase.height }
    }
    Component { id: bookComponent; TrainingBookPage {} }
    Component { id: entryComponent; LogbookEntryPage {} }
    Component {
        id: padComponent
        BroSignaturePad { width: 500; height: 200 }
    }
    CaseloadModel { id: caseload }

    function bookId() {
        for (let i = 0; i < caseload.count; ++i) {
            const books = Records.children("training_book", caseload.idAt(i))
            if (books.length > 0)
                return books[0].id
        }
        return ""
    }

    function openBook() {
        const stack = createTemporaryObject(stackComponent, testCase)
        return stack.push(bookComponent, { bookId: bookId() }, StackView.Immediate)
    }

    function test_logbookEntryDefaultsAndValidation() {
        const book = bookId()
        const entries = Records.children("logbook_entry", book)
        entries.sort((a, b) => a.entry_date.localeCompare(b.entry_date))
        const previous = entries[entries.length - 1]
        const stack = createTemporaryObject(stackComponent, testCase)
        const page = stack.push(entryComponent, { bookId: book }, StackView.Immediate)
        // Defaults: today, and the hours of the previous entry.
        compare(findChild(page, "entry_date").text, Qt.formatDate(new Date(), "yyyy-MM-dd"))
        compare(findChild(page, "hours").text, Number(previous.hours).toLocaleString(Qt.locale(), "f", previous.hours % 1 ? 1 : 0) + " t")
        // Nothing written under tasks: refused, the message at the field, nothing stored.
        compare(page.save(), "")
        verify(findChild(page, "tasks").parent.errorText.length > 0)
        compare(Records.children("logbook_entry", book).length, entries.length)
        // Big buttons change the hours by half an hour.
        mouseClick(findChild(page, "moreHours"))
        findChild(page, "tasks").text = "Monterte lysarmatur i gang."
        findChild(page, "norwegian_used").text = "lysarmatur, takboks"
        const id = page.save()
        verify(id.length > 0)
        const saved = Records.get("logbook_entry", id)
        compare(saved.hours, previous.hours + 0.5)
        compare(saved.tasks, "Monterte lysarmatur i gang.")
        compare(saved.norwegian_used, "lysarmatur, takboks")
    }

    function test_correctionPointsToTheSignedEntry() {
        const book = bookId()
        const signed = Records.children("logbook_entry", book).find(e => !!e.signed_at)
        // A signed entry cannot be changed...
        verify(!Records.update("logbook_entry", signed.id, { tasks: "endret" }).ok)
        // ...it is corrected by a new entry that points to it.
        const stack = createTemporaryObject(stackComponent, testCase)
        const page = stack.push(entryComponent, { bookId: book, correctsId: signed.id }, StackView.Immediate)
        compare(findChild(page, "tasks").text, signed.tasks)
        findChild(page, "tasks").text = signed.tasks + " (rettet: 6 timer)"
        const id = page.save()
        verify(id)
        compare(Records.get("logbook_entry", id).corrects_id, signed.id)
        compare(Records.get("logbook_entry", signed.id).tasks, signed.tasks)
    }

    function test_assessmentUpdatesProgress() {
        const page = openBook()
        page.showTab("goals")
        const before = page.progress.achieved
        const total = page.progress.total
        verify(total >= 3)
        const assess = findChild(page, "assess")
        mouseClick(assess)
        const dialog = findChild(page, "assessmentDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog.contentItem, "status").parent.value = "achieved"
        findChild(dialog.contentItem, "comment").text = "Planlegger og utfører installasjonen selvstendig."
        // A bad date is refused at its field.
        findChild(dialog.contentItem, "assessed_on").text = "i går"
        verify(!dialog.save())
        verify(findChild(dialog.contentItem, "assessed_on").parent.errorText.length > 0)
        findChild(dialog.contentItem, "assessed_on").text = Qt.formatDate(new Date(), "yyyy-MM-dd")
        verify(dialog.save())
        tryVerify(() => page.progress.achieved === before + 1)
        verify(findChild(page, "progressText").text.indexOf(String(before + 1)) >= 0)
    }

    function test_importATradesGoalsIntoANewBook() {
        let olena = ""
        for (let i = 0; i < caseload.count; ++i)
            if (Records.get("participant", caseload.idAt(i)).name === "Olena Kovalenko")
                olena = caseload.idAt(i)
        const r = Records.create("training_book", { participant_id: olena, employer: "Regnskapshuset AS" })
        verify(r.ok)
        const stack = createTemporaryObject(stackComponent, testCase)
        const page = stack.push(bookComponent, { bookId: r.id }, StackView.Immediate)
        page.showTab("goals")
        compare(page.progress.total, 0)
        const button = findChild(page, "import_elektrikerfaget")
        verify(button)
        button.clicked()
        tryVerify(() => page.progress.total === 8)
        compare(Records.children("competence_goal", r.id).length, 8)
        verify(findChild(page, "importStatus").text.indexOf("8") >= 0)
        // Again: nothing added twice.
        button.clicked()
        compare(Records.children("competence_goal", r.id).length, 8)
    }

    function test_signaturePadRecordsStrokes() {
        const pad = createTemporaryObject(padComponent, testCase)
        verify(pad.isEmpty)
        const area = findChild(pad, "signatureInput")
        mousePress(area, 20, 150)
        for (let x = 30; x <= 300; x += 10)
            mouseMove(area, x, 150 - (x % 60))
        mouseRelease(area, 300, 140)
        mousePress(area, 350, 60)
        mouseMove(area, 360, 120)
        mouseMove(area, 370, 180)
        mouseRelease(area, 370, 180)
        verify(!pad.isEmpty)
        compare(pad.strokes.length, 2)
        const encoded = pad.encoded()
        const strokes = encoded.split(";")
        compare(strokes.length, 2)
        // Points are integers in a 0..1000 square (scaled by the longer side, 500 px here).
        for (const s of strokes)
            for (const p of s.split(" ")) {
                const xy = p.split(",").map(Number)
                verify(xy[0] >= 0 && xy[0] <= 1000 && xy[1] >= 0 && xy[1] <= 1000, p)
            }
        compare(strokes[0].split(" ")[0], "40,300")
        // Drawn again from the stored form: the same strokes.
        const other = createTemporaryObject(padComponent, testCase)
        other.decode(encoded)
        compare(other.encoded(), encoded)
        pad.clear()
        verify(pad.isEmpty)
    }

    function test_signingLocksTheEntry() {
        const page = openBook()
        const book = page.bookId
        const unsigned = Records.children("logbook_entry", book).find(e => !e.signed_at)
        verify(unsigned)
        page.signItem("logbook_entry", unsigned.id, unsigned.tasks)
        const dialog = findChild(page, "signDialog")
        tryCompare(dialog, "opened", true)
        // No signature drawn: refused.
        verify(!dialog.sign())
        verify(findChild(dialog.contentItem, "message").text.length > 0)
        const pad = findChild(dialog.contentItem, "signaturePad")
        const area = findChild(pad, "signatureInput")
        mousePress(area, 20, 100)
        for (let x = 30; x <= 250; x += 10)
            mouseMove(area, x, 100 + (x % 40))
        mouseRelease(area, 250, 100)
        findChild(dialog.contentItem, "signerName").text = "Per Olsen"
        verify(dialog.sign())
        const entry = Records.get("logbook_entry", unsigned.id)
        compare(entry.signed_by, "Per Olsen")
        verify(entry.signed_at.length === 20)
        verify(entry.signature_strokes.split(" ").length > 10)
        // Locked: an edit is refused with the reason.
        const r = Records.update("logbook_entry", unsigned.id, { hours: 3 })
        verify(!r.ok)
        verify(r.message.length > 0)
        // The rendered signature is kept beside the strokes, as an image attachment.
        tryVerify(() => Records.children("attachment", unsigned.id).length === 1, 3000)
        compare(Records.children("attachment", unsigned.id)[0].mime_type, "image/png")
    }
}
