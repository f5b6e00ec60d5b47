// The repository contract (server/bro/server/storage/repository.h): the same cases against
// each backend. tst_repository runs them on the embedded SQLCipher database, pg_tst_repository
// (BRO_TEST_BACKEND=postgres) on a real PostgreSQL. What the services rely on: rollback keeps
// nothing, upserts replace, records come back as asked, the log is numbered in order and read
// by reach, page by page, without the device's own changes; write work on one record never
// loses a concurrent one; file bytes (any byte) come back as stored; a batch of any size is
// stored and read whole (the embedded backend cuts it into statements that fit SQLite's limit
// of host parameters).
#include "harness.h"

#include "bro/server/storage/postgres_repository.h"
#include "bro/server/storage/sqlite_repository.h"

#include <atomic>
#include <set>
#include <thread>

using namespace bro;
using namespace bro::server;
using namespace bro::test;

class TestRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rollbackKeepsNothing();
    void usersSessionsAndDevices();
    void loginFailures();
    void recordsAreUpsertedAndComeBackAsAsked();
    void theLogIsReadByReachPageByPage();
    void theLogOfManyParticipantsComesInOrderPageByPage_data();
    void theLogOfManyParticipantsComesInOrderPageByPage();
    void aParticipantNotYetLinkedReadsNothing();
    void concurrentWritesOfOneRecordLoseNothing();
    void concurrentWorkThatIsNotCommittedKeepsNothingOfItsOwnOnly();
    void rerunnableWorkLostToAFailingNeighbourIsRunAgainAndKeptOnce();
    void workThatCannotBeRunAgainIsNeverLostToALaterFailure();
    void concurrentRerunnableWorkLosesNothingToWorkThatFails();
    void aCursorNeverPassesAChangeThatCommitsLater();
    void fileBytesComeBackAsStored();
    void theAuditIsAppendedAndReadNewestFirst();
    void batchesLargerThanOneStatement();
    void theLogRefusesAnOpIdTwice();

private:
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
};

void TestRepository::init()
{
    if (onPostgres()) {
        m_pgName = QStringLiteral("r_") + QUuid::createUuid().toString(QUuid::Id128);
        const QByteArray why = postgresAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
        QVERIFY2(why.isEmpty(), why.constData());
        m_repo = std::make_unique<PostgresRepository>(postgresUrl(m_pgName).toStdString());
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        m_repo = std::make_unique<SqliteRepository>(m_dir->path().toStdString());
    }
}

void TestRepository::cleanup()
{
    m_repo.reset();
    m_dir.reset();
    if (!m_pgName.isEmpty())
        (void)postgresAdmin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_pgName));
    m_pgName.clear();
}

namespace {

UserRow adviser(const std::string &name)
{
    UserRow u;
    u.name = name;
    u.role = model::Role::Adviser;
    u.passwordHash = "hash";
    return u;
}

StoredRecord record(const std::string &id, const std::string &participant, int n)
{
    StoredRecord r;
    r.id = id;
    r.kind = "participant";
    r.scope.participantId = participant;
    r.state.values["n"] = n;
    r.creatorId = 1;
    return r;
}

LogRow logRow(const std::string &participant, const std::string &device, int i)
{
    LogRow row;
    row.change.opId = sync::newRecordId();
    row.change.kind = "participant";
    row.change.recordId = participant;
    row.change.field = "name";
    row.change.value = "Navn " + std::to_string(i);
    row.change.stamp = sync::HlcStamp{1'700'000'000'000 + i, 0, device};
    row.change.deviceId = device;
    row.userId = 1;
    row.scope.participantId = participant;
    return row;
}

} // namespace

void TestRepository::rollbackKeepsNothing()
{
    {
        auto w = m_repo->write();
        w->insertUser(adviser("kari"));
        std::vector<LogRow> rows{logRow("p1", "d1", 1)};
        w->appendLog(rows);
    } // no commit
    auto r = m_repo->read();
    QVERIFY(!r->userByName("kari"));
    QCOMPARE(r->logHead(), std::int64_t(0));
}

