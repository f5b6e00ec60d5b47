// Three devices and one real bro-server on loopback, through the real bro-cli and libcurl:
// each scenario of the sync contract, then everyone syncs twice and every device must hold
// the same data and list the same conflicts.
#include "harness.h"

using namespace bro::test;
using nlohmann::json;

class TestSyncScenarios : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void differentFieldsOfOneRecord();
    void sameOrdinaryField();
    void sameFreeTextField();
    void concurrentLogbookEntries();
    void editOfASignedOffEntry();
    void deleteAgainstEdit();
    void deleteOfAnEntryDeletedThenSigned();
    void weekOfflineDeviceDoesNotOverwriteNewerEdits();
    void syncWithNothingToDoIsOneRequest();
    void aRepullAfterAccessGrewBringsNoOldTextBack();

private:
    void syncEveryoneTwice();
    // Identical dumps everywhere; returns the (identical) conflicts.
    json converged();
    static json record(const json &dump, const char *kind, const QString &id)
    {
        for (const auto &r : dump[kind])
            if (r["id"] == id.toStdString())
                return r;
        return nullptr;
    }

    std::unique_ptr<Server> m_server;
    std::vector<std::unique_ptr<Device>> m_devices;
    Device *a = nullptr, *b = nullptr, *c = nullptr;
    QString participant, plan, measure, book, entry;
};

void TestSyncScenarios::init()
{
    m_server = std::make_unique<Server>();
    m_server->addUser("kari", "adviser", {}, "Kari Nordmann");
    QVERIFY(m_server->start());
    m_devices.clear();
    for (const char *name : {"a", "b", "c"}) {
        m_devices.push_back(std::make_unique<Device>(name));
        m_devices.back()->login(*m_server, "kari");
    }
    a = m_devices[0].get();
    b = m_devices[1].get();
    c = m_devices[2].get();
    // Shared starting point, made on a and synced everywhere.
    participant =
        a->add("participant", {"name=Amanuel Tesfay", "phase=before", "municipality=Bodø"});
    plan = a->add("plan", {"participant_id=" + participant, "goal=Elektriker"});
    measure = a->add("measure", {"plan_id=" + plan, "type=work_training", "status=planned"});
    book = a->add("training_book", {"participant_id=" + participant, "employer=Elektro Nord AS"});
    entry = a->add("logbook_entry", {"training_book_id=" + book, "entry_date=2026-11-20",
                                     "hours=7.5", "tasks=Trakk kabel"});
    QVERIFY(!entry.isEmpty());
    QVERIFY(a->sync());
    QVERIFY(b->sync());
    QVERIFY(c->sync());
    QCOMPARE(b->dump(), a->dump());
}

void TestSyncScenarios::cleanup()
{
    m_devices.clear();
    m_server.reset();
}

void TestSyncScenarios::syncEveryoneTwice()
{
    for (int round = 0; round < 2; ++round)
        for (auto &d : m_devices)
            QVERIFY(d->sync());
}

json TestSyncScenarios::converged()
{
    syncEveryoneTwice();
    const QByteArray reference = a->dump();
    const json conflicts = a->conflicts();
    for (auto &d : m_devices) {
        const QByteArray dump = d->dump();
        if (dump != reference) {
            qWarning("a:\n%s\nother:\n%s", reference.constData(), dump.constData());
            return json::array({"diverged"});
        }
        if (d->conflicts() != conflicts)
            return json::array({"conflicts differ"});
    }
    return conflicts;
}

void TestSyncScenarios::differentFieldsOfOneRecord()
{
    QVERIFY(a->set(participant, {"municipality=Fauske"}));
    QVERIFY(b->set(participant, {"phase=qualification"}));
    const json conflicts = converged();
    QVERIFY(conflicts.is_array() && conflicts.empty());
    const json p = record(a->json(), "participant", participant);
    QCOMPARE(p["municipality"].get<std::string>(), std::string("Fauske"));
    QCOMPARE(p["phase"].get<std::string>(), std::string("qualification"));
}

void TestSyncScenarios::sameOrdinaryField()
{
    QVERIFY(a->set(participant, {"phase=qualification"}));
    QTest::qWait(5);
    QVERIFY(b->set(participant, {"phase=job_match"})); // the later edit
    QVERIFY(b->sync());
    QVERIFY(a->sync()); // a's older edit reaches the server last
    const json conflicts = converged();
    QVERIFY(conflicts.empty());
    QCOMPARE(record(c->json(), "participant", participant)["phase"].get<std::string>(),
             std::string("job_match"));
}

