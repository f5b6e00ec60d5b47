// Fuzz target: the whole HTTP path of bro-server (cpp-httplib's request parser, the routes,
// the services, the embedded SQLCipher repository), one request per input, in memory
// (HttpApi::answer) so that tens of thousands of requests a minute reach the handlers.
//
// An input is a request in a form that keeps the fuzzer close to what the API understands:
//
//     ROLE METHOD PATH [gz]\n
//     BODY
//
// ROLE is adviser, mentor, participant or leader (the request carries that user's token,
// logged in once at start) or none (no token); the request gets a correct Content-Length and,
// with "gz", a gzip body. ROLE "raw" sends the rest of the input as it stands (the parser's
// own input). Placeholders are filled in everywhere: @PARTICIPANT@, @BOOK@, @ENTRY@ (records
// that exist), @NEWID@ and @OP@ (a fresh UUIDv7 each), @HLC@ (a stamp of the role's device,
// later than the last), @MS@ and @CTR@ (the same as milliseconds and a counter, for v2 batches),
// @DEVICE@ (the role's device), @TOKEN@ (the role's token).
//
// What counts as a failure: a crash or a sanitizer report, a reply that is not HTTP, a 5xx
// (the server must answer hostile input with a 4xx naming the field), or a reply to a valid
// token other than JSON/bytes. BRO_FUZZ_VERBOSE=1 prints each request and its answer. The seed corpus is fuzz/corpus/http; crashes found become files
// in fuzz/regressions/http, replayed by ctest (fuzz_replay_http).
#include <bro/server/http.h>
#include <bro/server/service/auth_service.h>
#include <bro/server/service/file_service.h>
#include <bro/server/service/report_service.h>
#include <bro/server/service/sync_service.h>
#include <bro/server/storage/sqlite_repository.h>
#include <bro/sync/blobs.h>
#include <bro/sync/change.h>
#include <bro/sync/hlc.h>
#include <bro/sync/uuid.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unistd.h>

namespace {

using namespace bro;
using Json = nlohmann::json;

struct Actor
{
    std::string device = sync::Uuid::randomV4().toString();
    std::string token;
    std::uint32_t counter = 0;
};

struct World
{
    std::string dir;
    std::unique_ptr<server::SqliteRepository> repo;
    std::unique_ptr<server::AuthService> auth;
    std::unique_ptr<server::SyncService> sync;
    std::unique_ptr<server::FileService> files;
    std::unique_ptr<server::ReportService> reports;
    std::unique_ptr<server::HttpApi> api;
    std::map<std::string, Actor> actors;
    std::string participant = sync::newRecordId();
    std::string book = sync::newRecordId();
    std::string entry = sync::newRecordId();
    std::int64_t millis = sync::HybridClock::systemMillis();

    ~World()
    {
        api.reset();
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

World *g_world = nullptr;

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "fuzz_http: %s\n", what.c_str());
    std::abort();
}

std::string replaceAll(std::string text, const std::string &from,
                       const std::function<std::string()> &to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
        const std::string with = to();
        text.replace(at, from.size(), with);
        at += with.size();
    }
    return text;
}

std::string fill(std::string text, World &w, Actor *actor)
{
    text = replaceAll(text, "@PARTICIPANT@", [&] { return w.participant; });
    text = replaceAll(text, "@BOOK@", [&] { return w.book; });
    text = replaceAll(text, "@ENTRY@", [&] { return w.entry; });
    text = replaceAll(text, "@NEWID@", [] { return sync::newRecordId(); });
    text = replaceAll(text, "@OP@", [] { return sync::newRecordId(); });
    if (actor) {
        text = replaceAll(text, "@DEVICE@", [&] { return actor->device; });
        text = replaceAll(text, "@TOKEN@", [&] { return actor->token; });
        text = replaceAll(text, "@HLC@", [&] {
            return sync::HlcStamp{w.millis, ++actor->counter, actor->device}.toString();
        });
        // v2 batches (sync/wire.h): a stamp as milliseconds and a counter.
        text = replaceAll(text, "@MS@", [&] { return std::to_string(w.millis); });
        text = replaceAll(text, "@CTR@", [&] { return std::to_string(++actor->counter); });
    }
    return text;
}