void TestRepository::usersSessionsAndDevices()
{
    auto w = m_repo->write();
    const std::int64_t id = w->insertUser(adviser("kari"));
    QVERIFY(id > 0);
    w->insertToken("h1", id, "dev-1", 2000);
    w->saveDevice({"dev-1", id, 10, 20, "s1", false, 0});
    w->saveDevice({"dev-1", id, 10, 30, "s2", true, 0}); // replaces
    w->commit();

    auto r = m_repo->read();
    QCOMPARE(r->userByName("kari")->id, id);
    QCOMPARE(r->session("h1", 1999)->deviceId, std::string("dev-1"));
    QVERIFY(!r->session("h1", 2000)); // expired
    const auto d = r->device("dev-1");
    QVERIFY(d && d->lastStamp == "s2" && d->wipeRequested && d->lastSeenAt == 30);
    QCOMPARE(r->devicesOf(id).size(), std::size_t(1));
    r.reset();

    // Saved again under another owner and registration: the row is replaced whole, and the
    // devices of each user follow.
    w = m_repo->write();
    const std::int64_t other = w->insertUser(adviser("per"));
    w->saveDevice({"dev-1", other, 40, 50, "s3", false, 60});
    w->saveDevice({"dev-2", id, 70, 80, "s4", false, 0});
    w->commit();
    r = m_repo->read();
    const auto moved = r->device("dev-1");
    QVERIFY(moved && moved->userId == other && moved->registeredAt == 40 && moved->lastSeenAt == 50 &&
            moved->lastStamp == "s3" && !moved->wipeRequested && moved->wipedAt == 60);
    QCOMPARE(r->devicesOf(other).size(), std::size_t(1));
    QCOMPARE(r->devicesOf(id).size(), std::size_t(1));
    QCOMPARE(r->devicesOf(id).front().id, std::string("dev-2"));
    r.reset();

    w = m_repo->write();
    w->revokeTokensOfDevice("dev-1");
    w->setUserDisabled(id, true);
    w->commit();
    r = m_repo->read();
    QVERIFY(!r->session("h1", 1000));
    QVERIFY(r->userById(id)->disabled);
    QCOMPARE(r->userById(id)->scopeVersion, std::int64_t(1));
}

void TestRepository::loginFailures()
{
    auto w = m_repo->write();
    for (int i = 0; i < 3; ++i)
        w->addFailure("kari", "10.0.0.1", 100 + i);
    w->addFailure("ola", "10.0.0.1", 200);
    w->commit();
    auto r = m_repo->read();
    QCOMPARE(r->failuresOfName("kari", 100), 2);
    QCOMPARE(r->failuresOfAddress("10.0.0.1", 0), 4);
    QCOMPARE(r->oldestFailureOfName("kari", 0), std::int64_t(100));
    r.reset();
    w = m_repo->write();
    w->clearFailures("kari");
    w->pruneFailures(200);
    w->commit();
    QCOMPARE(m_repo->read()->failuresOfAddress("10.0.0.1", 0), 0);
}

void TestRepository::recordsAreUpsertedAndComeBackAsAsked()
{
    auto w = m_repo->write();
    w->saveRecords({record("b", "p1", 1), record("a", "p1", 2)});
    w->saveRecords({record("b", "p1", 3)}); // replaces
    w->commit();
    auto r = m_repo->read();
    const auto got = r->loadRecords({"b", "missing", "a"});
    QCOMPARE(got.size(), std::size_t(2));
    QCOMPARE(got[0].id, std::string("b"));
    QCOMPARE(got[0].state.values["n"].get<int>(), 3);
    QCOMPARE(got[1].id, std::string("a"));
    QCOMPARE(got[1].scope.participantId, std::string("p1"));
    QCOMPARE(r->recordsOfKinds({"participant"}, nullptr).size(), std::size_t(2));
    const std::vector<std::string> none{"p2"};
    QCOMPARE(r->recordsOfKinds({"participant"}, &none).size(), std::size_t(0));
}

