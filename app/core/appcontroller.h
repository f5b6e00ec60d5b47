// App-wide state QML needs: the UI language, the page to open first, whether the content is
// hidden (in the task switcher and the background, so that no one sees a person's data in a
// thumbnail), and the notice after the device's data was erased. Erasing itself is asked for
// here (eraseRequested) and done by the app's main loop once the store is closed.
#pragma once

#include "qmlsingleton.h"

#include <QObject>
#include <QQmlEngine>
#include <QLocale>
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
    // The UI language is written right to left (Arabic, Dari): the window mirrors its layout.
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    // A language was chosen on this device (the participant's first screen asks until it is).
    Q_PROPERTY(bool languageChosen READ languageChosen NOTIFY languageChanged)
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(bool contentHidden READ contentHidden NOTIFY contentHiddenChanged)
    // Why this device's data was erased before this start, in the UI language; "" if it was not.
    Q_PROPERTY(QString erasedNotice READ erasedNotice NOTIFY erasedNoticeChanged)

public:
    explicit AppController(QString settingsFile, QString startPage = {}, QObject *parent = nullptr);
    ~AppController() override;

    // The engine to retranslate when the language changes.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    [[nodiscard]] QString language() const { return m_language; }
    // "nb" (Norwegian bokmål, the default), "en", or a participant's language: "ar" (Arabic),
    // "uk" (Ukrainian), "ti" (Tigrinya), "so" (Somali), "fa" (Dari). The adviser's and mentor's
    // screens are in bokmål and English; the participant screens in all seven. Unknown
    // languages are ignored.
    void setLanguage(const QString &language);
    [[nodiscard]] QStringList languages() const;
    [[nodiscard]] bool rightToLeft() const { return isRightToLeft(m_language); }
    [[nodiscard]] bool languageChosen() const;
    // The language chosen on the first screen (kept even when it is the default).
    Q_INVOKABLE void chooseLanguage(const QString &language);
    // A language's name in that language ("ትግርኛ"), as the first screen lists them (no flags).
    Q_INVOKABLE static QString nativeName(const QString &language);
    [[nodiscard]] static bool isRightToLeft(const QString &language);
    // The locale of a language code (dates and numbers as the language writes them).
    [[nodiscard]] static QLocale localeOf(const QString &language);
    [[nodiscard]] QString startPage() const { return m_startPage; }
    [[nodiscard]] QString version() const;

    [[nodiscard]] bool contentHidden() const { return m_contentHidden; }
    // Follows the application's state (connected to QGuiApplication; tests call it directly).
    void setApplicationState(Qt::ApplicationState state);

    enum class EraseReason { WrongPins, RemoteWipe };
    // Records why and how many changes could not be sent first (for the notice after the
    // restart), and emits eraseRequested().
    void requestErase(EraseReason reason, int unsentLeft);
    [[nodiscard]] QString erasedNotice() const;
    Q_INVOKABLE void dismissErasedNotice();

signals:
    void languageChanged();
    void contentHiddenChanged();
    void erasedNoticeChanged();
    void eraseRequested();

private:
    void installTranslator();

    QString m_settingsFile;
    QString m_startPage;
    QString m_language;
    QQmlEngine *m_engine = nullptr;
    bool m_contentHidden = false;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace bro
