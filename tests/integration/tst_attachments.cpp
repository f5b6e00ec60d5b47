// Attachment files between devices and a real bro-server over real libcurl: chunked upload,
// resuming after a killed server and after a dropped connection, the hash checks, bad
// requests, the access rules for mentors, and a second device downloading the file.
#include "core/homestore.h"
#include "harness.h"

#include <bro/sync/blobs.h>
#include <bro/sync/engine.h>
#include <bro/sync/sha256.h>
#include <bro/sync/sqlite.h>

#include <QFile>

#include <functional>
#include <random>
#include <set>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

constexpr std::int64_t kMiB = 1 << 20;

// Bytes that do not compress, the same for the same seed.
std::string randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 gen(seed);
    std::string out(n, '\0');
    for (auto &c : out)
        c = char(gen() & 0xFF);
    return out;
}

// Passes every request on to the real transport and records the chunks sent; a hook may cut
// in before (return a response to drop the request) or after a chunk (see the tests).
class RecordingTransport : public sync::Transport
{
public:
    explicit RecordingTransport(sync::Transport &real)
        : m_real(real)
    {}
    struct Chunk
    {
        std::int64_t offset = 0;
        std::size_t bytes = 0;
        int status = 0;
    };
    std::vector<Chunk> chunks;
    // Called before a chunk is sent, with the number of chunks sent so far; a response
    // returned stands for the request (which is then not sent).
    std::function<std::optional<sync::HttpResponse>(int)> before;
    // Called after a chunk's reply; may replace it.
    std::function<void(int, sync::HttpResponse &)> after;

    sync::HttpResponse request(const std::string &method, const std::string &path,
                               const std::string &body, const std::string &token) override
    {
        return m_real.request(method, path, body, token);
    }
    sync::HttpResponse requestBytes(const std::string &method, const std::string &path,
                                    const std::string &body, const std::string &token,
                                    const sync::HttpHeaders &headers) override
    {
        const int sent = int(chunks.size());
        if (before)
            if (auto cut = before(sent))
                return *cut;
        sync::HttpResponse r = m_real.requestBytes(method, path, body, token, headers);
        const auto at = path.find("offset=");
        chunks.push_back({std::stoll(path.substr(at + 7)), body.size(), r.status});
        if (after)
            after(sent + 1, r);
        return r;
    }

private:
    sync::Transport &m_real;
};

// Flips a bit in every file content the server sends.
class SpoilingTransport : public sync::Transport
{
public:
    explicit SpoilingTransport(sync::Transport &real)
        : m_real(real)
    {}
    int spoiled = 0;
    sync::HttpResponse request(const std::string &method, const std::string &path,
                               const std::string &body, const std::string &token) override
    {
        sync::HttpResponse r = m_real.request(method, path, body, token);
        if (path.find("/content") != std::string::npos && r.status == 200 && !r.body.empty()) {
            r.body[r.body.size() / 2] ^= 0x10;
            ++spoiled;
        }
        return r;
    }

private:
    sync::Transport &m_real;
};

sync::HttpResponse connectionReset()
{
    return sync::HttpResponse{0, {}, "Connection reset by peer", 0, 0, 1};
}

