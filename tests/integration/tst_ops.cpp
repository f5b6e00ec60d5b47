// Running bro-server in production (issue 10, items 4 and 5): graceful shutdown on SIGTERM
// with a push in flight, idle kept-alive devices that cannot take every worker, TLS in the
// server itself through the real transport with a CA file, the health check, the metrics on
// their own address, one structured log line per request, the online backup restored and
// read, and the settings file. A real bro-server process on loopback each time.
#include "harness.h"

#include <bro/sync/engine.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <set>
#include <signal.h>
#include <thread>
#include <unistd.h>

#include <sys/socket.h>

using namespace bro::test;
using nlohmann::json;

namespace {

// A bro-server started by the test, with its output kept: "listening on HOST:PORT" and, with
// --metrics-listen, "metrics on HOST:PORT".
class Serving
{
public:
    Serving(const QString &dataDir, const QStringList &options, const QStringList &before = {})
    {
        const QStringList data = dataDir.isEmpty() ? QStringList() : QStringList{"--data", dataDir};
        m_process.start(QStringLiteral(BRO_SERVER), before + data + QStringList{"serve"} + options);
        m_process.waitForStarted();
        const QRegularExpression listening(QStringLiteral("listening on [^\\n]*:(\\d+)"));
        const QRegularExpression metrics(QStringLiteral("metrics on [^\\n]*:(\\d+)"));
        const bool wantMetrics = options.contains(QStringLiteral("--metrics-listen"));
        for (int i = 0; i < 100; ++i) {
            m_process.waitForReadyRead(100);
            m_out += m_process.readAllStandardOutput();
            const auto l = listening.match(QString::fromUtf8(m_out));
            const auto m = metrics.match(QString::fromUtf8(m_out));
            if (l.hasMatch())
                port = l.captured(1).toInt();
            if (m.hasMatch())
                metricsPort = m.captured(1).toInt();
            if (port > 0 && (!wantMetrics || metricsPort > 0))
                break;
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
    }
    ~Serving()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished();
        }
    }
    QString url(const char *scheme = "http") const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(port);
    }
    qint64 pid() const { return m_process.processId(); }
    // Waits for the process to end; its exit code, or -1 if it did not end normally.
    int waitForExit(int ms = 10000)
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(ms))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QByteArray err()
    {
        m_err += m_process.readAllStandardError();
        return m_err;
    }

    int port = 0;
    int metricsPort = 0;

private:
    QProcess m_process;
    QByteArray m_out, m_err;
};

Result admin(const QString &dir, const QStringList &args, const QByteArray &input = {})
{
    return run(QStringLiteral(BRO_SERVER), QStringList{"--data", dir} + args, input);
}

