#include "core/caseloadmodel.h"
#include "core/jsonvariant.h"
#include "core/recordmodel.h"
#include "core/recordservice.h"
#include "domain/trainingbookview.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QSignalSpy>

using namespace bro;
using namespace bro::test;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void everyKindThroughServiceAndModel();
    void searchByNameFoldsCase();
    void sortsNorwegianNames();
    void editsUpdateRowsWithoutReset();
    void childModelsFollowTheirParent();
    void serviceReportsFieldAndMessage();
    void caseloadFilterMovesOnlyChangedRows();
    void attachingKeepsBytesAndRecordTogether();
    void aRecordAndItsFileAreSavedTogetherOrNotAtAll();
    void signingKeepsTheSignatureAndItsImageTogether();
    void writesFollowTheRulesOfTheRole();
    void listsAreInTheSameOrderOnEveryDevice();
    void addToPlanMakesAMeasureFromTheMeetingToTheDueDate();

private:
    static QVariantMap toMap(const Json &j) { return toVariantMap(j); }
};

void TestModels::everyKindThroughServiceAndModel()
{
    TempStore s;
    RecordService service(s.store.get());
    QSignalSpy unsent(&service, &RecordService::unsentChangesChanged);
    std::map<std::string, std::string> ids;
    for (const auto &kind : model::recordKinds()) {
        const QString k = QString::fromStdString(kind.name);
        RecordListModel model(&service);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKind(k);
        QString parent;
        if (!kind.parentField.empty()) {
            const auto *pf = kind.field(kind.parentField);
            parent = QString::fromStdString(ids[pf->refKind.empty() ? "participant" : pf->refKind]);
            model.setParentId(parent);
        }
        QCOMPARE(model.rowCount(), 0);

        const Json fields = sampleRecord(kind, ids, false);
        const QVariantMap created = service.create(k, toMap(fields));
        QVERIFY2(created.value("ok").toBool(), qPrintable(created.value("message").toString()));
        const QString id = created.value("id").toString();
        ids[kind.name] = id.toStdString();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), RecordListModel::IdRole).toString(), id);

        // Every field round-trips through the store and the model's roles.
        const QVariantMap fromService = service.get(k, id);
        const QVariantMap fromModel = model.get(0);
        QCOMPARE(fromModel, fromService);
        const auto roles = model.roleNames();
        for (const auto &f : kind.fields) {
            const int role = roles.key(QByteArray::fromStdString(f.name), -1);
            QVERIFY(role > 0);
            const QVariant expected = toVariant(fields.value(f.name, Json()));
            QCOMPARE(model.data(model.index(0), role), expected);
        }

        // An edit through the service reaches the model.
        const model::FieldSpec *editable = nullptr;
        for (const auto &f : kind.fields)
            if (f.type == model::FieldType::Text && !f.required && f.name != "signed_by")
                editable = &f;
        if (editable && kind.appendOnly && fields.contains(editable->name)) {
            // Written once: the edit is refused with the field named, nothing changes.
            const QString field = QString::fromStdString(editable->name);
            const QVariantMap r = service.update(k, id, {{field, "Endret"}});
            QVERIFY(!r.value("ok").toBool());
            QCOMPARE(r.value("field").toString(), field);
            QVERIFY(model.get(0).value(field).toString() != QStringLiteral("Endret"));
        } else if (editable) {
            const QString field = QString::fromStdString(editable->name);
            QVERIFY(service.update(k, id, {{field, "Endret"}}).value("ok").toBool());
            QCOMPARE(model.get(0).value(field).toString(), QStringLiteral("Endret"));
        }
        // A second record, then a delete.
        const QVariantMap second = service.create(k, toMap(sampleRecord(kind, ids, false, 1)));
        QVERIFY2(second.value("ok").toBool(), qPrintable(second.value("message").toString()));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(service.remove(k, second.value("id").toString()).value("ok").toBool());
        QCOMPARE(model.rowCount(), 1);
    }
    QVERIFY(unsent.count() > 0);
    QCOMPARE(service.unsentChanges(), s->outboxSize());
}

