#include "appcontroller.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
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
    return {QStringLiteral("nb"), QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("uk"),
            QStringLiteral("ti"), QStringLiteral("so"), QStringLiteral("fa")};
}

QString AppController::nativeName(const QString &language)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("uk"), QStringLiteral("Українська")},
        {QStringLiteral("ti"), QStringLiteral("ትግርኛ")},
        {QStringLiteral("so"), QStringLiteral("Soomaali")},
        {QStringLiteral("fa"), QStringLiteral("دری")},
    };
    return names.value(language, language);
}

bool AppController::isRightToLeft(const QString &language)
{
    return language == QLatin1String("ar") || language == QLatin1String("fa");
}

QLocale AppController::localeOf(const QString &language)
{
    if (language == QLatin1String("nb"))
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (language == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::Syria);
    if (language == QLatin1String("uk"))
        return QLocale(QLocale::Ukrainian, QLocale::Ukraine);
    if (language == QLatin1String("ti"))
        return QLocale(QLocale::Tigrinya, QLocale::Eritrea);
    if (language == QLatin1String("so"))
        return QLocale(QLocale::Somali, QLocale::Somalia);
    if (language == QLatin1String("fa"))
        return QLocale(QLocale::Persian, QLocale::Afghanistan); // Dari
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
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

bool AppController::languageChosen() const
{
    return QSettings(m_settingsFile, QSettings::IniFormat).contains(kLanguageKey);
}

void AppController::chooseLanguage(const QString &language)
{
    if (!languages().contains(language))
        return;
    const bool same = language == m_language;
    setLanguage(language);
    QSettings(m_settingsFile, QSettings::IniFormat).setValue(kLanguageKey, m_language);
    if (same)
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
    QLocale::setDefault(localeOf(m_language));
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