void TestSyncScenarios::sameFreeTextField()
{
    QVERIFY(a->set(plan, {"goal=Elektriker med fagbrev"}));
    QVERIFY(b->set(plan, {"goal=Automatiker"}));
    const json conflicts = converged();
    QCOMPARE(conflicts.size(), std::size_t(1));
    QCOMPARE(conflicts[0]["field"].get<std::string>(), std::string("goal"));
    QCOMPARE(conflicts[0]["reason"].get<std::string>(), std::string("concurrent_text"));
    // Both texts are kept: one is shown (the same everywhere), the other is in the conflict.
    const std::string shown = record(a->json(), "plan", plan)["goal"];
    const std::string kept = conflicts[0]["value"];
    QVERIFY((shown == "Automatiker" && kept == "Elektriker med fagbrev") ||
            (kept == "Automatiker" && shown == "Elektriker med fagbrev"));
    // A person resolves it on c; the resolution reaches everyone.
    QCOMPARE(c->cli({"resolve", plan, "goal", "Elektriker eller automatiker"}).exitCode, 0);
    QVERIFY(converged().empty());
    QCOMPARE(record(b->json(), "plan", plan)["goal"].get<std::string>(),
             std::string("Elektriker eller automatiker"));
}

void TestSyncScenarios::concurrentLogbookEntries()
{
    const QString e1 = a->add("logbook_entry", {"training_book_id=" + book, "entry_date=2026-11-21",
                                                "hours=6", "tasks=Monterte lamper"});
    const QString e2 = b->add("logbook_entry", {"training_book_id=" + book, "entry_date=2026-11-21",
                                                "hours=4", "tasks=Lagerarbeid"});
    const QString e3 = c->add("logbook_entry", {"training_book_id=" + book, "entry_date=2026-11-22",
                                                "hours=7.5", "tasks=Feilsøking"});
    QVERIFY(converged().empty());
    const json entries = a->json()["logbook_entry"];
    QCOMPARE(entries.size(), std::size_t(4));
    for (const QString &id : {e1, e2, e3})
        QVERIFY(!record(a->json(), "logbook_entry", id).is_null());
}

void TestSyncScenarios::editOfASignedOffEntry()
{
    // c edits the entry while offline; meanwhile a's mentor signs it off.
    QVERIFY(c->set(entry, {"tasks=Trakk kabel og monterte lamper"}));
    QVERIFY(a->set(entry, {"signed_by=Kari Nordmann", "signed_at=2026-11-20T15:30:00Z"}));
    QVERIFY(a->sync());
    // b, online, tries to edit it after the signature: refused at once on the device.
    const Result refused = b->cli({"sync"});
    QCOMPARE(refused.exitCode, 0);
    QCOMPARE(b->cli({"set", entry, "hours=3"}).exitCode, 1);
    const json conflicts = converged();
    const json e = record(a->json(), "logbook_entry", entry);
    QCOMPARE(e["tasks"].get<std::string>(), std::string("Trakk kabel")); // as signed
    QCOMPARE(e["signed_by"].get<std::string>(), std::string("Kari Nordmann"));
    QCOMPARE(conflicts.size(), std::size_t(1)); // c's edit is kept, not lost
    QCOMPARE(conflicts[0]["reason"].get<std::string>(), std::string("edited_after_sign_off"));
    QCOMPARE(conflicts[0]["value"].get<std::string>(),
             std::string("Trakk kabel og monterte lamper"));
}

void TestSyncScenarios::deleteAgainstEdit()
{
    QCOMPARE(a->cli({"delete", measure}).exitCode, 0);
    QVERIFY(b->set(measure, {"status=ongoing"}));
    const json conflicts = converged();
    const json m = record(c->json(), "measure", measure);
    QVERIFY(m["deleted"].get<bool>()); // no silent resurrection
    QCOMPARE(conflicts.size(), std::size_t(1));
    QCOMPARE(conflicts[0]["reason"].get<std::string>(), std::string("edited_after_delete"));
    QCOMPARE(conflicts[0]["value"].get<std::string>(), std::string("ongoing"));
}