std::string request(const std::string &method, const std::string &path, const std::string &body,
                    const std::string &token, bool gzip)
{
    std::string head = method + " " + path + " HTTP/1.1\r\nHost: fuzz\r\n";
    if (!token.empty())
        head += "Authorization: Bearer " + token + "\r\n";
    const std::string sent = gzip ? sync::gzipCompress(body) : body;
    if (gzip)
        head += "Content-Encoding: gzip\r\n";
    if (!body.empty() || method == "POST" || method == "PUT")
        head += "Content-Type: application/json\r\nContent-Length: " +
                std::to_string(sent.size()) + "\r\n";
    return head + "\r\n" + sent;
}

// The status and body of a raw reply; status 0 when it is not an HTTP reply.
int statusOf(const std::string &reply, std::string *body = nullptr)
{
    if (reply.rfind("HTTP/1.1 ", 0) != 0 || reply.size() < 12)
        return 0;
    const int status = std::atoi(reply.c_str() + 9);
    if (body) {
        const auto end = reply.find("\r\n\r\n");
        *body = end == std::string::npos ? std::string() : reply.substr(end + 4);
    }
    return status;
}

std::string must(World &w, const std::string &raw, int expected)
{
    std::string body;
    const int status = statusOf(w.api->answer(raw), &body);
    if (status != expected)
        die("setup request answered " + std::to_string(status) + ": " + body);
    return body;
}

