import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core
import BroTest

// The job match and the Intro-CV screens (issue 15) on the demo data: the needs with the
// ranked candidates and their reasons; the CV builder offering the four sections only and
// nothing sensitive of what the mapping and the meetings hold; from a match, one tap to the two
// expectation meetings and the start; the employer and need forms; the participant's consent
// before the CV goes to an employer. What these tests add is removed again (other test files
// count the demo's records).
TestCase {
    id: testCase
    name: "JobMatch"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: matchComponent
        JobMatchPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: consentComponent
        CvConsentPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: cvComponent
        CvBuilderPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function init() {
        failOnWarning(/.*/);
    }

    // Every text the item shows, its children's included.
    function texts(item, out) {
        if (!item)
            return out;
        if (item.text !== undefined && item.text !== null)
            out.push(String(item.text));
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], out);
        if (item.contentItem && item.contentItem !== item && item.contentItem.parent !== item)
            texts(item.contentItem, out);
        return out;
    }
    function amanuel() {
        for (const n of JobMatch.needs(""))
            for (const c of JobMatch.candidates(n.id))
                if (c.name === "Amanuel Tesfay")
                    return c.participant_id;
        return "";
    }

    function test_theNeedsAndTheRankedCandidatesWithReasons() {
        const page = createTemporaryObject(matchComponent, testCase);
        const needs = findChild(page, "needList");
        compare(needs.count, 3);
        const electrician = JobMatch.needs("").filter(n => n.occupation === "Elektriker")[0];
        page.needId = electrician.id;
        const candidates = findChild(page, "candidateList");
        verify(candidates.count >= 5);
        const best = JobMatch.candidates(electrician.id)[0];
        compare(best.name, "Amanuel Tesfay");
        verify(best.reasons.some(r => r.text === "B1 muntlig krevd — har B1"), JSON.stringify(best.reasons));
        verify(best.reasons.some(r => r.text.indexOf("fagbrev mangler — NOKUT-søknad sendt 2025-04-02") === 0));
        tryVerify(() => texts(candidates, []).join("\n").indexOf("B1 muntlig krevd") >= 0);
    }

    function test_theCvOffersTheFourSectionsAndNothingSensitive() {
        const id = amanuel();
        verify(id !== "");
        const page = createTemporaryObject(cvComponent, testCase, {
                "participantId": id
            });
        for (const s of ["education", "work", "languages", "training"])
            verify(findChild(page, "section_" + s), s);
        compare(page.cv.sections.length, 4);
        const shown = texts(page, []).join("\n");
        verify(shown.indexOf("Elektroinstallasjon") >= 0, shown);
        verify(shown.indexOf("Søknad til NOKUT sendt 2025-04-02") >= 0, shown);
        // The mapping's health and family notes and needs, and the meetings' notes: never.
        for (const word of ["helseutfordringer", "barnehageplass", "Kone og to barn", "Førerkort klasse B"])
            verify(shown.indexOf(word) < 0, word);
    }

    function test_aSectionSwitchedOffLeavesTheCv() {
        const id = amanuel();
        const page = createTemporaryObject(cvComponent, testCase, {
                "participantId": id
            });
        const work = findChild(page, "section_work");
        verify(work.checked);
        // As a tap does (the switch may be below the fold of the scrolled page).
        work.toggle();
        work.toggled();
        tryVerify(() => !page.cv.sections[1].included);
        compare(Records.get("intro_cv", page.cv.cv_id).include_work, false);
        const again = findChild(page, "section_work");
        again.toggle();
        again.toggled();
        tryVerify(() => page.cv.sections[1].included);
    }

    // A participant of the caseload made for one test (removed after it), in the job-match phase.
    function newCandidate(name) {
        const r = Records.create("participant", {
                "name": name,
                "phase": "job_match",
                "track": "ordinary"
            });
        verify(r.ok, r.message);
        return r.id;
    }
    function helseNeed() {
        return JobMatch.needs("").filter(n => n.occupation === "Helsefagarbeider")[0];
    }
    // The candidate's button on the page, scrolled into view.
    function candidateButton(page, name, participant) {
        const list = findChild(page, "candidateList");
        const at = page.candidates.findIndex(c => c.participant_id === participant);
        verify(at >= 0, JSON.stringify(page.candidates.map(c => c.name)));
        list.positionViewAtIndex(at, ListView.Beginning);
        waitForRendering(list);
        let button = null;
        tryVerify(() => (button = findChild(list, name + "_" + participant)) !== null);
        return button;
    }

    function test_oneTapOnAMatchPlansTheTwoExpectationMeetings() {
        const pid = newCandidate("Selam Testkandidat");
        const page = createTemporaryObject(matchComponent, testCase);
        const need = helseNeed();
        page.needId = need.id;
        const button = candidateButton(page, "planMeetings", pid);
        compare(button.text, "Planlegg forventningsavklaring");
        mouseClick(button);
        const meetings = Records.children("meeting", pid);
        compare(meetings.length, 2);
        compare(meetings.map(m => m.type).sort(), ["employer_expectations", "participant_expectations"]);
        for (const m of meetings) {
            compare(m.employer_need_id, need.id);
            compare(m.employer, "Bodø sykehjem");
            compare(m.occupation, "Helsefagarbeider");
            compare(m.job_start_date, "2027-03-01");
            compare(m.meeting_date, Dates.today());
        }
        compare(meetings.filter(m => m.type === "employer_expectations")[0].attendees, "Line Strand");
        compare(findChild(page, "matchStatus").text, "To forventningsavklaringer planlagt for Selam Testkandidat: med Bodø sykehjem og med Selam Testkandidat.");
        // Planned: the button says so and a second tap makes nothing.
        tryVerify(() => page.candidates.find(c => c.participant_id === pid).meetings_planned);
        const again = candidateButton(page, "planMeetings", pid);
        verify(!again.enabled);
        compare(again.text, "Forventningsavklaring planlagt");
        const r = Records.planExpectationMeetings(need.id, pid, Dates.today());
        verify(!r.ok);
        compare(r.field, "employer_need_id");
        compare(r.message, "Arbeidsgivers behov: forventningsavklaringene for dette behovet er allerede planlagt.");
        compare(Records.children("meeting", pid).length, 2);
        for (const m of Records.children("meeting", pid))
            verify(Records.remove("meeting", m.id).ok);
        verify(Records.remove("participant", pid).ok);
    }

    function test_startsHereMakesTheTrainingBookAndTheMeasuresTheNeedOffers() {
        const pid = newCandidate("Tesfay Testkandidat");
        const page = createTemporaryObject(matchComponent, testCase);
        const need = helseNeed();
        page.needId = need.id;
        mouseClick(candidateButton(page, "startHere", pid));
        const dialog = findChild(page, "matchStartDialog");
        tryCompare(dialog, "opened", true);
        // The need's start (in the future) is offered; the need offers a mentor, no subsidy.
        compare(findChild(dialog.contentItem, "start_date").text, BroStyle.formatDate("2027-03-01"));
        const mentor = findChild(dialog.contentItem, "mentor_name");
        verify(mentor.visible);
        mentor.text = "Line Strand";
        verify(dialog.save());
        const books = Records.children("training_book", pid);
        compare(books.length, 1);
        compare(books[0].employer, "Bodø sykehjem");
        compare(books[0].mentor_name, "Line Strand");
        compare(books[0].start_date, "2027-03-01");
        const plan = Records.firstChild("plan", pid);
        const measures = Records.children("measure", plan.id);
        compare(measures.map(m => m.type), ["work_training", "mentor"]);
        compare(measures.map(m => m.status), ["planned", "planned"]);
        tryVerify(() => page.candidates.find(c => c.participant_id === pid).started);
        verify(!candidateButton(page, "startHere", pid).enabled);
        // Started already: the dialog keeps the refusal, naming the field.
        dialog.openFor(need, pid, "Tesfay Testkandidat");
        verify(!dialog.save());
        compare(findChild(dialog.contentItem, "message").text, "Arbeidsgiver: deltakeren har allerede en opplæringsbok hos Bodø sykehjem.");
        dialog.close();
        // What the start made goes again (the mentor's tests list every book on this store).
        for (const m of measures)
            verify(Records.remove("measure", m.id).ok);
        verify(Records.remove("training_book", books[0].id).ok);
        verify(Records.remove("participant", pid).ok);
    }

    function test_theEmployerFormChecksTheOrganisationNumberThenAsksForTheNeed() {
        const page = createTemporaryObject(matchComponent, testCase);
        mouseClick(findChild(page, "newEmployer"));
        const dialog = findChild(page, "employerDialog");
        tryCompare(dialog, "opened", true);
        // The municipality the adviser's employers share is filled in.
        compare(findChild(dialog.contentItem, "municipality").text, "Bodø");
        findChild(dialog.contentItem, "name").text = "Testbygg AS";
        const number = findChild(dialog.contentItem, "organisation_number");
        number.text = "974760674"; // the check digit should be 3
        verify(!dialog.save());
        compare(number.parent.errorText, "Organisasjonsnummer er ikke et gyldig organisasjonsnummer: ni sifre, det siste kontrollsifferet (MOD11) av de åtte første.");
        verify(!JobMatch.employers().some(e => e.name === "Testbygg AS"));
        number.text = "974 760 673";
        verify(dialog.save());
        const employer = JobMatch.employers().filter(e => e.name === "Testbygg AS")[0];
        verify(employer);
        // Then straight to what the new employer needs.
        const needDialog = findChild(page, "employer_needDialog");
        tryCompare(needDialog, "opened", true);
        compare(findChild(needDialog.contentItem, "dialogContext").text, "Arbeidsgiver: Testbygg AS");
        findChild(needDialog.contentItem, "occupation").text = "Tømrer";
        findChild(needDialog.contentItem, "positions").text = "0";
        verify(!needDialog.save());
        verify(findChild(needDialog.contentItem, "positions").parent.errorText.indexOf("Antall stillinger") === 0);
        findChild(needDialog.contentItem, "positions").text = "2";
        findChild(needDialog.contentItem, "norwegian_speaking").parent.value = "B1";
        findChild(needDialog.contentItem, "start_date").text = "01.04.2027";
        verify(needDialog.save());
        const need = JobMatch.needs(employer.id)[0];
        compare(need.occupation, "Tømrer");
        compare(need.positions, 2);
        compare(need.status, "open");
        compare(need.start_date, "2027-04-01");
        compare(need.requirements, ["B1 muntlig"]);
        tryCompare(page, "needId", need.id);
        // Edited from the list.
        needDialog.openFor(need.id);
        findChild(needDialog.contentItem, "positions").text = "3";
        verify(needDialog.save());
        compare(JobMatch.needs(employer.id)[0].positions, 3);
        verify(Records.remove("employer_need", need.id).ok);
        verify(Records.remove("employer", employer.id).ok);
    }

    function test_theCvGoesToAnEmployerOnlyAfterTheParticipantSaidYes() {
        const id = amanuel();
        const page = createTemporaryObject(cvComponent, testCase, {
                "participantId": id
            });
        const choice = findChild(page, "employerChoice");
        const at = page.employers.findIndex(e => e.name === "Solstua barnehage");
        choice.currentIndex = at;
        compare(page.employer.organisation_number, "923456783");
        compare(page.consent.state, "not_asked");
        // Refused without consent: the same rule as bro-cli export-cv --for.
        findChild(page, "exportFor").clicked();
        compare(page.message, "Deltakeren er ikke spurt ennå: CV-en deles ikke med denne arbeidsgiveren før deltakeren sier ja.");
        // Handed over to the participant, who answers on the tablet.
        findChild(page, "askConsent").clicked();
        verify(Session.handOver);
        compare(Session.handOverSection, "cv_consent");
        compare(Session.handOverArgs.employerName, "Solstua barnehage");
        const ask = createTemporaryObject(consentComponent, testCase, {
                "participantId": Session.handOverArgs.participantId,
                "employerName": Session.handOverArgs.employerName,
                "organisationNumber": Session.handOverArgs.organisationNumber
            });
        compare(findChild(ask, "consentQuestion").text, "Kan vi sende CV-en din til Solstua barnehage?");
        mouseClick(findChild(ask, "consentNo"));
        tryVerify(() => page.consent.state === "withdrawn");
        verify(!JobMatch.exportCv(id, "nb", "923456783").ok);
        mouseClick(findChild(ask, "consentYes"));
        tryVerify(() => page.consent.state === "given");
        const consents = Records.children("cv_consent", id).filter(c => c.organisation_number === "923456783");
        compare(consents.length, 2);
        compare(consents[1].recorded_by, "participant");
        compare(consents[1].given, true);
        compare(consents[1].given_on, Dates.today());
        Session.endHandOver();
        TestHooks.unlock();
        findChild(page, "exportFor").clicked();
        verify(page.message.endsWith(".pdf"), page.message);
        // Another employer still has no consent.
        choice.currentIndex = page.employers.findIndex(e => e.name === "Bodø sykehjem");
        compare(page.consent.state, "not_asked");
    }
}
