// bro-server: the central sync server, and its administration commands.
#include "bro/server/config.h"
#include "bro/server/http.h"
#include "bro/server/service/auth_service.h"
#include "bro/server/service/file_service.h"
#include "bro/server/service/report_service.h"
#include "bro/server/service/sync_service.h"
#include "bro/server/storage/backends.h"
#include "bro/server/storage/postgres_repository.h"
#include "bro/server/storage/sqlite_repository.h"

#include <bro/model/catalogue.h>

#include <atomic>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <map>
#include <pthread.h>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr const char *kUsage =
    "usage: bro-server --data DIR COMMAND    (the embedded database in DIR)\n"
    "       bro-server --db postgresql://... [--db-connections N] COMMAND\n"
    "                                (PostgreSQL: any number of servers on one database,\n"
    "                                each opening at most N connections, default 16)\n"
    "       bro-server --config FILE COMMAND   (the options as key = value; the command\n"
    "                                line wins)\n"
    "  migrate                       bring the database's schema up to date and say its version\n"
    "  import-sqlite DIR             copy the embedded database in DIR into the (new, empty)\n"
    "                                PostgreSQL database given by --db\n"
    "  user add --name NAME --role adviser|mentor|participant|leader [--full-name NAME]\n"
    "           [--employer ORG] [--municipality NAME]\n"
    "                                (the password is read from standard input)\n"
    "  user revoke --name NAME       end every session of the user\n"
    "  user disable --name NAME      end every session and refuse logins until enabled\n"
    "  user enable --name NAME\n"
    "  caseload add|remove --adviser NAME --participant ID\n"
    "  placement add|end --participant ID --employer ORG\n"
    "  participant link --user NAME --participant ID\n"
    "  device list --user NAME       the user's devices, one per line\n"
    "  device wipe --device ID       the device erases its data at its next sync\n"
    "  report --municipality NAME --year Y [--from F] [--as-of YYYY-MM-DD]\n"
    "                                the municipality's figures as CSV (small numbers hidden)\n"
    "  backup DEST                   a consistent copy of the database (encrypted with the\n"
    "                                same key), also while serving; restore by putting it\n"
    "                                back as server.db beside server.key\n"
    "  serve [--listen HOST:PORT] [--max-body BYTES] [--token-ttl SECONDS] [--page-size N]\n"
    "        [--max-file BYTES] [--workers N] [--offline-days N] [--keep-alive SECONDS]\n"
    "        [--tls-cert PEM --tls-key PEM] [--metrics-listen HOST:PORT] [--request-log on|off]\n"
    "        [--trusted-proxy ADDRESS[,ADDRESS...]]\n"
    "                                (default 127.0.0.1:8470; port 0 picks a free port;\n"
    "                                attachment files up to 25 MiB; GET /metrics only on\n"
    "                                --metrics-listen; one JSON line per request on stderr;\n"
    "                                a login's address is the X-Forwarded-For entry a\n"
    "                                --trusted-proxy added, else the peer's)\n"
    "SIGTERM: finishes the requests in flight, refuses new ones, and exits.\n"
    "The data directory holds server.db (encrypted) and its key server.key (mode 0600).\n";

int usage()
{
    std::fputs(kUsage, stderr);
    return 2;
}

int done(const std::string &error)
{
    if (error.empty())
        return 0;
    std::fprintf(stderr, "bro-server: %s\n", error.c_str());
    return 1;
}

// A whole number option, strictly: "12abc" is refused.
bool number(const std::string &text, long long &out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && ec == std::errc() && end == text.data() + text.size() && out >= 0;
}

// One server per data directory: a second one exits instead of splitting the log.
int lockDataDirectory(const std::string &dir, std::string &error)
{
    const std::string path = dir + "/serve.lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        error = "cannot open " + path + ": " + std::strerror(errno);
        return -1;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char pid[32] = {};
        const ssize_t n = ::pread(fd, pid, sizeof pid - 1, 0);
        error = "another bro-server is serving " + dir +
                (n > 0 ? " (process " + std::string(pid, std::size_t(n)) + ")" : std::string()) +
                "; one server per data directory";
        ::close(fd);
        return -1;
    }
    const std::string me = std::to_string(::getpid());
    if (::ftruncate(fd, 0) == 0)
        (void)!::pwrite(fd, me.data(), me.size(), 0);
    return fd; // held until the process ends
}

