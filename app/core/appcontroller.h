// App-wide state QML needs: the UI language and the page to open first.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>

#include <memory>

namespace bro {

class AppController : public QObject, public QmlSingleton<AppController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    explicit AppController(QString settingsFile, QString startPage = {}, QObject *parent = nullptr);
    ~AppController() override;

    // The engine to retranslate when the language changes.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    [[nodiscard]] QString language() const { return m_language; }
    // "nb" (Norwegian bokmål, the default) or "en". Unknown languages are ignored.
    void setLanguage(const QString &language);
    [[nodiscard]] QStringList languages() const;
    [[nodiscard]] QString startPage() const { return m_startPage; }
    [[nodiscard]] QString version() const;

signals:
    void languageChanged();

private:
    void installTranslator();

    QString m_settingsFile;
    QString m_startPage;
    QString m_language;
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace bro