void TestModels::searchByNameFoldsCase()
{
    TempStore s;
    RecordService service(s.store.get());
    for (const char *n : {"Amanuel Tesfay", "Åse Ødegård", "Rahaf Al-Hassan", "Øyvind Ås"})
        QVERIFY(service.create("participant", {{"name", n}}).value("ok").toBool());
    RecordListModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKind("participant");
    QCOMPARE(model.rowCount(), 4);
    model.setFilterText("ama");
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.get(0).value("name").toString(), QStringLiteral("Amanuel Tesfay"));
    model.setFilterText("ØDE");
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.get(0).value("name").toString(), QStringLiteral("Åse Ødegård"));
    model.setFilterText("tesfay amanuel");
    QCOMPARE(model.rowCount(), 1);
    model.setFilterText("ås");
    QCOMPARE(model.rowCount(), 2); // Åse and Ås
    model.setFilterText("zz");
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 4);
    // A new participant who matches the filter appears at once.
    QVERIFY(service.create("participant", {{"name", "Ola Ødegård"}}).value("ok").toBool());
    model.setFilterText("ødegård");
    QCOMPARE(model.rowCount(), 2);
    model.setFilterText("");
    QCOMPARE(model.rowCount(), 5);
}

void TestModels::sortsNorwegianNames()
{
    TempStore s;
    RecordService service(s.store.get());
    for (const char *n : {"Åse", "Zara", "Øyvind", "Anna", "Ærlig", "bente"})
        QVERIFY(service.create("participant", {{"name", n}}).value("ok").toBool());
    RecordListModel model(&service);
    model.setKind("participant");
    model.setSortField("name");
    QStringList names;
    for (int i = 0; i < model.rowCount(); ++i)
        names << model.get(i).value("name").toString();
    QCOMPARE(names, QStringList({"Anna", "bente", "Zara", "Ærlig", "Øyvind", "Åse"}));
    model.setDescending(true);
    QCOMPARE(model.get(0).value("name").toString(), QStringLiteral("Åse"));
}