// Plain HTTP to the server as one user (on a device of its own).
struct BlobHttp
{
    sync::CurlTransport transport;
    std::string token;
    std::string device = sync::Uuid::randomV4().toString();
    explicit BlobHttp(const QString &url)
        : transport(sync::CurlOptions{.baseUrl = url.toStdString(), .retries = 0})
    {}
    bool login(const std::string &user)
    {
        const auto r = transport.request(
            "POST", "/v1/login",
            json{{"user", user}, {"password", "passord-" + user}, {"device", device}}.dump(), {});
        token = r.status == 200 ? json::parse(r.body)["token"].get<std::string>() : std::string();
        return !token.empty();
    }
    sync::HttpResponse get(const std::string &path)
    {
        return transport.request("GET", path, {}, token);
    }
    sync::HttpResponse put(const std::string &sha, std::int64_t offset, std::int64_t size,
                           const std::string &chunk, std::string chunkSha = {})
    {
        if (chunkSha.empty())
            chunkSha = sync::sha256Hex(chunk);
        return transport.requestBytes("PUT",
                                      "/v1/blobs/" + sha + "?offset=" + std::to_string(offset) +
                                          "&size=" + std::to_string(size),
                                      chunk, token, {{"X-Chunk-Sha256", chunkSha}});
    }
    json state(const std::string &sha)
    {
        const auto r = get("/v1/blobs/" + sha);
        return r.status == 200 ? json::parse(r.body) : json();
    }
    // The whole file as the server gives it out, or "" with the status.
    std::string content(const std::string &sha, int *status = nullptr)
    {
        const auto r = get("/v1/blobs/" + sha + "/content");
        if (status)
            *status = r.status;
        return r.status == 200 ? r.body : std::string();
    }
};

json replyOf(const sync::HttpResponse &r)
{
    return json::parse(r.body, nullptr, false);
}


// The chunks the server holds for a file, read from its database.
std::int64_t storedChunks(Server &server, const std::string &sha)
{
    sync::Database db = server.database();
    auto st = db.prepare("SELECT (SELECT count(*) FROM blob_chunk WHERE sha256 = ?1) + (SELECT "
                         "count(*) FROM upload_chunk WHERE sha256 = ?1)");
    st.bind(1, sha);
    st.step();
    return st.int64(0);
}

// A server with the adviser kari and her device a, a participant with a training book and a
// logbook entry, placed with Hotell Nordlys (whose mentor is mona).
struct Fixture
{
    Server server;
    Device a{QStringLiteral("a")};
    QTemporaryDir files;
    QString participant, book, entry;

    bool start()
    {
        server.addUser("kari", "adviser");
        server.addUser("mona", "mentor", "Hotell Nordlys");
        server.addUser("odd", "mentor", "Bakeri Sør");
        if (!server.start())
            return false;
        a.login(server, "kari");
        participant = a.add("participant", {"name=Farid Ahmadi"});
        book = a.add("training_book", {"participant_id=" + participant, "employer=Hotell Nordlys"});
        entry = a.add("logbook_entry", {"training_book_id=" + book, "entry_date=2026-11-20",
                                        "hours=7,5", "tasks=Frokostservering"});
        const Result placed = server.admin(
            {"placement", "add", "--participant", participant, "--employer", "Hotell Nordlys"});
        return !entry.isEmpty() && placed.exitCode == 0;
    }
    // Attaches bytes to a record through bro-cli; returns the attachment id.
    QString attach(Device &d, const QString &ownerKind, const QString &ownerId,
                   const std::string &bytes, const QString &name = QStringLiteral("bevis.jpg"))
    {
        const QString path = files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
            return {};
        f.close();
        const Result r = d.cli({"attach", ownerKind, ownerId, path, "Fagbrev"});
        if (r.exitCode != 0)
            qWarning("attach failed: %s", r.err.constData());
        return QString::fromUtf8(r.out.trimmed());
    }
    // Pushes the device's records only (the file stays on the device).
    bool pushOnly(Device &d)
    {
        auto store = openHomeStore(d.home()).store;
        sync::CurlTransport transport({.baseUrl = server.url().toStdString(), .retries = 0});
        return sync::SyncEngine(*store, transport, store->meta("token")).push().ok;
    }
};

std::int64_t chunkCount(std::int64_t size)
{
    return (size + kMiB - 1) / kMiB;
}

} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void largeFileUploadsInChunks();
    void serverKilledMidUploadResumes();
    void droppedConnectionResumes_data();
    void droppedConnectionResumes();
    void corruptChunkAndFileAreRefused();
    void badRequests();
    void mentorReadsOnlyTrainingBookAttachments();
    void secondDeviceDownloadsTheFile();
    void emptyFileSyncs();
};