void TestRepository::theLogIsReadByReachPageByPage()
{
    auto w = m_repo->write();
    const std::int64_t kari = w->insertUser(adviser("kari"));
    w->addToCaseload(kari, "p1");
    QVERIFY(!w->addToCaseload(kari, "p1")); // once
    std::vector<LogRow> rows;
    for (int i = 0; i < 5; ++i)
        rows.push_back(logRow(i == 2 ? "p2" : "p1", i == 3 ? "own" : "other", i));
    w->appendLog(rows);
    w->commit();
    for (std::size_t i = 1; i < rows.size(); ++i)
        QCOMPARE(rows[i].seq, rows[i - 1].seq + 1);

    auto r = m_repo->read();
    QCOMPARE(r->logHead(), rows.back().seq);
    QCOMPARE(r->knownOps({rows[0].change.opId, "unknown"}).size(), std::size_t(1));
    const Reach reach{model::Role::Adviser, kari, {}, {}};
    std::int64_t examined = 0;
    auto page = r->readLog(reach, 0, 2, "own", examined);
    QCOMPARE(page.size(), std::size_t(2)); // rows 0 and 1 (row 2 is another participant's)
    QCOMPARE(examined, rows[1].seq);
    page = r->readLog(reach, examined, 2, "own", examined);
    QCOMPARE(page.size(), std::size_t(1)); // row 4 (row 3 is the device's own)
    QCOMPARE(page[0].change.opId, rows[4].change.opId);
    QCOMPARE(examined, rows.back().seq);
    QCOMPARE(r->participantsChangedSince(0, rows.back().seq).size(), std::size_t(2));
    QCOMPARE(r->logOfRecords({"p2"}).size(), std::size_t(1));
    QCOMPARE(r->visible(reach).participants, std::vector<std::string>{"p1"});
}

void TestRepository::theLogOfManyParticipantsComesInOrderPageByPage_data()
{
    QTest::addColumn<int>("reached");
    QTest::addColumn<bool>("mentor");
    // The embedded backend merges one arm per participant (in powers of two, the rest bound
    // to nothing) up to 64 participants, and sorts beyond that: each size on either side.
    for (int n : {1, 3, 5, 64, 65, 130}) {
        QTest::addRow("adviser of %d", n) << n << false;
        QTest::addRow("mentor of %d", n) << n << true;
    }
}

// Every row the reach covers, none it does not, none of the device's own, in log order, page
// by page, whatever the number of participants; a cursor that ends where the log does.
void TestRepository::theLogOfManyParticipantsComesInOrderPageByPage()
{
    QFETCH(int, reached);
    QFETCH(bool, mentor);
    auto w = m_repo->write();
    const std::int64_t user = w->insertUser(adviser("kari"));
    std::set<std::string> inReach;
    for (int p = 0; p < reached + 10; ++p) {
        const std::string id = "p" + std::to_string(p);
        if (p < reached) {
            inReach.insert(id);
            if (mentor)
                QVERIFY(w->addPlacement(id, "Elektro Nord AS"));
            else
                QVERIFY(w->addToCaseload(user, id));
        } else if (mentor) {
            QVERIFY(w->addPlacement(id, "Rør Sør AS")); // another employer's placement
        }
    }
    std::vector<LogRow> rows;
    for (int i = 0; i < 600; ++i) {
        const int p = (i * 7919) % (reached + 10);
        LogRow row = logRow("p" + std::to_string(p), i % 5 == 0 ? "own" : "other", i);
        if (i % 3 == 0) { // a training-book record: mentors see it when it is their employer's
            row.change.kind = "logbook_entry";
            row.change.recordId = "e" + std::to_string(i);
            row.scope.bookId = "b" + std::to_string(p);
            row.scope.employer = i % 2 ? "Elektro Nord AS" : "Rør Sør AS";
        }
        rows.push_back(row);
    }
    w->appendLog(rows);
    w->commit();

    std::vector<std::int64_t> expected;
    for (const auto &row : rows) {
        const bool visible = inReach.count(row.scope.participantId) &&
                             row.change.deviceId != "own" &&
                             (!mentor || row.change.kind == "participant" ||
                              row.scope.employer == "Elektro Nord AS");
        if (visible)
            expected.push_back(row.seq);
    }
    const Reach reach = mentor ? Reach{model::Role::Mentor, user, "Elektro Nord AS", {}}
                               : Reach{model::Role::Adviser, user, {}, {}};
    std::vector<std::int64_t> got;
    std::int64_t cursor = 0;
    int pages = 0;
    for (;; ++pages) {
        QVERIFY(pages < 1000);
        auto r = m_repo->read();
        std::int64_t examined = 0;
        const auto page = r->readLog(reach, cursor, 7, "own", examined);
        QVERIFY(page.size() <= 7);
        for (const auto &row : page) {
            QVERIFY(row.seq > cursor && row.seq <= examined);
            got.push_back(row.seq);
        }
        QVERIFY(examined >= cursor);
        cursor = examined;
        if (page.size() < 7)
            break;
    }
    QCOMPARE(got, expected);
    QCOMPARE(cursor, rows.back().seq);
}

