// The store as QML sees it: create, update and delete records, read them, and the labels
// the forms show. QML never touches SQL; every write goes through here.
#pragma once

#include "qmlsingleton.h"

#include <bro/model/catalogue.h>
#include <bro/model/validation.h>

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace bro::store {
class Store;
}

namespace bro {

class RecordService : public QObject, public QmlSingleton<RecordService>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Records)
    QML_SINGLETON
    Q_PROPERTY(int unsentChanges READ unsentChanges NOTIFY unsentChangesChanged)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)

public:
    using QmlSingleton<RecordService>::create; // beside create(kind, fields)

    explicit RecordService(store::Store *store, QObject *parent = nullptr);
    ~RecordService() override;

    // Results are maps {ok: bool, id: string, field: string, message: string}; message is
    // in the UI language and names the field and the reason.
    Q_INVOKABLE QVariantMap create(const QString &kind, const QVariantMap &fields);
    Q_INVOKABLE QVariantMap update(const QString &kind, const QString &id,
                                   const QVariantMap &changes);
    Q_INVOKABLE QVariantMap remove(const QString &kind, const QString &id);
    // The record's fields plus "id"; an empty map if there is none.
    Q_INVOKABLE QVariantMap get(const QString &kind, const QString &id) const;
    // The first record of a kind under a parent (e.g. a participant's plan); empty if none.
    Q_INVOKABLE QVariantMap firstChild(const QString &kind, const QString &parentId) const;

    // Evidence and signature images: the bytes go to the device's encrypted blob storage
    // (addressed by SHA-256, uploaded by sync), and an attachment record points to them.
    // {ok, id, field, message} like create().
    Q_INVOKABLE QVariantMap attachImage(const QString &ownerKind, const QString &ownerId,
                                        const QVariant &image, const QString &caption);
    Q_INVOKABLE QVariantMap attachFile(const QString &ownerKind, const QString &ownerId,
                                       const QUrl &file, const QString &caption);

    Q_INVOKABLE QString kindLabel(const QString &kind) const;
    Q_INVOKABLE QString label(const QString &kind, const QString &field) const;
    Q_INVOKABLE QString optionLabel(const QString &kind, const QString &field,
                                    const QVariant &value) const;
    // [{value, label}] for an enum field, in catalogue order.
    Q_INVOKABLE QVariantList options(const QString &kind, const QString &field) const;
    Q_INVOKABLE bool isRequired(const QString &kind, const QString &field) const;
    // "text", "freeText", "date", "dateTime", "integer", "decimal", "boolean", "enum",
    // "reference" or "sha256": which control a form shows; "" for an unknown field.
    Q_INVOKABLE QString titleField(const QString &kind) const;
    Q_INVOKABLE QString fieldType(const QString &kind, const QString &field) const;
    // The participant's agreed actions not done yet, soonest due first (as the caseload's
    // "next"), as maps.
    Q_INVOKABLE QVariantList openActions(const QString &participantId) const;
    // Records of a kind under a parent, as maps (fields plus "id"), in creation order.
    Q_INVOKABLE QVariantList children(const QString &kind, const QString &parentId) const;

    [[nodiscard]] int unsentChanges() const;
    [[nodiscard]] QString deviceId() const;
    [[nodiscard]] store::Store *store() const { return m_store; }

signals:
    void recordChanged(const QString &kind, const QString &id);
    void unsentChangesChanged();

private:
    QVariantMap result(const QString &kind, const std::string &id,
                       const std::optional<model::ValidationError> &error) const;

    store::Store *m_store;
};

} // namespace bro
