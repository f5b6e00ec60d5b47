// The training book as a PDF: a real store, a real PDF from Qt's writer, read back with
// poppler's pdftotext, pdfinfo and pdftoppm.
#include "core/trainingbookservice.h"
#include "domain/trainingbookview.h"
#include "reports/pagelayout.h"
#include "reports/trainingbookpdf.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

#include <sys/stat.h>

using namespace bro;
using bro::test::Json;

namespace {

// A small test picture: a fuse box in three colours.
std::string pngBytes()
{
    QImage image(160, 110, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf1, 0xe8));
    QPainter p(&image);
    p.fillRect(QRect(20, 15, 120, 80), QColor(0x44, 0x55, 0x66));
    for (int i = 0; i < 6; ++i)
        p.fillRect(QRect(30 + i * 18, 30, 10, 50), i % 2 ? QColor(0xe0, 0x40, 0x30) : Qt::white);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes.toStdString();
}

// A signature as the pad writes it: strokes in the 0..1000 square, here a looping scrawl and
// a short underline.
std::string strokes(int variant)
{
    std::string s;
    for (int i = 0; i <= 60; ++i) {
        const double a = i / 60.0;
        const int x = int(60 + a * 760 + 40 * std::cos(a * 18 + variant));
        const int y = int(520 - 160 * std::sin(a * 18 + variant) * (1 - a * 0.5) - a * 60);
        s += (i ? " " : "") + std::to_string(x) + "," + std::to_string(y);
    }
    s += ";120,720 " + std::to_string(700 + variant * 7 % 150) + ",700";
    return s;
}

QString isoDay(int offset)
{
    return QDate(2026, 9, 1).addDays(offset).toString(Qt::ISODate);
}

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60'000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

class TestTrainingBookPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHoldsTheWholeBook();
    void unknownBookIsAnError();
    void serviceExportsAndCountsProgress();
    void pdfIsReadableByItsOwnerOnly();
    void theServiceWritesIntoTheAppsOwnFolderAndOpensTheFile();
    void signatureImagesAreNotRepeatedAsEvidence();
    void aBlockKeptTogetherMovesToTheNextPageWhole();
    void theProgressBarIsFilledByAchievedGoalsOnly();

private:
    void buildFixture();
    QString add(const std::string &kind, const Json &fields)
    {
        const auto r = m_store->create(kind, fields);
        if (!r.ok())
            qFatal("fixture %s refused: %s", kind.c_str(), r.error->message.c_str());
        return QString::fromStdString(r.id);
    }

    test::TempStore m_store;
    std::string m_book;
    QString m_firstTask, m_lastTask, m_correctedDate;
};

void TestTrainingBookPdf::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdftoppm"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is missing: install poppler-utils "
                                            "(scripts/deps.sh) to test the PDF")
                                 .arg(QLatin1String(tool))));
    buildFixture();
}