// A participant account not yet linked to its participant record reads nothing of the log,
// not even the rows that belong to no participant (the employers' records), and its cursor
// goes to the head.
void TestRepository::aParticipantNotYetLinkedReadsNothing()
{
    auto w = m_repo->write();
    std::vector<LogRow> rows;
    for (int i = 0; i < 4; ++i) {
        LogRow row = logRow("", "other", i); // an employer record's rows: no participant
        row.change.kind = "employer";
        row.scope.bookId = row.change.recordId = "employer-1";
        row.scope.employer = "Elektro Nord AS";
        rows.push_back(row);
    }
    w->appendLog(rows);
    w->commit();
    std::int64_t examined = 0;
    const auto page = m_repo->read()->readLog(Reach{model::Role::Participant, 7, {}, {}}, 0, 2,
                                              "own", examined);
    QCOMPARE(page.size(), std::size_t(0));
    QCOMPARE(examined, rows.back().seq);
}

// Each writer reads the record, adds one and writes it back, in its own write work, at once:
// a backend that let two of them read the same old value would lose increments.
void TestRepository::concurrentWritesOfOneRecordLoseNothing()
{
    {
        auto w = m_repo->write();
        w->saveRecords({record("r", "p1", 0)});
        w->commit();
    }
    constexpr int kThreads = 4, kEach = 25;
    std::vector<std::thread> threads;
    std::atomic<int> errors{0};
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < kEach; ++i) {
                try {
                    auto w = m_repo->write();
                    auto r = w->loadRecords({"r"});
                    r[0].state.values["n"] = r[0].state.values["n"].get<int>() + 1;
                    w->saveRecords(r);
                    w->commit();
                } catch (const std::exception &e) {
                    qWarning("%s", e.what());
                    ++errors;
                }
            }
        });
    for (auto &t : threads)
        t.join();
    QCOMPARE(errors.load(), 0);
    QCOMPARE(m_repo->read()->loadRecords({"r"})[0].state.values["n"].get<int>(), kThreads * kEach);
}

