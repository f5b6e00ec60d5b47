#include "core/caseloadmodel.h"
#include "core/jsonvariant.h"
#include "core/recordmodel.h"
#include "core/recordservice.h"
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

QTEST_GUILESS_MAIN(TestModels)
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

#include "tst_models.moc"