void TestTrainingBookPdf::buildFixture()
{
    const QString participant =
        add("participant", {{"name", "Amanuel Tesfay"}, {"municipality", "Bodø"}});
    m_book = add("training_book", {{"participant_id", participant.toStdString()},
                                   {"employer", "Elektro Nord AS"},
                                   {"workplace", "Verksted og byggeplasser i Bodø"},
                                   {"address", "Verkstedveien 12, 8006 Bodø"},
                                   {"working_hours", "Mandag–fredag 07:00–15:00"},
                                   {"hours_per_week", 37.5},
                                   {"hse_info", "Verneutstyr: hjelm, vernesko og briller."},
                                   {"contact_person", "Trude Berg"},
                                   {"contact_phone", "+47 755 12 345"},
                                   {"mentor_name", "Per Olsen"},
                                   {"start_date", "2026-09-01"},
                                   {"end_date", "2026-12-20"}})
                 .toStdString();
    for (const auto &[title, done] : {std::pair{"Verneutstyr og påkledning", "2026-09-01"},
                                      {"Rømningsveier og brannslukkere", "2026-09-02"},
                                      {"Sikker jobb-analyse", "2026-09-08"},
                                      {"Arbeid nær spenning (FSE)", ""}})
        add("hse_item", {{"training_book_id", m_book},
                         {"title", title},
                         {"done_on", *done ? Json(done) : Json()},
                         {"done_by", *done ? Json("Per Olsen") : Json()}});

    const QString g1 = add("competence_goal", {{"training_book_id", m_book},
                                               {"code", "EL-01"},
                                               {"title", "Planlegge installasjoner"},
                                               {"description", "Etter NEK 400, i bolig."}});
    const QString g2 =
        add("competence_goal", {{"training_book_id", m_book}, {"title", "Feilsøke og reparere"}});
    const QString g3 =
        add("competence_goal", {{"training_book_id", m_book}, {"title", "Måle og teste anlegg"}});
    // g1 was in progress, then achieved: the PDF shows the latest.
    add("assessment", {{"training_book_id", m_book},
                       {"goal_id", g1.toStdString()},
                       {"status", "in_progress"},
                       {"assessed_on", "2026-10-01"},
                       {"assessed_by", "Per Olsen"}});
    add("assessment", {{"training_book_id", m_book},
                       {"goal_id", g1.toStdString()},
                       {"status", "achieved"},
                       {"comment", "Planlegger små anlegg på egen hånd."},
                       {"assessed_on", "2026-11-20"},
                       {"assessed_by", "Per Olsen"},
                       {"signed_by", "Per Olsen"},
                       {"signed_at", "2026-11-20T14:00:00Z"},
                       {"signature_strokes", strokes(1)}});
    add("assessment", {{"training_book_id", m_book},
                       {"goal_id", g2.toStdString()},
                       {"status", "in_progress"},
                       {"comment", "Finner de vanligste feilene."},
                       {"assessed_on", "2026-11-20"},
                       {"assessed_by", "Per Olsen"}});
    add("assessment", {{"training_book_id", m_book},
                       {"goal_id", g3.toStdString()},
                       {"status", "not_started"},
                       {"assessed_on", "2026-11-20"}});

    // 34 entries over working days; a long one that is taller than a page; one correction.
    QString corrected;
    int day = 0;
    constexpr int kEntries = 34;
    for (int i = 0; i < kEntries; ++i) {
        while (QDate::fromString(isoDay(day), Qt::ISODate).dayOfWeek() > 5)
            ++day;
        const QString date = isoDay(day++);
        QString tasks =
            QStringLiteral("Føring %1: trakk kabler og monterte brytere i leilighet %2.")
                .arg(i + 1)
                .arg(100 + i);
        if (i == 0)
            tasks = m_firstTask = QStringLiteral("Første dag: omvisning og HMS-rutiner");
        if (i == kEntries - 1)
            tasks = m_lastTask = QStringLiteral("Siste dag: sluttkontroll i Storgata 5");
        if (i == 10) {
            tasks = QStringLiteral("Lang føring: ");
            for (int s = 0; s < 90; ++s)
                tasks += QStringLiteral("Målte isolasjonsmotstand på kurs %1 og skrev resultatet "
                                        "i kursfortegnelsen. ")
                             .arg(s + 1);
            tasks += QStringLiteral("SLUTTMERKE");
        }
        Json entry = {{"training_book_id", m_book},
                      {"entry_date", date.toStdString()},
                      {"hours", i % 3 == 2 ? 6.5 : 7.5},
                      {"tasks", tasks.toStdString()},
                      {"goals_practised", i % 2 ? "EL-01" : "Feilsøke og reparere"},
                      {"norwegian_used", "kabelkanal, sikringsskap, «jordfeilbryter»"}};
        if (i < kEntries - 2) {
            entry["signed_by"] = "Per Olsen";
            entry["signed_at"] = date.toStdString() + "T13:30:00Z";
            entry["signature_strokes"] = strokes(i);
        }
        const QString id = add("logbook_entry", entry);
        if (i == 4) {
            corrected = id;
            m_correctedDate = QDate::fromString(date, Qt::ISODate).toString("dd.MM.yyyy");
        }
    }
    add("logbook_entry", {{"training_book_id", m_book},
                          {"entry_date", isoDay(6).toStdString()},
                          {"hours", 7.5},
                          {"tasks", "Rettet: monterte stikkontakter på bad, ikke på kjøkken."},
                          {"corrects_id", corrected.toStdString()}});

    const QString feedback = add("employer_feedback", {{"training_book_id", m_book},
                                                       {"given_on", "2026-10-15"},
                                                       {"attendance", 5},
                                                       {"punctuality", 5},
                                                       {"cooperation", 4},
                                                       {"safety", 4},
                                                       {"work_quality", 4},
                                                       {"norwegian_at_work", 3},
                                                       {"comment", "Stabil og nøyaktig."},
                                                       {"signed_by", "Trude Berg"},
                                                       {"signed_at", "2026-10-15T12:00:00Z"},
                                                       {"signature_strokes", strokes(7)}});
    add("employer_feedback", {{"training_book_id", m_book},
                              {"given_on", "2026-12-01"},
                              {"attendance", 5},
                              {"cooperation", 5},
                              {"norwegian_at_work", 4},
                              {"comment", "Har blitt mye tryggere på fagspråket."}});

    const std::string png = pngBytes();
    const std::string sha = m_store->putBlob(png);
    add("attachment", {{"owner_kind", "training_book"},
                       {"owner_id", m_book},
                       {"file_name", "sikringsskap.png"},
                       {"mime_type", "image/png"},
                       {"sha256", sha},
                       {"size_bytes", std::int64_t(png.size())},
                       {"caption", "Sikringsskap etter merking"}});
    // A photo whose bytes this device has not downloaded.
    add("attachment", {{"owner_kind", "employer_feedback"},
                       {"owner_id", feedback.toStdString()},
                       {"file_name", "arbeidsplass.jpg"},
                       {"mime_type", "image/jpeg"},
                       {"sha256", std::string(64, 'c')},
                       {"caption", "Ryddig arbeidsplass"}});
}

