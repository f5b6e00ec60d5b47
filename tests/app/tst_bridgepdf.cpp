// "Min bro" on paper (reports/bridgepdf.h) and `bro-cli export-plan-pdf`: one A4 landscape page
// whose text (read back with poppler's pdftotext) is in the participant's language and in
// bokmål beside it, the planks in the bridge's order; the page is rendered to PNG for the
// README (pdftoppm). Bad input names the argument and writes nothing.
#include "demo/demodata.h"
#include "domain/bridge.h"
#include "domain/homestore.h"
#include "reports/bridgepdf.h"
#include "testsupport.h"

#include <QGuiApplication>
#include <QProcess>

using namespace bro;
using namespace bro::test;

class TestBridgePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thePageIsInTheParticipantsLanguageAndBokmal_data();
    void thePageIsInTheParticipantsLanguageAndBokmal();
    void theCliWritesThePageAndRefusesAnUnknownLanguage();

private:
    static QString text(const QString &pdf, const QStringList &extra = {})
    {
        QProcess p;
        p.start("pdftotext", extra + QStringList{"-enc", "UTF-8", pdf, "-"});
        p.waitForFinished(30000);
        QString t = QString::fromUtf8(p.readAllStandardOutput());
        if (extra.contains("-layout"))
            return t;
        // Arabic comes back as presentation forms between embedding marks; words wrapped in a
        // plank come back on two lines: compare letters and single spaces.
        t = t.normalized(QString::NormalizationForm_KC);
        t.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
        return t.simplified();
    }
    QTemporaryDir m_home;
    std::string m_amanuel;
};

void TestBridgePdf::initTestCase()
{
    auto opened = openHomeStore(m_home.path());
    QVERIFY(opened.store);
    QVERIFY(populateDemoData(*opened.store));
    for (const auto &p : opened.store->list("participant"))
        if (p["name"] == kDemoPlacedParticipant)
            m_amanuel = p["id"];
    QVERIFY(!m_amanuel.empty());
}

void TestBridgePdf::thePageIsInTheParticipantsLanguageAndBokmal_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");     // the participant's language
    QTest::addColumn<QString>("plankWord"); // work training, in that language
    QTest::newRow("Tigrinya") << "ti" << "ድልድለይ ናብ ስራሕ" << "ልምምድ ስራሕ";
    QTest::newRow("Ukrainian") << "uk" << "Мій міст до роботи" << "Трудове навчання";
    QTest::newRow("Arabic") << "ar" << "جسري إلى العمل" << "تدريب عملي";
    QTest::newRow("bokmål") << "nb" << "Min bro til jobb" << "Arbeidstrening";
}

void TestBridgePdf::thePageIsInTheParticipantsLanguageAndBokmal()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, plankWord);
    auto opened = openHomeStore(m_home.path());
    const auto bridge = loadBridge(*opened.store, m_amanuel, "2026-11-20");
    QVERIFY(bridge);
    const QString pdf = QDir(BRO_TEST_OUTPUT_DIR).filePath("bridge-" + language + ".pdf");
    QString error;
    QVERIFY2(writeBridgePdf(*bridge, language, pdf, &error), qPrintable(error));

    const QString all = text(pdf);
    QVERIFY2(all.contains(title), qPrintable(all));
    QVERIFY2(all.contains(plankWord), qPrintable(all));
    // Bokmål beside it.
    QVERIFY(all.contains("Min bro til jobb"));
    QVERIFY(all.contains("Arbeidstrening"));
    QVERIFY2(all.contains("Elektriker med fagbrev"), qPrintable(all));
    QVERIFY(all.contains("01.09.2026"));
    // One A4 landscape page.
    QProcess info;
    info.start("pdfinfo", {pdf});
    info.waitForFinished(30000);
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(QRegularExpression("Pages:\\s+1\\b")), qPrintable(meta));
    QVERIFY2(meta.contains(QRegularExpression("Page size:\\s+84[12](\\.\\d+)? x 595")), qPrintable(meta));
    // The planks in the bridge's order, read left to right (bokmål, Tigrinya).
    if (language == "nb" || language == "ti") {
        const QString layout = text(pdf, {"-layout"});
        const int a = layout.indexOf("Karriereveiledning"), b = layout.indexOf("Lønnstilskudd");
        QVERIFY2(a >= 0 && b >= 0, qPrintable(layout));
        const auto column = [&layout](int at) { return at - layout.lastIndexOf('\n', at); };
        QVERIFY(column(a) < column(b));
    }
    // The page as an image, for the README.
    QProcess png;
    png.start("pdftoppm", {"-png", "-r", "60", "-singlefile", pdf,
                           QDir(BRO_TEST_OUTPUT_DIR).filePath("bridge-" + language)});
    QVERIFY(png.waitForFinished(30000));
    QCOMPARE(png.exitCode(), 0);
}

void TestBridgePdf::theCliWritesThePageAndRefusesAnUnknownLanguage()
{
    const QString pdf = m_home.filePath("plan.pdf");
    QProcess cli;
    cli.start(BRO_CLI, {"--home", m_home.path(), "export-plan-pdf",
                        QString::fromStdString(m_amanuel), pdf, "--lang", "so"});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QString all = text(pdf);
    QVERIFY2(all.contains("Buundadayda shaqada"), qPrintable(all));
    QVERIFY(all.contains("Min bro til jobb"));
    QCOMPARE(QFile::permissions(pdf) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    const QString none = m_home.filePath("none.pdf");
    cli.start(BRO_CLI, {"--home", m_home.path(), "export-plan-pdf",
                        QString::fromStdString(m_amanuel), none, "--lang", "xx"});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("--lang: \"xx\" is not one of"));
    QVERIFY(!QFile::exists(none));
    cli.start(BRO_CLI, {"--home", m_home.path(), "export-plan-pdf", "no-such-id", none});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("participant: no participant no-such-id"));
    QVERIFY(!QFile::exists(none));
}

QTEST_MAIN(TestBridgePdf)
#include "tst_bridgepdf.moc"