void TestSyncScenarios::deleteOfAnEntryDeletedThenSigned()
{
    // a deletes the entry; b, who has not seen the delete, signs it off (kept as an edit after
    // the delete); c, who has seen neither, deletes it too. c's delete agrees with what the
    // server holds (deleted): it is applied, not refused as "signed off and cannot be deleted"
    // and rolled back to a record that is deleted anyway.
    QCOMPARE(a->cli({"delete", entry}).exitCode, 0);
    QVERIFY(a->sync());
    QVERIFY(b->set(entry, {"signed_by=Kari Nordmann", "signed_at=2026-11-20T15:30:00Z"}));
    QVERIFY(b->sync());
    QCOMPARE(c->cli({"delete", entry}).exitCode, 0);
    const Result r = c->cli({"sync"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("1 sent, 0 refused by the server"), r.err.constData());
    syncEveryoneTwice();
    for (auto &d : m_devices)
        QVERIFY(record(d->json(), "logbook_entry", entry)["deleted"].get<bool>());
    QCOMPARE(c->dump(), a->dump());
}

void TestSyncScenarios::weekOfflineDeviceDoesNotOverwriteNewerEdits()
{
    c->setClockOffsetMs(-7LL * 24 * 3600 * 1000); // its clock is a week behind
    QVERIFY(c->set(participant, {"phase=qualification", "municipality=Saltdal"}));
    QVERIFY(a->set(participant, {"phase=job_match"}));
    QVERIFY(a->sync());
    QVERIFY(b->sync());
    QVERIFY(c->sync()); // syncs last
    QVERIFY(converged().empty());
    const json p = record(b->json(), "participant", participant);
    QCOMPARE(p["phase"].get<std::string>(), std::string("job_match"));
    QCOMPARE(p["municipality"].get<std::string>(), std::string("Saltdal")); // its own field kept
}

void TestSyncScenarios::syncWithNothingToDoIsOneRequest()
{
    syncEveryoneTwice();
    const Result r = a->cli({"sync"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("0 sent, 0 refused by the server, 0 received, 1 requests"),
             r.err.constData());
}


// Devices keep no text a goal was edited over (sync::Delivery::CausalAgain), trusting that the
// server sends changes in commit order. a and b edit the goal over and over (once at the same
// time, resolved on a); c, offline meanwhile, pulls it all, then the adviser's access grows
// (another participant on her caseload) and every device pulls everything again from the
// start: no old text comes back as a conflict, and everyone holds the same.
void TestSyncScenarios::aRepullAfterAccessGrewBringsNoOldTextBack()
{
    for (int i = 0; i < 6; ++i) {
        Device *d = i % 2 ? b : a;
        QVERIFY(d->set(plan, {QStringLiteral("goal=Elektriker, utkast %1").arg(i)}));
        QVERIFY(d->sync());
        QVERIFY((i % 2 ? a : b)->sync());
    }
    QVERIFY(a->set(plan, {"goal=Elektriker med fagbrev"}));
    QVERIFY(b->set(plan, {"goal=Automatiker"}));
    QVERIFY(a->sync() && b->sync() && a->sync());
    QCOMPARE(a->conflicts().size(), std::size_t(1));
    QCOMPARE(a->cli({"resolve", plan, "goal", "Elektriker eller automatiker"}).exitCode, 0);
    QVERIFY(a->set(plan, {"goal=Automatiker"}));
    QVERIFY(a->sync() && b->sync() && c->sync());
    QVERIFY(c->conflicts().empty());

    m_server->addUser("ola", "adviser");
    Device d("d");
    d.login(*m_server, "ola");
    const QString other = d.add("participant", {"name=Nadia Haidari", "phase=before"});
    QVERIFY(d.sync());
    QCOMPARE(m_server->admin({"caseload", "add", "--adviser", "kari", "--participant", other}).exitCode, 0);
    QVERIFY(converged().empty());
    QCOMPARE(record(c->json(), "plan", plan)["goal"].get<std::string>(), std::string("Automatiker"));
    QVERIFY(!record(c->json(), "participant", other).is_null()); // pulled again from the start
}

QTEST_GUILESS_MAIN(TestSyncScenarios)
#include "tst_sync_scenarios.moc"