void TestTrainingBookPdf::pdfHoldsTheWholeBook()
{
    const QString pdf = m_store.dir.filePath("bok.pdf");
    QString error;
    QVERIFY2(writeTrainingBookPdf(*m_store.store, m_book, pdf, &error), qPrintable(error));
    QVERIFY(QFileInfo(pdf).size() > 10'000);

    // Page count and size.
    const Tool info = run("pdfinfo", {pdf});
    QCOMPARE(info.exitCode, 0);
    const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesRe.match(info.out).captured(1).toInt();
    QVERIFY2(pages > 2, qPrintable(info.out));
    const QRegularExpression a4(
        QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"));
    QVERIFY2(info.out.contains(a4), qPrintable(info.out));

    // The text layer, in reading order and with the table columns side by side.
    const Tool text = run("pdftotext", {"-layout", "-enc", "UTF-8", pdf, "-"});
    QCOMPARE(text.exitCode, 0);
    const QString &s = text.out;
    const QStringList lines = s.split('\n');
    auto lineWith = [&](const QString &needle) {
        for (const auto &l : lines)
            if (l.contains(needle))
                return l;
        return QString();
    };
    auto has = [&](const QString &needle) {
        if (!s.contains(needle))
            qWarning("not in the PDF text: %s", qPrintable(needle));
        return s.contains(needle);
    };

    QVERIFY(has("Opplæringsbok"));
    QVERIFY(has("Amanuel Tesfay"));
    QVERIFY(has("Elektro Nord AS"));
    QVERIFY(has("Verkstedveien 12, 8006 Bodø"));
    QVERIFY(has("37,5 timer per uke"));
    QVERIFY(has("Per Olsen"));
    QVERIFY(has("01.09.2026 – 20.12.2026"));
    // HSE checklist with dates.
    QVERIFY(lineWith("Rømningsveier og brannslukkere").contains("02.09.2026"));
    QVERIFY(lineWith("Arbeid nær spenning (FSE)").contains("Ikke gjennomført"));
    QVERIFY(has("3 av 4 punkter gjennomført"));
    // Each goal on one line with its latest status in bokmål.
    QVERIFY2(lineWith("Planlegge installasjoner").contains("Oppnådd"),
             qPrintable(lineWith("Planlegge installasjoner")));
    QVERIFY(lineWith("Feilsøke og reparere").contains("Underveis"));
    QVERIFY(lineWith("Måle og teste anlegg").contains("Ikke startet"));
    QVERIFY(has("1 av 3 mål oppnådd"));
    QVERIFY(has("Vurdert 20.11.2026 av Per Olsen"));
    // The logbook: first and last entry, the long entry whole, the correction.
    QVERIFY(has(m_firstTask));
    QVERIFY(has(m_lastTask));
    QVERIFY(has("SLUTTMERKE"));
    QCOMPARE(s.count("isolasjonsmotstand"), 90); // every sentence of it, across pages
    QVERIFY(has("Korrigerer føringen fra " + m_correctedDate));
    QVERIFY(has("Korrigert senere"));
    QVERIFY(has("Signert av Per Olsen, "));
    QVERIFY(has("Ikke signert"));
    QVERIFY(has("35 føringer"));
    QVERIFY(has("kabelkanal, sikringsskap, «jordfeilbryter»"));
    // Employer feedback.
    QVERIFY(has("Tilbakemelding 15.10.2026"));
    QVERIFY(has("Stabil og nøyaktig."));
    QVERIFY(has("Har blitt mye tryggere på fagspråket."));
    QVERIFY(lineWith("Samarbeid").contains("4 av 5"));
    QVERIFY(lineWith("Norsk på jobben").contains("3 av 5"));
    QVERIFY(has("Signert av Trude Berg, 15.10.2026"));
    QVERIFY(has("ikke vurdert"));
    // Evidence.
    QVERIFY(has("Sikringsskap etter merking"));
    QVERIFY(has("bilde ikke lastet ned"));
    QVERIFY(has("Ryddig arbeidsplass"));
    // Footer on every page: the participant and "page X of Y".
    QCOMPARE(s.count("Opplæringsbok · Amanuel Tesfay"), pages);
    QVERIFY(has(QStringLiteral("Side 1 av %1").arg(pages)));
    QVERIFY(has(QStringLiteral("Side %1 av %1").arg(pages)));

    // Page 1 as a picture: it exists and is not blank.
    const QString prefix = m_store.dir.filePath("side1");
    QCOMPARE(run("pdftoppm", {"-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix})
                 .exitCode,
             0);
    const QImage page(prefix + ".png");
    QVERIFY(!page.isNull());
    QVERIFY(QFileInfo(prefix + ".png").size() > 5'000);
    QCOMPARE(page.width(), 496); // 210 mm at 60 dpi
    int inked = 0;
    for (int y = 0; y < page.height(); y += 2)
        for (int x = 0; x < page.width(); x += 2)
            inked += qGray(page.pixel(x, y)) < 200;
    QVERIFY2(inked > 500, qPrintable(QString::number(inked)));

    // Kept next to the build for a person to look at.
    QFile::remove(BRO_TEST_OUTPUT_DIR "/trainingbook.pdf");
    QFile::remove(BRO_TEST_OUTPUT_DIR "/trainingbook-page1.png");
    QFile::copy(pdf, BRO_TEST_OUTPUT_DIR "/trainingbook.pdf");
    QFile::copy(prefix + ".png", BRO_TEST_OUTPUT_DIR "/trainingbook-page1.png");
}

void TestTrainingBookPdf::unknownBookIsAnError()
{
    QString error;
    const QString pdf = m_store.dir.filePath("ingen.pdf");
    QVERIFY(
        !writeTrainingBookPdf(*m_store.store, "0190a0a0-0000-7000-8000-000000000000", pdf, &error));
    QVERIFY(error.contains("no training book"));
    QVERIFY(!QFileInfo::exists(pdf));
    // A folder that cannot be written.
    QVERIFY(!writeTrainingBookPdf(*m_store.store, m_book, "/proc/bro/bok.pdf", &error));
    QVERIFY2(error.contains("Cannot write"), qPrintable(error));
}

void TestTrainingBookPdf::serviceExportsAndCountsProgress()
{
    const GoalProgress p = goalProgress(*m_store.store, m_book);
    QCOMPARE(p.total, 3);
    QCOMPARE(p.achieved, 1);
    QCOMPARE(p.inProgress, 1);
    QCOMPARE(p.notStarted, 1);

    TrainingBookService service(m_store.store.get());
    const QVariantMap progress = service.progress(QString::fromStdString(m_book));
    QCOMPARE(progress.value("total").toInt(), 3);
    QCOMPARE(progress.value("achieved").toInt(), 1);
    QCOMPARE(progress.value("inProgress").toInt(), 1);
    QCOMPARE(progress.value("notStarted").toInt(), 1);

    const QUrl url = QUrl::fromLocalFile(m_store.dir.filePath("via-url/bok.pdf"));
    const QVariantMap r = service.exportPdf(QString::fromStdString(m_book), url.toString());
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    QCOMPARE(r.value("path").toString(), url.toLocalFile());
    QVERIFY(QFileInfo(url.toLocalFile()).size() > 10'000);
    const QVariantMap bad =
        service.exportPdf("0190a0a0-0000-7000-8000-000000000000", m_store.dir.filePath("x.pdf"));
    QVERIFY(!bad.value("ok").toBool());
    QVERIFY(!bad.value("message").toString().isEmpty());
}

void TestTrainingBookPdf::pdfIsReadableByItsOwnerOnly()
{
    const mode_t before = ::umask(022); // files would be world-readable by default
    const QString pdf = m_store.dir.filePath("eier.pdf");
    QString error;
    QVERIFY2(writeTrainingBookPdf(*m_store.store, m_book, pdf, &error), qPrintable(error));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadUser | QFileDevice::WriteUser;
    QCOMPARE(QFileInfo(pdf).permissions(), ownerOnly);
    // An older export that anyone could read is narrowed when it is written again.
    QVERIFY(
        QFile::setPermissions(pdf, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(writeTrainingBookPdf(*m_store.store, m_book, pdf, &error));
    QCOMPARE(QFileInfo(pdf).permissions(), ownerOnly);
    ::umask(before);
}

void TestTrainingBookPdf::theServiceWritesIntoTheAppsOwnFolderAndOpensTheFile()
{
    const QString exports = m_store.dir.filePath("exports");
    TrainingBookService service(m_store.store.get(), exports);
    QList<QUrl> opened;
    service.setDocumentOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    const QVariantMap r = service.exportPdf(QString::fromStdString(m_book), {});
    QVERIFY2(r.value("ok").toBool(), qPrintable(r.value("message").toString()));
    const QString path = r.value("path").toString();
    QVERIFY2(path.startsWith(exports + "/"), qPrintable(path)); // not ~/Documents
    QVERIFY(!path.startsWith(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
    QCOMPARE(QFileInfo(exports).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(path.endsWith(".pdf"));
    // Offered to the platform (QDesktopServices on a desktop) as a file URL.
    QVERIFY(service.openDocument(r.value("url").toUrl()));
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(path)});
    QVERIFY(!service.openDocument(QUrl::fromLocalFile(exports + "/missing.pdf")));
    QVERIFY(!service.openDocument(QUrl(QStringLiteral("https://example.org/x.pdf"))));
    QCOMPARE(opened.size(), 1);
}

void TestTrainingBookPdf::signatureImagesAreNotRepeatedAsEvidence()
{
    test::TempStore s;
    const auto p = s->create("participant", {{"name", "Hodan Warsame"}});
    const auto book =
        s->create("training_book", {{"participant_id", p.id}, {"employer", "Solstua"}});
    const auto entry = s->create("logbook_entry", {{"training_book_id", book.id},
                                                   {"entry_date", "2026-10-01"},
                                                   {"hours", 6},
                                                   {"tasks", "Lekte med barna ute."},
                                                   {"signed_by", "Trude Berg"},
                                                   {"signed_at", "2026-10-01T14:00:00Z"},
                                                   {"signature_strokes", strokes(2)}});
    QVERIFY(entry.ok());
    const std::string png = pngBytes();
    // The signature's image beside its strokes, and a photo of the day.
    QVERIFY(s->attach({{"owner_kind", "logbook_entry"},
                       {"owner_id", entry.id},
                       {"file_name", kSignatureImageName},
                       {"mime_type", "image/png"}},
                      png)
                .ok());
    QVERIFY(s->attach({{"owner_kind", "logbook_entry"},
                       {"owner_id", entry.id},
                       {"file_name", "sandkassa.png"},
                       {"mime_type", "image/png"},
                       {"caption", "Sandkassa"}},
                      png + "x")
                .ok());
    const auto view = TrainingBookView::load(*s.store, book.id);
    QVERIFY(view);
    QCOMPARE(view->evidence().size(), std::size_t(1));
    QCOMPARE(view->evidence().front().value("file_name", std::string()),
             std::string("sandkassa.png"));
    const QString pdf = s.dir.filePath("bok.pdf");
    QVERIFY(writeTrainingBookPdf(*s.store, book.id, pdf));
    const QString text = run("pdftotext", {"-layout", "-enc", "UTF-8", pdf, "-"}).out;
    const QString evidence = text.mid(text.indexOf("Dokumentasjon"));
    QVERIFY(evidence.contains("Sandkassa"));
    QVERIFY2(!evidence.contains("signature"), qPrintable(evidence));
    QCOMPARE(text.count("Signert av Trude Berg"), 1); // with its entry, once
}

void TestTrainingBookPdf::aBlockKeptTogetherMovesToTheNextPageWhole()
{
    using namespace reports;
    const QString pdf = m_store.dir.filePath("sammen.pdf");
    const DocumentInfo info{.title = "Prøve",
                            .footer = "Prøve",
                            .pageNumber = "Side %1 av %2",
                            .continued = "(forts.)"};
    QString error;
    QVERIFY2(PageLayout::writePdf(
                 pdf, info,
                 [](PageLayout &doc) {
                     doc.flow({TextItem{"FØRSTE SIDE", styles::body}});
                     doc.space(205); // room for the title and a few rows, not for all
                     doc.keepTogether([&] {
                         doc.subheading("BLOKKENS TITTEL");
                         std::vector<std::vector<Cell>> rows;
                         for (int i = 0; i < 6; ++i)
                             rows.push_back(
                                 {{TextItem{QStringLiteral("RAD %1").arg(i), styles::body}},
                                  {TextItem{"4 av 5", styles::body}}});
                         doc.table({{"Område", 0.5}, {"Vurdering", 0.5}}, rows);
                         doc.flow({TextItem{"KOMMENTAREN", styles::body}});
                     });
                 },
                 &error),
             qPrintable(error));
    const QString page1 = run("pdftotext", {"-f", "1", "-l", "1", pdf, "-"}).out;
    const QString page2 = run("pdftotext", {"-f", "2", "-l", "2", pdf, "-"}).out;
    QVERIFY(page1.contains("FØRSTE SIDE"));
    for (const char *part : {"BLOKKENS TITTEL", "RAD 0", "RAD 5", "KOMMENTAREN"}) {
        QVERIFY2(!page1.contains(part), part);
        QVERIFY2(page2.contains(part), part);
    }
}

void TestTrainingBookPdf::theProgressBarIsFilledByAchievedGoalsOnly()
{
    GoalProgress none{.total = 3, .achieved = 0, .inProgress = 1, .notStarted = 2};
    QCOMPARE(none.achievedShare(), 0.0); // "0 av 3": an empty bar, not a third
    GoalProgress one{.total = 3, .achieved = 1, .inProgress = 1, .notStarted = 1};
    QCOMPARE(one.achievedShare(), 1.0 / 3);
    QCOMPARE(GoalProgress{}.achievedShare(), 0.0);
    const auto view = TrainingBookView::load(*m_store.store, m_book);
    QCOMPARE(view->progress().achievedShare(), 1.0 / 3);
}

QTEST_MAIN(TestTrainingBookPdf)
#include "tst_trainingbookpdf.moc"
