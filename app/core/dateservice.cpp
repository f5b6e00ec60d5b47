#include "dateservice.h"

#include "domain/dates.h"

#include <QDate>
#include <QDateTime>

namespace bro {

DateService::DateService(QObject *parent)
    : QObject(parent)
{}

QString DateService::format(const QString &isoDate, const QString &language) const
{
    return dates::format(isoDate, language);
}

QString DateService::formatMoment(const QString &isoMoment, const QString &language) const
{
    return dates::formatMoment(isoMoment, language);
}

QString DateService::parse(const QString &typed) const
{
    return dates::parse(typed).value_or(QString());
}

QString DateService::inputPattern(const QString &language) const
{
    return dates::inputPattern(language);
}

QString DateService::today(int offsetDays) const
{
    return QDate::currentDate().addDays(offsetDays).toString(Qt::ISODate);
}

QString DateService::nowUtc() const
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace bro