void addAdviser(const QString &dir, const QString &name)
{
    const Result r = admin(dir, {"user", "add", "--name", name, "--role", "adviser"},
                           "passord-" + name.toUtf8() + "\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

// n new participants, each one change (its name): a push that takes the server a while.
std::vector<json> participants(Http &http, int n, std::vector<std::string> *ids = nullptr)
{
    std::vector<json> changes;
    for (int i = 0; i < n; ++i) {
        const std::string id = bro::sync::newRecordId();
        if (ids)
            ids->push_back(id);
        changes.push_back(http.change("participant", id, "name", "Deltaker " + std::to_string(i)));
    }
    return changes;
}

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Sends one kept-alive request on fd and reads its reply's headers (and a short body).
QByteArray askOnce(int fd, const char *path)
{
    const std::string request = std::string("GET ") + path +
                                " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n";
    (void)!::write(fd, request.data(), request.size());
    timeval tv{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char buf[4096];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    return n > 0 ? QByteArray(buf, int(n)) : QByteArray();
}

} // namespace

class TestOps : public QObject
{
    Q_OBJECT
private slots:
    void sigtermFinishesThePushInFlightAndRefusesNewConnections();
    void idleKeptAliveDevicesCannotTakeEveryWorker();
    void tlsInTheServerWithTheRealTransport();
    void healthSaysWhetherTheDatabaseAnswers();
    void metricsAreServedOnTheirOwnAddress();
    void oneStructuredLogLinePerRequestWithoutPersonalData();
    void backupIsConsistentAndRestores();
    void aDatabaseWithOneKilobytePagesKeepsServing();
    void settingsFileSetsEveryOption();
};

void TestOps::sigtermFinishesThePushInFlightAndRefusesNewConnections()
{
    QTemporaryDir dir;
    addAdviser(dir.path(), "kari");
    Serving server(dir.path(), {"--listen", "127.0.0.1:0"});
    QVERIFY(server.port > 0);
    Http http(server.url());
    const std::string token = http.login("kari");
    QVERIFY(!token.empty());
    // A push large enough to be in flight for a while (thousands of new records).
    std::vector<std::string> ids;
    const auto changes = participants(http, 12000, &ids);

    std::atomic<qint64> repliedAt{0};
    QElapsedTimer clock;
    clock.start();
    json pushed;
    std::thread pusher([&] {
        pushed = http.push(token, changes);
        repliedAt = clock.elapsed();
    });
    QThread::msleep(150); // the request is sent and being merged
    const qint64 signalledAt = clock.elapsed();
    QCOMPARE(::kill(pid_t(server.pid()), SIGTERM), 0);
    QThread::msleep(100);
    // A new connection is refused while the push is still being answered.
    Http late(server.url());
    const auto refused = late.transport.request("GET", "/v1/health", {}, {});
    const qint64 refusedAt = clock.elapsed();
    const bool stillInFlight = repliedAt.load() == 0;
    pusher.join();
    const int exitCode = server.waitForExit();

    QVERIFY2(repliedAt > signalledAt, "the push was answered before SIGTERM: make it larger");
    QVERIFY2(stillInFlight, qPrintable(QStringLiteral("the push ended at %1 ms, before the new "
                                                      "connection was tried at %2 ms")
                                           .arg(repliedAt.load())
                                           .arg(refusedAt)));
    QCOMPARE(refused.status, 0); // not answered: the listening socket is closed
    QCOMPARE(pushed["http"].get<int>(), 200);
    QCOMPARE(pushed["results"].size(), changes.size());
    for (const auto &r : pushed["results"])
        QCOMPARE(r["status"].get<std::string>(), std::string("applied"));
    QCOMPARE(exitCode, 0);
    QVERIFY(server.err().contains("SIGTERM: finishing the requests in flight"));

    // Everything the answered push said was applied is there after a restart.
    Serving again(dir.path(), {"--listen", "127.0.0.1:0"});
    Http reader(again.url());
    const std::string token2 = reader.login("kari");
    std::set<std::string> seen;
    std::int64_t since = 0;
    for (bool more = true; more;) {
        const json page =
            json::parse(reader.get("/v1/pull?since=" + std::to_string(since), token2).body);
        for (const auto &c : page["changes"])
            seen.insert(c["id"].get<std::string>());
        since = page["cursor"].get<std::int64_t>();
        more = page["more"].get<bool>();
    }
    for (const auto &id : ids)
        QVERIFY(seen.count(id));
}

void TestOps::idleKeptAliveDevicesCannotTakeEveryWorker()
{
    // Four workers, and kept-alive connections that may stay idle for 30 s: without the busy
    // policy, four idle devices would hold every worker and the next device would wait 30 s.
    // Once more than half the workers hold a connection, each reply closes its connection
    // (the real transport, libcurl, honours "Connection: close").
    QTemporaryDir dir;
    addAdviser(dir.path(), "kari");
    Serving server(dir.path(), {"--listen", "127.0.0.1:0", "--workers", "4", "--keep-alive", "30"});
    QVERIFY(server.port > 0);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<Http>> idle;
    for (int i = 0; i < 6; ++i) {
        idle.push_back(std::make_unique<Http>(server.url()));
        QCOMPARE(idle.back()->get("/v1/health", {}).status, 200); // then idle, kept alive
    }
    Http device(server.url());
    const std::string token = device.login("kari");
    const auto pulled = device.get("/v1/pull?since=0", token);
    const qint64 ms = timer.elapsed();
    qInfo("6 devices that stay connected, then a login and a pull, on 4 workers: %lld ms", ms);
    QVERIFY(!token.empty());
    QCOMPARE(pulled.status, 200);
    QVERIFY2(ms < 15000, qPrintable(QString::number(ms))); // far below the 30 s keep-alive

    // A raw client that ignores "Connection: close" holds its worker only until the
    // keep-alive time ends; it is told to close all the same.
    const int fd = connectTo(server.port);
    QVERIFY(fd >= 0);
    const QByteArray reply = askOnce(fd, "/v1/health");
    ::close(fd);
    QVERIFY2(reply.contains("Connection: close"), reply.constData());
}

void TestOps::tlsInTheServerWithTheRealTransport()
{
    QTemporaryDir dir, certs;
    addAdviser(dir.path(), "kari");
    const QString cert = certs.filePath("cert.pem"), key = certs.filePath("key.pem");
    const Result made = run(
        QStringLiteral("openssl"),
        {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", cert});
    QVERIFY2(made.exitCode == 0, made.err.constData());

    {
        // A key that is not a key: a clear error, nothing served.
        QFile bad(certs.filePath("bad.pem"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a key\n");
        bad.close();
        Serving broken(dir.path(), {"--listen", "127.0.0.1:0", "--tls-cert", cert, "--tls-key",
                                    bad.fileName()});
        QCOMPARE(broken.waitForExit(), 1);
        QVERIFY2(broken.err().contains("tls-cert, tls-key:"), broken.err().constData());
        Serving half(dir.path(), {"--listen", "127.0.0.1:0", "--tls-cert", cert});
        QCOMPARE(half.waitForExit(), 1);
        QVERIFY2(half.err().contains("tls-key: needed with --tls-cert"), half.err().constData());
    }

    Serving server(dir.path(), {"--listen", "127.0.0.1:0", "--tls-cert", cert, "--tls-key", key});
    QVERIFY(server.port > 0);

    // The real device: bro-cli logs in with the CA file and syncs over TLS.
    Device tablet("kari");
    {
        const Result r = tablet.cli(
            {"login", "--server", server.url("https"), "--user", "kari", "--ca-file", cert},
            "passord-kari\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QString p = tablet.add("participant", {"name=Amanuel Tesfay"});
    QVERIFY(!p.isEmpty());
    QVERIFY(tablet.sync());
    bro::sync::CurlTransport trusting(bro::sync::CurlOptions{
        .baseUrl = server.url("https").toStdString(), .caFile = cert.toStdString(), .retries = 0});
    const auto login =
        bro::sync::login(trusting, "kari", "passord-kari", bro::sync::Uuid::randomV4().toString());
    QVERIFY2(login.ok, login.error.c_str());
    const auto pulled = trusting.request("GET", "/v1/pull?since=0", {}, login.token);
    QCOMPARE(pulled.status, 200);
    const json page = json::parse(pulled.body);
    bool found = false;
    for (const auto &c : page["changes"])
        found = found || c["id"] == p.toStdString();
    QVERIFY(found);

    // Without the CA file the certificate is not trusted; plain HTTP is not answered.
    Http untrusting(server.url("https"));
    const auto refused = untrusting.login("kari", "passord-kari");
    QCOMPARE(refused.status, 0);
    QVERIFY2(QString::fromStdString(refused.error).contains("certificate", Qt::CaseInsensitive),
             refused.error.c_str());
    Http plain(server.url("http"));
    QCOMPARE(plain.login("kari", "passord-kari").status, 0);
}

void TestOps::healthSaysWhetherTheDatabaseAnswers()
{
    QTemporaryDir dir;
    addAdviser(dir.path(), "kari");
    Serving server(dir.path(), {"--listen", "127.0.0.1:0"});
    Http lb(server.url());
    const auto ok = lb.get("/v1/health", {});
    QCOMPARE(ok.status, 200);
    QCOMPARE(json::parse(ok.body)["database"].get<std::string>(), std::string("ok"));

    // The database file is cut to nothing under the running server (a failed disk, a
    // mistaken copy): the health check says so, for the load balancer to stop sending.
    QVERIFY(::truncate(QFile::encodeName(dir.filePath("server.db")).constData(), 0) == 0);
    QFile::remove(dir.filePath("server.db-wal"));
    QFile::remove(dir.filePath("server.db-shm"));
    const auto down = lb.get("/v1/health", {});
    QCOMPARE(down.status, 503);
    const json body = json::parse(down.body);
    QCOMPARE(body["ok"].get<bool>(), false);
    QVERIFY2(body["error"].get<std::string>().rfind("database: ", 0) == 0, down.body.c_str());
}

void TestOps::metricsAreServedOnTheirOwnAddress()
{
    QTemporaryDir dir;
    addAdviser(dir.path(), "kari");
    Serving server(dir.path(), {"--listen", "127.0.0.1:0", "--metrics-listen", "127.0.0.1:0"});
    QVERIFY(server.port > 0);
    QVERIFY(server.metricsPort > 0);
    QVERIFY(server.metricsPort != server.port);
    Http http(server.url());
    const std::string token = http.login("kari");
    const json pushed = http.push(token, participants(http, 3));
    QCOMPARE(pushed["http"].get<int>(), 200);
    QCOMPARE(http.get("/v1/pull?since=0", token).status, 200); // its own changes: none sent
    QCOMPARE(http.get("/v1/pull?since=zero", token).status, 400);
    Http other(server.url()); // kari's second tablet pulls them
    QCOMPARE(other.pullAll(other.login("kari"))["changes"].size(), std::size_t(3));

    // Not on the API's address.
    QCOMPARE(http.get("/metrics", {}).status, 404);
    Http scraper(QStringLiteral("http://127.0.0.1:%1").arg(server.metricsPort));
    const auto r = scraper.get("/metrics", {});
    QCOMPARE(r.status, 200);
    const QString text = QString::fromStdString(r.body);
    for (const char *line :
         {"bro_http_requests_total{route=\"login\",method=\"POST\",status=\"200\"} 2",
          "bro_http_requests_total{route=\"push\",method=\"POST\",status=\"200\"} 1",
          "bro_http_requests_total{route=\"pull\",method=\"GET\",status=\"200\"} 2",
          "bro_http_requests_total{route=\"pull\",method=\"GET\",status=\"400\"} 1",
          "bro_http_errors_total{route=\"pull\",class=\"client\"} 1",
          "bro_http_request_duration_seconds_bucket{route=\"push\",le=\"+Inf\"} 1",
          "bro_http_request_duration_seconds_count{route=\"pull\"} 3", "bro_pushes_total 1",
          "bro_pushed_changes_total 3", "bro_pulls_total 2", "bro_pulled_changes_total 3",
          "# TYPE bro_database_seconds_total counter", "bro_http_workers 256"})
        QVERIFY2(text.contains(QLatin1String(line)), line);
    const auto dbSeconds =
        QRegularExpression(QStringLiteral("\\nbro_database_seconds_total ([0-9.e+-]+)\\n"))
            .match(text);
    QVERIFY(dbSeconds.hasMatch() && dbSeconds.captured(1).toDouble() > 0);
    QVERIFY(QRegularExpression(QStringLiteral("\\nbro_database_calls_total [1-9]"))
                .match(text)
                .hasMatch());
}

void TestOps::oneStructuredLogLinePerRequestWithoutPersonalData()
{
    QTemporaryDir dir;
    const Result added = admin(dir.path(),
                               {"user", "add", "--name", "kari.nordmann", "--role", "adviser",
                                "--full-name", "Kari Nordmann"},
                               "passord-kari.nordmann\n");
    QVERIFY(added.exitCode == 0);
    Serving server(dir.path(), {"--listen", "127.0.0.1:0"});
    Http http(server.url());
    const std::string token = http.login("kari.nordmann");
    QVERIFY(!token.empty());
    QCOMPARE(http.push(token, participants(http, 2))["http"].get<int>(), 200);
    QCOMPARE(http.get("/v1/pull?since=0", token).status, 200);
    QCOMPARE(http.login("kari.nordmann", "feil").status, 401);
    QCOMPARE(server.waitForExit(100), -1); // still serving
    ::kill(pid_t(server.pid()), SIGTERM);
    QCOMPARE(server.waitForExit(), 0);

    std::vector<json> lines;
    for (const QByteArray &line : server.err().split('\n'))
        if (line.startsWith('{'))
            lines.push_back(json::parse(line.toStdString()));
    QCOMPARE(lines.size(), std::size_t(4));
    const char *paths[] = {"/v1/login", "/v1/push", "/v1/pull", "/v1/login"};
    const int statuses[] = {200, 200, 200, 401};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const json &l = lines[i];
        QCOMPARE(l.size(), std::size_t(6));
        for (const char *key : {"time", "method", "path", "status", "ms", "user"})
            QVERIFY2(l.contains(key), key);
        QVERIFY(QRegularExpression(
                    QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(QString::fromStdString(l["time"].get<std::string>()))
                    .hasMatch());
        QCOMPARE(l["path"].get<std::string>(), std::string(paths[i]));
        QCOMPARE(l["status"].get<int>(), statuses[i]);
        QVERIFY(l["ms"].is_number() && l["ms"].get<double>() >= 0);
    }
    // The user is the account's number, for requests made with a token only.
    QVERIFY(lines[0]["user"].is_null() && lines[3]["user"].is_null());
    QVERIFY(lines[1]["user"].is_number_integer() && lines[1]["user"] == lines[2]["user"]);
    // No name, no password, no token, no address, no query in the whole log.
    const QByteArray all = server.err();
    for (const QByteArray &secret :
         {QByteArray("kari"), QByteArray("Nordmann"), QByteArray("passord"), QByteArray("feil"),
          QByteArray::fromStdString(token), QByteArray("127.0.0.1"), QByteArray("since=")})
        QVERIFY2(!all.contains(secret), secret.constData());
}

void TestOps::backupIsConsistentAndRestores()
{
    QTemporaryDir dir, elsewhere, restored;
    addAdviser(dir.path(), "kari");
    Serving server(dir.path(), {"--listen", "127.0.0.1:0"});
    Http http(server.url());
    const std::string token = http.login("kari");
    std::vector<std::string> ids;
    QCOMPARE(http.push(token, participants(http, 50, &ids))["http"].get<int>(), 200);

    // While the server runs: written beside the destination, then renamed.
    const QString dest = elsewhere.filePath("bro-backup.db");
    {
        const Result r = admin(dir.path(), {"backup", dest});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(dest));
        QVERIFY(!QFile::exists(dest + ".partial"));
        QCOMPARE(QFile::permissions(dest) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }
    // Never into the data directory (it would replace the database being copied).
    {
        const Result r = admin(dir.path(), {"backup", dir.filePath("server.db")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("backup: DEST must be outside the data directory"),
                 r.err.constData());
        QCOMPARE(admin(dir.path(), {"backup"}).exitCode, 1);
    }
    // Restore: the backup as server.db beside the same key, in a new data directory.
    QVERIFY(QFile::copy(dest, restored.filePath("server.db")));
    QVERIFY(QFile::copy(dir.filePath("server.key"), restored.filePath("server.key")));
    QFile::setPermissions(restored.filePath("server.key"), QFile::ReadOwner | QFile::WriteOwner);
    Serving back(restored.path(), {"--listen", "127.0.0.1:0"});
    QVERIFY(back.port > 0);
    Http reader(back.url());
    const std::string token2 = reader.login("kari");
    QVERIFY(!token2.empty());
    const json page = reader.pullAll(token2);
    std::set<std::string> seen;
    for (const auto &c : page["changes"])
        seen.insert(c["id"].get<std::string>());
    for (const auto &id : ids)
        QVERIFY(seen.count(id));
}

// A server.db from before 4 KB cipher pages (SQLCipher 3's 1 KB, bro/sync/sqlite.h) is served
// as it is: everything in it is read, new writes land in it, it stays 1 KB, and a backup of
// it restores.
void TestOps::aDatabaseWithOneKilobytePagesKeepsServing()
{
    QTemporaryDir dir, elsewhere;
    addAdviser(dir.path(), "kari");
    std::vector<std::string> ids;
    {
        Serving server(dir.path(), {"--listen", "127.0.0.1:0"});
        Http http(server.url());
        QCOMPARE(http.push(http.login("kari"), participants(http, 20, &ids))["http"].get<int>(),
                 200);
    }
    QFile keyFile(dir.filePath("server.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const std::string hexKey = keyFile.readAll().trimmed().toStdString();
    const std::string key = QByteArray::fromHex(QByteArray::fromStdString(hexKey)).toStdString();
    const std::string path = dir.filePath("server.db").toStdString();
    const std::string old = dir.filePath("old.db").toStdString();
    {
        auto db = bro::sync::Database::openEncrypted(path, key); // may create: ATTACH does
        QCOMPARE(db.cipherPageSize(), bro::sync::kCipherPageSize);
        db.exec("ATTACH DATABASE '" + old + "' AS old KEY \"x'" + hexKey + "'\"");
        db.exec("PRAGMA old.cipher_page_size = 1024");
        db.exec("SELECT sqlcipher_export('old')");
        db.exec("DETACH DATABASE old");
    }
    auto pageSize = [&](const std::string &file) {
        return bro::sync::Database::openEncrypted(file, key, false).cipherPageSize();
    };
    QCOMPARE(pageSize(old), bro::sync::kLegacyCipherPageSize);
    QVERIFY(QFile::remove(QString::fromStdString(path)));
    QFile::remove(QString::fromStdString(path + "-wal"));
    QFile::remove(QString::fromStdString(path + "-shm"));
    QVERIFY(QFile::rename(QString::fromStdString(old), QString::fromStdString(path)));

    const QString dest = elsewhere.filePath("bro-backup.db");
    {
        Serving server(dir.path(), {"--listen", "127.0.0.1:0"});
        QVERIFY2(server.port > 0, server.err().constData());
        Http http(server.url());
        const std::string token = http.login("kari");
        QVERIFY(!token.empty());
        std::vector<std::string> more;
        QCOMPARE(http.push(token, participants(http, 5, &more))["http"].get<int>(), 200);
        ids.insert(ids.end(), more.begin(), more.end());
        Http other(server.url()); // another device: a pull leaves out the device's own
        const json page = other.pullAll(other.login("kari"));
        std::set<std::string> seen;
        for (const auto &c : page["changes"])
            seen.insert(c["id"].get<std::string>());
        QCOMPARE(seen.size(), ids.size());
        for (const auto &id : ids)
            QVERIFY(seen.count(id));
        const Result r = admin(dir.path(), {"backup", dest});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QCOMPARE(pageSize(path), bro::sync::kLegacyCipherPageSize);
    QCOMPARE(pageSize(dest.toStdString()), bro::sync::kLegacyCipherPageSize);
    auto backup = bro::sync::Database::openEncrypted(dest.toStdString(), key, false);
    auto st = backup.prepare("SELECT count(*) FROM records WHERE kind = 'participant'");
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), std::int64_t(ids.size()));
}

void TestOps::settingsFileSetsEveryOption()
{
    QTemporaryDir dir, etc;
    addAdviser(dir.path(), "kari");
    const QString conf = etc.filePath("server.conf");
    auto write = [&](const QByteArray &text) {
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    write("# bro-server settings\n"
          "data = " +
          dir.path().toUtf8() +
          "\n"
          "listen = 127.0.0.1:0\n"
          "\n"
          "metrics-listen = 127.0.0.1:0\n"
          "request-log = off\n"
          "workers = 8\n");
    {
        QProcess p;
        p.start(QStringLiteral(BRO_SERVER), {"--config", conf, "serve"});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        for (int i = 0; i < 50 && !out.contains("metrics on"); ++i) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(out.contains("metrics on 127.0.0.1:"), out.constData());
        const int port =
            out.mid(out.indexOf("listening on 127.0.0.1:") + 23).split('\n')[0].toInt();
        const int mport = out.mid(out.indexOf("metrics on 127.0.0.1:") + 21).split('\n')[0].toInt();
        Http http(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(http.get("/v1/health", {}).status, 200);
        Http scraper(QStringLiteral("http://127.0.0.1:%1").arg(mport));
        QVERIFY(scraper.get("/metrics", {}).body.find("bro_http_workers 8") != std::string::npos);
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!p.readAllStandardError().contains("\"path\"")); // request-log = off
    }
    // The command line wins over the file.
    {
        Serving s(QString(), {"--request-log", "on"}, {"--config", conf});
        QVERIFY(s.port > 0);
        Http http(s.url());
        QCOMPARE(http.get("/v1/health", {}).status, 200);
        ::kill(pid_t(s.pid()), SIGTERM);
        QCOMPARE(s.waitForExit(), 0);
        QVERIFY(s.err().contains("\"path\":\"/v1/health\""));
    }
    // Mistakes name the file, the line and the key; nothing is served.
    const std::pair<QByteArray, QByteArray> mistakes[] = {
        {"data = /tmp/x\nlisen = 127.0.0.1:0\n", "line 2: unknown setting \"lisen\""},
        {"data = /tmp/x\nlisten\n", "line 2: expected key = value"},
        {"listen = 1:2\nlisten = 3:4\n", "line 2: listen: is set twice"},
        {"workers =\n", "line 1: workers: has no value"},
    };
    for (const auto &[text, why] : mistakes) {
        write(text);
        const Result r = run(QStringLiteral(BRO_SERVER), {"--config", conf, "serve"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("config: " + conf.toUtf8() + " " + why), r.err.constData());
    }
    const Result missing =
        run(QStringLiteral(BRO_SERVER), {"--config", etc.filePath("none"), "serve"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("config: cannot read"), missing.err.constData());
    // A value out of range is refused by name, from the file as from the command line.
    write("data = " + dir.path().toUtf8() + "\ndb-connections = 0\n");
    const Result zero = run(QStringLiteral(BRO_SERVER), {"--config", conf, "serve"});
    QCOMPARE(zero.exitCode, 1);
    QVERIFY2(zero.err.contains("db-connections: must be a whole number from 1 to 1000"),
             zero.err.constData());
    const Result many = run(QStringLiteral(BRO_SERVER),
                            {"--data", dir.path(), "--db-connections", "5000", "serve"});
    QCOMPARE(many.exitCode, 1);
    QVERIFY2(many.err.contains("db-connections: must be"), many.err.constData());
}

QTEST_GUILESS_MAIN(TestOps)
#include "tst_ops.moc"