// Many writers at once, every third dropping its work without commit() (a push that failed
// half-way), while the others commit: each dropped work leaves nothing and takes nothing of
// the others with it (SQLite commits concurrent writes together in one transaction, each in
// a savepoint of its own); whatever commit() returned for is there, read right after.
void TestRepository::concurrentWorkThatIsNotCommittedKeepsNothingOfItsOwnOnly()
{
    constexpr int kThreads = 6, kEach = 20;
    std::vector<std::thread> threads;
    std::atomic<int> errors{0}, missing{0};
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                const std::string id = "r" + std::to_string(t) + "-" + std::to_string(i);
                try {
                    auto w = m_repo->write();
                    w->saveRecords({record(id, "p" + std::to_string(t), i)});
                    std::vector<LogRow> rows{logRow("p" + std::to_string(t), "d", t * 100 + i)};
                    w->appendLog(rows);
                    if ((t + i) % 3 == 0)
                        continue; // dropped: rolled back
                    w->commit();
                    if (m_repo->read()->loadRecords({id}).size() != 1)
                        ++missing;
                } catch (const std::exception &e) {
                    qWarning("%s", e.what());
                    ++errors;
                }
            }
        });
    for (auto &t : threads)
        t.join();
    QCOMPARE(errors.load(), 0);
    QCOMPARE(missing.load(), 0);
    auto r = m_repo->read();
    int kept = 0;
    for (int t = 0; t < kThreads; ++t)
        for (int i = 0; i < kEach; ++i) {
            const bool committed = (t + i) % 3 != 0;
            const auto found = r->loadRecords({"r" + std::to_string(t) + "-" + std::to_string(i)});
            QCOMPARE(found.size(), std::size_t(committed ? 1 : 0));
            kept += committed;
        }
    int logRows = 0;
    for (int t = 0; t < kThreads; ++t)
        for (const auto &row : r->logOfRecords({"p" + std::to_string(t)}))
            logRows += row.change.deviceId == "d";
    QCOMPARE(logRows, kept);
}

// Push A appends and has not committed; push B appends and commits; a puller reads; then A
// commits. With log numbers handed out at append time (a sequence), B's row would carry a
// larger number than A's, the puller's cursor would pass A's number, and A's change would
// never reach it. Numbered in commit order, B waits for A (or B's row comes after A's).
namespace {

// On SQLite's group commit: `first` writes and commits while `second` waits for the writer (so
// they share a transaction), and `second` fails after writing. What each of them saw.
struct SharedFailure
{
    int firstRuns = 0;
    std::string firstError, secondError;
};

SharedFailure failAfterAnother(Repository &repo, bool firstRerunnable, const std::string &keptId,
                               const std::string &failedId)
{
    SharedFailure out;
    std::thread second;
    const std::string keptParticipant = "p-" + keptId, failedParticipant = "p-" + failedId;
    auto fail = [&] {
        try {
            repo.rerunnable([&](Repository::Work &w) {
                w.saveRecords({record(failedId, failedParticipant, 1)});
                std::vector<LogRow> rows{logRow(failedId, "d2", 1)};
                w.appendLog(rows);
                throw std::runtime_error("the second work fails");
            });
        } catch (const std::exception &e) {
            out.secondError = e.what();
        }
    };
    auto first = [&](Repository::Work &w) {
        ++out.firstRuns;
        w.saveRecords({record(keptId, keptParticipant, out.firstRuns)});
        std::vector<LogRow> rows{logRow(keptId, "d1", out.firstRuns)};
        w.appendLog(rows);
        if (!second.joinable()) {
            second = std::thread(fail);
            // Time for it to queue for the writer, which this work holds, within the 20 ms a
            // group stays open (the caller tries again when it did not).
            std::this_thread::sleep_for(std::chrono::milliseconds(3));
        }
        w.commit();
    };
    try {
        if (firstRerunnable) {
            repo.rerunnable(first);
        } else {
            auto w = repo.write();
            first(*w);
        }
    } catch (const std::exception &e) {
        out.firstError = e.what();
    }
    second.join();
    return out;
}

int logRowsOf(Repository &repo, const std::string &recordId)
{
    return int(repo.read()->logOfRecords({recordId}).size());
}

} // namespace