void TestAttachments::largeFileUploadsInChunks()
{
    Fixture f;
    QVERIFY(f.start());
    const std::string photo = randomBytes(5 * kMiB + 123, 1);
    const std::string sha = sync::sha256Hex(photo);
    QVERIFY(!f.attach(f.a, "logbook_entry", f.entry, photo).isEmpty());

    auto store = openHomeStore(f.a.home()).store;
    QCOMPARE(store->blobsToUpload(), std::vector<std::string>{sha});
    sync::CurlTransport real({.baseUrl = f.server.url().toStdString(), .retries = 0});
    RecordingTransport transport(real);
    const auto report = sync::SyncEngine(*store, transport, store->meta("token")).sync();
    QVERIFY2(report.ok, report.error.c_str());
    QCOMPARE(report.blobsUploaded, 1);
    QCOMPARE(report.blobsFailed, 0);
    QCOMPARE(report.chunksSent, 6);
    QCOMPARE(report.blobBytesSent, std::int64_t(photo.size()));
    QCOMPARE(transport.chunks.size(), std::size_t(6));
    std::int64_t next = 0;
    for (const auto &c : transport.chunks) {
        QCOMPARE(c.offset, next); // contiguous, each at most 1 MiB
        QVERIFY(c.bytes <= std::size_t(kMiB));
        QCOMPARE(c.status, 200);
        next += std::int64_t(c.bytes);
    }
    QVERIFY(store->blobsToUpload().empty());
    QVERIFY(store->blob(sha) == photo); // kept on the device

    // The server holds exactly these bytes.
    BlobHttp http(f.server.url());
    QVERIFY(http.login("kari"));
    const json state = http.state(sha);
    QVERIFY(state ==
            (json{{"size", photo.size()}, {"received", photo.size()}, {"complete", true}}));
    const std::string back = http.content(sha);
    QCOMPARE(back.size(), photo.size());
    QCOMPARE(sync::sha256Hex(back), sha);
    QVERIFY(back == photo);
    QCOMPARE(storedChunks(f.server, sha), std::int64_t(6));
    // A range across a chunk boundary.
    const auto range = http.get("/v1/blobs/" + sha +
                                "/content?offset=" + std::to_string(kMiB - 10) + "&length=20");
    QCOMPARE(range.status, 200);
    QVERIFY(range.body == photo.substr(std::size_t(kMiB - 10), 20));

    // Nothing more to do: the next sync sends no chunk.
    transport.chunks.clear();
    const auto again = sync::SyncEngine(*store, transport, store->meta("token")).sync();
    QVERIFY(again.ok);
    QCOMPARE(again.requests, 1);
    QVERIFY(transport.chunks.empty());
}

