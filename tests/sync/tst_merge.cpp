#include <bro/sync/merge.h>
#include <bro/sync/uuid.h>

#include <QTest>

#include <algorithm>
#include <random>

using namespace bro::sync;
using namespace bro::model;
using nlohmann::json;

namespace {

const KindSpec &plan()
{
    return *findKind("plan");
} // goal etc. are free text
const KindSpec &entry()
{
    return *findKind("logbook_entry");
}
const KindSpec &participant()
{
    return *findKind("participant");
}

Change change(const std::string &field, json value, std::int64_t millis, const std::string &device,
              std::string base = {})
{
    Change c;
    c.opId = newRecordId();
    c.kind = "plan";
    c.recordId = "0190f4c2-1e2b-7abc-8def-0123456789ab";
    c.field = field;
    c.value = std::move(value);
    c.stamp = HlcStamp{millis, 0, device};
    c.deviceId = device;
    c.baseVersion = std::move(base);
    return c;
}

RecordState applyAll(const KindSpec &kind, const std::vector<Change> &changes)
{
    RecordState s;
    for (const auto &c : changes)
        applyChange(kind, s, c);
    return s;
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void lastWriterWinsByStampNotArrival();
    void differentFieldsBothKept();
    void concurrentTextIsAConflictWithTheSameWinnerEverywhere();
    void identicalTextsMergeSilently();
    void sequentialTextEditsAreNoConflict();
    void resolutionBasedOnAllHeadsEndsTheConflict();
    void editAfterDeleteIsAConflictNotAResurrection();
    void deleteThatSawTheEditIsNoConflict();
    void signedContentIsLockedAndLaterEditsKept();
    void duplicatesChangeNothing();
    void appendOnlyRecordsKeepTheirFirstValue();
    void baseEncodings();
    void replicasConvergeUnderRandomSchedules_data();
    void replicasConvergeUnderRandomSchedules();
    void forgetfulServerStateStaysSmall();
    void devicesForgetWhatWasEditedOver();
};

void TestMerge::appendOnlyRecordsKeepTheirFirstValue()
{
    const KindSpec &note = *findKind("meeting_note");
    QVERIFY(note.appendOnly);
    const Change written = change("text", "Avtalte språkpraksis.", 1000, "a");
    const Change edited = change("text", "Endret i ettertid", 2000, "b", written.stamp.toString());
    // In either order of arrival the note keeps what was first written; the edit is kept as a
    // conflict (the same on every replica), never silently applied.
    RecordState s1, s2;
    QCOMPARE(int(applyChange(note, s1, written).outcome), int(MergeOutcome::Applied));
    QCOMPARE(int(applyChange(note, s1, edited).outcome), int(MergeOutcome::Refused));
    QCOMPARE(int(applyChange(note, s2, edited).outcome), int(MergeOutcome::Applied));
    QCOMPARE(int(applyChange(note, s2, written).outcome), int(MergeOutcome::Applied));
    QVERIFY(s1 == s2);
    QVERIFY(s1.values["text"] == json("Avtalte språkpraksis."));
    QCOMPARE(s1.conflicts().size(), std::size_t(1));
    QVERIFY(s1.conflicts()[0].value == json("Endret i ettertid"));
    // Ordinary kinds are not affected: the later edit wins.
    QVERIFY(!findKind("plan")->appendOnly);
}

void TestMerge::lastWriterWinsByStampNotArrival()
{
    const Change older = change("phase", "qualification", 1000, "a");
    const Change newer = change("phase", "job_match", 2000, "b");
    RecordState s1 = applyAll(participant(), {older, newer});
    RecordState s2;
    QCOMPARE(int(applyChange(participant(), s2, newer).outcome), int(MergeOutcome::Applied));
    // The week-old edit arriving last does not overwrite the newer one.
    QCOMPARE(int(applyChange(participant(), s2, older).outcome), int(MergeOutcome::Superseded));
    QVERIFY(s1 == s2);
    QVERIFY(s2.values["phase"] == json("job_match"));
    // Same millisecond and counter: the device id decides, the same way everywhere.
    const Change tieA = change("track", "ordinary", 5000, "a");
    const Change tieB = change("track", "fast_track", 5000, "b");
    QVERIFY(applyAll(participant(), {tieA, tieB}) == applyAll(participant(), {tieB, tieA}));
    QVERIFY(applyAll(participant(), {tieA, tieB}).values["track"] == json("fast_track"));
}

void TestMerge::differentFieldsBothKept()
{
    const Change a = change("municipality", "Bodø", 1000, "a");
    const Change b = change("phase", "after", 1001, "b");
    const RecordState s = applyAll(participant(), {b, a});
    QVERIFY(s.values["municipality"] == json("Bodø"));
    QVERIFY(s.values["phase"] == json("after"));
    QVERIFY(s.conflicts().empty());
}

void TestMerge::concurrentTextIsAConflictWithTheSameWinnerEverywhere()
{
    const Change base = change("goal", "Elektriker", 1000, "a");
    const std::string v0 = base.stamp.toString();
    const Change mine = change("goal", "Elektriker med fagbrev", 2000, "a", v0);
    const Change theirs = change("goal", "Automatiker", 1500, "b", v0);
    RecordState s1, s2;
    applyChange(plan(), s1, base);
    applyChange(plan(), s2, base);
    QCOMPARE(int(applyChange(plan(), s1, mine).outcome), int(MergeOutcome::Applied));
    QCOMPARE(int(applyChange(plan(), s1, theirs).outcome), int(MergeOutcome::Conflict));
    applyChange(plan(), s2, theirs);
    QCOMPARE(int(applyChange(plan(), s2, mine).outcome), int(MergeOutcome::Conflict));
    QVERIFY(s1 == s2);
    QVERIFY(s1.values["goal"] == json("Elektriker med fagbrev")); // newest is the winner
    const auto conflicts = s1.conflicts();
    QCOMPARE(conflicts.size(), std::size_t(1));
    QVERIFY(conflicts[0].value == json("Automatiker")); // the other text is kept
    QCOMPARE(int(conflicts[0].reason), int(Conflict::Reason::ConcurrentText));
}

void TestMerge::identicalTextsMergeSilently()
{
    const Change base = change("goal", "Kokk", 1000, "a");
    const std::string v0 = base.stamp.toString();
    const RecordState s =
        applyAll(plan(), {base, change("goal", "Kokk i storkjøkken", 2000, "a", v0),
                          change("goal", "Kokk i storkjøkken", 2100, "b", v0)});
    QVERIFY(s.conflicts().empty());
    QVERIFY(s.values["goal"] == json("Kokk i storkjøkken"));
}

void TestMerge::sequentialTextEditsAreNoConflict()
{
    const Change a = change("goal", "Kokk", 1000, "a");
    const Change b = change("goal", "Kokk i storkjøkken", 2000, "b", a.stamp.toString());
    const Change c = change("goal", "Kokk på hotell", 1500, "a", b.stamp.toString()); // slow clock
    const RecordState s = applyAll(plan(), {a, b, c});
    QVERIFY(s.conflicts().empty());
    QVERIFY(s.values["goal"] == json("Kokk på hotell")); // it saw b, so it follows b
}

void TestMerge::resolutionBasedOnAllHeadsEndsTheConflict()
{
    const Change base = change("goal", "Elektriker", 1000, "a");
    const Change mine = change("goal", "Elektriker med fagbrev", 2000, "a", base.stamp.toString());
    const Change theirs = change("goal", "Automatiker", 1500, "b", base.stamp.toString());
    RecordState s = applyAll(plan(), {base, mine, theirs});
    QCOMPARE(s.conflicts().size(), std::size_t(1));
    // A plain edit of the shown text does not resolve: the other text is still there.
    const Change edit =
        change("goal", "Elektriker (fagbrev)", 3000, "a", baseForEdit(plan(), s, "goal", false));
    applyChange(plan(), s, edit);
    QCOMPARE(s.conflicts().size(), std::size_t(1));
    const Change resolution = change("goal", "Automatiker eller elektriker", 4000, "c",
                                     baseForEdit(plan(), s, "goal", true));
    QCOMPARE(int(applyChange(plan(), s, resolution).outcome), int(MergeOutcome::Applied));
    QVERIFY(s.conflicts().empty());
    QVERIFY(s.values["goal"] == json("Automatiker eller elektriker"));
}

void TestMerge::editAfterDeleteIsAConflictNotAResurrection()
{
    const Change created = change("municipality", "Bodø", 1000, "a");
    RecordState seenByDeleter = applyAll(participant(), {created});
    Change del = change(std::string(kDeletedField), true, 3000, "a",
                        baseForEdit(participant(), seenByDeleter, std::string(kDeletedField)));
    const Change edit = change("municipality", "Fauske", 2000, "b", created.stamp.toString());
    const RecordState s1 = applyAll(participant(), {created, del, edit});
    const RecordState s2 = applyAll(participant(), {created, edit, del});
    QVERIFY(s1 == s2);
    QVERIFY(s1.deleted);
    const auto conflicts = s1.conflicts();
    QCOMPARE(conflicts.size(), std::size_t(1));
    QCOMPARE(int(conflicts[0].reason), int(Conflict::Reason::EditedAfterDelete));
    QVERIFY(conflicts[0].value == json("Fauske")); // the edit is not lost
}

void TestMerge::deleteThatSawTheEditIsNoConflict()
{
    const Change created = change("municipality", "Bodø", 1000, "a");
    const Change edit = change("municipality", "Fauske", 2000, "b", created.stamp.toString());
    const RecordState seen = applyAll(participant(), {created, edit});
    const Change del = change(std::string(kDeletedField), true, 3000, "a",
                              baseForEdit(participant(), seen, std::string(kDeletedField)));
    const RecordState s = applyAll(participant(), {created, edit, del});
    QVERIFY(s.deleted);
    QVERIFY(s.conflicts().empty());
}

void TestMerge::signedContentIsLockedAndLaterEditsKept()
{
    const Change tasks = change("tasks", "Trakk kabel", 1000, "mentor");
    const Change hours = change("hours", 7.5, 1000, "mentor");
    RecordState before = applyAll(entry(), {tasks, hours});
    const json sigValue = {{"signed_by", "Per Olsen"},
                           {"signed_at", "2026-11-20T15:00:00Z"},
                           {"content", {{"tasks", "Trakk kabel"}, {"hours", 7.5}}}};
    const Change sig = change(std::string(kSignatureField), sigValue, 3000, "mentor",
                              baseForEdit(entry(), before, std::string(kSignatureField)));
    // An offline device edits the entry after it was signed (its clock says later).
    const Change late =
        change("tasks", "Trakk kabel og monterte lamper", 4000, "adviser", tasks.stamp.toString());
    // And one that edited it before the signing but synced only now.
    const Change concurrent = change("hours", 6.0, 2000, "adviser", hours.stamp.toString());

    std::vector<Change> all{tasks, hours, sig, late, concurrent};
    std::sort(all.begin(), all.end(),
              [](const Change &a, const Change &b) { return a.opId < b.opId; });
    std::vector<RecordState> replicas;
    do {
        // tasks and hours come first (causal order); the rest in every order.
        if (all[0].field != "tasks" && all[0].field != "hours")
            continue;
        if (all[1].field != "tasks" && all[1].field != "hours")
            continue;
        replicas.push_back(applyAll(entry(), all));
    } while (std::next_permutation(
        all.begin(), all.end(), [](const Change &a, const Change &b) { return a.opId < b.opId; }));
    QVERIFY(replicas.size() >= 6);
    for (const auto &r : replicas)
        QVERIFY(r == replicas.front());
    const RecordState &s = replicas.front();
    QVERIFY(s.values["tasks"] == json("Trakk kabel")); // as signed
    QVERIFY(s.values["hours"] == json(7.5));
    QVERIFY(s.values["signed_by"] == json("Per Olsen"));
    const auto conflicts = s.conflicts();
    QCOMPARE(conflicts.size(), std::size_t(2)); // both later edits kept, none applied
    for (const auto &c : conflicts)
        QCOMPARE(int(c.reason), int(Conflict::Reason::EditedAfterSignOff));
}

// Every change merged again, in any order, changes nothing: a replica may see a change twice.
void TestMerge::duplicatesChangeNothing()
{
    const Change base = change("goal", "Elektriker", 1000, "a");
    const Change mine = change("goal", "Elektriker med fagbrev", 2000, "a", base.stamp.toString());
    const Change theirs = change("goal", "Automatiker", 1500, "b", base.stamp.toString());
    const Change phase = change("current_situation", "I arbeidstrening", 1200, "b");
    RecordState s = applyAll(plan(), {base, mine, theirs, phase});
    const RecordState before = s;
    for (const auto &c : {base, mine, theirs, phase})
        QCOMPARE(int(applyChange(plan(), s, c).outcome), int(MergeOutcome::Duplicate));
    QVERIFY(s == before);
}

void TestMerge::baseEncodings()
{
    QCOMPARE(splitStamps("a,b,,c"), (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(joinStamps({"a", "b"}), std::string("a,b"));
    const std::map<std::string, std::string> seen{{"hours", "h1"}, {"tasks", "t1"}};
    QCOMPARE(decodeSeen(encodeSeen(seen)), seen);
    QVERIFY(splitStamps("").empty());
}

void TestMerge::replicasConvergeUnderRandomSchedules_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 60; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

// Four devices edit one plan record (free text and ordinary fields, now and then a delete),
// pushing to a server log in FIFO order and pulling it in log order at random moments. When
// all have synced, every device and a fresh replay of the log hold the same state. The server
// merges each change once as it arrives (Delivery::CausalOnce, keeping no superseded
// versions): after every push it holds what a replay of the log holds, superseded aside.
void TestMerge::replicasConvergeUnderRandomSchedules()
{
    QFETCH(int, seed);
    std::mt19937 rng(static_cast<unsigned>(seed));
    const KindSpec &kind = plan();
    struct Device
    {
        std::string id;
        RecordState state;
        // The same merged as the store does: its own device's skipped, the rest as
        // Delivery::CausalAgain, and everything again from the start now and then (its access
        // grew).
        RecordState lean;
        std::size_t leanCursor = 0;
        std::vector<Change> outbox;
        std::size_t cursor = 0;
        std::int64_t clock = 0;
    };
    std::vector<Device> devices(4);
    for (std::size_t i = 0; i < devices.size(); ++i) {
        devices[i].id = "dev-" + std::to_string(i);
        devices[i].clock = 1'000'000 + std::int64_t(rng() % 5000); // clocks disagree
    }
    std::vector<Change> log;
    RecordState server;
    const auto sameAsServer = [&server](RecordState replica) {
        replica.superseded.clear();
        replica.delivered.clear();
        return replica == server && replica.conflicts() == server.conflicts();
    };
    const char *fields[] = {"goal", "current_situation", "participant_id"};
    const char *texts[] = {"Elektriker", "Kokk", "Helsefagarbeider", "Elektriker"};

    auto pull = [&](Device &d) {
        for (; d.cursor < log.size(); ++d.cursor)
            applyChange(kind, d.state, log[d.cursor]); // its own come back too: no effect
        if (rng() % 8 == 0)
            d.leanCursor = 0; // a re-pull: every change again
        for (; d.leanCursor < log.size(); ++d.leanCursor)
            if (log[d.leanCursor].deviceId != d.id) // the store skips its own
                applyChange(kind, d.lean, log[d.leanCursor], Delivery::CausalAgain, d.id);
    };
    auto push = [&](Device &d) {
        for (auto &c : d.outbox) {
            log.push_back(c);
            applyChange(kind, server, c, Delivery::CausalOnce);
        }
        d.outbox.clear();
        QVERIFY2(server.superseded.empty() && sameAsServer(applyAll(kind, log)),
                 ("seed " + std::to_string(seed) + ", after " + std::to_string(log.size()) +
                  " changes")
                     .c_str());
    };
    for (int step = 0; step < 300; ++step) {
        Device &d = devices[rng() % devices.size()];
        const int action = int(rng() % 10);
        d.clock += 1 + std::int64_t(rng() % 50); // a device's stamps never repeat
        if (action < 6) {
            const std::string field = fields[rng() % 3];
            Change c;
            c.opId = newRecordId();
            c.kind = kind.name;
            c.recordId = "r";
            c.field = field;
            c.value = field == "participant_id" ? json("p" + std::to_string(rng() % 3))
                                                : json(texts[rng() % 4]);
            c.stamp = HlcStamp{d.clock, 0, d.id};
            c.deviceId = d.id;
            c.baseVersion = baseForEdit(kind, d.state, field, rng() % 4 == 0);
            applyChange(kind, d.state, c);
            applyChange(kind, d.lean, c, Delivery::CausalAgain, d.id);
            d.outbox.push_back(c);
        } else if (action == 6 && rng() % 60 == 0) {
            Change c;
            c.opId = newRecordId();
            c.field = std::string(kDeletedField);
            c.value = true;
            c.stamp = HlcStamp{d.clock, 0, d.id};
            c.deviceId = d.id;
            c.baseVersion = baseForEdit(kind, d.state, c.field);
            applyChange(kind, d.state, c);
            applyChange(kind, d.lean, c, Delivery::CausalAgain, d.id);
            d.outbox.push_back(c);
        } else if (action < 9) {
            push(d);
        } else {
            pull(d);
        }
    }
    // Everyone syncs twice.
    for (int round = 0; round < 2; ++round)
        for (auto &d : devices) {
            push(d);
            pull(d);
        }
    RecordState replay = applyAll(kind, log);
    // A replica that sees the whole log twice holds the same.
    QVERIFY(applyAll(kind, [&] {
                auto twice = log;
                twice.insert(twice.end(), log.begin(), log.end());
                return twice;
            }()) == replay);
    qInfo("seed %d: %zu changes, %zu conflicts at the end, deleted %d", seed, log.size(),
          replay.conflicts().size(), int(replay.deleted));
    for (const auto &d : devices) {
        QVERIFY2(d.state == replay, ("seed " + std::to_string(seed) + ", " + d.id).c_str());
        QVERIFY(d.state.conflicts() == replay.conflicts());
        QVERIFY2(sameAsServer(d.lean), ("seed " + std::to_string(seed) + ", lean " + d.id).c_str());
        QVERIFY(d.lean.superseded.empty());
        for (const auto &[field, byDevice] : d.lean.delivered) // one stamp per other device
            QVERIFY(byDevice.size() < devices.size() && !byDevice.count(d.id));
    }
    QVERIFY(sameAsServer(replay));
}

// 10,000 edits of one free-text field, each based on the one before (two devices taking
// turns): the server's merge state stays the size of one version, a replica that may see
// changes again keeps every superseded one.
void TestMerge::forgetfulServerStateStaysSmall()
{
    RecordState server, replica;
    std::string base;
    for (int i = 0; i < 10'000; ++i) {
        const std::string device = i % 2 ? "0190f4c2-1e2b-4abc-8def-00000000000b"
                                         : "0190f4c2-1e2b-4abc-8def-00000000000a";
        const Change c = change("goal", "Elektriker, versjon " + std::to_string(i),
                                1'764'000'000'000 + i, device, base);
        QCOMPARE(applyChange(plan(), server, c, Delivery::CausalOnce).outcome, MergeOutcome::Applied);
        QCOMPARE(applyChange(plan(), replica, c).outcome, MergeOutcome::Applied);
        base = c.stamp.toString();
    }
    const std::size_t small = mergeStateToJson(server).dump().size();
    const std::size_t large = mergeStateToJson(replica).dump().size();
    qInfo("merge state after 10,000 edits: %zu bytes (server, CausalOnce), %zu bytes (Any)", small,
          large);
    QVERIFY(small < 300);
    QVERIFY(large > 500'000);
    QVERIFY(server.values == replica.values);
    QVERIFY(server.versions == replica.versions);
    QVERIFY(server.heads.empty() && server.conflicts().empty());

    // A device editing its own text keeps none of its own superseded versions either.
    RecordState device;
    base.clear();
    for (int i = 0; i < 10'000; ++i) {
        const Change c = change("goal", "Versjon " + std::to_string(i), 1'764'000'000'000 + i,
                                "0190f4c2-1e2b-4abc-8def-00000000000a", base);
        applyChange(plan(), device, c, Delivery::Any, "0190f4c2-1e2b-4abc-8def-00000000000a");
        base = c.stamp.toString();
    }
    QVERIFY(mergeStateToJson(device).dump().size() < 300);

    // A state stored before (with superseded versions) is forgotten on the next change.
    RecordState old = replica;
    const Change next = change("goal", "Kokk", 1'764'000'100'000, "0190f4c2-1e2b-4abc-8def-00000000000a", base);
    applyChange(plan(), old, next, Delivery::CausalOnce);
    QVERIFY(old.superseded.empty());
    QVERIFY(old.values["goal"] == json("Kokk"));
}

// A third device sees two others take turns editing one text 10,000 times (in commit order,
// as pulls come): it keeps one stamp per device, not 10,000 versions edited over, and all of
// it pulled again (after its access grew) changes nothing and brings no old text back as a
// conflict. A state stored with superseded versions (Delivery::Any) is folded into that on the
// next change.
void TestMerge::devicesForgetWhatWasEditedOver()
{
    const std::string a = "0190f4c2-1e2b-4abc-8def-00000000000a",
                      b = "0190f4c2-1e2b-4abc-8def-00000000000b",
                      me = "0190f4c2-1e2b-4abc-8def-00000000000c";
    RecordState device, before;
    std::vector<Change> log;
    std::string base;
    for (int i = 0; i < 10'000; ++i) {
        log.push_back(change("goal", "Elektriker, versjon " + std::to_string(i),
                             1'764'000'000'000 + i, i % 2 ? b : a, base));
        base = log.back().stamp.toString();
        QCOMPARE(applyChange(plan(), device, log.back(), Delivery::CausalAgain, me).outcome,
                 MergeOutcome::Applied);
        applyChange(plan(), before, log.back(), Delivery::Any, me);
    }
    const std::size_t size = mergeStateToJson(device).dump().size();
    qInfo("a device's merge state after 10,000 edits by two others: %zu bytes (CausalAgain), "
          "%zu bytes (Any)", size, mergeStateToJson(before).dump().size());
    QVERIFY(size < 400);
    QCOMPARE(device.delivered["goal"].size(), std::size_t(2));
    QVERIFY(device.values == before.values && device.versions == before.versions);
    const RecordState held = device;
    for (const auto &c : log) // a re-pull from the start
        QCOMPARE(applyChange(plan(), device, c, Delivery::CausalAgain, me).outcome,
                 MergeOutcome::Duplicate);
    QVERIFY(device == held);
    QVERIFY(device.conflicts().empty());
    // Without the stamps the re-pull would bring every old text back as a conflict.
    RecordState forgetful = held;
    forgetful.delivered.clear();
    applyChange(plan(), forgetful, log[5000], Delivery::CausalAgain, me);
    QVERIFY(!forgetful.conflicts().empty());

    // A state stored before, with its superseded versions, re-pulled: nothing comes back, and
    // what it kept shrinks to the stamps.
    RecordState old = before;
    for (const auto &c : log)
        applyChange(plan(), old, c, Delivery::CausalAgain, me);
    QVERIFY(old.superseded.empty());
    QVERIFY(old.conflicts().empty());
    QVERIFY(old.values == held.values && old.versions == held.versions);
    QVERIFY(mergeStateToJson(old).dump().size() < 400);
    // And what it keeps survives storing.
    QVERIFY(mergeStateFromJson(mergeStateToJson(held), held.values) == held);
}

QTEST_APPLESS_MAIN(TestMerge)
#include "tst_merge.moc"
