#include "testsupport.h"

#include <bro/sync/sha256.h>

#include <set>

using namespace bro;
using namespace bro::test;
using store::Store;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryKindAndSurvivesRestart();
    void createLeavesOneOutboxChangePerField();
    void updateLeavesOneChangePerChangedField();
    void deleteIsATombstoneChange();
    void recordAndOutboxShareOneTransaction();
    void batchIsAllOrNothing();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void signedEntriesAreLocked();
    void stampsStayMonotonicAcrossRestartWithClockBack();
    void fileIsEncrypted();
    void wrongKeyFailsClearlyAndLeavesFileIntact();
    void pragmas();
    void pulledConcurrentTextIsAConflictResolvedByChoice();
    void blobsAreAddressedByHashAndEncrypted();
    void attachmentsWithoutBytesAreToDownload();
    void unsentBadgesFollowTheOutboxAtAnyDepth();
    void outboxListenerHearsWritesAndPushes();
    void trackAndPhaseKeepTheirHistoryFromLocalAndPulledChanges();

private:
    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestStore::roundTripEveryKindAndSurvivesRestart()
{
    TempStore s;
    std::map<std::string, std::string> ids;
    std::map<std::string, Json> written;
    for (const auto &kind : model::recordKinds()) {
        Json fields = sampleRecord(kind, ids);
        const auto r = s->create(kind.name, fields);
        QVERIFY2(r.ok(), r.error ? r.error->message.c_str() : "");
        ids[kind.name] = r.id;
        fields["id"] = r.id;
        // Every field comes back; fields not given come back as null.
        for (const auto &f : kind.fields)
            if (!fields.contains(f.name))
                fields[f.name] = nullptr;
        written[kind.name] = fields;
        const auto back = s->get(kind.name, r.id);
        QVERIFY(back.has_value());
        QCOMPARE(QString::fromStdString(back->dump()), QString::fromStdString(fields.dump()));
    }
    s.reopen();
    for (const auto &[kind, fields] : written) {
        const auto back = s->get(kind, fields["id"]);
        QVERIFY2(back.has_value(), kind.c_str());
        QCOMPARE(QString::fromStdString(back->dump()), QString::fromStdString(fields.dump()));
        QCOMPARE(s->kindOf(fields["id"]).value_or(""), kind);
        QCOMPARE(s->list(kind).size(), std::size_t(1));
    }
}

void TestStore::createLeavesOneOutboxChangePerField()
{
    TempStore s;
    const Json fields = {{"name", "Amanuel Tesfay"},
                         {"municipality", "Bodø"},
                         {"consent_employer", true},
                         {"adviser", nullptr}};
    const auto r = s->create("participant", fields);
    QVERIFY(r.ok());
    const auto outbox = s->outbox();
    QCOMPARE(outbox.size(), std::size_t(3)); // the null field is not a change
    std::set<std::string> seen;
    for (const auto &c : outbox) {
        QCOMPARE(c.kind, std::string("participant"));
        QCOMPARE(c.recordId, r.id);
        QVERIFY(c.value == fields[c.field]);
        QCOMPARE(c.baseVersion, std::string());
        QCOMPARE(c.deviceId, s->deviceId());
        QCOMPARE(c.stamp.device, s->deviceId());
        QVERIFY(seen.insert(c.field).second);
        QCOMPARE(s->fieldVersion(r.id, c.field), c.stamp.toString());
    }
    QVERIFY(outbox[0].stamp < outbox[1].stamp && outbox[1].stamp < outbox[2].stamp);
    QVERIFY(outbox[0].opId != outbox[1].opId);
}