void TestAttachments::serverKilledMidUploadResumes()
{
    Fixture f;
    QVERIFY(f.start());
    const std::string photo = randomBytes(5 * kMiB + 4321, 2);
    const std::string sha = sync::sha256Hex(photo);
    QVERIFY(!f.attach(f.a, "logbook_entry", f.entry, photo).isEmpty());

    auto store = openHomeStore(f.a.home()).store;
    {
        sync::CurlTransport real({.baseUrl = f.server.url().toStdString(), .retries = 0});
        RecordingTransport killing(real);
        killing.after = [&](int sent, sync::HttpResponse &) {
            if (sent == 2)
                f.server.kill(); // SIGKILL after the server stored the 2nd chunk
        };
        const auto cut = sync::SyncEngine(*store, killing, store->meta("token")).sync();
        QVERIFY(!cut.ok);
        QVERIFY2(cut.error.find("could not be reached") != std::string::npos, cut.error.c_str());
        QCOMPARE(cut.blobsUploaded, 0);
        QCOMPARE(killing.chunks.size(), std::size_t(3)); // the 3rd found no server
        QCOMPARE(killing.chunks[2].status, 0);
    }
    // The device still counts the file as not uploaded.
    QCOMPARE(store->blobsToUpload(), std::vector<std::string>{sha});
    {
        sync::Database db = f.server.database();
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(QString::fromStdString(check.text(0)), QStringLiteral("ok"));
    }
    QCOMPARE(storedChunks(f.server, sha), std::int64_t(2));

    QVERIFY(f.server.start()); // same data, same port
    sync::CurlTransport real({.baseUrl = f.server.url().toStdString(), .retries = 0});
    RecordingTransport resumed(real);
    const auto report = sync::SyncEngine(*store, resumed, store->meta("token")).sync();
    QVERIFY2(report.ok, report.error.c_str());
    QCOMPARE(report.blobsUploaded, 1);
    // It went on from the 3rd chunk: only what the server lacked was sent again.
    QVERIFY(!resumed.chunks.empty());
    QCOMPARE(resumed.chunks.front().offset, 2 * kMiB);
    QCOMPARE(std::int64_t(resumed.chunks.size()), chunkCount(std::int64_t(photo.size())) - 2);
    QCOMPARE(report.blobBytesSent, std::int64_t(photo.size()) - 2 * kMiB);
    QVERIFY(store->blobsToUpload().empty());

    BlobHttp http(f.server.url());
    QVERIFY(http.login("kari"));
    const std::string back = http.content(sha);
    QCOMPARE(sync::sha256Hex(back), sha);
    QVERIFY(back == photo);
}

void TestAttachments::droppedConnectionResumes_data()
{
    QTest::addColumn<bool>("serverGotIt");
    QTest::addColumn<int>("resendFrom"); // the chunk the next sync starts with (0-based)
    // The 4th chunk never reaches the server: the next sync starts with it.
    QTest::newRow("request lost") << false << 3;
    // The server stores the 4th chunk but its reply is lost: the next sync starts after it.
    QTest::newRow("reply lost") << true << 4;
}

void TestAttachments::droppedConnectionResumes()
{
    QFETCH(bool, serverGotIt);
    QFETCH(int, resendFrom);
    Fixture f;
    QVERIFY(f.start());
    const std::string photo = randomBytes(6 * kMiB - 99, 3);
    const std::string sha = sync::sha256Hex(photo);
    QVERIFY(!f.attach(f.a, "logbook_entry", f.entry, photo).isEmpty());

    auto store = openHomeStore(f.a.home()).store;
    sync::CurlTransport real({.baseUrl = f.server.url().toStdString(), .retries = 0});
    {
        RecordingTransport dropping(real);
        if (serverGotIt)
            dropping.after = [](int sent, sync::HttpResponse &r) {
                if (sent == 4)
                    r = connectionReset();
            };
        else
            dropping.before = [](int sent) -> std::optional<sync::HttpResponse> {
                if (sent == 3)
                    return connectionReset();
                return std::nullopt;
            };
        const auto cut = sync::SyncEngine(*store, dropping, store->meta("token")).sync();
        QVERIFY(!cut.ok);
        QVERIFY2(cut.error.find("Connection reset") != std::string::npos, cut.error.c_str());
    }
    QCOMPARE(store->blobsToUpload(), std::vector<std::string>{sha});
    QCOMPARE(storedChunks(f.server, sha), std::int64_t(resendFrom));

    RecordingTransport resumed(real);
    const auto report = sync::SyncEngine(*store, resumed, store->meta("token")).sync();
    QVERIFY2(report.ok, report.error.c_str());
    QCOMPARE(report.blobsUploaded, 1);
    QVERIFY(!resumed.chunks.empty());
    QCOMPARE(resumed.chunks.front().offset, resendFrom * kMiB);
    QCOMPARE(std::int64_t(resumed.chunks.size()),
             chunkCount(std::int64_t(photo.size())) - resendFrom);
    for (const auto &c : resumed.chunks)
        QCOMPARE(c.status, 200); // no 409: the device asked where the upload stood
    QVERIFY(store->blobsToUpload().empty());

    BlobHttp http(f.server.url());
    QVERIFY(http.login("kari"));
    QCOMPARE(sync::sha256Hex(http.content(sha)), sha);
}

