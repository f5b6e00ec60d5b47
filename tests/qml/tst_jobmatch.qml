import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core
import BroTest

// The job match and the Intro-CV screens (issue 15) on the demo data: the needs with the
// ranked candidates and their reasons; the CV builder offering the four sections only and
// nothing sensitive of what the mapping and the meetings hold.
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
}