void TestStore::updateLeavesOneChangePerChangedField()
{
    TempStore s;
    const auto r = s->create("participant", {{"name", "Rahaf"}, {"municipality", "Bodø"}});
    QVERIFY(r.ok());
    const std::string nameVersion = s->fieldVersion(r.id, "name");
    // One field really changes, one is set to what it already is, one is added.
    const auto u = s->update(
        "participant", r.id,
        {{"name", "Rahaf Al-Hassan"}, {"municipality", "Bodø"}, {"phase", "qualification"}});
    QVERIFY(u.ok());
    const auto outbox = s->outbox();
    QCOMPARE(outbox.size(), std::size_t(4));
    QCOMPARE(outbox[2].field, std::string("name"));
    QVERIFY(outbox[2].value == Json("Rahaf Al-Hassan"));
    QCOMPARE(outbox[2].baseVersion, nameVersion);
    QCOMPARE(outbox[3].field, std::string("phase"));
    QCOMPARE(outbox[3].baseVersion, std::string());

    // Writing the same values again is no change at all.
    QVERIFY(s->update("participant", r.id, {{"name", "Rahaf Al-Hassan"}}).ok());
    QCOMPARE(s->outboxSize(), 4);
    // Clearing a field is a change to null.
    QVERIFY(s->update("participant", r.id, {{"municipality", nullptr}}).ok());
    QCOMPARE(s->outboxSize(), 5);
    QVERIFY(s->outbox().back().value.is_null());
    QVERIFY(s->get("participant", r.id)->at("municipality").is_null());
}

void TestStore::deleteIsATombstoneChange()
{
    TempStore s;
    const auto r = s->create("participant", {{"name", "Yonas Haile"}});
    QVERIFY(s->remove("participant", r.id).ok());
    QVERIFY(!s->get("participant", r.id).has_value());
    QCOMPARE(s->count("participant"), 0);
    const auto last = s->outbox().back();
    QCOMPARE(last.field, std::string(model::kDeletedField));
    QVERIFY(last.value == Json(true));
    QCOMPARE(s->outboxSize(), 2);
    // The row stays as a tombstone so that sync can carry the delete.
    auto st = s->database().prepare("SELECT deleted FROM participant WHERE id = ?");
    st.bind(1, r.id);
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), 1);
    // A deleted record can be neither edited nor deleted again.
    QCOMPARE(int(s->update("participant", r.id, {{"name", "X"}}).error->code),
             int(model::ErrorCode::UnknownRecord));
    QVERIFY(!s->remove("participant", r.id).ok());
}

void TestStore::recordAndOutboxShareOneTransaction()
{
    TempStore s;
    const auto p = s->create("participant", {{"name", "Farid Ahmadi"}});
    QVERIFY(p.ok());
    // Make the third outbox insert of the next write fail, as a full disk would.
    s->database().exec(
        "CREATE TEMP TABLE n(c INTEGER); INSERT INTO n VALUES (0);"
        "CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN "
        "UPDATE n SET c = c + 1; "
        "SELECT RAISE(ABORT, 'simulated failure') WHERE (SELECT c FROM n) >= 3; END;");
    const std::string before = snapshot(*s.store);
    const auto r = s->create("participant", {{"name", "Olena Kovalenko"},
                                             {"municipality", "Fauske"},
                                             {"phase", "before"},
                                             {"track", "work_directed"}});
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error->code), int(model::ErrorCode::Storage));
    QVERIFY(QString::fromStdString(r.error->message).contains("simulated failure"));
    s->database().exec("UPDATE n SET c = -100");
    QCOMPARE(snapshot(*s.store), before);
    QCOMPARE(s->count("participant"), 1);

    const auto u = s->update("participant", p.id, {{"municipality", "Bodø"}});
    QVERIFY(u.ok()); // the store is usable afterwards
    // The outbox keeps its seq numbers without holes, so its size stays exact.
    auto count = s->database().prepare("SELECT count(*) FROM outbox");
    QVERIFY(count.step());
    QCOMPARE(s->outboxSize(), int(count.int64(0)));
    QCOMPARE(s->outboxSize(), 2);
}

