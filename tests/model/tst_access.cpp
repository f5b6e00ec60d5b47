// The access rules as data on each kind, and what a change may carry.
#include <bro/model/access.h>
#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QTest>

using namespace bro::model;
using nlohmann::json;

namespace {
const KindSpec &kind(const char *name)
{
    return *findKind(name);
}
const FieldSpec &field(const char *k, const char *f)
{
    return *findKind(k)->field(f);
}
} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void sensitiveFieldsAreAdvisersOnlyWhateverTheKindSays()
    {
        QVERIFY(mayRead(Role::Adviser, kind("mapping"), field("mapping", "health_notes")));
        for (Role r : {Role::Mentor, Role::Participant, Role::Leader}) {
            QVERIFY(!mayRead(r, kind("mapping"), field("mapping", "health_notes")));
            QVERIFY(!mayRead(r, kind("mapping"), field("mapping", "family_notes")));
        }
        // Even a kind that every role reads keeps a sensitive field to advisers.
        KindSpec open = kind("mapping");
        open.read = Role::Adviser | Role::Participant;
        open.edit = Role::Adviser | Role::Participant;
        QVERIFY(mayRead(Role::Participant, open, *open.field("goals")));
        QVERIFY(!mayRead(Role::Participant, open, *open.field("health_notes")));
        QVERIFY(whyNotWrite(Role::Participant, open, "health_notes", false).has_value());
        QVERIFY(!whyNotWrite(Role::Participant, open, "goals", false).has_value());
    }

    void aMentorReadsTheParticipantsNameAndTheTrainingBooksOnly()
    {
        QVERIFY(mayRead(Role::Mentor, "participant", "name"));
        QVERIFY(!mayRead(Role::Mentor, "participant", "birth_date"));
        QVERIFY(!mayRead(Role::Mentor, "participant", "municipality"));
        for (const char *k : {"mapping", "education", "plan", "measure", "meeting",
                              "meeting_note", "agreed_action", "self_evaluation", "reporting"})
            QVERIFY2(!mayReadKind(Role::Mentor, kind(k)), k);
        for (const char *k : {"training_book", "competence_goal", "hse_item", "logbook_entry",
                              "assessment", "employer_feedback"})
            QVERIFY2(mayReadWhole(Role::Mentor, kind(k)), k);
        QVERIFY(!mayReadWhole(Role::Mentor, kind("participant")));
    }

    // "Min bro" (issue 12): the participant's own words are written by the participant alone
    // and read by the adviser; the rest of the plan stays the adviser's to write.
    void theParticipantsOwnFieldsAreWrittenByTheParticipantOnly()
    {
        for (const auto &[k, f] : {std::pair{"plan", "goal_in_my_words"},
                                   std::pair{"measure", "participant_note"}}) {
            QVERIFY2(!whyNotWrite(Role::Participant, kind(k), f, false), f);
            QVERIFY2(whyNotWrite(Role::Adviser, kind(k), f, false), f);
            QVERIFY2(whyNotWrite(Role::Mentor, kind(k), f, false), f);
            QVERIFY2(mayRead(Role::Adviser, k, f), f);
            QVERIFY2(mayRead(Role::Participant, k, f), f);
            QVERIFY2(!mayRead(Role::Mentor, k, f), f);
        }
        QVERIFY(whyNotWrite(Role::Participant, kind("plan"), "goal", false));
        QVERIFY(whyNotWrite(Role::Participant, kind("measure"), "status", false));
        QVERIFY(!whyNotWrite(Role::Adviser, kind("measure"), "status", false));
        // A self-evaluation given with pictograms alone: no typed text is needed.
        QVERIFY(!field("self_evaluation", "text").required);
        for (const char *f : {"likes_work", "is_hard", "continue_path", "score", "language"})
            QVERIFY2(!whyNotWrite(Role::Participant, kind("self_evaluation"), f, true), f);
    }

    // The left bank of the bridge and the next meeting come from records the participant reads;
    // the health and family notes and the meeting notes stay the adviser's.
    void aParticipantReadsTheirMappingAndMeetingsButNotTheSensitiveNotes()
    {
        for (const char *f : {"norwegian_speaking", "norwegian_reading", "other_languages"})
            QVERIFY2(mayRead(Role::Participant, "mapping", f), f);
        QVERIFY(mayReadWhole(Role::Participant, kind("education")));
        QVERIFY(mayReadWhole(Role::Participant, kind("work_experience")));
        QVERIFY(mayRead(Role::Participant, "meeting", "meeting_date"));
        QVERIFY(mayReadWhole(Role::Participant, kind("agreed_action")));
        QVERIFY(!mayReadKind(Role::Participant, kind("meeting_note")));
        QVERIFY(!mayReadKind(Role::Participant, kind("employment")));
        QVERIFY(!mayReadKind(Role::Participant, kind("reporting")));
        QVERIFY(!mayReadKind(Role::Participant, kind("employer_feedback")));
        QVERIFY(whyNotWrite(Role::Participant, kind("mapping"), "other_languages", false));
    }

    void aLeaderReadsNoRecord()
    {
        for (const auto &k : recordKinds()) {
            QVERIFY2(!mayReadKind(Role::Leader, k), k.name.c_str());
            QVERIFY2(whyNotWrite(Role::Leader, k, k.fields.front().name, true).has_value(),
                     k.name.c_str());
        }
    }

    void whoWritesWhat()
    {
        QVERIFY(!whyNotWrite(Role::Mentor, kind("logbook_entry"), "tasks", true));
        QVERIFY(!whyNotWrite(Role::Mentor, kind("logbook_entry"), "signature", false));
        QCOMPARE(*whyNotWrite(Role::Mentor, kind("logbook_entry"), "deleted", false),
                 std::string("deleted: mentors may not delete a logbook_entry"));
        QCOMPARE(*whyNotWrite(Role::Participant, kind("logbook_entry"), "signature", false),
                 std::string("signature: participants may not sign a logbook_entry"));
        QCOMPARE(*whyNotWrite(Role::Mentor, kind("training_book"), "employer", true),
                 std::string("kind: mentors may not create a training_book"));
        QVERIFY(!whyNotWrite(Role::Participant, kind("self_evaluation"), "text", true));
        QVERIFY(whyNotWrite(Role::Participant, kind("plan"), "goal", false));
        QVERIFY(whyNotWrite(Role::Mentor, kind("mapping"), "needs", false));
    }

    void parentsAndScopeFieldsAreSetOnceAndSignaturesOnlyBySigning()
    {
        const std::string a = "0190f4c2-1e2b-7abc-8def-0123456789ab";
        const std::string b = "0190f4c2-1e2b-7abc-8def-0123456789ac";
        for (const auto &k : recordKinds())
            if (!k.parentField.empty()) {
                const FieldSpec &parent = *k.field(k.parentField);
                QVERIFY2(parent.immutable, k.name.c_str());
                QVERIFY(!mayEdit(Role::Adviser, k, parent));
                QVERIFY(!whyNotChange(k, parent, nullptr, a)); // set when made
                QVERIFY(!whyNotChange(k, parent, a, a));       // the same value again
                const auto why = whyNotChange(k, parent, a, b);
                QVERIFY2(why && why->find("a record never moves") != std::string::npos,
                         k.name.c_str());
            }
        QVERIFY(whyNotChange(kind("training_book"), field("training_book", "employer"), "A", "B"));
        QVERIFY(whyNotChange(kind("attachment"), field("attachment", "sha256"),
                             std::string(64, 'a'), std::string(64, 'b')));
        QCOMPARE(*whyNotChange(kind("meeting_note"), field("meeting_note", "text"), "x", "y"),
                 std::string("text: a meeting_note is not changed once written"));
        QVERIFY(!whyNotChange(kind("logbook_entry"), field("logbook_entry", "tasks"), "x", "y"));
        QCOMPARE(*whyNotWrite(Role::Mentor, kind("logbook_entry"), "signed_by", false),
                 std::string("signed_by: is set by signing off, not edited"));
    }

    void attachmentsFollowTheirOwner()
    {
        QVERIFY(mayAttachTo(Role::Mentor, kind("logbook_entry")));
        QVERIFY(mayAttachTo(Role::Mentor, kind("employer_feedback")));
        QVERIFY(!mayAttachTo(Role::Mentor, kind("mapping")));
        QVERIFY(!mayAttachTo(Role::Mentor, kind("participant")));
        QVERIFY(mayAttachTo(Role::Participant, kind("self_evaluation")));
        QVERIFY(!mayAttachTo(Role::Participant, kind("logbook_entry")));
        QVERIFY(mayAttachTo(Role::Adviser, kind("mapping")));
        QVERIFY(!mayAttachTo(Role::Adviser, kind("attachment")));
        QVERIFY(mayReadAttachment(Role::Mentor, kind("assessment")));
        QVERIFY(!mayReadAttachment(Role::Mentor, kind("participant"))); // the name only
        QVERIFY(!mayReadAttachment(Role::Participant, kind("mapping")));
        QVERIFY(!mayReadAttachment(Role::Participant, kind("employer_feedback")));
    }

    void trainingBookKinds()
    {
        for (const char *k : {"training_book", "competence_goal", "hse_item", "logbook_entry",
                              "assessment", "employer_feedback"})
            QVERIFY2(isTrainingBookKind(kind(k)), k);
        for (const char *k : {"participant", "plan", "measure", "meeting", "attachment"})
            QVERIFY2(!isTrainingBookKind(kind(k)), k);
    }

    void signatureContentIsValidatedLikeAnyEdit_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        const QString ok = R"("signed_by":"Per Olsen","signed_at":"2026-03-01T10:00:00Z")";
        QString content =
            R"("training_book_id":"0190f4c2-1e2b-7abc-8def-0123456789ab","entry_date":"2026-03-01","hours":7.5,"tasks":"Kabling")";
        QTest::newRow("not an object") << "[1]" << "value: a signature must be a JSON object";
        QTest::newRow("wrong type in content")
            << "{" + ok + R"(,"content":{"tasks":12345}})"
            << "value.content.tasks: must be a string";
        QTest::newRow("hours out of range")
            << "{" + ok + R"(,"content":{)" + content.replace("7.5", "1000") + "}}"
            << "value.content.hours: must be between 0 and 24 (got 1000)";
        QTest::newRow("not a date")
            << "{" + ok + R"(,"content":{"training_book_id":"0190f4c2-1e2b-7abc-8def-0123456789ab","entry_date":"i går","hours":1,"tasks":"x"}})"
            << "value.content.entry_date: must be a date written YYYY-MM-DD (got \"i går\")";
        QTest::newRow("required missing")
            << "{" + ok + R"(,"content":{"tasks":"x"}})"
            << "value.content.training_book_id: is required";
        QTest::newRow("unknown key")
            << "{" + ok + R"(,"content":{},"admin":true})"
            << "value.admin: is not part of a signature (signed_by, signed_at, "
               "signature_strokes, content)";
        QTest::newRow("signer missing")
            << R"({"signed_at":"2026-03-01T10:00:00Z","content":{}})"
            << "value.signed_by: is required";
        QTest::newRow("signature field in content")
            << "{" + ok + R"(,"content":{"signed_by":"x"}})"
            << "value.content.signed_by: is not part of the signed content";
        QTest::newRow("bad signed_at")
            << R"({"signed_by":"P","signed_at":"yesterday","content":{}})"
            << "value.signed_at: must be a UTC time written YYYY-MM-DDTHH:MM:SSZ";
    }
    void signatureContentIsValidatedLikeAnyEdit()
    {
        QFETCH(QString, value);
        QFETCH(QString, error);
        const auto e =
            validateChangeValue(kind("logbook_entry"), "signature", json::parse(value.toStdString()));
        QVERIFY(e.has_value());
        QCOMPARE(QString::fromStdString(e->message), error);
    }

    void aValidSignaturePasses()
    {
        const json v = json::parse(
            R"({"signed_by":"Per Olsen","signed_at":"2026-03-01T10:00:00Z","signature_strokes":null,
                "content":{"training_book_id":"0190f4c2-1e2b-7abc-8def-0123456789ab",
                "entry_date":"2026-03-01","hours":7.5,"tasks":"Kabling","corrects_id":null}})");
        const auto e = validateChangeValue(kind("logbook_entry"), "signature", v);
        QVERIFY2(!e, e ? e->message.c_str() : "");
        QVERIFY(validateChangeValue(kind("plan"), "signature", v)); // not signable
    }

    void otherChangeValues()
    {
        QCOMPARE(validateChangeValue(kind("plan"), "deleted", false)->message,
                 std::string("value: deleted: must be true (a deleted record is not restored)"));
        QVERIFY(!validateChangeValue(kind("plan"), "deleted", true));
        QCOMPARE(validateChangeValue(kind("logbook_entry"), "hours", "x")->message,
                 std::string("value: hours: must be a number"));
        QVERIFY(!validateChangeValue(kind("logbook_entry"), "tasks", nullptr)); // merge may clear
        QCOMPARE(validateChangeValue(kind("plan"), "nope", 1)->message,
                 std::string("field: \"nope\" is not a field of plan"));
    }

    void jsonDepthIsLimitedBeforeAnythingElse()
    {
        std::string deep(100000, '[');
        deep += std::string(100000, ']');
        std::string why;
        QVERIFY(!parseJson(deep, &why));
        QCOMPARE(why, std::string("nested deeper than 16 levels"));
        QVERIFY(parseJson(R"({"a":[{"b":{"c":1}}]})"));
        QVERIFY(!parseJson("{", &why));
        QCOMPARE(why, std::string("malformed JSON"));
        QCOMPARE(jsonDepth(json::parse(R"({"a":[{"b":{}}]})")), 4);
        QCOMPARE(jsonDepth(json(1)), 0);
    }

    void idsHaveOneStrictForm()
    {
        QVERIFY(isCanonicalUuid("0190f4c2-1e2b-7abc-8def-0123456789ab"));
        QVERIFY(!isCanonicalUuid("0190F4C2-1E2B-7ABC-8DEF-0123456789AB"));
        QVERIFY(!isCanonicalUuid("0190f4c2-1e2b-7abc-8def-0123456789a,"));
        QVERIFY(!isCanonicalUuid("{0190f4c2-1e2b-7abc-8def-0123456789}"));
        QVERIFY(!isCanonicalUuid("test-device"));
        QVERIFY(!isCanonicalUuid(""));
    }
};

QTEST_APPLESS_MAIN(TestAccess)
#include "tst_access.moc"
