// bro-cli: a headless device for scripting, support and tests. It uses the app's own core:
// the same encrypted store in the same data directory layout.
#include "domain/bridge.h"
#include "reports/bridgepdf.h"
#include "domain/goalimport.h"
#include "domain/homestore.h"
#include "domain/reportclient.h"
#include "domain/reportingjourneys.h"
#include "reports/introcvpdf.h"
#include "reports/reportexport.h"
#include "reports/trainingbookpdf.h"

#include <bro/platform/paths.h>
#include <bro/sync/blobs.h>
#include <bro/sync/engine.h>
#include <bro/model/attachments.h>
#include <bro/model/catalogue.h>
#include <bro/model/reportfigures.h>
#include <bro/model/validation.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeDatabase>
#include <QDate>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>

namespace {

using Json = nlohmann::json;

constexpr const char *kUsage =
    "usage: bro-cli --home DIR COMMAND ...\n"
    "  add KIND field=value ...   create a record; prints its id\n"
    "  set ID field=value ...     change fields of a record\n"
    "  delete ID                  delete a record (a tombstone that syncs)\n"
    "  attach OWNER_KIND OWNER_ID FILE [CAPTION]\n"
    "                             attach a file (a photo) to a record; prints the attachment's id\n"
    "  dump                       every record as canonical JSON\n"
    "  login --server URL --user NAME [--ca-file FILE]   (password on standard input)\n"
    "  sync                       push unsent changes, pull new ones, send and fetch files\n"
    "  conflicts                  the conflicts on this device, as JSON (with the changes\n"
    "                             the server refused: reason refused_by_server)\n"
    "  quarantined                pulled changes this device did not accept, as JSON\n"
    "  resolve ID FIELD mine|theirs|TEXT\n"
    "  export-pdf BOOK_ID FILE    the training book as a PDF document (in Norwegian)\n"
    "  export-plan-pdf PARTICIPANT_ID FILE [--lang L]\n"
    "                             \"Min bro\" on one A4 landscape page, in language L\n"
    "                             (nb, en, ar, uk, ti, so, fa) and bokm\u00e5l beside it\n"
    "  export-cv PARTICIPANT_ID FILE [--lang nb|en] [--for ORGNR]\n"
    "                             the participant's Intro-CV as a PDF (bokmål unless --lang en);\n"
    "                             --for: made for that employer, only with the participant's\n"
    "                             consent recorded (a cv_consent record)\n"
    "  import-goals BOOK_ID FILE|sample:NAME\n"
    "                             competence goals from a CSV or JSON list, or a bundled one:\n"
    "                             sample:elektrikerfaget, sample:helsearbeiderfaget\n"
    "  report --year Y [--from Y0] [--as-of YYYY-MM-DD] [--csv FILE] [--pdf FILE] [--lang nb|en]\n"
    "                             the yearly figures (Y0..Y, default the five years to Y),\n"
    "                             small numbers hidden; the caseload's on an adviser's device,\n"
    "                             the municipality's (from the server) on a leader's; CSV on\n"
    "                             standard output unless --csv or --pdf is given\n"
    "KIND is one of: ";

int usage()
{
    std::string kinds;
    for (const auto &k : bro::model::recordKinds())
        kinds += (kinds.empty() ? "" : ", ") + k.name;
    std::fprintf(stderr, "%s%s\n", kUsage, kinds.c_str());
    return 2;
}

int fail(const std::string &message)
{
    std::fprintf(stderr, "bro-cli: %s\n", message.c_str());
    return 1;
}

// "field=value" arguments as JSON values of their fields' types.
bool parseAssignments(const bro::model::KindSpec &kind, const QStringList &args, Json &out,
                      std::string &error)
{
    out = Json::object();
    for (const QString &arg : args) {
        const int eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            error = "\"" + arg.toStdString() + "\": expected field=value";
            return false;
        }
        const std::string name = arg.left(eq).toStdString();
        const std::string text = arg.mid(eq + 1).toStdString();
        const bro::model::FieldSpec *f = kind.field(name);
        out[name] = f ? bro::model::valueFromText(*f, text) : Json(text);
    }
    return true;
}

