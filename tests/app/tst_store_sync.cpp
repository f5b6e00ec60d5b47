// The device store's side of the trust boundary, on a real SQLCipher file: what it keeps
// aside from a pull, how it rolls a refused change back to the server's value and shows it,
// and what it refuses locally because the logged-in role may not (the same rules as the
// server, from bro/model/access.h). The same paths against a real server: tst_trust.
#include "testsupport.h"

#include <bro/sync/engine.h>
#include <bro/sync/uuid.h>

using namespace bro;
using namespace bro::test;

namespace {

const std::string kOther = "0190f2a1-7c3e-4b8a-9d1e-2f3a4b5c6d7e"; // another device

sync::Change pulled(const std::string &kind, const std::string &id, const std::string &field,
                    Json value, std::uint32_t counter)
{
    sync::Change c;
    c.opId = sync::newRecordId();
    c.kind = kind;
    c.recordId = id;
    c.field = field;
    c.value = std::move(value);
    c.stamp = sync::HlcStamp{sync::HybridClock::systemMillis() - 60'000, counter, kOther};
    c.deviceId = kOther;
    return c;
}

void logInAs(store::Store &s, const std::string &role, const std::string &name)
{
    sync::LoginResult login;
    login.ok = true;
    login.token = "token";
    login.role = role;
    login.displayName = name;
    login.serverMillis = sync::HybridClock::systemMillis();
    login.offlineDays = 14;
    s.rememberLogin(login, "http://127.0.0.1:1", "", role);
}

} // namespace

class TestStoreSync : public QObject
{
    Q_OBJECT

private slots:
    void aPulledChangeThatFailsValidationIsKeptAsideAndTheRestMerges();
    void aRefusedChangeIsRolledBackToTheServersValueAndShown();
    void aRefusedNewRecordTheServerDoesNotHaveIsRemovedButItsValuesKept();
    void theStoreRefusesWhatTheRoleMayNot();
    void aSignatureIsInTheLoggedInUsersName();
};

void TestStoreSync::aPulledChangeThatFailsValidationIsKeptAsideAndTheRestMerges()
{
    TempStore s;
    const std::string person = sync::newRecordId(), book = sync::newRecordId(),
                      entry = sync::newRecordId();
    const std::vector<sync::Change> page = {
        pulled("participant", person, "name", "Amanuel Tesfay", 1),
        pulled("training_book", book, "participant_id", person, 2),
        pulled("training_book", book, "employer", "Elektro Nord AS", 3),
        pulled("logbook_entry", entry, "training_book_id", book, 4),
        pulled("logbook_entry", entry, "hours", "sju", 5),     // not a number
        pulled("logbook_entry", entry, "entry_date", "2026-11-20", 6),
        pulled("participant", person, "phase", "holiday", 7),   // not a phase
    };
    s->applyPulled(page, 7);

    QCOMPARE(s->cursor(), std::int64_t(7));
    const auto who = s->get("participant", person);
    QVERIFY(who.has_value());
    QCOMPARE(QString::fromStdString((*who)["name"].get<std::string>()), QStringLiteral("Amanuel Tesfay"));
    QVERIFY((*who)["phase"].is_null());
    const auto e = s->get("logbook_entry", entry);
    QVERIFY(e.has_value());
    QVERIFY((*e)["hours"].is_null());
    QCOMPARE(QString::fromStdString((*e)["entry_date"].get<std::string>()), QStringLiteral("2026-11-20"));

    const Json aside = s->quarantined();
    QCOMPARE(aside.size(), std::size_t(2));
    std::set<std::string> fields, reasons;
    for (const auto &q : aside) {
        fields.insert(q["change"]["field"].get<std::string>());
        reasons.insert(q["reason"].get<std::string>());
    }
    QCOMPARE(fields, (std::set<std::string>{"hours", "phase"}));
    for (const auto &r : reasons)
        QVERIFY2(r.find("hours: must be a number") != std::string::npos ||
                     r.find("phase: ") != std::string::npos,
                 r.c_str());
    // Nothing of it went into the outbox: a pull never makes local changes.
    QCOMPARE(s->outboxSize(), 0);
}

void TestStoreSync::aRefusedChangeIsRolledBackToTheServersValueAndShown()
{
    TempStore s;
    const std::string person = sync::newRecordId();
    const sync::Change server = pulled("participant", person, "name", "Ola Hansen", 1);
    s->applyPulled({server}, 1);
    QVERIFY(s->update("participant", person, {{"name", "Ola Overtatt"}}).ok());
    const auto sent = s->pending(10);
    QCOMPARE(sent.size(), std::size_t(1));

    sync::Refusal refusal{sent[0].first, sent[0].second, "forbidden",
                          "not allowed for this user: the record is outside your caseload"};
    s->removePushed(sent[0].first, {refusal});
    QCOMPARE(s->outboxSize(), 0);
    QCOMPARE(s->recordsToRefresh(), std::vector<std::string>{person});

    s->refreshRecords({person}, {server});
    QVERIFY(s->recordsToRefresh().empty());
    QCOMPARE(QString::fromStdString(s->get("participant", person)->at("name").get<std::string>()),
             QStringLiteral("Ola Hansen"));
    // The refused value is a notice at the record, with the server's reason.
    const auto conflicts = s->conflicts();
    QCOMPARE(conflicts.size(), std::size_t(1));
    QCOMPARE(conflicts[0].id, person);
    QCOMPARE(int(conflicts[0].conflict.reason), int(sync::Conflict::Reason::RefusedByServer));
    QCOMPARE(QString::fromStdString(conflicts[0].conflict.field), QStringLiteral("name"));
    QCOMPARE(QString::fromStdString(conflicts[0].conflict.value.get<std::string>()),
             QStringLiteral("Ola Overtatt"));
    QCOMPARE(QString::fromStdString(conflicts[0].status), QStringLiteral("forbidden"));
    QCOMPARE(conflicts[0].serverReason, refusal.reason);
    // Seen: the notice goes, the server's value stays.
    QVERIFY(s->dismissRefusal(person, "name"));
    QVERIFY(s->conflicts().empty());
    QCOMPARE(QString::fromStdString(s->get("participant", person)->at("name").get<std::string>()),
             QStringLiteral("Ola Hansen"));
}

void TestStoreSync::aRefusedNewRecordTheServerDoesNotHaveIsRemovedButItsValuesKept()
{
    TempStore s;
    const auto made = s->create("participant", {{"name", "Noen Nye"}});
    QVERIFY(made.ok());
    const auto sent = s->pending(10);
    QVERIFY(!sent.empty());
    std::vector<sync::Refusal> refused;
    for (const auto &[seq, change] : sent)
        refused.push_back({seq, change, "forbidden", "not allowed for this user: participant"});
    s->removePushed(sent.back().first, refused);
    s->refreshRecords({made.id}, {});
    // The record exists nowhere else, so it leaves the lists, and what was typed stays visible.
    QVERIFY(!s->get("participant", made.id).has_value());
    bool kept = false;
    for (const auto &c : s->conflicts())
        kept = kept || (c.id == made.id && c.conflict.value == Json("Noen Nye"));
    QVERIFY(kept);
}

void TestStoreSync::theStoreRefusesWhatTheRoleMayNot()
{
    TempStore s;
    logInAs(*s.store, "mentor", "Per Olsen");
    const int before = s->outboxSize();
    const auto r = s->create("participant", {{"name", "Noen"}});
    QVERIFY(!r.ok());
    QVERIFY(r.error.has_value());
    QVERIFY2(!r.error->message.empty(), "the refusal says why");
    QCOMPARE(s->outboxSize(), before);
    QCOMPARE(s->count("participant"), 0);

    TempStore p;
    logInAs(*p.store, "participant", "Amanuel Tesfay");
    const std::string person = sync::newRecordId();
    p->applyPulled({pulled("participant", person, "name", "Amanuel Tesfay", 1)}, 1);
    const auto edit = p->update("participant", person, {{"name", "Noe annet"}});
    QVERIFY(!edit.ok());
    QCOMPARE(QString::fromStdString(p->get("participant", person)->at("name").get<std::string>()),
             QStringLiteral("Amanuel Tesfay"));
    QCOMPARE(p->outboxSize(), 0);
}

void TestStoreSync::aSignatureIsInTheLoggedInUsersName()
{
    TempStore s;
    const std::string person = sync::newRecordId(), book = sync::newRecordId(),
                      entry = sync::newRecordId();
    s->applyPulled({pulled("participant", person, "name", "Amanuel Tesfay", 1),
                    pulled("training_book", book, "participant_id", person, 2),
                    pulled("training_book", book, "employer", "Elektro Nord AS", 3),
                    pulled("logbook_entry", entry, "training_book_id", book, 4),
                    pulled("logbook_entry", entry, "entry_date", "2026-11-20", 5),
                    pulled("logbook_entry", entry, "hours", 7.5, 6),
                    pulled("logbook_entry", entry, "tasks", "Kabling", 7)},
                   7);
    logInAs(*s.store, "mentor", "Per Olsen");
    const auto forged = s->update("logbook_entry", entry,
                                  {{"signed_by", "Kari Nordmann"}, {"signed_at", "2026-11-21T15:00:00Z"}});
    QVERIFY(!forged.ok());
    QVERIFY(s->get("logbook_entry", entry)->at("signed_by").is_null());
    const auto own = s->update("logbook_entry", entry,
                               {{"signed_by", "Per Olsen"}, {"signed_at", "2026-11-21T15:00:00Z"}});
    QVERIFY2(own.ok(), own.error ? own.error->message.c_str() : "");
    QCOMPARE(QString::fromStdString(s->get("logbook_entry", entry)->at("signed_by").get<std::string>()),
             QStringLiteral("Per Olsen"));
}

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_store_sync.moc"
