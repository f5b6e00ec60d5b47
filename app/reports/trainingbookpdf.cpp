#include "trainingbookpdf.h"

#include "domain/dates.h"
#include "domain/labels.h"
#include "domain/trainingbookview.h"
#include "pagelayout.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDate>
#include <QTranslator>

#include <map>
#include <set>

namespace bro {

namespace {

using Json = nlohmann::json;
using namespace reports;

// The document's fixed text. The PDF is a Norwegian document whatever the UI language, so the
// words are bokmål here (the same words the app's bokmål translation uses), and the names of
// fields come from the bokmål translation.
namespace nb {
constexpr const char *kTitle = "Opplæringsbok";
constexpr const char *kPrinted = "Skrevet ut %1 fra Bro";
constexpr const char *kPage = "Side %1 av %2";
constexpr const char *kContinued = "(forts.)";
constexpr const char *kWorkplace = "Arbeidsplassen";
constexpr const char *kEmployer = "Arbeidsgiver";
constexpr const char *kWorkplaceField = "Arbeidssted";
constexpr const char *kAddress = "Adresse";
constexpr const char *kWorkingHours = "Arbeidstid";
constexpr const char *kHoursPerWeek = "%1 timer per uke";
constexpr const char *kContact = "Kontaktperson";
constexpr const char *kMentor = "Mentor";
constexpr const char *kPeriod = "Periode";
constexpr const char *kHseInfo = "HMS-informasjon";
constexpr const char *kHse = "HMS-opplæring";
constexpr const char *kHseTopic = "Tema";
constexpr const char *kHseDone = "Gjennomført";
constexpr const char *kHseBy = "Gjennomgått med";
constexpr const char *kHseNotDone = "Ikke gjennomført";
constexpr const char *kHseSummary = "%1 av %2 punkter gjennomført";
constexpr const char *kGoals = "Kompetansemål";
constexpr const char *kGoal = "Mål";
constexpr const char *kStatus = "Status";
constexpr const char *kLatest = "Siste vurdering";
constexpr const char *kGoalSummary = "%1 av %2 mål oppnådd";
constexpr const char *kGoalSummaryRest = "%1 underveis, %2 ikke startet";
constexpr const char *kAchieved = "Oppnådd";
constexpr const char *kInProgress = "Underveis";
constexpr const char *kNotStarted = "Ikke startet";
constexpr const char *kNotAssessed = "Ikke vurdert ennå";
constexpr const char *kAssessed = "Vurdert %1";
constexpr const char *kAssessedBy = "Vurdert %1 av %2";
constexpr const char *kLogbook = "Logg";
constexpr const char *kLogSummary = "%1 føringer, %2 timer, %3 signert";
constexpr const char *kDate = "Dato";
constexpr const char *kHours = "Timer";
constexpr const char *kTasks = "Arbeidsoppgaver";
constexpr const char *kSignature = "Signatur";
constexpr const char *kGoalsPractised = "Mål øvd på: %1";
constexpr const char *kNorwegianUsed = "Norsk brukt: %1";
constexpr const char *kCorrects = "Korrigerer føringen fra %1";
constexpr const char *kCorrected = "Korrigert senere (se korrigering)";
constexpr const char *kSignedBy = "Signert av %1, %2";
constexpr const char *kSignedByNoDate = "Signert av %1";
constexpr const char *kNotSigned = "Ikke signert";
constexpr const char *kNoEntries = "Ingen føringer ennå.";
constexpr const char *kNoGoals = "Ingen kompetansemål er lagt inn.";
constexpr const char *kNoHse = "Ingen punkter er lagt inn.";
constexpr const char *kFeedback = "Tilbakemeldinger fra arbeidsgiver";
constexpr const char *kFeedbackOn = "Tilbakemelding %1";
constexpr const char *kNoFeedback = "Ingen tilbakemeldinger ennå.";
constexpr const char *kCriterion = "Område";
constexpr const char *kRating = "Vurdering";
constexpr const char *kOutOfFive = "%1 av 5";
constexpr const char *kNotRated = "ikke vurdert";
constexpr const char *kComment = "Kommentar: %1";
constexpr const char *kEvidence = "Dokumentasjon";
constexpr const char *kNoEvidence = "Ingen vedlegg.";
constexpr const char *kNotDownloaded = "bilde ikke lastet ned";
constexpr const char *kNoPreview = "ingen forhåndsvisning";
constexpr const char *kDocumentNotDownloaded = "ikke lastet ned";
constexpr const char *kBelongsToBook = "Opplæringsboka";
constexpr const char *kBelongsToEntry = "Loggføring %1";
constexpr const char *kBelongsToAssessment = "Vurdering %1";
constexpr const char *kBelongsToFeedback = "Tilbakemelding %1";
constexpr const char *kBelongsToGoal = "Mål: %1";
constexpr const char *kBelongsToHse = "HMS: %1";

} // namespace nb

QString t(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A field's name in bokmål, from the app's own bokmål translation.
QString label(const char *kind, const std::string &field)
{
    static QTranslator *nbTranslation = [] {
        auto *translator = new QTranslator; // lives as long as the process
        if (!translator->load(QStringLiteral(":/i18n/bro_nb.qm")))
            qWarning("trainingbookpdf: the bokmål translation is missing");
        return translator;
    }();
    return fieldLabelIn(*nbTranslation, QString::fromLatin1(kind), QString::fromStdString(field));
}

// --- record helpers ------------------------------------------------------------------------

QString str(const Json &r, const char *field)
{
    const auto it = r.find(field);
    return it != r.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                            : QString();
}

std::string id(const Json &r)
{
    return r.value("id", std::string());
}

QString date(const QString &iso)
{
    return dates::format(iso, QStringLiteral("nb"));
}

QString dateOfMoment(const QString &iso)
{
    return dates::formatMoment(iso, QStringLiteral("nb"));
}

QString nbNumber(double v)
{
    return QString::number(v, 'g', 6).replace(QLatin1Char('.'), QLatin1Char(','));
}

// Owner id -> what the owner is, in words ("Loggføring 01.09.2026").
std::map<std::string, QString> evidenceOwners(const TrainingBookView &b)
{
    std::map<std::string, QString> owners;
    owners[id(b.book())] = t(nb::kBelongsToBook);
    for (const auto &g : b.goals())
        owners[id(g)] = t(nb::kBelongsToGoal).arg(str(g, "title"));
    for (const auto &h : b.hseItems())
        owners[id(h)] = t(nb::kBelongsToHse).arg(str(h, "title"));
    for (const auto &e : b.entries())
        owners[id(e)] = t(nb::kBelongsToEntry).arg(date(str(e, "entry_date")));
    for (const auto &a : b.assessments())
        owners[id(a)] = t(nb::kBelongsToAssessment).arg(date(str(a, "assessed_on")));
    for (const auto &f : b.feedback())
        owners[id(f)] = t(nb::kBelongsToFeedback).arg(date(str(f, "given_on")));
    return owners;
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("achieved"))
        return t(nb::kAchieved);
    if (status == QLatin1String("in_progress"))
        return t(nb::kInProgress);
    return t(nb::kNotStarted);
}

QColor statusColour(const QString &status)
{
    if (status == QLatin1String("achieved"))
        return Ink::good;
    if (status == QLatin1String("in_progress"))
        return Ink::warning;
    return Ink::muted;
}

// "Signert av X, dato" and the drawn signature, or "Ikke signert".
void addSignature(Cell &cell, const Json &record)
{
    const QString by = str(record, "signed_by");
    if (by.isEmpty()) {
        cell.push_back(TextItem{t(nb::kNotSigned), styles::small});
        return;
    }
    const QString at = str(record, "signed_at");
    cell.push_back(TextItem{at.isEmpty() ? t(nb::kSignedByNoDate).arg(by)
                                         : t(nb::kSignedBy).arg(by, dateOfMoment(at)),
                            styles::smallInk});
    const QString strokes = str(record, "signature_strokes");
    if (!strokes.trimmed().isEmpty()) {
        cell.push_back(GapItem{0.8});
        cell.push_back(SignatureItem{strokes});
    }
}

void writeFacts(PageLayout &doc, const TrainingBookView &b)
{
    doc.heading(t(nb::kWorkplace));
    const Json &book = b.book();
    std::vector<std::vector<Cell>> rows;
    auto row = [&](const char *label, const QString &value) {
        if (!value.trimmed().isEmpty())
            rows.push_back({{TextItem{t(label), styles::label}}, {TextItem{value, styles::body}}});
    };
    row(nb::kEmployer, str(book, "employer"));
    row(nb::kWorkplaceField, str(book, "workplace"));
    row(nb::kAddress, str(book, "address"));
    QString hours = str(book, "working_hours");
    if (book.contains("hours_per_week") && book["hours_per_week"].is_number()) {
        const QString perWeek =
            t(nb::kHoursPerWeek).arg(nbNumber(book["hours_per_week"].get<double>()));
        hours =
            hours.isEmpty() ? perWeek : hours + QStringLiteral(" (") + perWeek + QLatin1Char(')');
    }
    row(nb::kWorkingHours, hours);
    QString contact = str(book, "contact_person");
    if (const QString phone = str(book, "contact_phone"); !phone.isEmpty())
        contact = contact.isEmpty() ? phone : contact + QStringLiteral(", tlf. ") + phone;
    row(nb::kContact, contact);
    row(nb::kMentor, str(book, "mentor_name"));
    const QString start = str(book, "start_date"), end = str(book, "end_date");
    if (!start.isEmpty() || !end.isEmpty())
        row(nb::kPeriod, date(start) + QStringLiteral(" – ") + date(end));
    row(nb::kHseInfo, str(book, "hse_info"));
    doc.table({{QString(), 0.26}, {QString(), 0.74}}, rows);
}

void writeHse(PageLayout &doc, const TrainingBookView &b)
{
    doc.heading(t(nb::kHse), b.hseItems().empty() ? 8 : 35);
    if (b.hseItems().empty()) {
        doc.flow({TextItem{t(nb::kNoHse), styles::small}});
        return;
    }
    const auto done = std::count_if(b.hseItems().begin(), b.hseItems().end(),
                                    [](const Json &h) { return !str(h, "done_on").isEmpty(); });
    doc.flow({TextItem{t(nb::kHseSummary).arg(done).arg(b.hseItems().size()), styles::body}});
    doc.space(1.5);
    std::vector<std::vector<Cell>> rows;
    for (const auto &h : b.hseItems()) {
        const QString on = str(h, "done_on");
        rows.push_back({{TextItem{str(h, "title"), styles::body}},
                        {on.isEmpty() ? TextItem{t(nb::kHseNotDone), styles::small}
                                      : TextItem{date(on), styles::body}},
                        {TextItem{str(h, "done_by"), styles::body}}});
    }
    doc.table({{t(nb::kHseTopic), 0.56}, {t(nb::kHseDone), 0.18}, {t(nb::kHseBy), 0.26}}, rows);
}

void writeGoals(PageLayout &doc, const TrainingBookView &b)
{
    doc.heading(t(nb::kGoals), b.goals().empty() ? 8 : 35);
    if (b.goals().empty()) {
        doc.flow({TextItem{t(nb::kNoGoals), styles::small}});
        return;
    }
    const GoalProgress p = b.progress();
    doc.flow({TextItem{t(nb::kGoalSummary).arg(p.achieved).arg(p.total), styles::bold}});
    doc.flow(
        {TextItem{t(nb::kGoalSummaryRest).arg(p.inProgress).arg(p.notStarted), styles::small}});
    doc.space(1.2);
    // Filled by achieved goals only: "0 av 3" is an empty bar.
    doc.bar({{p.achievedShare(), Ink::good}});
    doc.space(3);

    std::vector<std::vector<Cell>> rows;
    for (const auto &g : b.goals()) {
        Cell goal;
        const QString code = str(g, "code");
        const QString title = str(g, "title");
        goal.push_back(
            TextItem{code.isEmpty() ? title : code + QStringLiteral("  ") + title, styles::bold});
        if (const QString d = str(g, "description"); !d.isEmpty())
            goal.push_back(TextItem{d, styles::small});
        Cell status, latest;
        const Json *latestAssessment = b.latestAssessment(id(g));
        if (!latestAssessment) {
            status.push_back(
                TextItem{t(nb::kNotStarted), {.points = 9, .bold = true, .color = Ink::muted}});
            latest.push_back(TextItem{t(nb::kNotAssessed), styles::small});
        } else {
            const Json &a = *latestAssessment;
            const QString s = str(a, "status");
            status.push_back(
                TextItem{statusText(s), {.points = 9, .bold = true, .color = statusColour(s)}});
            if (const QString c = str(a, "comment"); !c.isEmpty())
                latest.push_back(TextItem{c, styles::body});
            const QString by = str(a, "assessed_by");
            const QString on = date(str(a, "assessed_on"));
            latest.push_back(
                TextItem{by.isEmpty() ? t(nb::kAssessed).arg(on) : t(nb::kAssessedBy).arg(on, by),
                         styles::small});
            if (!str(a, "signed_by").isEmpty()) {
                latest.push_back(GapItem{0.8});
                addSignature(latest, a);
            }
        }
        rows.push_back({goal, status, latest});
    }
    doc.table({{t(nb::kGoal), 0.42}, {t(nb::kStatus), 0.16}, {t(nb::kLatest), 0.42}}, rows);
}

void writeLogbook(PageLayout &doc, const TrainingBookView &b)
{
    doc.heading(t(nb::kLogbook), b.entries().empty() ? 8 : 35);
    if (b.entries().empty()) {
        doc.flow({TextItem{t(nb::kNoEntries), styles::small}});
        return;
    }
    std::map<std::string, QString> dateOf;
    std::set<std::string> corrected;
    double hours = 0;
    int signedCount = 0;
    for (const auto &e : b.entries()) {
        dateOf[id(e)] = str(e, "entry_date");
        if (const QString c = str(e, "corrects_id"); !c.isEmpty())
            corrected.insert(c.toStdString());
        if (e.contains("hours") && e["hours"].is_number())
            hours += e["hours"].get<double>();
        signedCount += !str(e, "signed_by").isEmpty();
    }
    doc.flow(
        {TextItem{t(nb::kLogSummary).arg(b.entries().size()).arg(nbNumber(hours)).arg(signedCount),
                  styles::body}});
    doc.space(1.5);
    std::vector<std::vector<Cell>> rows;
    for (const auto &e : b.entries()) {
        Cell tasks;
        if (const QString c = str(e, "corrects_id"); !c.isEmpty()) {
            const auto it = dateOf.find(c.toStdString());
            tasks.push_back(TextItem{
                t(nb::kCorrects).arg(it == dateOf.end() ? QStringLiteral("?") : date(it->second)),
                styles::warning});
        }
        if (corrected.count(id(e)))
            tasks.push_back(TextItem{t(nb::kCorrected), styles::warning});
        tasks.push_back(TextItem{str(e, "tasks"), styles::body});
        if (const QString g = str(e, "goals_practised"); !g.isEmpty())
            tasks.push_back(TextItem{t(nb::kGoalsPractised).arg(g), styles::small});
        if (const QString n = str(e, "norwegian_used"); !n.isEmpty())
            tasks.push_back(TextItem{t(nb::kNorwegianUsed).arg(n), styles::italicSmall});
        Cell signature;
        addSignature(signature, e);
        const QString h = e.contains("hours") && e["hours"].is_number()
                              ? nbNumber(e["hours"].get<double>())
                              : QString();
        rows.push_back({{TextItem{date(str(e, "entry_date")), styles::body}},
                        {TextItem{h, styles::body}},
                        tasks,
                        signature});
    }
    doc.table({{t(nb::kDate), 0.14},
               {t(nb::kHours), 0.08},
               {t(nb::kTasks), 0.49},
               {t(nb::kSignature), 0.29}},
              rows);
}

void writeFeedback(PageLayout &doc, const TrainingBookView &b)
{
    doc.heading(t(nb::kFeedback), b.feedback().empty() ? 8 : 35);
    if (b.feedback().empty()) {
        doc.flow({TextItem{t(nb::kNoFeedback), styles::small}});
        return;
    }
    for (const auto &f : b.feedback()) {
        // The ratings, the comment and the signature stay together on one page.
        doc.keepTogether([&] {
            doc.subheading(t(nb::kFeedbackOn).arg(date(str(f, "given_on"))));
            std::vector<std::vector<Cell>> rows;
            for (const auto &area : feedbackAreas()) {
                const auto value = rating(f, area);
                rows.push_back(
                    {{TextItem{label("employer_feedback", area), styles::body}},
                     {DotsItem{value.value_or(0),
                               value ? TextItem{t(nb::kOutOfFive).arg(*value), styles::body}
                                     : TextItem{t(nb::kNotRated), styles::small}}}});
            }
            doc.table({{t(nb::kCriterion), 0.45}, {t(nb::kRating), 0.55}}, rows);
            doc.space(2);
            if (const QString c = str(f, "comment"); !c.isEmpty()) {
                doc.flow({TextItem{t(nb::kComment).arg(c), styles::body}});
                doc.space(1.5);
            }
            Cell signature;
            addSignature(signature, f);
            doc.flow(signature);
        });
    }
}

void writeEvidence(PageLayout &doc, const TrainingBookView &b, const store::Store &store)
{
    const std::map<std::string, QString> ownerOf = evidenceOwners(b);
    doc.heading(t(nb::kEvidence), b.evidence().empty() ? 8 : 60);
    if (b.evidence().empty()) {
        doc.flow({TextItem{t(nb::kNoEvidence), styles::small}});
        return;
    }
    constexpr int kPerRow = 3;
    std::vector<std::vector<Cell>> rows;
    for (const auto &a : b.evidence()) {
        Cell cell;
        const std::string sha = str(a, "sha256").toStdString();
        const QString mime = str(a, "mime_type");
        const auto bytes = store.blob(sha);
        QImage image;
        QString note = t(nb::kNotDownloaded);
        if (bytes) {
            image = thumbnail(QByteArray::fromStdString(*bytes));
            note = t(nb::kNoPreview) + QStringLiteral("\n") + str(a, "file_name");
        } else if (!mime.isEmpty() && !mime.startsWith(QLatin1String("image/"))) {
            note = str(a, "file_name") + QStringLiteral("\n") + t(nb::kDocumentNotDownloaded);
        }
        cell.push_back(ImageItem{image, note});
        const QString caption = str(a, "caption");
        cell.push_back(
            TextItem{caption.isEmpty() ? str(a, "file_name") : caption, styles::smallInk});
        const auto owner = ownerOf.find(str(a, "owner_id").toStdString());
        if (owner != ownerOf.end())
            cell.push_back(TextItem{owner->second, styles::small});
        if (rows.empty() || rows.back().size() == kPerRow)
            rows.emplace_back();
        rows.back().push_back(std::move(cell));
    }
    doc.table({{QString(), 1.0 / kPerRow}, {QString(), 1.0 / kPerRow}, {QString(), 1.0 / kPerRow}},
              rows);
}

void render(PageLayout &doc, const TrainingBookView &b, const store::Store &store)
{
    const QString employer = str(b.book(), "employer");
    const QString start = str(b.book(), "start_date"), end = str(b.book(), "end_date");
    QString subtitle = employer;
    if (!start.isEmpty() || !end.isEmpty())
        subtitle += QStringLiteral(", ") + date(start) + QStringLiteral(" – ") + date(end);
    doc.titleBlock(t(nb::kTitle), QString::fromStdString(b.participantName()), subtitle,
                   t(nb::kPrinted).arg(date(QDate::currentDate().toString(Qt::ISODate))));
    writeFacts(doc, b);
    writeHse(doc, b);
    writeGoals(doc, b);
    writeLogbook(doc, b);
    writeFeedback(doc, b);
    writeEvidence(doc, b, store);
}

} // namespace

bool writeTrainingBookPdf(const store::Store &store, const std::string &bookId, const QString &path,
                          QString *error)
{
    const auto book = TrainingBookView::load(store, bookId);
    if (!book) {
        if (error)
            *error = QCoreApplication::translate("TrainingBookPdf",
                                                 "There is no training book with id %1")
                         .arg(QString::fromStdString(bookId));
        return false;
    }
    const QString participant = QString::fromStdString(book->participantName());
    const DocumentInfo info{.title = t(nb::kTitle) + QStringLiteral(" – ") + participant,
                            .footer = t(nb::kTitle) + QStringLiteral(" · ") + participant,
                            .pageNumber = t(nb::kPage),
                            .continued = t(nb::kContinued)};
    return PageLayout::writePdf(
        path, info, [&](PageLayout &doc) { render(doc, *book, store); }, error);
}

} // namespace bro
