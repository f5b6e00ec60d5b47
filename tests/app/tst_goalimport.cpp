// Competence goals imported from a trade's list (CSV or JSON) into a real store: the bundled
// lists, CSV dialects, re-imports, and bad input that is refused whole.
#include "domain/goalimport.h"
#include "core/trainingbookservice.h"
#include "testsupport.h"

#include <QTest>
#include <QUrl>

using namespace bro;
using bro::test::Json;

class TestGoalImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void bundledListsImport();
    void csvDialects_data();
    void csvDialects();
    void reimportSkipsWhatTheBookHas();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void aRefusedGoalUndoesTheWholeImport();
    void serviceListsAndImports();

private:
    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_store->dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    [[nodiscard]] std::vector<Json> goals() const
    {
        return (*m_store)->list("competence_goal", m_book);
    }

    std::unique_ptr<test::TempStore> m_store;
    std::string m_book;
};

void TestGoalImport::init()
{
    m_store = std::make_unique<test::TempStore>();
    const auto p = (*m_store)->create("participant", {{"name", "Rahaf Al-Hassan"}});
    QVERIFY(p.ok());
    const auto b = (*m_store)->create(
        "training_book", {{"participant_id", p.id}, {"employer", "Solbakken sykehjem"}});
    QVERIFY(b.ok());
    m_book = b.id;
}

void TestGoalImport::bundledListsImport()
{
    const auto lists = sampleGoalLists();
    QCOMPARE(lists.size(), std::size_t(2));
    QCOMPARE(lists[0].id, QStringLiteral("elektrikerfaget"));
    QCOMPARE(lists[0].trade, QStringLiteral("Elektrikerfaget"));
    QCOMPARE(lists[0].count, 8);
    QCOMPARE(lists[1].id, QStringLiteral("helsearbeiderfaget"));
    QCOMPARE(lists[1].trade, QStringLiteral("Helsearbeiderfaget"));
    QCOMPARE(lists[1].count, 8);

    auto r = importGoals(*m_store->store, m_book, QStringLiteral("sample:elektrikerfaget"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.added, 8);
    QCOMPARE(r.skipped, 0);
    r = importGoals(*m_store->store, m_book, QStringLiteral("helsearbeiderfaget"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.added, 8);

    const auto all = goals();
    QCOMPARE(all.size(), std::size_t(16));
    QCOMPARE(all[0]["code"].get<std::string>(), "EL-01");
    QCOMPARE(all[0]["trade"].get<std::string>(), "Elektrikerfaget");
    // A quoted CSV field keeps its commas.
    QVERIFY(all[0]["description"].get<std::string>().find("(NEK 400), og velge") !=
            std::string::npos);
    QCOMPARE(all[8]["code"].get<std::string>(), "HA-01");
    QCOMPARE(all[8]["trade"].get<std::string>(), "Helsearbeiderfaget");
    QCOMPARE(all[15]["title"].get<std::string>(), "Forflytning og ergonomi");
    // Outbox: the goals sync like any record.
    QVERIFY((*m_store)->outboxSize() > 16);
}

void TestGoalImport::csvDialects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray semicolon = "code;title;description\n"
                                 "X-1;Tittel én;\"Første linje; med semikolon\n"
                                 "andre linje med \"\"sitat\"\"\"\n"
                                 "X-2;  Tittel to ;Enkel, med komma\n";
    QTest::newRow("semicolons, quoted multi-line field") << semicolon;
    QTest::newRow("CRLF line ends") << QByteArray(semicolon).replace("\n", "\r\n");
    QTest::newRow("UTF-8 byte order mark") << "\xEF\xBB\xBF" + semicolon;
    QTest::newRow("commas, columns in another order, blank lines") << QByteArray(
        "title,description,code\n\n"
        "Tittel én,\"Første linje; med semikolon\nandre linje med \"\"sitat\"\"\",X-1\n"
        "\n"
        "Tittel to,\"Enkel, med komma\",X-2\n\n");
}

void TestGoalImport::csvDialects()
{
    QFETCH(QByteArray, bytes);
    const auto r = importGoals(*m_store->store, m_book, writeFile("mål.csv", bytes));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.added, 2);
    const auto all = goals();
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all[0]["code"].get<std::string>(), "X-1");
    QCOMPARE(all[0]["title"].get<std::string>(), "Tittel én");
    QCOMPARE(all[0]["description"].get<std::string>(),
             "Første linje; med semikolon\nandre linje med \"sitat\"");
    QCOMPARE(all[1]["title"].get<std::string>(), "Tittel to");
    QCOMPARE(all[1]["description"].get<std::string>(), "Enkel, med komma");
}

