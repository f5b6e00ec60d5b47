#include "reports/reportingtext.h"

#include "domain/labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace bro {

using namespace model::reporting;

namespace {

QString option(const char *kind, const char *field, const std::string &value)
{
    return optionLabel(QString::fromLatin1(kind), QString::fromLatin1(field),
                       QString::fromStdString(value));
}

} // namespace

QString figureLabel(Figure figure)
{
    switch (figure) {
    case Figure::FastTrackParticipants:
        return QCoreApplication::translate("Reporting", "Participants in the fast track");
    case Figure::ProgrammeParticipants:
        return QCoreApplication::translate("Reporting",
                                           "Participants in the introduction programme");
    case Figure::FastTrackShare:
        return QCoreApplication::translate("Reporting",
                                           "Share of programme participants in the fast track");
    case Figure::MeanMonthsProgrammeBeforeFastTrack:
        return QCoreApplication::translate("Reporting",
                                           "Mean time in the programme before the fast track");
    case Figure::WageSubsidyParticipants:
        return QCoreApplication::translate("Reporting",
                                           "Fast-track participants with wage subsidy");
    case Figure::WorkTrainingParticipants:
        return QCoreApplication::translate("Reporting", "Fast-track participants in work training");
    case Figure::WorkParticipants:
        return QCoreApplication::translate("Reporting", "Fast track ended in work");
    case Figure::WorkOver70:
        return QCoreApplication::translate("Reporting", "In work over 70 %");
    case Figure::WorkUnder70:
        return QCoreApplication::translate("Reporting", "In work 70 % or less");
    case Figure::MeanMonthsFastTrackBeforeWork:
        return QCoreApplication::translate("Reporting",
                                           "Mean duration of the fast track before work");
    case Figure::MeanMonthsSubsidyOrTrainingBeforeWork:
        return QCoreApplication::translate(
            "Reporting", "Mean duration of wage subsidy or work training before work");
    case Figure::Companies:
        return QCoreApplication::translate("Reporting", "Companies taking part");
    }
    return {};
}

QString unitLabel(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return {};
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::Months:
        return QCoreApplication::translate("Reporting", "months");
    }
    return {};
}

QString dateFieldLabel(DateField field)
{
    return fieldLabel(QStringLiteral("reporting"), QString::fromLatin1(dateFieldName(field)));
}

QString sourceText(const Source &s)
{
    const QString employer = QString::fromStdString(s.employer);
    switch (s.kind) {
    case Source::Kind::None:
        return QCoreApplication::translate("Reporting", "nothing in Bro proposes a date");
    case Source::Kind::ParticipantField:
        return s.field == "programme_end"
                   ? QCoreApplication::translate("Reporting",
                                                 "from the participant's programme end")
                   : QCoreApplication::translate("Reporting",
                                                 "from the participant's programme start");
    case Source::Kind::TrackChange:
        if (s.from.empty())
            return QCoreApplication::translate(
                       "Reporting", "from the track %1, set when the participant was registered")
                .arg(option("participant", "track", s.to));
        return QCoreApplication::translate("Reporting", "from the change of track from %1 to %2")
            .arg(option("participant", "track", s.from), option("participant", "track", s.to));
    case Source::Kind::PhaseChange:
        return QCoreApplication::translate("Reporting", "from the change of phase to %1")
            .arg(option("participant", "phase", s.to));
    case Source::Kind::Measure: {
        const QString type = option("measure", "type", s.detail);
        return employer.isEmpty()
                   ? QCoreApplication::translate("Reporting", "from the measure %1").arg(type)
                   : QCoreApplication::translate("Reporting", "from the measure %1 at %2")
                         .arg(type, employer);
    }
    case Source::Kind::Employment: {
        const QString percent = QLocale().toString(s.percent, 'g', 4);
        return s.wageSubsidy
                   ? QCoreApplication::translate(
                         "Reporting", "from the employment with wage subsidy at %1 (%2 %)")
                         .arg(employer, percent)
                   : QCoreApplication::translate("Reporting", "from the employment at %1 (%2 %)")
                         .arg(employer, percent);
    }
    }
    return {};
}

QString figureText(const ProtectedFigure &figure)
{
    if (figure.hidden)
        return QString::fromLatin1(kHidden);
    if (!figure.value)
        return {};
    if (figureUnit(figure.figure) == Unit::Count)
        return QLocale().toString(qlonglong(std::llround(*figure.value)));
    return QLocale().toString(std::round(*figure.value * 10) / 10, 'f', 1);
}

QString hiddenExplanation()
{
    return QCoreApplication::translate(
        "Reporting",
        ": hidden to protect individuals (fewer than 3, or it would reveal such a figure)");
}

} // namespace bro