// HOST:PORT -> host and port; false if it is not that.
bool hostPort(const std::string &text, std::string &host, int &port)
{
    const auto colon = text.rfind(':');
    long long p = 0;
    if (colon == std::string::npos || colon == 0 || !number(text.substr(colon + 1), p) || p > 65535)
        return false;
    host = text.substr(0, colon);
    port = int(p);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    ::umask(077); // the database, its WAL, the key and backups are the server user's alone
    std::vector<std::string> args(argv + 1, argv + argc);
    std::vector<std::string> words;
    std::map<std::string, std::string> options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i].rfind("--", 0) == 0) {
            if (i + 1 >= args.size())
                return usage();
            options[args[i].substr(2)] = args[i + 1];
            ++i;
        } else {
            words.push_back(args[i]);
        }
    }
    auto opt = [&](const char *name) {
        auto it = options.find(name);
        return it == options.end() ? std::string() : it->second;
    };
    // Every option may also come from the settings file; the command line wins.
    if (!opt("config").empty())
        if (auto why = bro::server::readConfigFile(opt("config"), options); !why.empty())
            return done(why);
    // --db URL: the backend (storage/backends.h); without it, the embedded database in
    // --data DIR.
    const std::string db = opt("db");
    if ((opt("data").empty() && db.empty()) || words.empty())
        return usage();
    const std::string dir = opt("data");

    std::error_code ec;
    if (!dir.empty()) {
        std::filesystem::create_directories(dir, ec);
        std::filesystem::permissions(dir, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace, ec);
    }
    const std::string command = words.empty() ? "" : words[0];
    const std::string sub = words.size() > 1 ? words[1] : "";
    int lock = -1;
    if (command == "serve" && db.empty()) {
        std::string why;
        lock = lockDataDirectory(dir, why);
        if (lock < 0)
            return done(why);
    }

    long long dbConnections = 0;
    if (!opt("db-connections").empty() &&
        (!number(opt("db-connections"), dbConnections) || dbConnections < 1 || dbConnections > 1000))
        return done("db-connections: must be a whole number from 1 to 1000");
    std::unique_ptr<bro::server::Repository> repo;
    try {
        repo = bro::server::openRepository(dir, db, true, int(dbConnections));
    } catch (const std::exception &e) {
        return done(std::string(db.empty() ? "cannot open the data directory: "
                                           : "cannot open the database: ") + e.what());
    }
    if (command == "migrate") {
        auto *pg = dynamic_cast<bro::server::PostgresRepository *>(repo.get());
        auto *lite = dynamic_cast<bro::server::SqliteRepository *>(repo.get());
        std::printf("bro-server: schema version %d\n", pg ? pg->schemaVersion() : lite->schemaVersion());
        return 0;
    }
    if (command == "import-sqlite") {
        auto *pg = dynamic_cast<bro::server::PostgresRepository *>(repo.get());
        if (!pg || sub.empty())
            return done("import-sqlite: give the PostgreSQL database with --db postgresql://... "
                        "and the data directory to import (import-sqlite DIR)");
        std::string summary;
        if (auto why = bro::server::importSqlite(sub, *pg, summary); !why.empty())
            return done(why);
        std::printf("bro-server: imported %s\n", summary.c_str());
        return 0;
    }
    bro::server::AdminService admin(*repo);

    if (command == "user" && sub == "add") {
        bro::model::Role role;
        if (!bro::model::roleFromName(opt("role"), role))
            return done("role: must be adviser, mentor, participant or leader");
        std::string password;
        std::getline(std::cin, password);
        return done(admin.addUser({opt("name"), role, password, opt("full-name"), opt("employer"),
                                   opt("municipality")}));
    }
    if (command == "report") {
        if (opt("municipality").empty())
            return done("municipality: is required");
        std::string error;
        const auto query = bro::model::reporting::parseReportQuery(
            opt("year"), opt("from"), opt("as-of"), bro::server::todayUtc(), &error);
        if (!query)
            return done(error);
        bro::server::ReportService reports(*repo);
        const auto report = reports.municipalityReport(opt("municipality"), *query);
        std::fputs(bro::model::reporting::reportToCsv(report).c_str(), stdout);
        return 0;
    }
    if (command == "user" && sub == "revoke")
        return done(admin.revokeSessions(opt("name")));
    if (command == "user" && (sub == "disable" || sub == "enable"))
        return done(admin.setDisabled(opt("name"), sub == "disable"));
    if (command == "caseload" && sub == "add")
        return done(admin.addToCaseload(opt("adviser"), opt("participant")));
    if (command == "caseload" && sub == "remove")
        return done(admin.removeFromCaseload(opt("adviser"), opt("participant")));
    if (command == "placement" && sub == "add")
        return done(admin.addPlacement(opt("participant"), opt("employer")));
    if (command == "placement" && sub == "end")
        return done(admin.endPlacement(opt("participant"), opt("employer")));
    if (command == "participant" && sub == "link")
        return done(admin.linkParticipant(opt("user"), opt("participant")));
    if (command == "device" && sub == "list") {
        std::vector<bro::server::DeviceRow> devices;
        if (auto why = admin.listDevices(opt("user"), devices); !why.empty())
            return done(why);
        for (const auto &d : devices)
            std::printf("%s registered %lld last-seen %lld%s\n", d.id.c_str(),
                        static_cast<long long>(d.registeredAt / 1000),
                        static_cast<long long>(d.lastSeenAt / 1000),
                        d.wipedAt ? " wiped" : d.wipeRequested ? " wipe-requested" : "");
        return 0;
    }
    if (command == "device" && sub == "wipe")
        return done(admin.wipeDevice(opt("device")));
    if (command == "backup") {
        // Written beside DEST and renamed: an earlier backup stays whole until the new one is.
        if (sub.empty())
            return done("backup: needs the destination file (bro-server --data DIR backup DEST)");
        std::error_code same;
        const auto parent = std::filesystem::absolute(sub, same).parent_path();
        if (std::filesystem::equivalent(parent, dir, same))
            return done("backup: DEST must be outside the data directory " + dir);
        auto *lite = dynamic_cast<bro::server::SqliteRepository *>(repo.get());
        if (!lite)
            return done("backup: a PostgreSQL database is backed up with pg_dump (README, "
                        "\"Backups\"), not by bro-server");
        const std::string partial = sub + ".partial";
        if (auto why = lite->backupTo(partial); !why.empty())
            return done(why);
        std::error_code ec2;
        std::filesystem::rename(partial, sub, ec2);
        if (ec2)
            return done("backup: cannot rename " + partial + " to " + sub + ": " + ec2.message());
        std::printf("bro-server: backup written to %s\n", sub.c_str());
        return 0;
    }
    if (command == "serve") {
        bro::server::HttpOptions http;
        long long ttl = 12 * 3600, offlineDays = bro::server::kDefaultOfflineDays;
        const std::pair<const char *, long long *> numbers[] = {{"token-ttl", &ttl},
                                                                {"offline-days", &offlineDays}};
        for (const auto &[name, target] : numbers)
            if (!opt(name).empty() && !number(opt(name), *target))
                return done(std::string(name) + ": must be a whole number");
        long long value = 0;
        auto setIf = [&](const char *name, auto &target) {
            if (opt(name).empty())
                return true;
            if (!number(opt(name), value) || value == 0)
                return false;
            target = static_cast<std::remove_reference_t<decltype(target)>>(value);
            return true;
        };
        if (!setIf("max-body", http.maxBodyBytes) || !setIf("page-size", http.pullLimit) ||
            !setIf("max-file", http.maxBlobBytes) || !setIf("workers", http.workers) ||
            !setIf("keep-alive", http.keepAliveSeconds))
            return done("max-body, page-size, max-file, workers, keep-alive: must be whole "
                        "numbers above 0");
        std::string listen = opt("listen").empty() ? "127.0.0.1:8470" : opt("listen");
        std::string host;
        int port = 0;
        if (!hostPort(listen, host, port))
            return done("listen: expected HOST:PORT");
        std::string metricsHost;
        int metricsPort = -1;
        if (!opt("metrics-listen").empty() && !hostPort(opt("metrics-listen"), metricsHost, metricsPort))
            return done("metrics-listen: expected HOST:PORT");
        const std::string requestLog = opt("request-log").empty() ? "on" : opt("request-log");
        if (requestLog != "on" && requestLog != "off")
            return done("request-log: must be on or off");
        http.logRequests = requestLog == "on";
        if (const std::string proxies = opt("trusted-proxy"); !proxies.empty()) {
            std::size_t from = 0;
            while (from <= proxies.size()) {
                const auto comma = std::min(proxies.find(',', from), proxies.size());
                const std::string item = proxies.substr(from, comma - from);
                const std::string address = bro::server::parseAddress(item);
                if (address.empty())
                    return done("trusted-proxy: \"" + item + "\" is not an IP address");
                http.trustedProxies.push_back(address);
                from = comma + 1;
            }
        }
        http.tlsCertFile = opt("tls-cert");
        http.tlsKeyFile = opt("tls-key");
        if (http.tlsCertFile.empty() != http.tlsKeyFile.empty())
            return done(http.tlsCertFile.empty() ? "tls-cert: needed with --tls-key"
                                                 : "tls-key: needed with --tls-cert");
        for (const auto &[name, file] : {std::pair{"tls-cert", http.tlsCertFile},
                                         std::pair{"tls-key", http.tlsKeyFile}})
            if (!file.empty() && ::access(file.c_str(), R_OK) != 0)
                return done(std::string(name) + ": cannot read " + file + ": " +
                            std::strerror(errno));

        bro::server::AuthService auth(*repo, ttl, int(offlineDays));
        bro::server::SyncService sync(*repo);
        bro::server::FileService files(*repo);
        bro::server::ReportService reports(*repo);
        // SIGTERM and SIGINT are taken by one thread (blocked in every other, the workers and
        // the log's included, so blocked before any is made): it stops accepting, and serve()
        // returns once the requests in flight are answered.
        sigset_t stopSignals;
        sigemptyset(&stopSignals);
        sigaddset(&stopSignals, SIGTERM);
        sigaddset(&stopSignals, SIGINT);
        pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
        bro::server::HttpApi api({auth, sync, files, reports}, http);
        if (!api.valid())
            return done("tls-cert, tls-key: " + http.tlsCertFile + " and " + http.tlsKeyFile +
                        " are not a PEM certificate and its private key, or do not match");
        const int bound = api.bind(host, port);
        if (bound < 0)
            return done("listen: cannot listen on " + listen);
        int metricsBound = -1;
        if (metricsPort >= 0 && (metricsBound = api.bindMetrics(metricsHost, metricsPort)) < 0)
            return done("metrics-listen: cannot listen on " + opt("metrics-listen"));
        std::signal(SIGPIPE, SIG_IGN);
        std::atomic<bool> serving{true};
        std::thread stopper([&] {
            int sig = 0;
            sigwait(&stopSignals, &sig);
            api.stop(); // first: printing may wait for a reader of standard error
            if (serving)
                std::fprintf(stderr, "bro-server: %s: finishing the requests in flight\n",
                             sig == SIGINT ? "SIGINT" : "SIGTERM");
        });
        // The first report would read every record: do it now, beside serving.
        std::thread warmUp([&reports] {
            try {
                reports.warmUp();
            } catch (const std::exception &e) { // the first report reads it again
                std::fprintf(stderr, "bro-server: reading the journeys failed: %s\n", e.what());
            }
        });
        std::printf("bro-server: listening on %s:%d%s\n", host.c_str(), bound,
                    http.tlsCertFile.empty() ? "" : " (TLS)");
        if (metricsBound >= 0)
            std::printf("bro-server: metrics on %s:%d\n", metricsHost.c_str(), metricsBound);
        std::fflush(stdout);
        const bool ok = api.serve();
        serving = false;
        pthread_kill(stopper.native_handle(), SIGTERM); // ends the stopper if no signal came
        stopper.join();
        warmUp.join();
        if (lock >= 0)
            ::close(lock);
        return ok ? 0 : 1;
    }
    return usage();
}
