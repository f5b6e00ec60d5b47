// Dates for QML, as domain/dates.h writes and reads them (one way per UI language on every
// screen and in every document). QML reaches it through BroStyle.formatDate() and friends,
// which pass the UI language so that bindings follow it.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>

namespace bro {

class DateService : public QObject, public QmlSingleton<DateService>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Dates)
    QML_SINGLETON

public:
    explicit DateService(QObject *parent = nullptr);

    Q_INVOKABLE QString format(const QString &isoDate, const QString &language) const;
    Q_INVOKABLE QString formatMoment(const QString &isoMoment, const QString &language) const;
    // What a person typed as an ISO date; "" when it is no date (see domain/dates.h).
    Q_INVOKABLE QString parse(const QString &typed) const;
    Q_INVOKABLE QString inputPattern(const QString &language) const;
    // This device's date, offsetDays from today, as an ISO date.
    Q_INVOKABLE QString today(int offsetDays = 0) const;
    // Now, in UTC, as records store moments ("2026-11-22T14:05:09Z").
    Q_INVOKABLE QString nowUtc() const;
};

} // namespace bro