void TestGoalImport::reimportSkipsWhatTheBookHas()
{
    auto r = importGoals(*m_store->store, m_book, QStringLiteral("sample:elektrikerfaget"));
    QVERIFY(r.ok);
    const Json before = (*m_store)->dump();
    r = importGoals(*m_store->store, m_book, QStringLiteral("sample:elektrikerfaget"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.added, 0);
    QCOMPARE(r.skipped, 8);
    QVERIFY((*m_store)->dump() == before);

    // Codes compare without case and spacing; goals without a code compare by title; a goal
    // twice in one list is added once.
    QVERIFY(
        (*m_store)
            ->create("competence_goal", {{"training_book_id", m_book}, {"title", "Bruke verktøy"}})
            .ok());
    r = importGoals(*m_store->store, m_book,
                    writeFile("mer.csv", "code,title\n"
                                         " el-01 ,Et annet navn\n"
                                         ",bruke  VERKTØY\n"
                                         "EL-09,Nytt mål\n"
                                         "EL-09,Nytt mål igjen\n"
                                         ",Mål uten kode\n"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.added, 2);
    QCOMPARE(r.skipped, 3);
    QCOMPARE(goals().size(), std::size_t(8 + 1 + 2));
    QCOMPARE(goals().back()["title"].get<std::string>(), "Mål uten kode");
    QVERIFY(!goals().back().contains("code") || goals().back()["code"].is_null());
}

void TestGoalImport::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    const QByteArray longTitle(201, 'a');

    QTest::newRow("missing title") << "mål.csv"
                                   << QByteArray("code,title,description\n"
                                                 "A-1,Første,\"to\nlinjer\"\n"
                                                 "A-2,,Mangler tittel\n")
                                   << "Line 4, title: is missing";
    QTest::newRow("unknown column")
        << "mål.csv" << QByteArray("code,titel,description\nA-1,Første,x\n")
        << "Line 1: unknown column \"titel\"";
    QTest::newRow("no title column")
        << "mål.csv" << QByteArray("code;description\nA-1;x\n") << "Line 1: there is no \"title\"";
    QTest::newRow("title too long (CSV)")
        << "mål.csv" << QByteArray("code,title\nA-1,Grei\nA-2," + longTitle + "\n")
        << "Line 3, title: is too long (201 characters, at most 200)";
    QTest::newRow("too many fields") << "mål.csv" << QByteArray("code,title\nA-1,Grei,ekstra\n")
                                     << "Line 2: 3 fields, but the header names 2 columns";
    QTest::newRow("quote not closed") << "mål.csv" << QByteArray("code,title\nA-1,\"Grei\nA-2,x\n")
                                      << "Line 2: a quoted field is not closed";
    QTest::newRow("not UTF-8") << "mål.csv" << QByteArray("code,title\nA-1,Gr\xf8nn\n")
                               << "not UTF-8";
    QTest::newRow("empty file") << "mål.csv" << QByteArray("\n\n") << "The file is empty";
    QTest::newRow("malformed JSON")
        << "mål.json" << QByteArray("{\"trade\": \"Tømrerfaget\", \"goals\": [{\"code\": \"T-1\"")
        << "The file is not valid JSON: parse error at line 1";
    QTest::newRow("title too long (JSON)")
        << "mål.json"
        << QByteArray("{\"goals\": [{\"title\": \"Grei\"}, {\"code\": \"T-2\", \"title\": \"" +
                      longTitle + "\"}]}")
        << "Goal 2 (goals[1]), title: is too long (201 characters, at most 200)";
    QTest::newRow("missing title (JSON)")
        << "mål.json" << QByteArray("{\"goals\": [{\"code\": \"T-1\", \"description\": \"x\"}]}")
        << "Goal 1 (goals[0]), title: is missing";
    QTest::newRow("wrong type (JSON)") << "mål.json" << QByteArray("{\"goals\": [{\"title\": 5}]}")
                                       << "Goal 1 (goals[0]), title: must be text";
    QTest::newRow("unknown field (JSON)")
        << "mål.json" << QByteArray("{\"goals\": [{\"title\": \"x\", \"kode\": \"T-1\"}]}")
        << "Goal 1 (goals[0]): unknown field \"kode\"";
    QTest::newRow("goals not a list (JSON)")
        << "mål.json" << QByteArray("{\"trade\": \"X\", \"goals\": {}}")
        << "goals: must be a list of goals";
    QTest::newRow("missing file") << "finnes-ikke.csv" << QByteArray() << "Cannot read";
    QTest::newRow("unknown sample") << "sample:rørleggerfaget" << QByteArray()
                                    << "no bundled goal list called \"rørleggerfaget\"";
}

void TestGoalImport::badInputChangesNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QVERIFY(importGoals(*m_store->store, m_book, QStringLiteral("sample:helsearbeiderfaget")).ok);
    const Json before = (*m_store)->dump();
    const int outbox = (*m_store)->outboxSize();

    QString source = fileName;
    if (!bytes.isEmpty())
        source = writeFile(fileName, bytes);
    else if (!fileName.startsWith(QLatin1String("sample:")))
        source = m_store->dir.filePath(fileName);
    const auto r = importGoals(*m_store->store, m_book, source);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(error), qPrintable(r.error));
    QCOMPARE(r.added, 0);
    QVERIFY((*m_store)->dump() == before);
    QCOMPARE((*m_store)->outboxSize(), outbox);
}