// SQLite lets rerunnable work share a transaction without a savepoint; when a later work of
// it fails, the first is told WorkLost and rerunnable() runs it again, once, and it is kept
// once (PostgreSQL: each work has its own transaction, and the first is never lost).
void TestRepository::rerunnableWorkLostToAFailingNeighbourIsRunAgainAndKeptOnce()
{
    // Until the two shared a transaction (the second may come too late for the group).
    int shared = 0;
    for (int round = 0; round < 30 && !shared; ++round) {
        const std::string kept = "kept" + std::to_string(round),
                          failed = "failed" + std::to_string(round);
        const auto seen = failAfterAnother(*m_repo, true, kept, failed);
        QCOMPARE(QString::fromStdString(seen.firstError), QString());
        QCOMPARE(QString::fromStdString(seen.secondError), QStringLiteral("the second work fails"));
        QVERIFY(seen.firstRuns == 1 || seen.firstRuns == 2);
        shared += seen.firstRuns == 2;
        auto r = m_repo->read();
        const auto records = r->loadRecords({kept});
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records.front().state.values["n"].get<int>(), seen.firstRuns); // the last run's
        QCOMPARE(logRowsOf(*m_repo, kept), 1);
        QVERIFY(r->loadRecords({failed}).empty());
        QCOMPARE(logRowsOf(*m_repo, failed), 0);
        if (onPostgres() && round == 2)
            break;
    }
    QCOMPARE(shared, onPostgres() ? 0 : 1);
}

// Work that cannot be run again (write()) makes the works after it in a shared transaction
// keep their savepoints: a later failure undoes only the work that failed.
void TestRepository::workThatCannotBeRunAgainIsNeverLostToALaterFailure()
{
    for (int round = 0; round < 10; ++round) {
        const std::string kept = "kept" + std::to_string(round),
                          failed = "failed" + std::to_string(round);
        const auto seen = failAfterAnother(*m_repo, false, kept, failed);
        QCOMPARE(QString::fromStdString(seen.firstError), QString());
        QCOMPARE(QString::fromStdString(seen.secondError), QStringLiteral("the second work fails"));
        QCOMPARE(seen.firstRuns, 1);
        auto r = m_repo->read();
        QCOMPARE(r->loadRecords({kept}).size(), std::size_t(1));
        QCOMPARE(logRowsOf(*m_repo, kept), 1);
        QVERIFY(r->loadRecords({failed}).empty());
        QCOMPARE(logRowsOf(*m_repo, failed), 0);
    }
}

// Many threads of rerunnable work, a third of it failing after it wrote: every other work is
// kept exactly once (record and log row), nothing of the failing ones, and no work but the
// failing ones sees an error.
void TestRepository::concurrentRerunnableWorkLosesNothingToWorkThatFails()
{
    constexpr int kThreads = 6, kEach = 25;
    std::vector<std::thread> threads;
    std::atomic<int> unexpected{0}, failed{0}, reruns{0};
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                const std::string id = "r" + std::to_string(t) + "-" + std::to_string(i);
                const bool fails = (t + i) % 3 == 0;
                int runs = 0;
                try {
                    m_repo->rerunnable([&](Repository::Work &w) {
                        ++runs;
                        w.saveRecords({record(id, "p" + std::to_string(t), i)});
                        std::vector<LogRow> rows{logRow(id, "d", t * 100 + i)};
                        w.appendLog(rows);
                        if (fails)
                            throw std::invalid_argument("fails on purpose");
                        w.commit();
                    });
                    if (fails)
                        ++unexpected;
                } catch (const std::invalid_argument &) {
                    ++failed;
                } catch (const std::exception &e) {
                    qWarning("%s", e.what());
                    ++unexpected;
                }
                reruns += runs - 1;
            }
        });
    for (auto &t : threads)
        t.join();
    QCOMPARE(unexpected.load(), 0);
    QVERIFY(failed.load() > 0);
    QVERIFY(reruns.load() <= failed.load() * (kThreads - 1)); // at most one per failure and work
    auto r = m_repo->read();
    for (int t = 0; t < kThreads; ++t)
        for (int i = 0; i < kEach; ++i) {
            const std::string id = "r" + std::to_string(t) + "-" + std::to_string(i);
            const bool kept = (t + i) % 3 != 0;
            QCOMPARE(r->loadRecords({id}).size(), std::size_t(kept ? 1 : 0));
            QCOMPARE(logRowsOf(*m_repo, id), kept ? 1 : 0);
        }
}

