#include "appcontroller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace bro {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
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

} // namespace bro