void TestGoalImport::aRefusedGoalUndoesTheWholeImport()
{
    // Parsing checks every field, so a refusal by the store is the last line of defence: the
    // goals written before it in the same batch are rolled back.
    GoalList list;
    list.trade = QStringLiteral("Tømrerfaget");
    list.goals = {{.code = "T-1", .title = "Første"},
                  {.code = "T-2", .title = "Andre"},
                  {.code = "T-3", .title = QString(201, QLatin1Char('x'))}};
    const Json before = (*m_store)->dump();
    const auto r = importGoals(*m_store->store, m_book, list);
    QVERIFY(!r.ok);
    QCOMPARE(r.added, 0);
    QVERIFY2(r.error.contains("Title is too long"), qPrintable(r.error));
    QVERIFY((*m_store)->dump() == before);
    QCOMPARE(goals().size(), std::size_t(0));

    const auto noBook = importGoals(*m_store->store, "0190a0a0-0000-7000-8000-000000000000",
                                    QStringLiteral("sample:elektrikerfaget"));
    QVERIFY(!noBook.ok);
    QVERIFY(noBook.error.contains("no training book"));
    QVERIFY((*m_store)->dump() == before);
}

void TestGoalImport::serviceListsAndImports()
{
    TrainingBookService service(m_store->store.get());
    const QVariantList lists = service.sampleGoalLists();
    QCOMPARE(lists.size(), 2);
    const QVariantMap first = lists.at(0).toMap();
    QCOMPARE(first.value("id").toString(), QStringLiteral("elektrikerfaget"));
    QCOMPARE(first.value("trade").toString(), QStringLiteral("Elektrikerfaget"));
    QCOMPARE(first.value("count").toInt(), 8);
    QVERIFY(first.value("name").toString().startsWith("Elektrikerfaget"));

    const QString book = QString::fromStdString(m_book);
    QVariantMap r = service.importGoals(book, QStringLiteral("elektrikerfaget"));
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    QCOMPARE(r.value("added").toInt(), 8);
    QVERIFY(!r.value("message").toString().isEmpty());

    const QUrl url = QUrl::fromLocalFile(
        writeFile("liste.json",
                  R"({"trade": "Elektrikerfaget", "goals": [{"code": "EL-01", "title": "Finnes"},
            {"code": "EL-20", "title": "Nytt mål"}]})"));
    r = service.importGoals(book, url.toString());
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    QCOMPARE(r.value("added").toInt(), 1);
    QCOMPARE(r.value("skipped").toInt(), 1);

    r = service.importGoals(book, QUrl::fromLocalFile(writeFile("feil.json", "{")).toString());
    QVERIFY(!r.value("ok").toBool());
    QVERIFY(r.value("message").toString().contains("not valid JSON"));

    const QVariantMap progress = service.progress(book);
    QCOMPARE(progress.value("total").toInt(), 9);
    QCOMPARE(progress.value("notStarted").toInt(), 9);
    QCOMPARE(progress.value("achieved").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestGoalImport)
#include "tst_goalimport.moc"