void TestStore::batchIsAllOrNothing()
{
    TempStore s;
    const std::string before = snapshot(*s.store);
    const bool ok = s->batch([&] {
        if (!s->create("participant", {{"name", "A"}}).ok())
            return false;
        return s->create("participant", {{"name", ""}}).ok(); // refused
    });
    QVERIFY(!ok);
    QCOMPARE(snapshot(*s.store), before);
    QVERIFY(s->batch([&] { return s->create("participant", {{"name", "B"}}).ok(); }));
    QCOMPARE(s->count("participant"), 1);
    QCOMPARE(s->outboxSize(), 1); // the rolled-back batch left no gap in the outbox

    // A storage failure in the middle of a batch: the batch fails as a whole, no exception
    // escapes, and later writes of the same batch are not attempted.
    s->database().exec("CREATE TEMP TRIGGER fail_c BEFORE INSERT ON participant "
                       "WHEN NEW.name = 'C' BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    const std::string beforeFailure = snapshot(*s.store);
    store::WriteResult third;
    QVERIFY(!s->batch([&] {
        (void)s->create("participant", {{"name", "A"}});
        (void)s->create("participant", {{"name", "C"}});
        third = s->create("participant", {{"name", "D"}});
        return true; // the body ignores the failure; the batch does not
    }));
    QVERIFY(!third.ok());
    QCOMPARE(int(third.error->code), int(model::ErrorCode::Storage));
    QCOMPARE(snapshot(*s.store), beforeFailure);
    QVERIFY(s->create("participant", {{"name", "E"}}).ok());
}

void TestStore::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("op"); // create | update | delete
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fields"); // JSON; "$book", "$plan" and "$entry" are replaced
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("code");

    using C = model::ErrorCode;
    QTest::newRow("unknown kind") << "create"
                                  << "pet"
                                  << R"({"name":"x"})"
                                  << "kind" << int(C::UnknownKind);
    QTest::newRow("unknown field") << "create"
                                   << "participant"
                                   << R"({"name":"x","shoe_size":44})"
                                   << "shoe_size" << int(C::UnknownField);
    QTest::newRow("required missing") << "create"
                                      << "participant"
                                      << R"({"municipality":"Bodø"})"
                                      << "name" << int(C::Required);
    QTest::newRow("required blank") << "create"
                                    << "participant"
                                    << R"({"name":"  "})"
                                    << "name" << int(C::Required);
    QTest::newRow("text too long")
        << "create"
        << "participant" << QString(R"({"name":"%1"})").arg(QString(201, 'x')) << "name"
        << int(C::TooLong);
    QTest::newRow("date format") << "create"
                                 << "participant"
                                 << R"({"name":"x","settlement_date":"10.02.2025"})"
                                 << "settlement_date" << int(C::BadFormat);
    QTest::newRow("date out of range") << "create"
                                       << "participant"
                                       << R"({"name":"x","birth_date":"1850-01-01"})"
                                       << "birth_date" << int(C::OutOfRange);
    QTest::newRow("enum unknown") << "create"
                                  << "participant"
                                  << R"({"name":"x","track":"slow_track"})"
                                  << "track" << int(C::NotAllowed);
    QTest::newRow("wrong type") << "create"
                                << "participant"
                                << R"({"name":"x","consent_employer":"ja"})"
                                << "consent_employer" << int(C::WrongType);
    QTest::newRow("cefr out of scale")
        << "create"
        << "mapping"
        << R"({"participant_id":"$participant","norwegian_reading":"B3"})"
        << "norwegian_reading" << int(C::NotAllowed);
    QTest::newRow("hours over 24")
        << "create"
        << "logbook_entry"
        << R"({"training_book_id":"$book","entry_date":"2026-11-20","hours":25,"tasks":"x"})"
        << "hours" << int(C::OutOfRange);
    QTest::newRow("hours negative")
        << "create"
        << "logbook_entry"
        << R"({"training_book_id":"$book","entry_date":"2026-11-20","hours":-0.5,"tasks":"x"})"
        << "hours" << int(C::OutOfRange);
    QTest::newRow("end before start")
        << "create"
        << "measure"
        << R"({"plan_id":"$plan","type":"mentor","status":"planned","start_date":"2026-05-01","end_date":"2026-04-30"})"
        << "end_date" << int(C::EndBeforeStart);
    QTest::newRow("unknown parent")
        << "create"
        << "measure"
        << R"({"plan_id":"0190f4c2-1e2b-7abc-8def-0123456789ab","type":"mentor","status":"planned"})"
        << "plan_id" << int(C::UnknownReference);
    QTest::newRow("parent of wrong kind")
        << "create"
        << "measure"
        << R"({"plan_id":"$book","type":"mentor","status":"planned"})"
        << "plan_id" << int(C::UnknownReference);
    QTest::newRow("update clears required") << "update"
                                            << "participant"
                                            << R"({"name":null})"
                                            << "name" << int(C::Required);
    QTest::newRow("update makes end before start") << "update"
                                                   << "measure"
                                                   << R"({"end_date":"2020-01-01"})"
                                                   << "end_date" << int(C::EndBeforeStart);
    QTest::newRow("update unknown record") << "update"
                                           << "participant"
                                           << R"({"$id":"nope"})"
                                           << "id" << int(C::UnknownRecord);
    QTest::newRow("edit signed entry") << "update"
                                       << "logbook_entry"
                                       << R"({"hours":4})"
                                       << "signed_at" << int(C::ReadOnly);
    QTest::newRow("delete signed entry") << "delete"
                                         << "logbook_entry"
                                         << "{}"
                                         << "signed_at" << int(C::ReadOnly);
}

