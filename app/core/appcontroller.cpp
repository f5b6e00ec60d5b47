#include "appcontroller.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

namespace bro {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kErasedKey = QStringLiteral("device/erased_because");
const QString kUnsentLostKey = QStringLiteral("device/erased_unsent");
} // namespace

AppController::AppController(QString settingsFile, QString startPage, QObject *parent)
    : QObject(parent)
    , m_settingsFile(std::move(settingsFile))
    , m_startPage(std::move(startPage))
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    m_language = settings.value(kLanguageKey, QStringLiteral("nb")).toString();
    if (!languages().contains(m_language))
        m_language = QStringLiteral("nb");
    installTranslator();
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this,
                &AppController::setApplicationState);
}

AppController::~AppController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList AppController::languages() const
{
    return {QStringLiteral("nb"), QStringLiteral("en")};
}

QString AppController::version() const
{
    return QCoreApplication::applicationVersion();
}

void AppController::setLanguage(const QString &language)
{
    if (language == m_language || !languages().contains(language))
        return;
    m_language = language;
    QSettings(m_settingsFile, QSettings::IniFormat).setValue(kLanguageKey, m_language);
    installTranslator();
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

void AppController::installTranslator()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    // Source strings are English; bokmål comes from its translation file.
    if (m_translator->load(QStringLiteral(":/i18n/bro_%1.qm").arg(m_language)))
        QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(
        QLocale(m_language == QLatin1String("nb") ? QLocale::NorwegianBokmal : QLocale::English,
                m_language == QLatin1String("nb") ? QLocale::Norway : QLocale::UnitedKingdom));
}

void AppController::setApplicationState(Qt::ApplicationState state)
{
    // Phones and tablets take the task switcher's picture as the app leaves the foreground
    // ("inactive"); a desktop window that merely lost focus is inactive too, and stays shown.
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    const bool hidden = state != Qt::ApplicationActive;
#else
    const bool hidden = state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended;
#endif
    if (hidden == m_contentHidden)
        return;
    m_contentHidden = hidden;
    emit contentHiddenChanged();
}

void AppController::requestErase(EraseReason reason, int unsentLeft)
{
    // Codes, never a translated sentence: the notice is worded when it is shown.
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(kErasedKey, reason == EraseReason::WrongPins ? QStringLiteral("wrong_pins")
                                                                   : QStringLiteral("remote_wipe"));
    settings.setValue(kUnsentLostKey, unsentLeft);
    emit erasedNoticeChanged();
    emit eraseRequested();
}

QString AppController::erasedNotice() const
{
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    const QString why = settings.value(kErasedKey).toString();
    const int lost = settings.value(kUnsentLostKey).toInt();
    QString notice;
    if (why == QLatin1String("wrong_pins"))
        notice = tr("The data on this device was erased after 10 wrong PINs.");
    else if (why == QLatin1String("remote_wipe"))
        notice = tr("The data on this device was erased at the request of your organisation.");
    else
        return {};
    notice +=
        QLatin1Char(' ') +
        (lost > 0 ? tr("%n change(s) could not be sent to the server first and are lost.", "", lost)
                  : tr("Everything had been sent to the server first."));
    return notice + QLatin1Char(' ') + tr("Log in again to go on.");
}

void AppController::dismissErasedNotice()
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.remove(kErasedKey);
    settings.remove(kUnsentLostKey);
    emit erasedNoticeChanged();
}

} // namespace bro
