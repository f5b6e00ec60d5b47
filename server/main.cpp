// bro-server: the central sync server, and its administration commands.
#include "bro/server/http.h"
#include "bro/server/report.h"
#include "bro/server/storage.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr const char *kUsage =
    "usage: bro-server --data DIR COMMAND\n"
    "  user add --name NAME --role adviser|mentor|participant|leader [--employer ORG]\n"
    "           [--municipality NAME]  (the password is read from standard input; a mentor\n"
    "                                needs --employer, a programme leader --municipality)\n"
    "  user revoke --name NAME       revoke every session of the user\n"
    "  caseload add --adviser NAME --participant ID\n"
    "  placement add --participant ID --employer ORG\n"
    "  participant link --user NAME --participant ID\n"
    "  report --municipality NAME --year Y [--from F] [--as-of YYYY-MM-DD]\n"
    "                                the municipality's figures as CSV (small numbers hidden)\n"
    "  serve [--listen HOST:PORT] [--max-body BYTES] [--token-ttl SECONDS] [--page-size N]\n"
    "        [--max-file BYTES]      (default 127.0.0.1:8470; port 0 picks a free port;\n"
    "                                attachment files up to 25 MiB)\n";

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

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
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
    std::filesystem::create_directories(dir, ec);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
    std::unique_ptr<bro::server::Storage> storage;
    try {
        storage = std::make_unique<bro::server::Storage>(dir);
    } catch (const std::exception &e) {
        return done(std::string("cannot open the data directory: ") + e.what());
    }

    const std::string command = words.empty() ? "" : words[0];
    const std::string sub = words.size() > 1 ? words[1] : "";
    if (command == "user" && sub == "add") {
        const auto role = bro::server::roleFromString(opt("role"));
        if (!role)
            return done("role: must be adviser, mentor, participant or leader");
        std::string password;
        std::getline(std::cin, password);
        return done(storage->addUser(opt("name"), *role, opt("employer"), password,
                                     opt("municipality")));
    }
    if (command == "report") {
        if (opt("municipality").empty())
            return done("municipality: is required");
        std::string error;
        const auto query = bro::model::reporting::parseReportQuery(
            opt("year"), opt("from"), opt("as-of"), bro::server::todayUtc(), &error);
        if (!query)
            return done(error);
        bro::server::User leader; // the administrator asks as the municipality's leader would
        leader.role = bro::model::Role::Leader;
        leader.name = "bro-server report";
        leader.municipality = opt("municipality");
        const auto report = bro::server::municipalityReport(*storage, leader, *query);
        std::fputs(bro::model::reporting::reportToCsv(report).c_str(), stdout);
        return 0;
    }
    if (command == "user" && sub == "revoke")
        return done(storage->revokeTokens(opt("name")));
    if (command == "caseload" && sub == "add")
        return done(storage->addToCaseload(opt("adviser"), opt("participant")));
    if (command == "placement" && sub == "add")
        return done(storage->addPlacement(opt("participant"), opt("employer")));
    if (command == "participant" && sub == "link")
        return done(storage->linkParticipant(opt("user"), opt("participant")));
    if (command == "serve") {
        bro::server::HttpOptions http;
        try {
            if (!opt("max-body").empty())
                http.maxBodyBytes = std::stoull(opt("max-body"));
            if (!opt("token-ttl").empty())
                http.tokenTtlSeconds = std::stoll(opt("token-ttl"));
            if (!opt("page-size").empty())
                http.pullLimit = std::max(1, std::stoi(opt("page-size")));
            if (!opt("max-file").empty())
                http.maxBlobBytes = std::stoll(opt("max-file"));
        } catch (const std::exception &) {
            return done("max-body, token-ttl, page-size, max-file: must be whole numbers");
        }
        std::string listen = opt("listen").empty() ? "127.0.0.1:8470" : opt("listen");
        const auto colon = listen.rfind(':');
        if (colon == std::string::npos)
            return done("listen: expected HOST:PORT");
        const std::string host = listen.substr(0, colon);
        const int port = std::atoi(listen.c_str() + colon + 1);
        bro::server::HttpApi api(*storage, http);
        const int bound = api.bind(host, port);
        if (bound < 0)
            return done("listen: cannot listen on " + listen);
        std::printf("bro-server: listening on %s:%d\n", host.c_str(), bound);
        std::fflush(stdout);
        return api.serve() ? 0 : 1;
    }
    return usage();
}