void TestStore::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QString, op);
    QFETCH(QString, kind);
    QFETCH(QString, fields);
    QFETCH(QString, field);
    QFETCH(int, code);

    TempStore s;
    const auto ids = createOneOfEach(*s.store, true);
    // A measure with dates, to make an update put the end before the start.
    QVERIFY(s->update("measure", ids.at("measure"),
                      {{"start_date", "2026-01-01"}, {"end_date", "2026-02-01"}})
                .ok());
    for (const auto &[k, id] : ids) {
        const QString placeholder =
            k == "training_book" ? "$book" : "$" + QString::fromStdString(k);
        fields.replace(placeholder, QString::fromStdString(id));
    }
    Json json = Json::parse(fields.toStdString());
    std::string target = ids.count(kind.toStdString()) ? ids.at(kind.toStdString()) : "";
    if (json.contains("$id")) {
        target = json["$id"];
        json.erase("$id");
    }

    const std::string before = snapshot(*s.store);
    store::WriteResult r;
    if (op == "create")
        r = s->create(kind.toStdString(), json);
    else if (op == "update")
        r = s->update(kind.toStdString(), target, json);
    else
        r = s->remove(kind.toStdString(), target);

    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error->field), field);
    QCOMPARE(int(r.error->code), code);
    // The message names the field and says why.
    QVERIFY2(QString::fromStdString(r.error->message).startsWith(field + ": "),
             r.error->message.c_str());
    QVERIFY(r.error->message.size() > std::size_t(field.size()) + 6);
    QCOMPARE(snapshot(*s.store), before);
}

void TestStore::signedEntriesAreLocked()
{
    TempStore s;
    const auto ids = createOneOfEach(*s.store, false);
    const auto entry = ids.at("logbook_entry");
    QVERIFY(s->update("logbook_entry", entry, {{"hours", 6.0}}).ok());
    // Signing is itself an edit; after it the entry is locked.
    QVERIFY(s->update("logbook_entry", entry,
                      {{"signed_by", "Per Olsen"}, {"signed_at", "2026-11-20T15:00:00Z"}})
                .ok());
    // Signing is one "signature" change that carries the signed content.
    const auto signature = s->outbox().back();
    QCOMPARE(signature.field, std::string(model::kSignatureField));
    QVERIFY(signature.value["signed_by"] == Json("Per Olsen"));
    QVERIFY(signature.value["content"]["hours"] == Json(6.0));
    QVERIFY(signature.baseVersion.find("hours=") != std::string::npos);
    QCOMPARE(s->get("logbook_entry", entry)->at("signed_by").get<std::string>(),
             std::string("Per Olsen"));
    const auto r = s->update("logbook_entry", entry, {{"tasks", "Endret i ettertid"}});
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error->code), int(model::ErrorCode::ReadOnly));
    // A correction is a new entry pointing at the signed one.
    Json correction = sampleRecord(*model::findKind("logbook_entry"), ids, false);
    correction["corrects_id"] = entry;
    QVERIFY(s->create("logbook_entry", correction).ok());
}