void setUp(World &w)
{
    const char *shm = "/dev/shm";
    char pattern[256];
    std::snprintf(pattern, sizeof pattern, "%s/bro-fuzz-XXXXXX",
                  std::filesystem::is_directory(shm) ? shm : "/tmp");
    if (!mkdtemp(pattern))
        die("cannot make a temporary directory");
    w.dir = pattern;
    w.repo = std::make_unique<server::SqliteRepository>(w.dir);
    server::AdminService admin(*w.repo);
    const struct
    {
        const char *name;
        model::Role role;
        const char *employer;
        const char *municipality;
    } users[] = {{"adviser", model::Role::Adviser, "", ""},
                 {"mentor", model::Role::Mentor, "Elektro Nord AS", ""},
                 {"participant", model::Role::Participant, "", ""},
                 {"leader", model::Role::Leader, "", "Bodø"}};
    for (const auto &u : users)
        if (auto why = admin.addUser({u.name, u.role, std::string("passord-") + u.name, "",
                                      u.employer, u.municipality});
            !why.empty())
            die(why);
    w.auth = std::make_unique<server::AuthService>(*w.repo, 3600);
    w.sync = std::make_unique<server::SyncService>(*w.repo);
    w.files = std::make_unique<server::FileService>(*w.repo);
    w.reports = std::make_unique<server::ReportService>(*w.repo);
    server::HttpOptions options;
    options.maxBodyBytes = 1024 * 1024;
    options.workers = 2;
    w.api = std::make_unique<server::HttpApi>(
        server::Services{*w.auth, *w.sync, *w.files, *w.reports}, options);
    for (const auto &u : users) {
        Actor &a = w.actors[u.name];
        const Json login{{"user", u.name}, {"password", std::string("passord-") + u.name},
                         {"device", a.device}};
        a.token = Json::parse(must(w, request("POST", "/v1/login", login.dump(), "", false), 200))
                      ["token"];
    }
    // One participant in the adviser's caseload, placed with the mentor's employer, linked to
    // the participant's account, with a training book and an entry.
    Actor &adviser = w.actors["adviser"];
    const std::string push = fill(R"({"changes": [
        {"op": "@OP@", "kind": "participant", "id": "@PARTICIPANT@", "field": "name", "value": "Amanuel Tesfay", "base": "", "hlc": "@HLC@", "device": "@DEVICE@"},
        {"op": "@OP@", "kind": "training_book", "id": "@BOOK@", "field": "participant_id", "value": "@PARTICIPANT@", "base": "", "hlc": "@HLC@", "device": "@DEVICE@"},
        {"op": "@OP@", "kind": "training_book", "id": "@BOOK@", "field": "employer", "value": "Elektro Nord AS", "base": "", "hlc": "@HLC@", "device": "@DEVICE@"},
        {"op": "@OP@", "kind": "logbook_entry", "id": "@ENTRY@", "field": "training_book_id", "value": "@BOOK@", "base": "", "hlc": "@HLC@", "device": "@DEVICE@"},
        {"op": "@OP@", "kind": "logbook_entry", "id": "@ENTRY@", "field": "entry_date", "value": "2026-11-20", "base": "", "hlc": "@HLC@", "device": "@DEVICE@"},
        {"op": "@OP@", "kind": "logbook_entry", "id": "@ENTRY@", "field": "hours", "value": 7.5, "base": "", "hlc": "@HLC@", "device": "@DEVICE@"}]})",
                                  w, &adviser);
    const Json results = Json::parse(must(w, request("POST", "/v1/push", push, adviser.token, false), 200));
    for (const auto &r : results["results"])
        if (r["status"] != "applied")
            die("setup push: " + r.dump());
    for (const auto &why : {admin.addToCaseload("adviser", w.participant),
                            admin.addPlacement(w.participant, "Elektro Nord AS"),
                            admin.linkParticipant("participant", w.participant)})
        if (!why.empty())
            die(why);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (!g_world) {
        g_world = new World; // lives for the process: the server's state grows with the run
        setUp(*g_world);
    }
    World &w = *g_world;
    const std::string input(reinterpret_cast<const char *>(data), size);
    const auto newline = input.find('\n');
    const std::string first = input.substr(0, newline);
    const std::string rest = newline == std::string::npos ? std::string() : input.substr(newline + 1);
    std::string raw;
    std::string role, method, path, flag;
    {
        std::size_t a = first.find(' ');
        role = first.substr(0, a);
        if (role == "raw") {
            raw = fill(rest, w, &w.actors["adviser"]);
        } else {
            if (a == std::string::npos)
                return 0;
            const std::size_t b = first.find(' ', a + 1);
            if (b == std::string::npos)
                return 0;
            method = first.substr(a + 1, b - a - 1);
            const std::size_t c = first.find(' ', b + 1);
            path = first.substr(b + 1, c == std::string::npos ? std::string::npos : c - b - 1);
            flag = c == std::string::npos ? std::string() : first.substr(c + 1);
            if (method.empty() || path.empty() || path[0] != '/' ||
                path.find_first_of(" \r\n") != std::string::npos ||
                method.find_first_of(" \r\n") != std::string::npos)
                return 0;
            Actor *actor = w.actors.count(role) ? &w.actors[role] : nullptr;
            if (!actor && role != "none")
                return 0;
            raw = request(method, fill(path, w, actor), fill(rest, w, actor),
                          actor ? actor->token : std::string(), flag == "gz");
        }
    }
    std::string body;
    const std::string reply = w.api->answer(raw);
    const int status = statusOf(reply, &body);
    static const bool verbose = std::getenv("BRO_FUZZ_VERBOSE") != nullptr;
    if (verbose)
        std::fprintf(stderr, "%s %s %s -> %d %s\n", role.c_str(), method.c_str(), path.c_str(),
                     status, body.substr(0, 160).c_str());
    // A request cpp-httplib cannot parse gets no reply or a 400; anything the routes answer
    // is HTTP, and never a server error.
    if (!reply.empty() && status == 0)
        die("not an HTTP reply: " + reply.substr(0, 200));
    if (status >= 500 && status != 503)
        die("server error " + std::to_string(status) + " for:\n" + raw.substr(0, 2000) +
            "\nreply: " + body.substr(0, 500));
    // An input may log a user out or confirm a wipe: log in again, so that later inputs
    // still reach what needs a session.
    for (auto &[name, actor] : w.actors)
        if (!w.auth->authenticate(actor.token)) {
            actor.device = sync::Uuid::randomV4().toString();
            actor.counter = 0;
            const Json login{{"user", name}, {"password", "passord-" + name}, {"device", actor.device}};
            std::string answer;
            if (statusOf(w.api->answer(request("POST", "/v1/login", login.dump(), "", false)),
                         &answer) == 200)
                actor.token = Json::parse(answer)["token"];
        }
    return 0;
}
