#include "core/appcontroller.h"
#include "domain/labels.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace bro;

// Every kind, field and choice of the catalogue has a name in bokmål, and validation
// messages reach the user in the UI language.
class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void everyCatalogueNameHasABokmalTranslation();
    void messagesFollowTheLanguage();
};

void TestLabels::everyCatalogueNameHasABokmalTranslation()
{
    QTranslator nb;
    QVERIFY(nb.load(QStringLiteral(":/i18n/bro_nb.qm")));
    QStringList missing;
    for (const auto &kind : model::recordKinds()) {
        const QString k = QString::fromStdString(kind.name);
        // Without a translator installed, the labels are the English source texts.
        if (nb.translate("Kind", kindLabel(k).toUtf8()).isEmpty())
            missing << k;
        for (const auto &f : kind.fields) {
            const QString field = QString::fromStdString(f.name);
            if (nb.translate("Field", fieldLabel(k, field).toUtf8()).isEmpty())
                missing << k + "." + field;
            if (f.name.find("norwegian_") == 0 && f.type == model::FieldType::Enum)
                continue; // CEFR levels are the same in every language
            for (const auto &v : f.values) {
                const QString value = QString::fromStdString(v);
                if (nb.translate("Option", optionLabel(k, field, value).toUtf8()).isEmpty())
                    missing << k + "." + field + "=" + value;
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
}

void TestLabels::messagesFollowTheLanguage()
{
    QTemporaryDir dir;
    AppController app(dir.filePath("settings.ini"));
    QCOMPARE(app.language(), QStringLiteral("nb")); // bokmål is the default
    model::ValidationError hours{model::ErrorCode::OutOfRange, "hours", "hours: ...", {"0", "24"}};
    QCOMPARE(localizedError("logbook_entry", hours),
             QStringLiteral("Timer må være mellom 0 og 24."));
    QCOMPARE(fieldLabel("participant", "name"), QStringLiteral("Navn"));
    QCOMPARE(optionLabel("measure", "type", "wage_subsidy"), QStringLiteral("Lønnstilskudd"));
    // An organisation number that fails its MOD11 check: the field and the rule.
    model::ValidationError orgnr{model::ErrorCode::BadFormat, "organisation_number",
                                 "organisation_number: the check digit is wrong", {}};
    QCOMPARE(localizedError("employer", orgnr),
             QStringLiteral("Organisasjonsnummer er ikke et gyldig organisasjonsnummer: ni "
                            "sifre, det siste kontrollsifferet (MOD11) av de åtte første."));

    app.setLanguage("en");
    QCOMPARE(localizedError("logbook_entry", hours),
             QStringLiteral("Hours must be between 0 and 24."));
    QCOMPARE(fieldLabel("participant", "name"), QStringLiteral("Name"));
    QCOMPARE(localizedError("employer", orgnr),
             QStringLiteral("Organisation number is not a valid organisation number: nine "
                            "digits, the last one the MOD11 check digit of the first eight."));

    // The choice is remembered.
    AppController again(dir.filePath("settings.ini"));
    QCOMPARE(again.language(), QStringLiteral("en"));
    again.setLanguage("xx"); // unknown languages are ignored
    QCOMPARE(again.language(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
