// Unsaved form input, kept in the encrypted store so that typed text survives leaving a page,
// the app going to the background, and the app being killed. A form saves its draft as the
// person types and clears it when the record is saved.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace bro::store {
class Store;
}

namespace bro {

class Drafts : public QObject, public QmlSingleton<Drafts>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Drafts(store::Store *store, QObject *parent = nullptr);

    // key: the form and the record, e.g. "plan/<id>" or "meeting-note/<meeting id>".
    Q_INVOKABLE void save(const QString &key, const QVariantMap &values);
    // The saved draft, or an empty map.
    Q_INVOKABLE QVariantMap load(const QString &key) const;
    Q_INVOKABLE bool has(const QString &key) const;
    Q_INVOKABLE void clear(const QString &key);

private:
    store::Store *m_store;
};

} // namespace bro