void TestAttachments::corruptChunkAndFileAreRefused()
{
    Fixture f;
    QVERIFY(f.start());
    const std::string photo = randomBytes(2 * kMiB + 500, 4);
    const std::string sha = sync::sha256Hex(photo);
    QVERIFY(!f.attach(f.a, "logbook_entry", f.entry, photo).isEmpty());
    QVERIFY(f.pushOnly(f.a)); // the server knows the record, not the file
    BlobHttp http(f.server.url());
    QVERIFY(http.login("kari"));
    QVERIFY(http.state(sha) ==
            (json{{"size", photo.size()}, {"received", 0}, {"complete", false}}));

    // A chunk whose bytes do not match its header: refused, nothing stored.
    const std::string first = photo.substr(0, std::size_t(kMiB));
    std::string spoiled = first;
    spoiled[4711] ^= 0x20;
    auto r = http.put(sha, 0, std::int64_t(photo.size()), spoiled, sync::sha256Hex(first));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorOf(r), std::string("X-Chunk-Sha256: does not match the chunk's bytes"));
    r = http.put(sha, 0, std::int64_t(photo.size()), first, "-");
    QCOMPARE(r.status, 400);
    QCOMPARE(errorOf(r), std::string("X-Chunk-Sha256: must be 64 lower-case hex digits"));
    r = http.transport.requestBytes(
        "PUT", "/v1/blobs/" + sha + "?offset=0&size=" + std::to_string(photo.size()), first,
        http.token, {});
    QCOMPARE(r.status, 400);
    QCOMPARE(errorOf(r), std::string("X-Chunk-Sha256: missing"));
    QCOMPARE(storedChunks(f.server, sha), std::int64_t(0));
    QCOMPARE(http.state(sha)["received"].get<int>(), 0);

    // A whole file whose bytes (each chunk intact) do not hash to the address: the last chunk
    // is refused and the partial file discarded.
    std::string other = photo;
    other[other.size() - 1] ^= 0x01;
    for (std::int64_t offset = 0; offset < std::int64_t(other.size()); offset += kMiB) {
        const std::string chunk = other.substr(std::size_t(offset), std::size_t(kMiB));
        r = http.put(sha, offset, std::int64_t(other.size()), chunk);
        if (offset + kMiB < std::int64_t(other.size())) {
            QCOMPARE(r.status, 200);
            QCOMPARE(replyOf(r)["received"].get<std::int64_t>(),
                     offset + std::int64_t(chunk.size()));
        }
    }
    QCOMPARE(r.status, 400);
    QVERIFY2(errorOf(r).rfind("sha256: the file's bytes do not match", 0) == 0, errorOf(r).c_str());
    QVERIFY(http.state(sha) ==
            (json{{"size", photo.size()}, {"received", 0}, {"complete", false}}));
    QCOMPARE(storedChunks(f.server, sha), std::int64_t(0));
    int status = 0;
    QVERIFY(http.content(sha, &status).empty());
    QCOMPARE(status, 409); // not complete: nothing to give out
    {
        auto store = openHomeStore(f.a.home()).store;
        QCOMPARE(store->blobsToUpload(), std::vector<std::string>{sha}); // still to upload
    }

    // The device's own upload then goes through.
    QVERIFY(f.a.sync());
    QVERIFY(http.content(sha) == photo);
}

