import QtQuick
import QtQuick.Controls
import QtTest
import Bro
import Bro.Core
import BroTest

// The participant's own Bro (issue 12): a participant's device and the adviser's tablet handed
// over to the participant show the participant's screens and nothing of the adviser's; the
// bridge's planks stand in the plan's order with their states; Arabic mirrors the bridge; a
// self-evaluation given with pictograms alone reaches the adviser's page, flagged; in the
// meeting the adviser records a plank's sentence and the speaker button plays it; a spoken
// answer to the self-evaluation reaches the adviser's page; no microphone is said so.
TestCase {
    id: testCase
    name: "Participant"
    when: windowShown
    visible: true
    width: 412 // a 6-inch phone, portrait
    height: 860

    Component {
        id: mainComponent
        Main {
            width: 412
            height: 860
        }
    }
    Component {
        id: homeComponent
        ParticipantHome {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: wideHomeComponent
        ParticipantHome {
            width: 1280
            height: 800
        }
    }
    Component {
        id: sizedHomeComponent
        ParticipantHome {
        }
    }
    Component {
        id: evaluationsComponent
        BroSelfEvaluations {
            width: 600
        }
    }
    Component {
        id: participantPageComponent
        ParticipantPage {
            width: 1280
            height: 800
        }
    }

    // Names of the adviser's (and mentor's) controls and pages: none may exist in participant
    // mode (not hidden: not made at all).
    readonly property var adviserOnly: ["participantList", "addParticipant", "search", "trackFilter", "reportingButton", "languageButton", "tabs", "planForm", "savePlan", "addMeasure", "saveMeasure", "measureDialog", "sensitiveSection", "sensitiveLoader", "signButton", "signDialog", "signEntry", "signAssessment", "signFeedback", "handOverLogbook", "handOverFeedback", "exportPdf", "newEntry", "assess", "addGoal", "saveFacts", "reportingForm", "addNote", "addAction", "endMeeting", "saveParticipant", "participantDialog", "bookList"]

    function init() {
        failOnWarning(/.*/);
        App.chooseLanguage("nb");
    }
    function cleanup() {
        VoiceRecorder.discard();
        TestHooks.setMicrophone(true);
        if (Session.handOver)
            Session.endHandOver();
        App.chooseLanguage("nb");
        TestHooks.setRole("adviser");
        TestHooks.unlock();
    }

    function objectNames(item, out) {
        if (!item)
            return out;
        if (item.objectName)
            out.push(item.objectName);
        const kids = item.children || [];
        for (let i = 0; i < kids.length; ++i)
            objectNames(kids[i], out);
        const data = item.contentItem && item.contentItem !== item ? [item.contentItem] : [];
        for (let i = 0; i < data.length; ++i)
            objectNames(data[i], out);
        return out;
    }
    function verifyNothingOfTheAdvisers(root, where) {
        const names = objectNames(root, []);
        for (const n of adviserOnly)
            verify(names.indexOf(n) < 0, where + ": " + n + " is reachable");
    }
    // The visible child of that name (a Repeater's old delegates linger until deleted).
    function findVisible(item, name) {
        const kids = item ? item.children || [] : [];
        for (let i = 0; i < kids.length; ++i) {
            if (kids[i].objectName === name && kids[i].visible)
                return kids[i];
            const found = findVisible(kids[i], name);
            if (found)
                return found;
        }
        return null;
    }
    function participantHome(win) {
        return findChild(win, "participantHome");
    }

    function test_aParticipantsDeviceShowsOnlyTheParticipantsScreens() {
        verify(TestHooks.setRole("participant"));
        const win = createTemporaryObject(mainComponent, testCase);
        const home = participantHome(win);
        verify(home);
        tryVerify(() => findChild(home, "myBroPage") !== null);
        verifyNothingOfTheAdvisers(win.contentItem, "bridge");
        // Every section, a plank and the goal: still nothing of the adviser's.
        for (const section of ["self_evaluation", "trail", "language", "bridge"]) {
            mouseClick(findChild(home, "nav_" + section));
            tryCompare(home, "section", section);
            verifyNothingOfTheAdvisers(win.contentItem, section);
        }
        const page = home.openPlank(MyBro.bridge(MyBro.participantId).planks[0].id);
        verify(page.objectName === "plankPage");
        verifyNothingOfTheAdvisers(win.contentItem, "plank");
        home.openGoal();
        verifyNothingOfTheAdvisers(win.contentItem, "goal");
        // The participant's own words: writable here; the adviser's fields are not.
        verify(!findChild(home, "goalInMyWordsField").readOnly);
        verify(!Session.mayEdit("plan", "goal"));
        verify(!Session.mayEdit("measure", "status"));
        verify(!Session.maySign("logbook_entry"));
        verify(!Session.mayRead("mapping", "health_notes"));
        // Big touch targets.
        for (const section of ["bridge", "self_evaluation", "trail", "language"])
            verify(findChild(home, "nav_" + section).height >= BroStyle.bigTouchTarget, section);
    }

    function test_theAdvisersHandOverShowsOnlyTheParticipantsScreens() {
        const win = createTemporaryObject(mainComponent, testCase);
        verify(findChild(win.contentItem, "participantList")); // the adviser's caseload
        Session.startHandOver("participant", {
                "participantId": firstParticipant()
            });
        const home = participantHome(win);
        verify(home);
        compare(MyBro.participantId, firstParticipant());
        tryVerify(() => findChild(home, "myBroPage") !== null);
        // The caseload is there underneath, but out of sight and out of reach.
        verify(!findChild(win.contentItem, "participantList").visible);
        verify(findChild(win, "endHandOver"));
        verify(!findChild(home, "nav_trail").visible); // the trail is the participant's login's
        // On the adviser's tablet the participant's own words are read, not written (the server
        // would refuse the adviser's token); the self-evaluation can be given.
        home.openGoal();
        verify(findChild(home, "goalInMyWordsField").readOnly);
        verify(Session.mayCreate("self_evaluation"));
        verify(!Session.mayEdit("plan", "goal"));
        verify(!Session.mayCreate("meeting"));
        Session.endHandOver();
        verify(Session.locked);
        verify(!MyBro.active);
        tryVerify(() => !participantHome(win));
    }

    function firstParticipant() {
        // Amanuel, the demo's placed participant: the one a participant's demo device shows.
        const adviser = Session.role === "adviser";
        TestHooks.setRole("participant");
        const id = MyBro.participantId;
        if (adviser)
            TestHooks.setRole("adviser");
        return id;
    }

    function test_planksStandInThePlansOrderWithTheirStates() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(homeComponent, testCase);
        tryVerify(() => findChild(home, "bridge") !== null);
        const bridge = findChild(home, "bridge");
        compare(bridge.planks.length, 6);
        const types = bridge.planks.map(p => p.type);
        compare(types, ["career_guidance", "intro_cv", "education_recognition", "work_norwegian", "work_training", "wage_subsidy"]);
        compare(bridge.planks.map(p => p.state), ["done", "done", "now", "now", "now", "next"]);
        verify(bridge.vertical); // a phone in portrait: from the top down
        waitForRendering(home);
        for (let i = 0; i < 6; ++i) {
            const plank = bridge.plankItem(i);
            compare(plank.current, i === 2);
            verify(plank.height >= BroStyle.bigTouchTarget);
            compare(findChild(plank, "hereMarker").visible, i === 2);
            if (i > 0)
                verify(plank.mapToItem(bridge, 0, 0).y > bridge.plankItem(i - 1).mapToItem(bridge, 0, 0).y);
        }
        // A tap on a plank opens it.
        mouseClick(bridge.plankItem(4));
        tryVerify(() => findChild(home, "plankPage") !== null);
        compare(findChild(home, "plankType").text, Records.optionLabel("measure", "type", "work_training"));
    }

    // The planks' words at a readable size (at least BroStyle.minTextSize) and whole, from a
    // phone to a tablet, portrait and landscape, in bokmål, Arabic, Tigrinya and Ukrainian (the
    // longest words): too many planks to stand across and the bridge goes top-down.
    function test_thePlanksWordsStayReadableAtEverySize() {
        verify(TestHooks.setRole("participant"));
        for (const size of [[412, 860], [860, 412], [800, 1280], [1280, 800], [1024, 600]]) {
            const home = createTemporaryObject(sizedHomeComponent, testCase, {
                    "width": size[0],
                    "height": size[1]
                });
            tryVerify(() => findChild(home, "bridge") !== null);
            const bridge = findChild(home, "bridge");
            for (const lang of ["nb", "ar", "ti", "uk"]) {
                App.chooseLanguage(lang);
                waitForRendering(home);
                for (let i = 0; i < bridge.planks.length; ++i) {
                    const where = size.join("x") + " " + lang + " plank " + i;
                    const text = findChild(bridge.plankItem(i), "plankText");
                    verify(text.font.pixelSize >= BroStyle.minTextSize, where + ": " + text.font.pixelSize + " px");
                    verify(!text.truncated, where + ": cut short");
                    const dates = findChild(bridge.plankItem(i), "plankDates");
                    verify(dates.font.pixelSize >= BroStyle.minTextSize, where + ": dates");
                }
                if (!bridge.vertical)
                    verify(bridge.plankItem(0).width >= bridge.minPlankWidth, size.join("x"));
            }
            App.chooseLanguage("nb");
        }
    }

    function test_arabicMirrorsTheBridge() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(wideHomeComponent, testCase);
        tryVerify(() => findChild(home, "bridge") !== null);
        const bridge = findChild(home, "bridge");
        verify(!bridge.vertical);
        const n = bridge.planks.length;
        const xOf = i => bridge.plankItem(i).mapToItem(bridge, 0, 0).x;
        waitForRendering(home);
        const first = xOf(0), last = xOf(n - 1);
        verify(first < last); // bokmål: from the left
        const nowBank = findChild(home, "bankNow").mapToItem(bridge, 0, 0).x;
        App.chooseLanguage("ar");
        verify(App.rightToLeft);
        verify(bridge.mirrored);
        waitForRendering(home);
        tryVerify(() => Math.abs(xOf(0) - last) < 2, 1000, "the first plank stands where the last stood");
        verify(Math.abs(xOf(n - 1) - first) < 2);
        verify(findChild(home, "bankNow").mapToItem(bridge, 0, 0).x > nowBank); // now on the right
        App.chooseLanguage("fa"); // Dari: right to left too
        verify(Math.abs(xOf(0) - last) < 2);
        App.chooseLanguage("nb");
        tryVerify(() => Math.abs(xOf(0) - first) < 2);
    }

    function test_aSelfEvaluationWithPictogramsAloneReachesTheAdviserFlagged() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(homeComponent, testCase);
        const pid = MyBro.participantId;
        const before = MyBro.selfEvaluations(pid).length;
        App.chooseLanguage("ti");
        const page = home.show("self_evaluation");
        for (const answer of ["answer_yes", "answer_yes", "answer_unsure", "answer_4"]) {
            waitForRendering(page);
            const button = findVisible(findChild(page, "questionView"), answer);
            verify(button, answer);
            verify(button.visible, answer + " visible");
            mouseClick(button);
        }
        verify(findChild(page, "finalView").visible);
        mouseClick(findChild(page, "saveSelfEvaluation")); // nothing typed
        tryVerify(() => findChild(page, "thanksView").visible);
        const list = MyBro.selfEvaluations(pid);
        compare(list.length, before + 1);
        compare(list[0].likes_work, "yes");
        compare(list[0].is_hard, "yes");
        compare(list[0].continue_path, "unsure");
        compare(list[0].score, 4);
        compare(list[0].language, "ti");
        verify(!list[0].text);
        verify(list[0].needsTalk);

        // The adviser's participant page: the answers as pictograms, the language, the flag.
        App.chooseLanguage("nb");
        TestHooks.setRole("adviser");
        const view = createTemporaryObject(evaluationsComponent, testCase, {
                "participantId": pid
            });
        const card = findChild(view, "selfEvaluation_0");
        verify(card.flagged);
        verify(findChild(card, "talkFlag").visible);
        compare(findChild(card, "answer_continue_path").text, MyBro.pictogram("answer", "unsure"));
        compare(findChild(card, "answer_score").text, MyBro.pictogram("score", "4"));
    }

    function test_theParticipantWritesANoteOnAPlank() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(homeComponent, testCase);
        const plank = MyBro.bridge(MyBro.participantId).planks[2];
        const page = home.openPlank(plank.id);
        const note = findChild(page, "participantNote");
        verify(!note.readOnly);
        note.text = "Jeg venter på svar fra NOKUT";
        mouseClick(findChild(page, "saveNote"));
        compare(Records.get("measure", plank.id).participant_note, "Jeg venter på svar fra NOKUT");
        compare(MyBro.bridge(MyBro.participantId).planks[2].note, "Jeg venter på svar fra NOKUT");
        // The adviser reads it and cannot change it.
        TestHooks.setRole("adviser");
        verify(!Session.mayEdit("measure", "participant_note"));
        verify(Session.mayRead("measure", "participant_note"));
        verify(!Records.update("measure", plank.id, {
                    "participant_note": "x"
                }).ok);
    }

    function test_theFirstScreenOffersEveryLanguageByItsOwnName() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(homeComponent, testCase);
        const page = home.show("language");
        const expected = {
            "nb": "Norsk bokmål",
            "en": "English",
            "ar": "العربية",
            "uk": "Українська",
            "ti": "ትግርኛ",
            "so": "Soomaali",
            "fa": "دری"
        };
        for (const code in expected)
            compare(findChild(page, "language_" + code).text, expected[code]);
        mouseClick(findChild(page, "language_uk"));
        compare(App.language, "uk");
        tryCompare(home, "section", "bridge");
    }

    function test_theScreensSpeakTheChosenLanguage() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(homeComponent, testCase);
        tryVerify(() => findChild(home, "bridgeTitle") !== null);
        compare(findChild(home, "bridgeTitle").text, "Min bro til jobb");
        const expected = {
            "ar": "جسري إلى العمل",
            "uk": "Мій міст до роботи",
            "ti": "ድልድለይ ናብ ስራሕ",
            "so": "Buundadayda shaqada",
            "fa": "پل من به سوی کار",
            "en": "My bridge to work"
        };
        for (const code in expected) {
            App.chooseLanguage(code);
            compare(findChild(home, "bridgeTitle").text, expected[code], code);
            compare(App.rightToLeft, code === "ar" || code === "fa", code);
        }
        // The measure types too (the planks' words).
        App.chooseLanguage("uk");
        compare(Records.optionLabel("measure", "type", "work_training"), "Трудове навчання");
    }

    function test_theAdviserSeesTheSameBridgeAndShowsTheParticipant() {
        const pid = firstParticipant();
        const page = createTemporaryObject(participantPageComponent, testCase, {
                "participantId": pid
            });
        page.showTab("bridge");
        tryVerify(() => findChild(page, "adviserBridge") !== null);
        const bridge = findChild(findChild(page, "adviserBridge"), "bridge");
        compare(bridge.planks.length, MyBro.bridge(pid).planks.length);
        compare(bridge.planks.map(p => p.state), MyBro.bridge(pid).planks.map(p => p.state));
        verify(findChild(page, "adviserSelfEvaluations"));
        mouseClick(findChild(page, "showParticipant"));
        verify(Session.participantView);
        compare(MyBro.participantId, pid);
        Session.endHandOver();
    }

    function test_theSpeakerReadsTheQuestionInTheScreensLanguage() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(homeComponent, testCase);
        App.chooseLanguage("uk");
        const page = home.show("self_evaluation");
        waitForRendering(page);
        const before = TestHooks.heardCount();
        mouseClick(findVisible(page, "speakQuestion"));
        compare(TestHooks.heardCount(), before + 1);
        compare(TestHooks.heardText(), "Чи подобається мені ця робота?");
        compare(TestHooks.heardLanguage(), "uk");
        // Tigrinya: no voice, and no recording for a question: nothing is said.
        App.chooseLanguage("ti");
        mouseClick(findVisible(page, "speakQuestion"));
        compare(TestHooks.heardCount(), before + 1);
        verify(ReadAloud.noVoice);
    }

    // The adviser's tablet in the meeting, handed over: a plank's page.
    function handedOverPlank(index) {
        const pid = firstParticipant();
        Session.startHandOver("participant", {
                "participantId": pid
            });
        const home = createTemporaryObject(homeComponent, testCase);
        const plank = MyBro.bridge(pid).planks[index];
        return home.openPlank(plank.id);
    }

    function test_theAdviserRecordsAPlanksSentenceAndTheSpeakerPlaysIt() {
        const page = handedOverPlank(0);
        const id = page.measureId;
        verify(!ReadAloud.hasRecording(id));
        const voice = findChild(page, "plankVoice");
        verify(voice.visible);
        compare(findChild(page, "recordHint").text, "Spill inn på mitt språk:");
        mouseClick(findChild(voice, "recordVoice"));
        compare(VoiceRecorder.state, VoiceRecorder.Recording);
        verify(findChild(voice, "stopVoice").visible);
        verify(!findChild(voice, "recordVoice").visible);
        mouseClick(findChild(voice, "stopVoice"));
        tryCompare(VoiceRecorder, "state", VoiceRecorder.Recorded);
        verify(findChild(voice, "keepVoice").visible);
        verify(findChild(voice, "discardVoice").visible);
        mouseClick(findChild(voice, "keepVoice"));
        compare(VoiceRecorder.state, VoiceRecorder.Idle);
        verify(ReadAloud.hasRecording(id));
        tryCompare(findChild(page, "recordHint"), "text", "Spilt inn. Spill inn på nytt på mitt språk:");
        // Tigrinya has no voice: the recording is played, the engine is not asked.
        App.chooseLanguage("ti");
        const heard = TestHooks.heardCount();
        const played = TestHooks.playedCount();
        mouseClick(findChild(page, "speakPlank"));
        compare(TestHooks.playedCount(), played + 1);
        verify(TestHooks.lastPlayedIsTheTake());
        compare(TestHooks.heardCount(), heard);
        verify(!ReadAloud.noVoice);
    }

    function test_aTakeDiscardedIsNotKept() {
        const page = handedOverPlank(1);
        const voice = findChild(page, "plankVoice");
        const before = ReadAloud.hasRecording(page.measureId);
        mouseClick(findChild(voice, "recordVoice"));
        mouseClick(findChild(voice, "stopVoice"));
        tryCompare(VoiceRecorder, "state", VoiceRecorder.Recorded);
        mouseClick(findChild(voice, "discardVoice"));
        compare(VoiceRecorder.state, VoiceRecorder.Idle);
        compare(ReadAloud.hasRecording(page.measureId), before);
        verify(findChild(voice, "recordVoice").visible);
    }

    function test_withoutAMicrophoneTheScreenSaysSo() {
        TestHooks.setMicrophone(false);
        const page = handedOverPlank(1);
        const voice = findChild(page, "plankVoice");
        mouseClick(findChild(voice, "recordVoice"));
        compare(VoiceRecorder.state, VoiceRecorder.Failed);
        const error = findChild(voice, "voiceError");
        verify(error.visible);
        verify(error.text.indexOf("mikrofon") >= 0, error.text);
        verify(findChild(voice, "recordVoice").visible); // try again once plugged in
        verify(!findChild(voice, "keepVoice").visible);
    }

    function test_aParticipantRecordsNoPlanksSentence() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(homeComponent, testCase);
        const page = home.openPlank(MyBro.bridge(MyBro.participantId).planks[0].id);
        verify(!findChild(page, "plankVoice").visible);
        verify(!findChild(page, "recordHint").visible);
    }

    function test_aSpokenAnswerReachesTheAdvisersPage() {
        verify(TestHooks.setRole("participant"));
        const home = createTemporaryObject(homeComponent, testCase);
        const pid = MyBro.participantId;
        const page = home.show("self_evaluation");
        for (const answer of ["answer_yes", "answer_no", "answer_yes", "answer_5"]) {
            waitForRendering(page);
            mouseClick(findVisible(findChild(page, "questionView"), answer));
        }
        const finalView = findChild(page, "finalView");
        verify(finalView.visible);
        const voice = findChild(finalView, "answerVoice");
        verify(voice.visible);
        verify(!findChild(voice, "keepVoice").visible); // kept with the self-evaluation
        mouseClick(findChild(voice, "recordVoice"));
        verify(!findChild(page, "saveSelfEvaluation").enabled); // not while recording
        mouseClick(findChild(voice, "stopVoice"));
        tryCompare(VoiceRecorder, "state", VoiceRecorder.Recorded);
        verify(!findChild(voice, "keepVoice").visible);
        mouseClick(findChild(page, "saveSelfEvaluation"));
        tryVerify(() => findChild(page, "thanksView").visible);
        compare(VoiceRecorder.state, VoiceRecorder.Idle);
        const list = MyBro.selfEvaluations(pid);
        verify(ReadAloud.hasRecording(list[0].id));
        TestHooks.setRole("adviser");
        const view = createTemporaryObject(evaluationsComponent, testCase, {
                "participantId": pid
            });
        const card = findChild(view, "selfEvaluation_0");
        const spoken = findChild(card, "spokenAnswer");
        verify(spoken.visible);
        const played = TestHooks.playedCount();
        mouseClick(spoken);
        compare(TestHooks.playedCount(), played + 1);
        verify(TestHooks.lastPlayedIsTheTake());
    }
}