void TestRepository::aCursorNeverPassesAChangeThatCommitsLater()
{
    std::int64_t kari = 0;
    {
        auto w = m_repo->write();
        kari = w->insertUser(adviser("kari"));
        w->addToCaseload(kari, "p1");
        w->commit();
    }
    const Reach reach{model::Role::Adviser, kari, {}, {}};
    auto a = m_repo->write();
    std::vector<LogRow> rowsA{logRow("p1", "a", 1)};
    a->appendLog(rowsA);
    std::vector<LogRow> rowsB{logRow("p1", "b", 2)};
    std::thread b([&] {
        auto w = m_repo->write(); // waits here (SQLite: one writer) ...
        w->appendLog(rowsB);      // ... or here (PostgreSQL: the log counter)
        w->commit();
    });
    QTest::qWait(300); // B has committed by now, unless it waits for A
    std::set<std::string> seen;
    std::int64_t cursor = 0;
    {
        auto r = m_repo->read();
        for (const auto &row : r->readLog(reach, 0, 100, "", cursor))
            seen.insert(row.change.opId);
    }
    a->commit();
    a.reset();
    b.join();
    {
        auto r = m_repo->read();
        for (const auto &row : r->readLog(reach, cursor, 100, "", cursor))
            QVERIFY2(seen.insert(row.change.opId).second, "a change came twice");
    }
    QVERIFY2(seen.count(rowsA[0].change.opId), "the change committed later was skipped");
    QVERIFY(seen.count(rowsB[0].change.opId));
}

void TestRepository::fileBytesComeBackAsStored()
{
    std::string bytes;
    for (int i = 0; i < 3000; ++i)
        bytes += char(i % 256); // NUL and every other byte
    auto w = m_repo->write();
    w->startUpload("sha", 7, std::int64_t(bytes.size()));
    w->appendUploadChunk("sha", 7, 0, std::string_view(bytes).substr(0, 1000));
    w->appendUploadChunk("sha", 7, 1000, std::string_view(bytes).substr(1000));
    QCOMPARE(w->upload("sha", 7)->received, std::int64_t(bytes.size()));
    std::string again;
    w->forEachUploadChunk("sha", 7, [&](std::string_view part) { again += part; });
    QVERIFY(again == bytes);
    w->completeUpload("sha", 7);
    w->commit();
    auto r = m_repo->read();
    QVERIFY(!r->upload("sha", 7));
    QCOMPARE(*r->completeBlobSize("sha"), std::int64_t(bytes.size()));
    QVERIFY(r->readBlob("sha", 990, 20) == bytes.substr(990, 20)); // across the chunks
}

void TestRepository::theAuditIsAppendedAndReadNewestFirst()
{
    auto w = m_repo->write();
    w->appendAudit({{1, 1, "d", "read", "p1", "{}"}, {2, 1, "d", "write", "p1", "{}"},
                    {3, 1, "d", "read", "p2", "{}"}});
    w->commit();
    auto r = m_repo->read();
    QCOMPARE(r->auditCount(), std::int64_t(3));
    const auto trail = r->auditOfParticipant("p1", 10);
    QCOMPARE(trail.size(), std::size_t(2));
    QCOMPARE(trail[0].action, std::string("write"));
}

