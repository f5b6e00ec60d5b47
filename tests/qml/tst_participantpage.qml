import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core

TestCase {
    id: testCase
    name: "ParticipantPage"
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
        ParticipantPage {
            width: testCase.width
            height: testCase.height
        }
    }
    RecordModel {
        id: participants
        kind: "participant"
        sortField: "name"
    }

    function idOf(name) {
        for (let i = 0; i < participants.count; ++i)
            if (participants.get(i).name === name)
                return participants.get(i).id;
        return "";
    }

    function box(control) {
        let p = control;
        while (p && p.errorText === undefined)
            p = p.parent;
        return p;
    }

    function test_editAndSaveParticipant() {
        const id = idOf("Farid Ahmadi");
        const page = createTemporaryObject(pageComponent, testCase, {
                "participantId": id
            });
        compare(page.title, "Farid Ahmadi");
        findChild(page, "municipality").text = "Saltdal";
        verify(page.saveParticipant());
        compare(Records.get("participant", id).municipality, "Saltdal");
        // A participant's name cannot be emptied: refused, shown at the field.
        findChild(page, "name").text = "";
        verify(!page.saveParticipant());
        verify(box(findChild(page, "name")).errorText.length > 0);
        compare(Records.get("participant", id).name, "Farid Ahmadi");
    }

    function test_labelsFollowTheLanguage() {
        const page = createTemporaryObject(pageComponent, testCase, {
                "participantId": idOf("Farid Ahmadi")
            });
        const nameLabel = findChild(page, "name").parent.children[0];
        compare(App.language, "nb");
        compare(nameLabel.text, "Navn *");
        App.language = "en";
        compare(nameLabel.text, "Name *");
        App.language = "nb";
        compare(nameLabel.text, "Navn *");
    }

    function test_planGoalIsSavedAndSurvivesReopening() {
        const id = idOf("Olena Kovalenko");
        let page = createTemporaryObject(pageComponent, testCase, {
                "participantId": id
            });
        findChild(page, "goal").text = "Regnskapsmedarbeider i kommunen";
        verify(page.savePlan());
        page.destroy();
        page = createTemporaryObject(pageComponent, testCase, {
                "participantId": id
            });
        compare(findChild(page, "goal").text, "Regnskapsmedarbeider i kommunen");
    }

    Component {
        id: stackComponent
        StackView {
            width: testCase.width
            height: testCase.height
        }
    }

    // The job match for one participant (issue 15): the open needs that fit, best first, with
    // their weightiest reasons; one tap opens the need on the job match page.
    function test_overviewShowsTheJobsThatFit() {
        const stack = createTemporaryObject(stackComponent, testCase);
        const page = stack.push(pageComponent, {
                "participantId": idOf("Amanuel Tesfay")
            }, StackView.Immediate);
        const fits = JobMatch.needsFor(idOf("Amanuel Tesfay"));
        verify(fits.length > 0);
        compare(page.jobFits.length, fits.length);
        compare(fits[0].occupation, "Elektriker");
        const list = findChild(page, "jobFitList");
        compare(list.count, Math.min(3, fits.length));
        const first = list.itemAt(0);
        verify(first.children[0].children[0].text.indexOf("Elektriker") === 0, first.children[0].children[0].text);
        verify(first.children[0].children[1].text.length > 0);
        const open = findChild(first, "openJobFit");
        waitForRendering(stack); // the rows laid out, so that the tap lands on the first one
        mouseClick(open);
        compare(stack.depth, 2);
        compare(stack.currentItem.needId, fits[0].need_id);
    }

    function test_overviewShowsTheOpenAgreedActions() {
        const page = createTemporaryObject(pageComponent, testCase, {
                "participantId": idOf("Amanuel Tesfay")
            });
        // The start of the work training is done; the follow-up meeting is what comes next.
        compare(page.openActions.length, 1);
        compare(page.openActions[0].text, "Oppfølgingsmøte hos Elektro Nord");
        verify(findChild(page, "nextStep").text.indexOf("Oppfølgingsmøte hos Elektro Nord") >= 0);
        compare(findChild(page, "journey").phase, "job_match");
    }

    function test_unsavedPlanTextIsKeptWhenThePageIsLeft() {
        const id = idOf("Farid Ahmadi");
        let page = createTemporaryObject(pageComponent, testCase, {
                "participantId": id
            });
        page.showTab("plan");
        const goal = findChild(page, "goal");
        goal.forceActiveFocus();
        goal.text = "Kokk i storkjøkken, fagbrev innen 2028";
        page.destroy();
        wait(0);
        compare(Records.firstChild("plan", id).goal, "Kokk i storkjøkken");
        page = createTemporaryObject(pageComponent, testCase, {
                "participantId": id
            });
        compare(findChild(page, "goal").text, "Kokk i storkjøkken, fagbrev innen 2028");
        verify(page.savePlan());
        const plan = Records.firstChild("plan", id);
        compare(plan.goal, "Kokk i storkjøkken, fagbrev innen 2028");
        verify(!Drafts.has(Drafts.key("plan", plan.id)));
    }

    function test_addMeasureCreatesThePlanWhenThereIsNone() {
        const id = idOf("Yonas Haile");
        const page = createTemporaryObject(pageComponent, testCase, {
                "participantId": id
            });
        verify(!page.plan.id);
        page.openMeasure("");
        const dialog = findChild(page, "measureDialog");
        tryCompare(dialog, "opened", true);
        // No type chosen: refused with the type's message.
        verify(!dialog.save());
        verify(box(findChild(dialog.contentItem, "type")).errorText.length > 0);
        findChild(dialog.contentItem, "type").parent.value = "norwegian_lessons";
        findChild(dialog.contentItem, "start_date").text = "01.12.2026";
        findChild(dialog.contentItem, "end_date").text = "01.11.2026";
        verify(!dialog.save());
        verify(box(findChild(dialog.contentItem, "end_date")).errorText.length > 0);
        findChild(dialog.contentItem, "end_date").text = "30.06.2027";
        verify(dialog.save());
        verify(page.plan.id);
        compare(page.firstMeasureId().length > 0, true);
        const measure = Records.get("measure", page.firstMeasureId());
        compare(measure.type, "norwegian_lessons");
        compare(measure.start_date, "2026-12-01");
        compare(measure.end_date, "2027-06-30");
    }
}
