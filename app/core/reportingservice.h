// The reporting form and the yearly figures as QML sees them (the seminar's tool 2). For an
// adviser: the fast-track participants of the caseload, each one's eight dates as proposed
// from the journey with their sources, confirmed or typed otherwise, and the caseload's
// figures; for a programme leader: the municipality's figures, fetched from the server (the
// device holds no record of theirs). Figures are protected before they reach QML or a file.
// The rules are in bro/model/reporting*.h; QML never sees SQL or HTTP.
#pragma once

#include "qmlsingleton.h"

#include <bro/model/reportdisclosure.h>
#include <bro/model/reporting.h>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

namespace bro::store {
class Store;
}
namespace bro::sync {
class Transport;
}

namespace bro {

class ReportingService : public QObject, public QmlSingleton<ReportingService>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Reporting)
    QML_SINGLETON
    // The year the figures are for, and the first year of the charts (four years before).
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY changed)
    Q_PROPERTY(int fromYear READ fromYear NOTIFY changed)
    // The day the figures are made ("YYYY-MM-DD"): today unless set (tests, screenshots).
    Q_PROPERTY(QString asOf READ asOf WRITE setAsOf NOTIFY changed)
    // A programme leader's device: the figures come from the server.
    Q_PROPERTY(bool leader READ leader NOTIFY changed)
    // What the figures cover: the municipality's name (leader), "" for the caseload.
    Q_PROPERTY(QString scope READ scope NOTIFY changed)
    // [{participantId, name, fastTrackStart, unconfirmed, notices}], by name.
    Q_PROPERTY(QVariantList caseload READ caseload NOTIFY changed)
    // [{figure, label, unit, text (for year), values: [{year, label, value, hidden, text}]}]
    Q_PROPERTY(QVariantList figures READ figures NOTIFY changed)
    Q_PROPERTY(QString hiddenExplanation READ hiddenExplanation CONSTANT)
    Q_PROPERTY(bool fetching READ fetching NOTIFY fetchingChanged)
    // The last fetch's problem in plain words; "" after a good one.
    Q_PROPERTY(QString fetchError READ fetchError NOTIFY fetchingChanged)

public:
    explicit ReportingService(store::Store *store, QObject *parent = nullptr);
    ~ReportingService() override;

    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    [[nodiscard]] int fromYear() const { return m_year - 4; }
    [[nodiscard]] QString asOf() const;
    void setAsOf(const QString &day);
    [[nodiscard]] bool leader() const;
    [[nodiscard]] QString scope() const;
    [[nodiscard]] QVariantList caseload() const;
    [[nodiscard]] QVariantList figures() const;
    [[nodiscard]] QString hiddenExplanation() const;
    [[nodiscard]] bool fetching() const { return m_fetching; }
    [[nodiscard]] QString fetchError() const { return m_fetchError; }

    // The participant's eight dates: [{field, label, value, proposedDate, source,
    // sourceKind, confirmed, overridden, sourceChanged, notice}], in the form's order.
    Q_INVOKABLE QVariantList form(const QString &participantId) const;
    // Confirms the proposed date (or that there is none). {ok, field, message}
    Q_INVOKABLE QVariantMap confirm(const QString &participantId, const QString &field);
    // Confirms another date ("YYYY-MM-DD"; "" for none). {ok, field, message}
    Q_INVOKABLE QVariantMap setDate(const QString &participantId, const QString &field,
                                    const QString &date);
    // Withdraws a confirmation: the proposal is reported again. {ok, field, message}
    Q_INVOKABLE QVariantMap clearConfirmation(const QString &participantId, const QString &field);

    // The figures shown, as files (a path or file:// URL; "" for the documents folder).
    // {ok, path, message}
    Q_INVOKABLE QVariantMap exportCsv(const QString &fileOrUrl);
    Q_INVOKABLE QVariantMap exportPdf(const QString &fileOrUrl);

    // A leader's device: fetches the municipality's figures for year from the server, on a
    // worker thread; fetched(ok) when done.
    Q_INVOKABLE void fetch();

    // The report the screen shows (the caseload's, or the last one fetched).
    [[nodiscard]] model::reporting::Report report() const;
    // Tests: the transport a fetch uses (default: libcurl to the server the device logged in to).
    void setTransportFactory(std::function<std::unique_ptr<sync::Transport>()> factory);

public slots:
    // Records changed: forms and figures are made again when next read.
    void invalidate();

signals:
    void changed();
    void fetchingChanged();
    void fetched(bool ok);

private:
    struct State
    {
        model::reporting::JourneyCollector collector;
        std::vector<model::reporting::Journey> journeys;
        std::map<std::string, std::size_t> byParticipant;
        std::map<std::string, QString> names;
    };
    const State &state() const;
    const model::reporting::Journey *journey(const QString &participantId) const;
    QVariantMap write(const QString &participantId, const QString &field,
                      const std::function<nlohmann::json(const model::reporting::Form &,
                                                         model::reporting::DateField)> &changes);
    QString exportPath(const QString &fileOrUrl, const QString &suffix) const;

    store::Store *m_store;
    int m_year;
    QString m_asOf;
    mutable std::unique_ptr<State> m_state; // null: to be made again
    bool m_notifyPending = false;
    std::optional<model::reporting::Report> m_fetched;
    bool m_fetching = false;
    QString m_fetchError;
    QPointer<QThread> m_fetchThread;
    std::function<std::unique_ptr<sync::Transport>()> m_transportFactory;
};

} // namespace bro