// A push is applied per batch (repository.h): each method takes the whole batch. A batch may
// name an op id twice and one the log holds already; it may be larger than one statement of
// the embedded backend holds (999 host parameters): every chunk's rows are there, in order.
void TestRepository::batchesLargerThanOneStatement()
{
    constexpr int kRows = 2500; // > 999 ids, > 71 log rows, > 124 records, > 166 audit rows
    std::int64_t kari = 0;
    std::vector<LogRow> stored{logRow("p0", "d", 0)};
    {
        auto w = m_repo->write();
        kari = w->insertUser(adviser("kari"));
        w->appendLog(stored);
        w->commit();
    }
    std::vector<StoredRecord> records;
    std::vector<LogRow> rows;
    std::vector<AuditRow> audit;
    std::vector<std::string> ids, participants;
    for (int i = 0; i < kRows; ++i) {
        const std::string p = "p" + std::to_string(i);
        records.push_back(record("r" + std::to_string(i), p, i));
        rows.push_back(logRow(p, "d", i + 1));
        audit.push_back({i, kari, "d", "write", p, "{\"n\":" + std::to_string(i) + "}"});
        ids.push_back("r" + std::to_string(kRows - 1 - i)); // the other way round
        participants.push_back(p);
    }
    records.push_back(record("r7", "p7", -7)); // named twice: the last one is kept
    {
        auto w = m_repo->write();
        w->saveRecords(records);
        w->appendLog(rows);
        w->appendAudit(audit);
        for (int i = 0; i < kRows; i += 3)
            w->addToCaseload(kari, participants[std::size_t(i)]);
        w->addPlacement("p5", "Rema");
        w->addPlacement("p2400", "Rema");
        w->addPlacement("p6", "Coop");
        w->commit();
    }
    for (std::size_t i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].seq, stored[0].seq + std::int64_t(i) + 1);

    auto r = m_repo->read();
    ids.push_back("missing");
    ids.push_back("r3"); // asked twice: once in the answer
    const auto got = r->loadRecords(ids);
    QCOMPARE(got.size(), std::size_t(kRows));
    for (int i = 0; i < kRows; ++i) {
        QCOMPARE(got[std::size_t(i)].id, "r" + std::to_string(kRows - 1 - i));
        const int n = got[std::size_t(i)].state.values["n"].get<int>();
        QCOMPARE(n, kRows - 1 - i == 7 ? -7 : kRows - 1 - i);
    }
    QCOMPARE(got.back().scope.participantId, std::string("p0"));

    // Op ids: one stored before, the batch's own, one named twice, unknown ones.
    std::vector<std::string> ops{stored[0].change.opId, "unknown", stored[0].change.opId};
    for (const auto &row : rows)
        ops.push_back(row.change.opId);
    ops.push_back(rows[1234].change.opId);
    const auto known = r->knownOps(ops);
    QCOMPARE(known.size(), std::size_t(kRows + 1));
    QVERIFY(!known.count("unknown"));

    const auto log = r->logOfRecords({"p1", "p2000"});
    QCOMPARE(log.size(), std::size_t(2));
    QVERIFY(log[1].change.value == rows[2000].change.value);
    QCOMPARE(r->auditCount(), std::int64_t(kRows));
    QCOMPARE(r->auditOfParticipant("p2222", 10).at(0).detail, std::string("{\"n\":2222}"));

    participants.push_back("p3"); // named twice
    participants.push_back("nobody");
    const auto caseload = r->inCaseload(kari, participants);
    QCOMPARE(caseload.size(), std::size_t((kRows + 2) / 3));
    QVERIFY(caseload.count("p0") && caseload.count("p2499") && !caseload.count("p1"));
    QCOMPARE(r->placedWith("Rema", participants), (std::set<std::string>{"p2400", "p5"}));
    QCOMPARE(r->inCaseload(kari, {}).size(), std::size_t(0));
}

// The log refuses an op id twice, whether the log holds it already or the same batch names it
// twice, and keeps nothing of the batch (the service answers such changes 'duplicate' before
// they reach the log).
void TestRepository::theLogRefusesAnOpIdTwice()
{
    std::vector<LogRow> first{logRow("p1", "d", 1)};
    {
        auto w = m_repo->write();
        w->appendLog(first);
        w->commit();
    }
    auto refused = [&](std::vector<LogRow> rows) {
        auto w = m_repo->write();
        try {
            w->appendLog(rows);
            w->commit();
        } catch (const std::exception &) {
            return true;
        }
        return false;
    };
    std::vector<LogRow> again{logRow("p1", "d", 2), logRow("p1", "d", 3)};
    again[1].change.opId = first[0].change.opId;
    QVERIFY(refused(again));
    std::vector<LogRow> twice{logRow("p1", "d", 4), logRow("p1", "d", 5)};
    twice[1].change.opId = twice[0].change.opId;
    QVERIFY(refused(twice));
    auto r = m_repo->read();
    QCOMPARE(r->logHead(), first[0].seq);
    QCOMPARE(r->logOfRecords({"p1"}).size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
