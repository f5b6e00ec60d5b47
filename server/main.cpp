// bro-server: the central sync server, and its administration commands.
#include "bro/server/http.h"
#include "bro/server/service/auth_service.h"
#include "bro/server/service/file_service.h"
#include "bro/server/service/report_service.h"
#include "bro/server/service/sync_service.h"
#include "bro/server/storage/backends.h"
#include "bro/server/storage/postgres_repository.h"
#include "bro/server/storage/sqlite_repository.h"

#include <bro/model/catalogue.h>

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr const char *kUsage =
    "usage: bro-server --data DIR COMMAND    (the embedded database in DIR)\n"
    "       bro-server --db postgresql://... COMMAND\n"
    "                                (PostgreSQL: any number of servers on one database)\n"
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
    "  serve [--listen HOST:PORT] [--max-body BYTES] [--token-ttl SECONDS] [--page-size N]\n"
    "        [--max-file BYTES] [--workers N] [--offline-days N]\n"
    "                                (default 127.0.0.1:8470; port 0 picks a free port;\n"
    "                                attachment files up to 25 MiB)\n"
    "The data directory holds server.db (encrypted) and its key server.key (mode 0600).\n";

// --db URL, anywhere on the command line: the backend (storage/backends.h). Without it, the
// embedded database in --data DIR.
std::string takeDbOption(std::vector<std::string> &args)
{
    std::string db;
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "--db") {
            db = args[i + 1];
            args.erase(args.begin() + long(i), args.begin() + long(i) + 2);
            break;
        }
    if (!db.empty() && (args.empty() || args[0] != "--data"))
        args.insert(args.begin(), {"--data", ""});
    return db;
}

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

bro::server::HttpApi *g_api = nullptr;

void onTerminate(int)
{
    if (g_api)
        g_api->stop(); // stops accepting; requests in flight finish
}

} // namespace

int main(int argc, char **argv)
{
    ::umask(077); // the database, its WAL, the key and backups are the server user's alone
    std::vector<std::string> args(argv + 1, argv + argc);
    const std::string db = takeDbOption(args);
    if (args.size() < 3 || args[0] != "--data")
        return usage();
    const std::string dir = args[1];
    std::vector<std::string> words;
    std::map<std::string, std::string> options;
    for (std::size_t i = 2; i < args.size(); ++i) {
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

    std::unique_ptr<bro::server::Repository> repo;
    try {
        repo = bro::server::openRepository(dir, db);
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
            !setIf("max-file", http.maxBlobBytes) || !setIf("workers", http.workers))
            return done("max-body, page-size, max-file, workers: must be whole numbers above 0");
        std::string listen = opt("listen").empty() ? "127.0.0.1:8470" : opt("listen");
        const auto colon = listen.rfind(':');
        long long port = 0;
        if (colon == std::string::npos || !number(listen.substr(colon + 1), port) || port > 65535)
            return done("listen: expected HOST:PORT");
        const std::string host = listen.substr(0, colon);

        bro::server::AuthService auth(*repo, ttl, int(offlineDays));
        bro::server::SyncService sync(*repo);
        bro::server::FileService files(*repo);
        bro::server::ReportService reports(*repo);
        bro::server::HttpApi api({auth, sync, files, reports}, http);
        const int bound = api.bind(host, int(port));
        if (bound < 0)
            return done("listen: cannot listen on " + listen);
        // The first report would read every record: do it now, beside serving.
        std::thread warmUp([&reports] { reports.warmUp(); });
        g_api = &api;
        std::signal(SIGTERM, onTerminate);
        std::signal(SIGINT, onTerminate);
        std::signal(SIGPIPE, SIG_IGN);
        std::printf("bro-server: listening on %s:%d\n", host.c_str(), bound);
        std::fflush(stdout);
        const bool ok = api.serve();
        g_api = nullptr;
        warmUp.join();
        if (lock >= 0)
            ::close(lock);
        return ok ? 0 : 1;
    }
    return usage();
}