void TestAttachments::badRequests()
{
    Fixture f;
    QVERIFY(f.start());
    const std::string photo = randomBytes(3 * kMiB, 5);
    const std::string sha = sync::sha256Hex(photo);
    QVERIFY(!f.attach(f.a, "logbook_entry", f.entry, photo).isEmpty());
    QVERIFY(f.pushOnly(f.a));
    BlobHttp http(f.server.url());
    QVERIFY(http.login("kari"));
    const auto size = std::int64_t(photo.size());

    // A chunk over 1 MiB.
    auto r = http.put(sha, 0, size, photo.substr(0, std::size_t(kMiB) + 1));
    QCOMPARE(r.status, 413);
    QCOMPARE(errorOf(r), std::string("body: a chunk may be at most 1048576 bytes"));
    // A file over the server's limit (25 MiB).
    r = http.put(sha, 0, 25 * kMiB + 1, photo.substr(0, 100));
    QCOMPARE(r.status, 413);
    QVERIFY2(errorOf(r).rfind("size: ", 0) == 0, errorOf(r).c_str());
    QCOMPARE(storedChunks(f.server, sha), std::int64_t(0));

    // A wrong offset: 409 with what the server has.
    QCOMPARE(http.put(sha, 0, size, photo.substr(0, std::size_t(kMiB))).status, 200);
    r = http.put(sha, 2 * kMiB, size, photo.substr(std::size_t(2 * kMiB), std::size_t(kMiB)));
    QCOMPARE(r.status, 409);
    QCOMPARE(replyOf(r)["received"].get<std::int64_t>(), kMiB);
    QCOMPARE(replyOf(r)["complete"].get<bool>(), false);
    QCOMPARE(errorOf(r), std::string("offset: expected 1048576, the bytes received so far"));
    r = http.put(sha, 0, size, photo.substr(0, std::size_t(kMiB))); // the same chunk again
    QCOMPARE(r.status, 409);
    QCOMPARE(replyOf(r)["received"].get<std::int64_t>(), kMiB);
    QCOMPARE(storedChunks(f.server, sha), std::int64_t(1));

    // Malformed addresses and parameters.
    r = http.put("ABC", 0, size, "x");
    QCOMPARE(r.status, 400);
    QCOMPARE(errorOf(r), std::string("sha256: must be 64 lower-case hex digits"));
    r = http.transport.requestBytes("PUT", "/v1/blobs/" + sha + "?offset=1x&size=9", "x",
                                    http.token, {{"X-Chunk-Sha256", sync::sha256Hex("x")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(errorOf(r), std::string("offset: must be a whole number, 0 or more"));
    r = http.transport.requestBytes("PUT", "/v1/blobs/" + sha + "?offset=0", "x", http.token,
                                    {{"X-Chunk-Sha256", sync::sha256Hex("x")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(errorOf(r), std::string("size: missing"));
    QCOMPARE(http.get("/v1/blobs/" + sha + "/content?offset=-1").status, 400);

    // A file no record refers to: 404, whether or not the server holds it.
    const std::string unknown = sync::sha256Hex("no such file");
    QCOMPARE(http.get("/v1/blobs/" + unknown).status, 404);
    r = http.put(unknown, 0, 12, "no such file");
    QCOMPARE(r.status, 404);
    QCOMPARE(errorOf(r), std::string("sha256: no attachment you may read refers to this file"));
    QCOMPARE(storedChunks(f.server, unknown), std::int64_t(0));

    // No token, or a wrong one: 401 everywhere.
    BlobHttp anonymous(f.server.url());
    QCOMPARE(anonymous.get("/v1/blobs/" + sha).status, 401);
    QCOMPARE(anonymous.get("/v1/blobs/" + sha + "/content").status, 401);
    r = anonymous.put(sha, kMiB, size, photo.substr(std::size_t(kMiB), std::size_t(kMiB)));
    QCOMPARE(r.status, 401);
    QCOMPARE(errorOf(r), std::string("authorization: missing bearer token"));
    anonymous.token = std::string(64, 'a');
    QCOMPARE(
        anonymous.put(sha, kMiB, size, photo.substr(std::size_t(kMiB), std::size_t(kMiB))).status,
        401);
    QCOMPARE(storedChunks(f.server, sha), std::int64_t(1));
    QCOMPARE(http.state(sha)["received"].get<std::int64_t>(), kMiB);

    // The device resumes after the chunk sent by hand and completes the file.
    auto store = openHomeStore(f.a.home()).store;
    sync::CurlTransport real({.baseUrl = f.server.url().toStdString(), .retries = 0});
    RecordingTransport transport(real);
    const auto report = sync::SyncEngine(*store, transport, store->meta("token")).sync();
    QVERIFY2(report.ok, report.error.c_str());
    QCOMPARE(report.blobsUploaded, 1);
    QCOMPARE(transport.chunks.size(), std::size_t(2));
    QVERIFY(http.content(sha) == photo);

    // Once complete, a chunk is refused with the state (the file is not changed).
    r = http.put(sha, 0, size, photo.substr(0, std::size_t(kMiB)));
    QCOMPARE(r.status, 409);
    QCOMPARE(replyOf(r)["complete"].get<bool>(), true);
}

void TestAttachments::mentorReadsOnlyTrainingBookAttachments()
{
    Fixture f;
    QVERIFY(f.start());
    const QString mapping = f.a.add("mapping", {"participant_id=" + f.participant});
    QVERIFY(!mapping.isEmpty());
    const std::string onEntry = randomBytes(300'000, 6);
    const std::string onMapping = randomBytes(200'000, 7);
    const QString entryAttachment = f.attach(f.a, "logbook_entry", f.entry, onEntry, "a.jpg");
    const QString mappingAttachment = f.attach(f.a, "mapping", mapping, onMapping, "b.jpg");
    QVERIFY(!entryAttachment.isEmpty() && !mappingAttachment.isEmpty());
    const Result synced = f.a.cli({"sync"});
    QCOMPARE(synced.exitCode, 0);
    QVERIFY2(synced.err.contains("uploaded 2 blob(s)"), synced.err.constData());

    BlobHttp mona(f.server.url());
    QVERIFY(mona.login("mona"));
    // The attachment of the mapping does not exist for her; that of the logbook entry does.
    int status = 0;
    QVERIFY(mona.content(sync::sha256Hex(onMapping), &status).empty());
    QCOMPARE(status, 404);
    QCOMPARE(mona.get("/v1/blobs/" + sync::sha256Hex(onMapping)).status, 404);
    QCOMPARE(
        mona.put(sync::sha256Hex(onMapping), 0, std::int64_t(onMapping.size()), onMapping).status,
        404);
    QVERIFY(mona.content(sync::sha256Hex(onEntry)) == onEntry);
    // Her pull carries the one attachment record and nothing of the other.
    const auto pulled = mona.get("/v1/pull?since=0");
    QCOMPARE(pulled.status, 200);
    const json page = json::parse(pulled.body);
    std::set<std::string> attachments;
    for (const auto &c : page["changes"]) {
        const std::string record = c["id"].get<std::string>();
        QVERIFY(record != mappingAttachment.toStdString());
        QVERIFY(record != mapping.toStdString());
        if (c["kind"] == "attachment")
            attachments.insert(record);
    }
    QVERIFY(attachments == std::set<std::string>{entryAttachment.toStdString()});

    // A mentor of another employer sees neither.
    BlobHttp odd(f.server.url());
    QVERIFY(odd.login("odd"));
    QVERIFY(odd.content(sync::sha256Hex(onEntry), &status).empty());
    QCOMPARE(status, 404);

    // Her device syncs and downloads the one file it may hold.
    Device m(QStringLiteral("m"));
    m.login(f.server, "mona");
    const Result msync = m.cli({"sync"});
    QCOMPARE(msync.exitCode, 0);
    QVERIFY2(msync.err.contains("downloaded 1,"), msync.err.constData());
    auto store = openHomeStore(m.home()).store;
    QCOMPARE(store->count("attachment"), 1);
    QVERIFY(store->blob(sync::sha256Hex(onEntry)) == onEntry);
    QVERIFY(!store->blob(sync::sha256Hex(onMapping)));
    QVERIFY(store->blobsToUpload().empty());

    // A deleted attachment no longer gives access to its file.
    QCOMPARE(f.a.cli({"delete", entryAttachment}).exitCode, 0);
    QVERIFY(f.a.sync());
    QVERIFY(mona.content(sync::sha256Hex(onEntry), &status).empty());
    QCOMPARE(status, 404);
}

void TestAttachments::secondDeviceDownloadsTheFile()
{
    Fixture f;
    QVERIFY(f.start());
    Device b(QStringLiteral("b"));
    b.login(f.server, "kari");
    const std::string photo = randomBytes(2 * kMiB + 77, 8);
    const std::string sha = sync::sha256Hex(photo);
    const QString id = f.attach(f.a, "logbook_entry", f.entry, photo);
    QVERIFY(!id.isEmpty());

    // The record arrives before the file: b waits for it and holds no bytes.
    QVERIFY(f.pushOnly(f.a));
    Result r = b.cli({"sync"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("downloaded 0, 1 waiting"), r.err.constData());
    {
        auto store = openHomeStore(b.home()).store;
        QVERIFY(store->get("attachment", id.toStdString()));
        QVERIFY(!store->blob(sha));
        QCOMPARE(store->blobsToDownload(), std::vector<std::string>{sha});
    }

    r = f.a.cli({"sync"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("uploaded 1 blob(s)"), r.err.constData());

    // Bytes spoiled on the way are not stored.
    {
        auto store = openHomeStore(b.home()).store;
        sync::CurlTransport real({.baseUrl = f.server.url().toStdString(), .retries = 0});
        SpoilingTransport spoiling(real);
        const auto report = sync::SyncEngine(*store, spoiling, store->meta("token")).sync();
        QVERIFY2(report.ok, report.error.c_str());
        QVERIFY(spoiling.spoiled > 0);
        QCOMPARE(report.blobsDownloaded, 0);
        QCOMPARE(report.blobsFailed, 1);
        QVERIFY2(report.blobProblems.at(0).find("do not match their SHA-256") != std::string::npos,
                 report.blobProblems.at(0).c_str());
        QVERIFY(!store->blob(sha));
        QCOMPARE(store->blobsToDownload(), std::vector<std::string>{sha});
    }

    r = b.cli({"sync"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("downloaded 1,"), r.err.constData());
    auto store = openHomeStore(b.home()).store;
    QVERIFY(store->blob(sha) == photo);
    QVERIFY(store->blobsToDownload().empty());
    QVERIFY(store->blobsToUpload().empty()); // it came from the server: nothing to send back
    const auto record = store->get("attachment", id.toStdString());
    QVERIFY(record);
    QCOMPARE((*record)["sha256"].get<std::string>(), sha);
    QCOMPARE((*record)["size_bytes"].get<std::int64_t>(), std::int64_t(photo.size()));
    QCOMPARE((*record)["file_name"].get<std::string>(), std::string("bevis.jpg"));
    QCOMPARE((*record)["mime_type"].get<std::string>(), std::string("image/jpeg"));
    store.reset();
    QCOMPARE(b.dump(), f.a.dump());
}

void TestAttachments::emptyFileSyncs()
{
    Fixture f;
    QVERIFY(f.start());
    const std::string sha = sync::sha256Hex("");
    QVERIFY(!f.attach(f.a, "logbook_entry", f.entry, {}, "tom.txt").isEmpty());
    Result r = f.a.cli({"sync"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("uploaded 1 blob(s)"), r.err.constData());
    Device b(QStringLiteral("b"));
    b.login(f.server, "kari");
    r = b.cli({"sync"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("downloaded 1,"), r.err.constData());
    auto store = openHomeStore(b.home()).store;
    QVERIFY(store->blob(sha) == std::string());
    QVERIFY(store->blobsToDownload().empty());
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