void TestModels::editsUpdateRowsWithoutReset()
{
    TempStore s;
    RecordService service(s.store.get());
    QStringList ids;
    for (const char *n : {"Anna", "Berit", "Cecilie"})
        ids << service.create("participant", {{"name", n}}).value("id").toString();
    RecordListModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKind("participant");
    model.setSortField("name");
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // An edit that keeps the order: one dataChanged.
    QVERIFY(service.update("participant", ids[1], {{"municipality", "Bodø"}}).value("ok").toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    // A rename that moves the row to the end.
    QVERIFY(service.update("participant", ids[0], {{"name", "Dina"}}).value("ok").toBool());
    QCOMPARE(model.get(2).value("name").toString(), QStringLiteral("Dina"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(resets.count(), 0);
}

void TestModels::childModelsFollowTheirParent()
{
    TempStore s;
    RecordService service(s.store.get());
    const auto ids = createOneOfEach(*s.store, false);
    const QString otherPlan =
        service.create("plan", {{"participant_id", QString::fromStdString(ids.at("participant"))}})
            .value("id")
            .toString();
    RecordListModel measures(&service);
    measures.setKind("measure");
    QCOMPARE(measures.rowCount(), 0); // no parent chosen: nothing, not everything
    measures.setParentId(QString::fromStdString(ids.at("plan")));
    QCOMPARE(measures.rowCount(), 1);
    QVERIFY(
        service
            .create("measure", {{"plan_id", otherPlan}, {"type", "mentor"}, {"status", "planned"}})
            .value("ok")
            .toBool());
    QCOMPARE(measures.rowCount(), 1); // a measure of another plan does not appear
    measures.setParentId(otherPlan);
    QCOMPARE(measures.rowCount(), 1);
    QCOMPARE(measures.get(0).value("type").toString(), QStringLiteral("mentor"));
}

void TestModels::serviceReportsFieldAndMessage()
{
    TempStore s;
    RecordService service(s.store.get());
    const auto ids = createOneOfEach(*s.store, false);
    const int before = s->outboxSize();
    // Numbers typed with a decimal comma are numbers.
    QVariantMap r = service.create(
        "logbook_entry", {{"training_book_id", QString::fromStdString(ids.at("training_book"))},
                          {"entry_date", "2026-11-20"},
                          {"hours", "7,5"},
                          {"tasks", "Montering"}});
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    QCOMPARE(service.get("logbook_entry", r.value("id").toString()).value("hours").toDouble(), 7.5);

    r = service.create("logbook_entry",
                       {{"training_book_id", QString::fromStdString(ids.at("training_book"))},
                        {"entry_date", "2026-11-20"},
                        {"hours", "25"},
                        {"tasks", "Montering"}});
    QVERIFY(!r.value("ok").toBool());
    QCOMPARE(r.value("field").toString(), QStringLiteral("hours"));
    QVERIFY(r.value("message").toString().contains("24"));
    // An empty required text field is "required", not "wrong type".
    r = service.create("participant", {{"name", ""}});
    QCOMPARE(r.value("field").toString(), QStringLiteral("name"));
    QVERIFY(!r.value("message").toString().isEmpty());
    QCOMPARE(s->outboxSize(), before + 4);
}

// A filter step reports the rows that leave and arrive (no reset while rows remain), and the
// result is the same as a model filtered from scratch.
void TestModels::caseloadFilterMovesOnlyChangedRows()
{
    TempStore s;
    RecordService service(s.store.get());
    const char *names[] = {"Amanuel", "Rahaf", "Olena", "Farid", "Abdi", "Amina", "Hodan"};
    const char *phases[] = {"before", "qualification", "job_match", "after"};
    for (int i = 0; i < 28; ++i)
        QVERIFY(
            service
                .create("participant", {{"name", QStringLiteral("%1 %2").arg(names[i % 7]).arg(i)},
                                        {"phase", phases[i % 4]}})
                .value("ok")
                .toBool());
    CaseloadModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    auto names0 = [](const CaseloadModel &m) {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.data(m.index(r), CaseloadModel::NameRole).toString();
        return out;
    };
    struct Step
    {
        const char *text, *phase;
        bool reset;
    };
    const Step steps[] = {{"a", "", false},      {"am", "", false},    {"ami", "", false},
                          {"a", "", false},      {"", "", false},      {"", "after", false},
                          {"zz", "after", true}, {"a", "after", true}, {"", "", false}};
    for (const Step &step : steps) {
        const int before = int(resets.size());
        model.setFilterText(QString::fromLatin1(step.text));
        model.setPhase(QString::fromLatin1(step.phase));
        CaseloadModel fresh(&service);
        fresh.setFilterText(QString::fromLatin1(step.text));
        fresh.setPhase(QString::fromLatin1(step.phase));
        QCOMPARE(names0(model), names0(fresh));
        QCOMPARE(resets.size() > before, step.reset);
    }
    QCOMPARE(model.rowCount(), 28);
}

void TestModels::attachingKeepsBytesAndRecordTogether()
{
    TempStore s;
    RecordService service(s.store.get());
    const QString photo = s.dir.filePath(QStringLiteral("koblingsboks.png"));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(photo));

    // An owner that does not exist: refused at owner_id, and no bytes are left behind
    // waiting to be uploaded for a record that was never written.
    const QVariantMap refused = service.attachFile(
        "logbook_entry", "0190f4c2-1e2b-7abc-8def-0123456789ab", QUrl::fromLocalFile(photo), "x");
    QVERIFY(!refused.value("ok").toBool());
    QCOMPARE(refused.value("field").toString(), QStringLiteral("owner_id"));
    QVERIFY(s->blobsToUpload().empty());
    QCOMPARE(s->count("attachment"), 0);

    const auto participant = s->create("participant", {{"name", "Hodan Warsame"}});
    const QVariantMap ok = service.attachFile("participant", QString::fromStdString(participant.id),
                                              QUrl::fromLocalFile(photo), "Attest");
    QVERIFY2(ok.value("ok").toBool(), qPrintable(ok.value("message").toString()));
    const auto record = s->get("attachment", ok.value("id").toString().toStdString());
    QVERIFY(record);
    QCOMPARE(s->blobsToUpload(), std::vector<std::string>{(*record)["sha256"].get<std::string>()});
    QCOMPARE((*record)["size_bytes"].get<std::int64_t>(), *s->blobSize((*record)["sha256"]));
    QCOMPARE((*record)["mime_type"].get<std::string>(), std::string("image/png"));
}

namespace {
QUrl writeImage(const QTemporaryDir &dir, const QString &name)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = dir.filePath(name);
    image.save(path);
    return QUrl::fromLocalFile(path);
}
} // namespace

void TestModels::aRecordAndItsFileAreSavedTogetherOrNotAtAll()
{
    TempStore s;
    RecordService service(s.store.get());
    const auto p = s->create("participant", {{"name", "Farid Ahmadi"}});
    const auto book =
        s->create("training_book", {{"participant_id", p.id}, {"employer", "Hotell"}});
    const QVariantMap entry{{"training_book_id", QString::fromStdString(book.id)},
                            {"entry_date", "2026-11-02"},
                            {"hours", 7.5},
                            {"tasks", "Kuttet grønnsaker."}};
    const std::string before = snapshot(*s.store);
    // A "photo" that is no image, and one that is not there: neither record nor file is kept.
    QFile text(s.dir.filePath("notat.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("ikke et bilde");
    text.close();
    for (const QUrl &bad : {QUrl::fromLocalFile(text.fileName()),
                            QUrl::fromLocalFile(s.dir.filePath("finnes-ikke.png"))}) {
        const QVariantMap r = service.createWithFile("logbook_entry", entry, bad, "Kjøkken");
        QVERIFY(!r.value("ok").toBool());
        QCOMPARE(r.value("field").toString(), QStringLiteral("file_name"));
        QCOMPARE(snapshot(*s.store), before);
    }
    // A record that is refused takes no file with it.
    QVariantMap noTasks = entry;
    noTasks.remove("tasks");
    QVERIFY(!service.createWithFile("logbook_entry", noTasks, writeImage(s.dir, "a.png"), "")
                 .value("ok")
                 .toBool());
    QCOMPARE(snapshot(*s.store), before);
    // Both.
    const QVariantMap ok =
        service.createWithFile("logbook_entry", entry, writeImage(s.dir, "kjokken.png"), "Kjøkken");
    QVERIFY2(ok.value("ok").toBool(), qPrintable(ok.value("message").toString()));
    const auto files = s->list("attachment", ok.value("id").toString().toStdString());
    QCOMPARE(files.size(), std::size_t(1));
    QCOMPARE(files[0]["file_name"].get<std::string>(), std::string("kjokken.png"));
    QVERIFY(s->blob(files[0]["sha256"].get<std::string>()));
    // No file: the record alone.
    QVERIFY(service.createWithFile("logbook_entry", entry, QUrl(), "").value("ok").toBool());
}

void TestModels::signingKeepsTheSignatureAndItsImageTogether()
{
    TempStore s;
    RecordService service(s.store.get());
    service.setIdentity([] { return model::Role::Mentor; },
                        [] { return QStringLiteral("Per Olsen"); });
    const auto p = s->create("participant", {{"name", "Amanuel Tesfay"}});
    const auto book =
        s->create("training_book", {{"participant_id", p.id}, {"employer", "Elektro"}});
    const auto e = s->create("logbook_entry", {{"training_book_id", book.id},
                                               {"entry_date", "2026-11-02"},
                                               {"hours", 7.5},
                                               {"tasks", "Trakk kabler."}});
    const QString id = QString::fromStdString(e.id);
    const QVariantMap r =
        service.sign("logbook_entry", id, "100,500 400,450 800,520;120,720 700,700");
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    const auto signedEntry = s->get("logbook_entry", e.id);
    QCOMPARE((*signedEntry)["signed_by"].get<std::string>(), std::string("Per Olsen"));
    QCOMPARE((*signedEntry)["signed_at"].get<std::string>().size(), std::size_t(20));
    const auto images = s->list("attachment", e.id);
    QCOMPARE(images.size(), std::size_t(1));
    QCOMPARE(images[0]["file_name"].get<std::string>(), std::string(kSignatureImageName));
    QVERIFY(images[0].value("caption", Json()).is_null()); // no words in any language with it
    const auto png = s->blob(images[0]["sha256"].get<std::string>());
    QVERIFY(png);
    QImage image;
    QVERIFY(image.loadFromData(QByteArray::fromStdString(*png), "PNG"));
    QVERIFY(image.width() > 100);
    // Signed once: a second signature is refused, and brings no second image.
    const std::string before = snapshot(*s.store);
    QVERIFY(!service.sign("logbook_entry", id, "1,1 500,500").value("ok").toBool());
    QCOMPARE(snapshot(*s.store), before);
    // Nobody logged in (no name to sign with): refused.
    RecordService anonymous(s.store.get());
    anonymous.setIdentity([] { return model::Role::Mentor; }, [] { return QString(); });
    const auto e2 = s->create("logbook_entry", {{"training_book_id", book.id},
                                                {"entry_date", "2026-11-03"},
                                                {"hours", 7.5},
                                                {"tasks", "Trakk mer kabler."}});
    const QVariantMap noName =
        anonymous.sign("logbook_entry", QString::fromStdString(e2.id), "1,1 500,500");
    QVERIFY(!noName.value("ok").toBool());
    QCOMPARE(noName.value("field").toString(), QStringLiteral("signed_by"));
}

void TestModels::writesFollowTheRulesOfTheRole()
{
    TempStore s;
    const auto p = s->create("participant", {{"name", "Rahaf Al-Hassan"}});
    const auto book =
        s->create("training_book", {{"participant_id", p.id}, {"employer", "Solbakken"}});
    const auto e = s->create("logbook_entry", {{"training_book_id", book.id},
                                               {"entry_date", "2026-11-02"},
                                               {"hours", 4},
                                               {"tasks", "Serverte lunsj."}});
    model::Role role = model::Role::Participant;
    RecordService service(s.store.get());
    service.setIdentity([&] { return role; }, [] { return QStringLiteral("Rahaf Al-Hassan"); });
    const std::string before = snapshot(*s.store);
    // A participant writes her own self-evaluations, and signs and edits nothing else.
    const QVariantMap entry =
        service.create("logbook_entry", {{"training_book_id", QString::fromStdString(book.id)},
                                         {"entry_date", "2026-11-03"},
                                         {"hours", 4},
                                         {"tasks", "x"}});
    QVERIFY(!entry.value("ok").toBool());
    QVERIFY(!entry.value("message").toString().isEmpty());
    QVERIFY(!service.sign("logbook_entry", QString::fromStdString(e.id), "1,1 500,500")
                 .value("ok")
                 .toBool());
    QVERIFY(!service.update("training_book", QString::fromStdString(book.id), {{"workplace", "x"}})
                 .value("ok")
                 .toBool());
    QVERIFY(!service.remove("logbook_entry", QString::fromStdString(e.id)).value("ok").toBool());
    QCOMPARE(snapshot(*s.store), before);
    QVERIFY(service
                .create("self_evaluation", {{"participant_id", QString::fromStdString(p.id)},
                                            {"written_on", "2026-11-10"},
                                            {"text", "Jeg liker jobben."}})
                .value("ok")
                .toBool());
    // A mentor: entries and signatures yes, the book's employer and the participant no.
    role = model::Role::Mentor;
    QVERIFY(service.update("logbook_entry", QString::fromStdString(e.id), {{"hours", 5}})
                .value("ok")
                .toBool());
    const QVariantMap employer =
        service.update("training_book", QString::fromStdString(book.id), {{"employer", "Annen"}});
    QVERIFY(!employer.value("ok").toBool());
    QCOMPARE(employer.value("field").toString(), QStringLiteral("employer"));
    QVERIFY(!service.update("participant", QString::fromStdString(p.id), {{"name", "x"}})
                 .value("ok")
                 .toBool());
}

void TestModels::listsAreInTheSameOrderOnEveryDevice()
{
    // The tablet makes a book's goals and three entries of one day ...
    TempStore tablet, phone;
    const auto p = tablet->create("participant", {{"name", "Amanuel Tesfay"}});
    const auto book =
        tablet->create("training_book", {{"participant_id", p.id}, {"employer", "E"}});
    for (const char *goal : {"Planlegge", "Feilsøke", "Dokumentere"})
        QVERIFY(tablet->create("competence_goal", {{"training_book_id", book.id}, {"title", goal}})
                    .ok());
    for (const char *task : {"Morgen", "Formiddag", "Ettermiddag"})
        QVERIFY(tablet
                    ->create("logbook_entry", {{"training_book_id", book.id},
                                               {"entry_date", "2026-11-02"},
                                               {"hours", 2},
                                               {"tasks", task}})
                    .ok());
    // ... and the phone receives them the other way round (records in reverse order).
    std::vector<std::vector<sync::Change>> byRecord;
    for (const auto &c : tablet->outbox()) {
        if (byRecord.empty() || byRecord.back().front().recordId != c.recordId)
            byRecord.emplace_back();
        byRecord.back().push_back(c);
    }
    std::vector<sync::Change> reversed;
    for (auto it = byRecord.rbegin(); it != byRecord.rend(); ++it)
        reversed.insert(reversed.end(), it->begin(), it->end());
    try {
        phone->applyPulled(reversed, 1);
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    QCOMPARE(phone->count("logbook_entry"), 3);

    auto rows = [&](store::Store &store, const QString &kind, const QString &sort,
                    bool descending) {
        RecordService service(&store);
        RecordListModel model(&service);
        model.setKind(kind);
        model.setParentId(QString::fromStdString(book.id));
        model.setSortField(sort);
        model.setDescending(descending);
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i)
            out << model.get(i).value(kind == "competence_goal" ? "title" : "tasks").toString();
        return out;
    };
    QCOMPARE(rows(*phone.store, "competence_goal", {}, false),
             rows(*tablet.store, "competence_goal", {}, false));
    QCOMPARE(rows(*tablet.store, "competence_goal", {}, false),
             (QStringList{"Planlegge", "Feilsøke", "Dokumentere"}));
    QCOMPARE(rows(*phone.store, "logbook_entry", "entry_date", true),
             rows(*tablet.store, "logbook_entry", "entry_date", true));
    QCOMPARE(rows(*tablet.store, "logbook_entry", "entry_date", true),
             (QStringList{"Ettermiddag", "Formiddag", "Morgen"})); // newest first
    // The PDF's order too.
    auto tasks = [&](store::Store &store) {
        QStringList out;
        const auto view = TrainingBookView::load(store, book.id);
        for (const auto &e : view->entries())
            out << QString::fromStdString(e["tasks"].get<std::string>());
        return out;
    };
    QCOMPARE(tasks(*phone.store), tasks(*tablet.store));
}

void TestModels::addToPlanMakesAMeasureFromTheMeetingToTheDueDate()
{
    TempStore s;
    RecordService service(s.store.get());
    const auto p = s->create("participant", {{"name", "Olena Kovalenko"}});
    const auto m = s->create(
        "meeting",
        {{"participant_id", p.id}, {"type", "three_party"}, {"meeting_date", "2026-10-01"}});
    const auto a = s->create("agreed_action", {{"meeting_id", m.id},
                                               {"text", "Søke språkpraksis"},
                                               {"due_date", "2026-11-15"},
                                               {"responsible", "participant"}});
    // No plan yet: it is made, with the measure, and the action points to the measure.
    const QVariantMap r = service.addActionToPlan(QString::fromStdString(a.id));
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    const auto measure = s->get("measure", r.value("id").toString().toStdString());
    QVERIFY(measure);
    QCOMPARE((*measure)["start_date"].get<std::string>(), std::string("2026-10-01"));
    QCOMPARE((*measure)["end_date"].get<std::string>(), std::string("2026-11-15"));
    QCOMPARE((*measure)["status"].get<std::string>(), std::string("planned"));
    QCOMPARE((*measure)["responsible"].get<std::string>(), std::string("participant"));
    QCOMPARE((*measure)["description"].get<std::string>(), std::string("Søke språkpraksis"));
    QCOMPARE(s->count("plan"), 1);
    QCOMPARE((*s->get("agreed_action", a.id))["measure_id"].get<std::string>(),
             r.value("id").toString().toStdString());
    // Twice: refused, nothing changes.
    const std::string before = snapshot(*s.store);
    const QVariantMap again = service.addActionToPlan(QString::fromStdString(a.id));
    QVERIFY(!again.value("ok").toBool());
    QCOMPARE(again.value("field").toString(), QStringLiteral("measure_id"));
    QCOMPARE(snapshot(*s.store), before);
    // Due before the meeting (an action written down late): it starts on the due date.
    const auto late = s->create(
        "agreed_action", {{"meeting_id", m.id}, {"text", "Sende CV"}, {"due_date", "2026-09-20"}});
    const QVariantMap r2 = service.addActionToPlan(QString::fromStdString(late.id));
    QVERIFY(r2.value("ok").toBool());
    const auto m2 = s->get("measure", r2.value("id").toString().toStdString());
    QCOMPARE((*m2)["start_date"].get<std::string>(), std::string("2026-09-20"));
    QCOMPARE(s->count("plan"), 1); // the same plan
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