void TestStore::stampsStayMonotonicAcrossRestartWithClockBack()
{
    TempStore s;
    std::int64_t wall = 1'800'000'000'000;
    s.reopen([&] { return wall; });
    QVERIFY(s->create("participant", {{"name", "A"}}).ok());
    const auto first = s->outbox().back().stamp;
    wall -= 3LL * 24 * 3600 * 1000; // the tablet's clock was set back three days
    s.reopen([&] { return wall; });
    QVERIFY(s->create("participant", {{"name", "B"}}).ok());
    const auto second = s->outbox().back().stamp;
    QVERIFY2(first < second, (first.toString() + " vs " + second.toString()).c_str());
}

void TestStore::fileIsEncrypted()
{
    TempStore s;
    const auto ids = createOneOfEach(*s.store, true);
    QVERIFY(
        s->create("participant", {{"name", "Amanuel Tesfay"}, {"preferred_language", "Tigrinja"}})
            .ok());
    QVERIFY(s->update("mapping", ids.at("mapping"), {{"health_notes", "Diabetes type 2"}}).ok());
    const QByteArray db = fileBytes(s.dbPath());
    const QByteArray wal = fileBytes(s.dbPath() + "-wal");
    QVERIFY(!db.isEmpty());
    QVERIFY(!wal.isEmpty()); // the writes are (at least partly) still in the WAL
    for (const QByteArray &bytes : {db, wal}) {
        QVERIFY(!bytes.contains("Amanuel Tesfay"));
        QVERIFY(!bytes.contains("Tigrinja"));
        QVERIFY(!bytes.contains("Diabetes"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }
    // After a checkpoint everything is in the main file, still encrypted.
    s->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const QByteArray checkpointed = fileBytes(s.dbPath());
    QVERIFY(!checkpointed.contains("Amanuel Tesfay"));
    QVERIFY(!checkpointed.contains("Diabetes"));
}

void TestStore::blobsAreAddressedByHashAndEncrypted()
{
    TempStore s;
    std::string photo(3 * 1024 * 1024 + 17, '\0');
    for (std::size_t i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 7919) % 251);
    photo.replace(1000, 14, "JPEG-MARKER-XY");
    const std::string sha = s->putBlob(photo);
    QCOMPARE(QString::fromStdString(sha),
             QString(QCryptographicHash::hash(QByteArray::fromStdString(photo),
                                               QCryptographicHash::Sha256)
                         .toHex()));
    QCOMPARE(s->putBlob(photo), sha); // the same content is stored once
    QCOMPARE(s->blobSize(sha).value_or(-1), std::int64_t(photo.size()));
    QVERIFY(s->blob(sha) == photo);
    QVERIFY(s->blobRange(sha, 1000, 14) == std::string("JPEG-MARKER-XY"));
    QCOMPARE(s->blobRange(sha, std::int64_t(photo.size()) - 5, 1 << 20)->size(), std::size_t(5));
    QVERIFY(!s->blob(std::string(64, '0')));
    QCOMPARE(s->blobsToUpload(), std::vector<std::string>{sha});
    s->setBlobUploaded(sha);
    QVERIFY(s->blobsToUpload().empty());
    QVERIFY(s->blob(sha)); // kept for viewing after the upload
    s->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    QVERIFY(!fileBytes(s.dbPath()).contains("JPEG-MARKER-XY"));
}

void TestStore::attachmentsWithoutBytesAreToDownload()
{
    TempStore s;
    const auto p = s->create("participant", {{"name", "Hodan Warsame"}});
    QVERIFY(p.ok());
    const std::string here = "bytes on this device", there = "bytes on another device";
    const std::string shaHere = s->putBlob(here);
    const std::string shaThere = bro::sync::sha256Hex(there);
    for (const auto &sha : {shaHere, shaThere, shaThere})
        QVERIFY(s->create("attachment", {{"owner_kind", "participant"},
                                         {"owner_id", p.id},
                                         {"file_name", "bevis.jpg"},
                                         {"sha256", sha}})
                    .ok());
    const auto gone = s->create("attachment", {{"owner_kind", "participant"},
                                               {"owner_id", p.id},
                                               {"file_name", "slettet.jpg"},
                                               {"sha256", std::string(64, 'e')}});
    QVERIFY(gone.ok());
    QVERIFY(s->remove("attachment", gone.id).ok());
    // Only the missing file, once, and not that of a deleted attachment.
    QCOMPARE(s->blobsToDownload(), std::vector<std::string>{shaThere});
    QCOMPARE(s->putDownloadedBlob(there), shaThere);
    QVERIFY(s->blobsToDownload().empty());
    QVERIFY(s->blob(shaThere) == there);
    // A downloaded file is not sent back; the device's own still is.
    QCOMPARE(s->blobsToUpload(), std::vector<std::string>{shaHere});
}

void TestStore::wrongKeyFailsClearlyAndLeavesFileIntact()
{
    TempStore s;
    QVERIFY(s->create("participant", {{"name", "Hodan Warsame"}}).ok());
    s.store.reset();
    const QByteArray before = fileBytes(s.dbPath());
    const QByteArray walBefore = fileBytes(s.dbPath() + "-wal");

    std::string wrong = s.key;
    wrong[0] = static_cast<char>(wrong[0] ^ 0x55);
    auto r = Store::open(s.dbPath().toStdString(), wrong);
    auto *err = std::get_if<Store::OpenError>(&r);
    QVERIFY(err);
    QCOMPARE(int(err->reason), int(Store::OpenError::Reason::WrongKey));
    QVERIFY(QString::fromStdString(err->message).contains("key is wrong"));

    QCOMPARE(fileBytes(s.dbPath()), before);
    QCOMPARE(fileBytes(s.dbPath() + "-wal"), walBefore);
    s.reopen();
    QCOMPARE(s->count("participant"), 1);
    QCOMPARE(QString::fromStdString(s->integrityCheck()), QStringLiteral("ok"));
}

void TestStore::pragmas()
{
    TempStore s;
    auto mode = s->database().prepare("PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(QString::fromStdString(mode.text(0)), QStringLiteral("wal"));
    auto sync = s->database().prepare("PRAGMA synchronous");
    QVERIFY(sync.step());
    QCOMPARE(sync.int64(0), 2); // FULL
    QCOMPARE(s->schemaVersion(), store::latestSchemaVersion());
}

void TestStore::pulledConcurrentTextIsAConflictResolvedByChoice()
{
    TempStore s;
    const auto p = s->create("participant", {{"name", "Olena Kovalenko"}});
    const auto plan = s->create("plan", {{"participant_id", p.id}, {"goal", "Regnskap"}});
    const std::string first = s->fieldVersion(plan.id, "goal");
    QVERIFY(s->update("plan", plan.id, {{"goal", "Regnskapsmedarbeider"}}).ok());
    QCOMPARE(int(s->resolve(plan.id, "goal", "mine").error->code),
             int(model::ErrorCode::NotAllowed));

    // Another device changed the same goal from the same first version.
    sync::Change theirs;
    theirs.opId = sync::newRecordId();
    theirs.kind = "plan";
    theirs.recordId = plan.id;
    theirs.field = "goal";
    theirs.value = "Revisor";
    theirs.baseVersion = first;
    theirs.deviceId = "other-device";
    theirs.stamp = sync::HlcStamp{sync::HybridClock::systemMillis(), 0, theirs.deviceId};
    s->applyPulled({theirs}, 7);
    QCOMPARE(s->cursor(), 7);
    const auto conflicts = s->conflicts();
    QCOMPARE(conflicts.size(), std::size_t(1));
    QCOMPARE(conflicts[0].id, plan.id);

    const int before = s->outboxSize();
    QVERIFY(s->resolve(plan.id, "goal", "theirs").ok());
    QVERIFY(s->get("plan", plan.id)->at("goal") == Json("Revisor"));
    QVERIFY(s->conflicts().empty());
    QCOMPARE(s->outboxSize(), before + 1); // the resolution syncs like any edit
    QVERIFY(s->outbox().back().baseVersion.find(',') != std::string::npos); // based on both
}

void TestStore::unsentBadgesFollowTheOutboxAtAnyDepth()
{
    TempStore s;
    const auto a = s->create("participant", {{"name", "Amanuel Tesfay"}});
    const auto b = s->create("participant", {{"name", "Olena Kovalenko"}});
    s->removePushed(s->pending(1000).back().first);
    QVERIFY(s->participantsWithUnsentChanges().empty());

    // A logbook entry two levels down counts for its participant; an edit of b itself too.
    const auto book =
        s->create("training_book", {{"participant_id", a.id}, {"employer", "Elektro Nord AS"}});
    const auto entry = s->create("logbook_entry", {{"training_book_id", book.id},
                                                   {"entry_date", "2026-03-02"},
                                                   {"hours", 7.5},
                                                   {"tasks", "Kabling"}});
    QVERIFY(entry.ok());
    const std::int64_t afterEntry = s->pending(1000).back().first;
    QVERIFY(s->update("participant", b.id, {{"phase", "qualification"}}).ok());
    QCOMPARE(s->participantsWithUnsentChanges(), (std::set<std::string>{a.id, b.id}));

    // Pushing up to the entry clears a (its last row was pushed), not b.
    s->removePushed(afterEntry);
    QCOMPARE(s->participantsWithUnsentChanges(), (std::set<std::string>{b.id}));
    s->removePushed(s->pending(1000).back().first);
    QVERIFY(s->participantsWithUnsentChanges().empty());

    // After a restart the index is read, not rebuilt from the outbox.
    QVERIFY(s->update("participant", a.id, {{"track", "fast_track"}}).ok());
    s.reopen();
    QCOMPARE(s->participantsWithUnsentChanges(), (std::set<std::string>{a.id}));
}

void TestStore::outboxListenerHearsWritesAndPushes()
{
    TempStore s;
    int heard = 0;
    s->setOutboxListener([&] { ++heard; });
    const auto p = s->create("participant", {{"name", "Amanuel Tesfay"}});
    QCOMPARE(heard, 1);
    QVERIFY(s->batch([&] {
        return s->update("participant", p.id, {{"phase", "before"}}).ok() &&
               s->update("participant", p.id, {{"track", "fast_track"}}).ok();
    }));
    QCOMPARE(heard, 2); // once for the whole batch, after its commit
    QVERIFY(!s->batch([&] {
        (void)s->update("participant", p.id, {{"phase", "after"}});
        return false;
    }));
    QCOMPARE(heard, 2); // a rolled-back batch changed nothing
    s->removePushed(s->pending(1000).back().first);
    QCOMPARE(heard, 3);
    QCOMPARE(s->outboxSize(), 0);
}

void TestStore::trackAndPhaseKeepTheirHistoryFromLocalAndPulledChanges()
{
    TempStore s;
    const auto p =
        s->create("participant", {{"name", "Amanuel Tesfay"}, {"track", "ordinary"}});
    QVERIFY(s->update("participant", p.id, {{"track", "fast_track"}, {"name", "A. Tesfay"}}).ok());

    // A change pulled from another device, older than the local ones: it is history too.
    sync::Change theirs;
    theirs.opId = sync::newRecordId();
    theirs.kind = "participant";
    theirs.recordId = p.id;
    theirs.field = "track";
    theirs.value = "work_directed";
    theirs.deviceId = "0190f4c2-1e2b-4abc-8def-0123456789ab";
    theirs.stamp = sync::HlcStamp{1'700'000'000'000, 0, theirs.deviceId};
    s->applyPulled({theirs}, 3);

    const auto history = s->fieldHistory(p.id, "track");
    QCOMPARE(history.size(), std::size_t(3));
    QVERIFY(history[0].value == Json("work_directed"));
    QVERIFY(history[1].value == Json("ordinary"));
    QVERIFY(history[2].value == Json("fast_track"));
    QVERIFY(history[0].stamp < history[1].stamp && history[1].stamp < history[2].stamp);
    QVERIFY(s->get("participant", p.id)->at("track") == Json("fast_track")); // last writer wins
    QVERIFY(s->fieldHistory(p.id, "name").empty()); // only fields marked history
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