// bro-cli report: see kUsage.
int reportCommand(bro::store::Store &store, const QStringList &args)
{
    std::map<QString, QString> opts;
    for (int i = 0; i < args.size(); i += 2) {
        static const QStringList known = {"--year", "--from", "--as-of", "--csv", "--pdf", "--lang"};
        if (!known.contains(args[i]) || i + 1 >= args.size())
            return usage();
        opts[args[i].mid(2)] = args[i + 1];
    }
    std::string error;
    const auto query = bro::model::reporting::parseReportQuery(
        opts["year"].toStdString(), opts["from"].toStdString(), opts["as-of"].toStdString(),
        QDate::currentDate().toString(Qt::ISODate).toStdString(), &error);
    if (!query)
        return fail(error);
    const QString lang = opts.count("lang") ? opts["lang"] : QStringLiteral("nb");
    if (lang != QLatin1String("nb") && lang != QLatin1String("en"))
        return fail("lang: must be nb or en");
    QTranslator translator;
    if (lang == QLatin1String("nb") && translator.load(QStringLiteral(":/i18n/bro_nb.qm")))
        QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(lang == QLatin1String("nb") ? QLocale(QLocale::NorwegianBokmal, QLocale::Norway)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));

    bro::model::reporting::Report report;
    if (store.meta("role") == "leader") {
        // A leader's figures are the server's; the device holds no record to compute them from.
        if (store.meta("token").empty())
            return fail("not logged in: run bro-cli login first");
        bro::sync::CurlTransport transport(
            {.baseUrl = store.meta("server"), .caFile = store.meta("ca_file")});
        auto fetched = bro::fetchReport(transport, store.meta("token"), query->year,
                                        query->fromYear, opts["as-of"].toStdString());
        if (!fetched.report)
            return fail("the server gave no report: " + fetched.detail);
        report = std::move(*fetched.report);
    } else {
        report = bro::caseloadReport(bro::collectJourneys(store).journeys(), query->fromYear,
                                     query->year, query->asOf);
    }
    QString failure;
    if (opts.count("csv") && !bro::writeReportCsv(report, opts["csv"], &failure))
        return fail(failure.toStdString());
    if (opts.count("pdf") && !bro::writeReportPdf(report, opts["pdf"], query->year, &failure))
        return fail(failure.toStdString());
    if (!opts.count("csv") && !opts.count("pdf")) {
        const QByteArray csv = bro::reportCsv(report);
        std::fwrite(csv.constData(), 1, std::size_t(csv.size()), stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The PDF lays out text with fonts, which takes a GUI application (but no display).
    const bool gui = std::any_of(argv + 1, argv + argc,
                                 [](const char *a) {
                                     return std::strcmp(a, "export-pdf") == 0 ||
                                            std::strcmp(a, "export-plan-pdf") == 0 ||
                                            std::strcmp(a, "export-cv") == 0 ||
                                            std::strcmp(a, "report") == 0;
                                 });
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString home;
    if (args.size() >= 2 && args[0] == QLatin1String("--home")) {
        home = args[1];
        args = args.mid(2);
    }
    if (home.isEmpty() || args.isEmpty())
        return usage();

    auto opened = bro::openHomeStore(bro::platform::dataDirectory(home));
    if (!opened.store)
        return fail(opened.error.toStdString());
    auto &store = *opened.store;
    const QString command = args.takeFirst();

    if (command == QLatin1String("add") && !args.isEmpty()) {
        const std::string kindName =
            args.takeFirst().replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
        const bro::model::KindSpec *kind = bro::model::findKind(kindName);
        if (!kind)
            return fail("kind: \"" + kindName + "\" is not a kind of record");
        Json fields;
        std::string error;
        if (!parseAssignments(*kind, args, fields, error))
            return fail(error);
        const auto r = store.create(kindName, fields);
        if (!r.ok())
            return fail(r.error->message);
        std::printf("%s\n", r.id.c_str());
        return 0;
    }
    if ((command == QLatin1String("set") || command == QLatin1String("delete")) &&
        !args.isEmpty()) {
        const std::string id = args.takeFirst().toStdString();
        const auto kindName = store.kindOf(id);
        if (!kindName)
            return fail("id: no record with id " + id);
        if (command == QLatin1String("delete")) {
            if (!args.isEmpty())
                return usage();
            const auto r = store.remove(*kindName, id);
            return r.ok() ? 0 : fail(r.error->message);
        }
        Json fields;
        std::string error;
        if (args.isEmpty() ||
            !parseAssignments(*bro::model::findKind(*kindName), args, fields, error))
            return error.empty() ? usage() : fail(error);
        const auto r = store.update(*kindName, id, fields);
        return r.ok() ? 0 : fail(r.error->message);
    }
    if (command == QLatin1String("attach") && (args.size() == 3 || args.size() == 4)) {
        QFile file(args[2]);
        if (!file.open(QIODevice::ReadOnly))
            return fail("FILE: cannot read " + args[2].toStdString() + " (" +
                        file.errorString().toStdString() + ")");
        // The operator's tool takes any type of file (an empty one too: the sync tests); only
        // the size limit of the file rule (model/attachments.h) applies.
        const QByteArray bytes = file.read(bro::model::kMaxAttachmentBytes + 1);
        const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(args[2], bytes).name();
        if (const auto no = bro::model::attachmentFileRefusal(
                std::max<std::int64_t>(file.size(), bytes.size()), mime.toStdString(),
                bro::model::FileUse::Evidence);
            no && no->problem == bro::model::FileProblem::TooLarge)
            return fail("FILE: " + no->message);
        Json fields = {
            {"owner_kind", args[0].replace(QLatin1Char('-'), QLatin1Char('_')).toStdString()},
            {"owner_id", args[1].toStdString()},
            {"file_name", QFileInfo(args[2]).fileName().toStdString()},
            {"mime_type", mime.toStdString()}};
        if (args.size() == 4)
            fields["caption"] = args[3].toStdString();
        const auto r =
            store.attach(fields, std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!r.ok())
            return fail(r.error->message);
        std::printf("%s\n", r.id.c_str());
        return 0;
    }
    if (command == QLatin1String("login")) {
        QString server, user, caFile;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            if (args[i] == QLatin1String("--server"))
                server = args[i + 1];
            else if (args[i] == QLatin1String("--user"))
                user = args[i + 1];
            else if (args[i] == QLatin1String("--ca-file"))
                caFile = args[i + 1];
            else
                return usage();
        }
        if (server.isEmpty() || user.isEmpty())
            return usage();
        std::string password;
        std::getline(std::cin, password);
        bro::sync::CurlTransport transport(
            {.baseUrl = server.toStdString(), .caFile = caFile.toStdString()});
        const auto login = bro::sync::login(transport, user.toStdString(), password, store.deviceId());
        if (!login.ok)
            return fail(login.error);
        // The device keeps the session token, never the password.
        store.rememberLogin(login, server.toStdString(), caFile.toStdString(), user.toStdString());
        return 0;
    }
    if (command == QLatin1String("sync") && args.isEmpty()) {
        if (store.meta("token").empty())
            return fail("not logged in: run bro-cli login first");
        bro::sync::CurlTransport transport(
            {.baseUrl = store.meta("server"), .caFile = store.meta("ca_file")});
        bro::sync::SyncEngine engine(store, transport, store.meta("token"));
        const auto report = engine.sync();
        if (!report.ok)
            return fail(report.error);
        std::fprintf(stderr, "sync: %d sent, %d refused by the server, %d received, %d requests\n",
                     report.pushed, report.rejected, report.pulled, report.requests);
        std::fprintf(stderr, "uploaded %d blob(s), downloaded %d, %d waiting for the server\n",
                     report.blobsUploaded, report.blobsDownloaded, report.blobsWaiting);
        for (const auto &problem : report.blobProblems)
            std::fprintf(stderr, "bro-cli: %s\n", problem.c_str());
        return report.blobsFailed > 0 ? 1 : 0;
    }
    if (command == QLatin1String("conflicts") && args.isEmpty()) {
        Json out = Json::array();
        for (const auto &c : store.conflicts()) {
            Json j = {{"kind", c.kind},
                      {"id", c.id},
                      {"field", c.conflict.field},
                      {"reason", bro::sync::conflictReasonName(c.conflict.reason)},
                      {"version", c.conflict.stamp},
                      {"value", c.conflict.value},
                      {"current", c.current}};
            if (c.conflict.reason == bro::sync::Conflict::Reason::RefusedByServer) {
                j["status"] = c.status;          // forbidden, rejected or invalid
                j["server_reason"] = c.serverReason; // the server's words
            }
            out.push_back(std::move(j));
        }
        std::printf("%s\n", out.dump(1).c_str());
        return 0;
    }
    if (command == QLatin1String("quarantined") && args.isEmpty()) {
        // Pulled changes this device did not accept, kept aside.
        std::printf("%s\n", store.quarantined().dump(1).c_str());
        return 0;
    }
    if (command == QLatin1String("resolve") && args.size() == 3) {
        const auto r =
            store.resolve(args[0].toStdString(), args[1].toStdString(), args[2].toStdString());
        return r.ok() ? 0 : fail(r.error->message);
    }
    if (command == QLatin1String("export-cv") && args.size() >= 2) {
        const std::string participant = args.takeFirst().toStdString();
        const QString file = args.takeFirst();
        QString lang = QStringLiteral("nb"), orgNumber;
        while (args.size() >= 2) {
            const QString key = args.takeFirst(), value = args.takeFirst();
            if (key == QLatin1String("--lang"))
                lang = value;
            else if (key == QLatin1String("--for"))
                orgNumber = value;
            else
                return fail(key.toStdString() + ": not an option of export-cv");
        }
        if (!args.isEmpty())
            return fail(args.first().toStdString() + ": an option without a value");
        if (lang != QLatin1String("nb") && lang != QLatin1String("en"))
            return fail("lang: must be nb or en");
        const auto records = store.dump();
        const auto cv = bro::cv::build(records, participant);
        if (!cv)
            return fail("participant: there is no participant with id " + participant + " on this device");
        std::optional<bro::cv::Consent> consent;
        if (!orgNumber.isEmpty()) {
            std::string why;
            consent = bro::cv::consentFor(records, participant, orgNumber.toStdString(), &why);
            if (!consent)
                return fail(why);
        }
        QString error;
        if (!bro::writeIntroCvPdf(*cv, lang == QLatin1String("en") ? bro::match::Lang::En : bro::match::Lang::Nb,
                                  file, consent, &error))
            return fail(error.toStdString());
        return 0;
    }
    if (command == QLatin1String("export-pdf") && args.size() == 2) {
        QString error;
        if (!bro::writeTrainingBookPdf(store, args[0].toStdString(), args[1], &error))
            return fail(error.toStdString());
        return 0;
    }
    // export-plan-pdf PARTICIPANT FILE [--lang L]: "Min bro" on one A4 landscape page, in the
    // participant's language (default bokmål) and bokmål beside it.
    if (command == QLatin1String("export-plan-pdf") && (args.size() == 2 || args.size() == 4)) {
        QString lang = QStringLiteral("nb");
        if (args.size() == 4) {
            if (args[2] != QLatin1String("--lang"))
                return usage();
            lang = args[3];
        }
        static const QStringList known = {"nb", "en", "ar", "uk", "ti", "so", "fa"};
        if (!known.contains(lang))
            return fail("--lang: \"" + lang.toStdString() + "\" is not one of " +
                        known.join(QStringLiteral(", ")).toStdString());
        const auto bridge = bro::loadBridge(store, args[0].toStdString(),
                                            QDate::currentDate().toString(Qt::ISODate).toStdString());
        if (!bridge)
            return fail("participant: no participant " + args[0].toStdString() + " on this device");
        QString error;
        if (!bro::writeBridgePdf(*bridge, lang, args[1], &error))
            return fail(error.toStdString());
        return 0;
    }
    if (command == QLatin1String("import-goals") && args.size() == 2) {
        const auto r = bro::importGoals(store, args[0].toStdString(), args[1]);
        if (!r.ok)
            return fail(r.error.toStdString());
        std::printf("import-goals: %d added, %d already in the book\n", r.added, r.skipped);
        return 0;
    }
    if (command == QLatin1String("report"))
        return reportCommand(store, args);
    if (command == QLatin1String("dump") && args.isEmpty()) {
        std::printf("%s\n", store.dump().dump(1).c_str());
        return 0;
    }
    return usage();
}
