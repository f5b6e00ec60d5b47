// Unsaved form input, kept in the encrypted store so that typed text survives leaving a page,
// the app going to the background, and the app being killed. A form saves its draft as the
// person types and clears it when the record is saved (qml/components/BroDraft.qml).
//
// A draft belongs to one record, key(kind, id), or to the "new" form of one parent,
// newKey(kind, parentId): a saved record's values never come back as the next new one's draft.
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

    // The draft of an existing record's form ("plan/<id>"); form tells two forms of the same
    // record apart (the mapping's languages and its sensitive notes).
    Q_INVOKABLE QString key(const QString &kind, const QString &id, const QString &form = {}) const;
    // The draft of the form that makes a new record of kind under a parent
    // ("new/logbook_entry/<book id>"); variant tells such forms apart (a correction of one entry).
    Q_INVOKABLE QString newKey(const QString &kind, const QString &parentId,
                               const QString &variant = {}) const;

    Q_INVOKABLE void save(const QString &key, const QVariantMap &values);
    // The saved draft, or an empty map.
    Q_INVOKABLE QVariantMap load(const QString &key) const;
    Q_INVOKABLE bool has(const QString &key) const;
    Q_INVOKABLE void clear(const QString &key);

private:
    store::Store *m_store;
};

} // namespace bro
