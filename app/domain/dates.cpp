#include "dates.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

namespace bro::dates {

namespace {
bool english(const QString &language)
{
    return language == QLatin1String("en");
}
} // namespace

QString format(const QString &isoDate, const QString &language)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return isoDate;
    return d.toString(english(language) ? QStringLiteral("dd/MM/yyyy")
                                        : QStringLiteral("dd.MM.yyyy"));
}

QString formatMoment(const QString &isoMoment, const QString &language)
{
    const QDateTime t = QDateTime::fromString(isoMoment, Qt::ISODate);
    if (!t.isValid())
        return isoMoment;
    return format(t.toLocalTime().date().toString(Qt::ISODate), language);
}

QString inputPattern(const QString &language)
{
    return english(language) ? QStringLiteral("DD/MM/YYYY") : QStringLiteral("DD.MM.ÅÅÅÅ");
}

std::optional<QString> parse(const QString &typed)
{
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString text = typed.trimmed();
    QDate d;
    if (const auto m = dayFirst.match(text); m.hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto m = iso.match(text); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d.toString(Qt::ISODate);
}

} // namespace bro::dates
