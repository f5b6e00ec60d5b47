#include "introcvpdf.h"

#include "pagelayout.h"

#include <QDate>

#include <cstdio>

namespace bro {

namespace {

using Json = nlohmann::json;
using namespace reports;
using match::Lang;

// The document's words, in both languages (the CV's language is chosen for the employer,
// whatever the UI language).
struct Words
{
    const char *title, *printed, *page, *continued, *profile, *ownWords, *education, *work,
        *languages, *training, *norwegian, *otherLanguages, *period, *goalsReached, *years,
        *formal, *informal, *sharedWith, *sources;
};
constexpr Words kNb{"Intro-CV", "Laget %1 fra Bro", "Side %1 av %2", "(forts.)", "Profil",
                    "Med egne ord", "Utdanning", "Arbeidserfaring", "Språk", "Arbeidstrening",
                    "Norsk", "Andre språk", "Periode", "Kompetansemål oppnådd", "%1 år",
                    "formell", "uformell", "Delt med %1 (org.nr. %2) med samtykke gitt %3",
                    "Kilde"};
constexpr Words kEn{"Intro CV", "Made %1 with Bro", "Page %1 of %2", "(cont.)", "Profile",
                    "In my own words", "Education", "Work experience", "Languages",
                    "Work training", "Norwegian", "Other languages", "Period",
                    "Competence goals reached", "%1 years", "formal", "informal",
                    "Shared with %1 (org. no. %2) with consent given %3", "Source"};

const Words &words(Lang lang)
{
    return lang == Lang::Nb ? kNb : kEn;
}

QString u(const char *s)
{
    return QString::fromUtf8(s);
}

QString str(const Json &r, const char *field)
{
    auto it = r.find(field);
    return it != r.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString number(const Json &r, const char *field)
{
    auto it = r.find(field);
    if (it == r.end() || !it->is_number())
        return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", it->get<double>());
    return QString::fromLatin1(buf);
}

QString levelText(const QString &level, Lang lang)
{
    const bool nb = lang == Lang::Nb;
    static const std::map<QString, std::pair<const char *, const char *>> names{
        {"primary", {"Grunnskole", "Primary school"}},
        {"lower_secondary", {"Ungdomsskole", "Lower secondary school"}},
        {"upper_secondary", {"Videregående skole", "Upper secondary school"}},
        {"vocational", {"Yrkesfaglig utdanning", "Vocational education"}},
        {"bachelor", {"Bachelorgrad", "Bachelor's degree"}},
        {"master", {"Mastergrad", "Master's degree"}},
        {"doctorate", {"Doktorgrad", "Doctorate"}},
        {"other", {"Annen utdanning", "Other education"}}};
    auto it = names.find(level);
    return it == names.end() ? level : u(nb ? it->second.first : it->second.second);
}

QString join(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p;
    return kept.join(QStringLiteral(", "));
}

void addSources(Cell &cell, const std::vector<cv::Source> &sources, Lang lang)
{
    for (const auto &s : sources)
        cell.push_back(TextItem{QStringLiteral("\u2713 ") + sourceText(s, lang), styles::small});
}

void render(PageLayout &doc, const cv::IntroCv &cv, Lang lang, const std::optional<cv::Consent> &shared)
{
    const Words &w = words(lang);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QString subtitle;
    if (shared)
        subtitle = u(w.sharedWith).arg(QString::fromStdString(shared->employerName),
                                       QString::fromStdString(shared->organisationNumber),
                                       QString::fromStdString(shared->givenOn));
    doc.titleBlock(u(w.title), QString::fromStdString(cv.name), subtitle, u(w.printed).arg(today));
    if (!cv.profile.empty()) {
        doc.heading(u(w.profile), 15);
        doc.flow({TextItem{QString::fromStdString(cv.profile), styles::body}});
    }
    if (!cv.ownWords.empty()) {
        doc.heading(u(w.ownWords), 15);
        doc.flow({TextItem{QString::fromStdString(cv.ownWords), styles::body},
                  TextItem{QStringLiteral("\u2713 ") + sourceText({cv::SourceCode::ParticipantWords}, lang),
                           styles::small}});
    }
    for (cv::Section section : cv::offeredSections()) {
        std::vector<std::vector<Cell>> rows;
        for (const auto &f : cv.facts) {
            if (f.section != section)
                continue;
            const Json &v = f.values;
            Cell what;
            switch (section) {
            case cv::Section::Education:
                what.push_back(TextItem{join({str(v, "subject"), levelText(str(v, "level"), lang)}), styles::bold});
                what.push_back(TextItem{join({str(v, "country"), number(v, "years").isEmpty()
                                                                     ? QString()
                                                                     : u(w.years).arg(number(v, "years"))}),
                                        styles::body});
                break;
            case cv::Section::Work: {
                const bool formal = v.value("formal", false);
                what.push_back(TextItem{str(v, "occupation"), styles::bold});
                what.push_back(TextItem{join({str(v, "country"),
                                              number(v, "years").isEmpty() ? QString() : u(w.years).arg(number(v, "years")),
                                              u(formal ? w.formal : w.informal)}),
                                        styles::body});
                if (!str(v, "description").isEmpty())
                    what.push_back(TextItem{str(v, "description"), styles::body});
                break;
            }
            case cv::Section::Languages: {
                QStringList levels;
                for (const char *skill : {"listening", "reading", "speaking", "writing"}) {
                    const QString level = str(v, (std::string("norwegian_") + skill).c_str());
                    if (!level.isEmpty())
                        levels << QString::fromStdString(match::skillText(skill, lang)) + QLatin1Char(' ') + level;
                }
                what.push_back(TextItem{u(w.norwegian), styles::bold});
                if (!levels.isEmpty())
                    what.push_back(TextItem{levels.join(QStringLiteral(", ")), styles::body});
                if (!str(v, "other_languages").isEmpty())
                    what.push_back(TextItem{u(w.otherLanguages) + QStringLiteral(": ") + str(v, "other_languages"),
                                            styles::body});
                break;
            }
            case cv::Section::Training: {
                const QString place = str(v, "workplace").isEmpty() ? str(v, "employer") : str(v, "workplace");
                what.push_back(TextItem{place, styles::bold});
                const QString start = str(v, "start_date"), end = str(v, "end_date");
                if (!start.isEmpty() || !end.isEmpty())
                    what.push_back(TextItem{u(w.period) + QStringLiteral(": ") + start + QStringLiteral(" \u2013 ") + end,
                                            styles::body});
                if (!f.items.empty()) {
                    what.push_back(TextItem{u(w.goalsReached) + QLatin1Char(':'), styles::label});
                    for (const auto &g : f.items) {
                        what.push_back(TextItem{QStringLiteral("\u2022 ") + str(g.values, "title"), styles::body});
                        for (const auto &s : g.sources)
                            what.push_back(TextItem{QStringLiteral("   \u2713 ") + sourceText(s, lang), styles::small});
                    }
                }
                break;
            }
            }
            // The sources under the fact they vouch for, in the same row.
            addSources(what, f.sources, lang);
            rows.push_back({what});
        }
        if (rows.empty())
            continue;
        const char *heading = section == cv::Section::Education ? w.education
                              : section == cv::Section::Work    ? w.work
                              : section == cv::Section::Languages ? w.languages
                                                                  : w.training;
        doc.heading(u(heading));
        doc.table({{QString(), 1.0}}, rows);
    }
}

} // namespace

QString sourceText(const cv::Source &s, Lang lang)
{
    const bool nb = lang == Lang::Nb;
    const QString date = QString::fromStdString(s.date);
    const QString by = QString::fromStdString(s.by);
    const QString org = QString::fromStdString(s.organisation);
    auto num = [](double d) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", d);
        return QString::fromLatin1(buf);
    };
    switch (s.code) {
    case cv::SourceCode::NokutRecognised:
        return (nb ? u("Godkjent av NOKUT %1") : u("Recognised by NOKUT %1")).arg(date).trimmed();
    case cv::SourceCode::NokutPartly:
        return (nb ? u("Delvis godkjent av NOKUT %1") : u("Partly recognised by NOKUT %1")).arg(date).trimmed();
    case cv::SourceCode::NokutPending:
        return (nb ? u("Søknad til NOKUT sendt %1") : u("Application to NOKUT sent %1")).arg(date).trimmed();
    case cv::SourceCode::NokutNotSent:
        return nb ? u("Oppgitt av deltakeren, ikke godkjent av NOKUT ennå")
                  : u("Stated by the participant, not yet recognised by NOKUT");
    case cv::SourceCode::Mapping:
        return nb ? u("Fra kartleggingen hos programrådgiver") : u("From the mapping with the programme adviser");
    case cv::SourceCode::NorwegianTest:
        return (nb ? u("Norskprøve %1") : u("Norwegian test %1")).arg(date);
    case cv::SourceCode::MentorAssessed: {
        QString t = (nb ? u("Vurdert som oppnådd av mentor, %1") : u("Assessed as achieved by the mentor, %1")).arg(org);
        if (!by.isEmpty())
            t += QStringLiteral(" (") + by + QLatin1Char(')');
        if (!date.isEmpty())
            t += QLatin1Char(' ') + date;
        return t;
    }
    case cv::SourceCode::MentorSigned:
        return (nb ? u("Signert av %1 %2") : u("Signed by %1 %2")).arg(by, date).trimmed();
    case cv::SourceCode::LogbookHours:
        return (nb ? u("%1 timer ført i opplæringsboka, %2 signert av mentor")
                   : u("%1 hours logged in the training book, %2 signed by the mentor"))
            .arg(num(s.count), num(s.total));
    case cv::SourceCode::TrainingBook:
        return (nb ? u("Opplæringsbok hos %1") : u("Training book at %1")).arg(org);
    case cv::SourceCode::ParticipantWords:
        return nb ? u("Skrevet av deltakeren selv") : u("Written by the participant");
    }
    return {};
}

bool writeIntroCvPdf(const cv::IntroCv &cv, Lang lang, const QString &path,
                     const std::optional<cv::Consent> &sharedWith, QString *error)
{
    const Words &w = words(lang);
    const QString name = QString::fromStdString(cv.name);
    const DocumentInfo info{.title = u(w.title) + QStringLiteral(" \u2013 ") + name,
                            .footer = u(w.title) + QStringLiteral(" \u00b7 ") + name,
                            .pageNumber = u(w.page),
                            .continued = u(w.continued)};
    return PageLayout::writePdf(
        path, info, [&](PageLayout &doc) { render(doc, cv, lang, sharedWith); }, error);
}

} // namespace bro
