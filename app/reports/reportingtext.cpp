#include "reports/reportingtext.h"

#include "core/labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace bro {

using namespace model::reporting;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Reporting", text);
}

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
        return tr("Participants in the fast track");
    case Figure::ProgrammeParticipants:
        return tr("Participants in the introduction programme");
    case Figure::FastTrackShare:
        return tr("Share of programme participants in the fast track");
    case Figure::MeanMonthsProgrammeBeforeFastTrack:
        return tr("Mean time in the programme before the fast track");
    case Figure::WageSubsidyParticipants:
        return tr("Fast-track participants with wage subsidy");
    case Figure::WorkTrainingParticipants:
        return tr("Fast-track participants in work training");
    case Figure::WorkParticipants:
        return tr("Fast track ended in work");
    case Figure::WorkOver70:
        return tr("In work over 70 %");
    case Figure::WorkUnder70:
        return tr("In work 70 % or less");
    case Figure::MeanMonthsFastTrackBeforeWork:
        return tr("Mean duration of the fast track before work");
    case Figure::MeanMonthsSubsidyOrTrainingBeforeWork:
        return tr("Mean duration of wage subsidy or work training before work");
    case Figure::Companies:
        return tr("Companies taking part");
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
        return tr("months");
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
        return tr("nothing in Bro proposes a date");
    case Source::Kind::ParticipantField:
        return s.field == "programme_end" ? tr("from the participant's programme end")
                                          : tr("from the participant's programme start");
    case Source::Kind::TrackChange:
        if (s.from.empty())
            return tr("from the track %1, set when the participant was registered")
                .arg(option("participant", "track", s.to));
        return tr("from the change of track from %1 to %2")
            .arg(option("participant", "track", s.from), option("participant", "track", s.to));
    case Source::Kind::PhaseChange:
        return tr("from the change of phase to %1").arg(option("participant", "phase", s.to));
    case Source::Kind::Measure: {
        const QString type = option("measure", "type", s.detail);
        return employer.isEmpty() ? tr("from the measure %1").arg(type)
                                  : tr("from the measure %1 at %2").arg(type, employer);
    }
    case Source::Kind::Employment: {
        const QString percent = QLocale().toString(s.percent, 'g', 4);
        return s.wageSubsidy
                   ? tr("from the employment with wage subsidy at %1 (%2 %)").arg(employer, percent)
                   : tr("from the employment at %1 (%2 %)").arg(employer, percent);
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
    return tr(": hidden to protect individuals (fewer than 3, or it would reveal such a figure)");
}

} // namespace bro
