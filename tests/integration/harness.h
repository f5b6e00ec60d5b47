// A real bro-server process on loopback and devices driven through the real bro-cli.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <bro/sync/change.h>
#include <bro/sync/hlc.h>
#include <bro/sync/sqlite.h>
#include <bro/sync/transport.h>
#include <bro/sync/uuid.h>

#include <nlohmann/json.hpp>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bro::test {

struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

// A process the test starts is killed when the test process ends, however it ends: a test
// that aborts or times out would otherwise leave its servers (and HAProxy) running, holding
// their ports and CPU (the destructors that stop them never run). Linux's parent-death signal,
// set in the child before it executes the program; a parent already gone by then ends it too.
inline void endsWithTest(QProcess &p)
{
    const pid_t parent = ::getpid();
    p.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
}

inline Result run(const QString &program, const QStringList &args, const QByteArray &input = {},
                  const QStringList &env = {})
{
    QProcess p;
    endsWithTest(p);
    if (!env.isEmpty()) {
        auto e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env)
            e.insert(kv.section('=', 0, 0), kv.section('=', 1));
        p.setProcessEnvironment(e);
    }
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The backend the servers of a test use. BRO_TEST_BACKEND=postgres (the pg_ ctest entries):
// each Server gets a database of its own in the PostgreSQL cluster at BRO_TEST_PG_URL (a URL
// of its postgres database, as scripts/pg-cluster prints it), dropped when the Server goes.
inline bool onPostgres()
{
    return qEnvironmentVariable("BRO_TEST_BACKEND") == QLatin1String("postgres");
}

// The URL of database name in the test cluster.
inline QString postgresUrl(const QString &name)
{
    QUrl url(qEnvironmentVariable("BRO_TEST_PG_URL"));
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

// Runs SQL on the test cluster's postgres database (psql); "" or psql's complaint.
inline QByteArray postgresAdmin(const QString &sql)
{
    const Result r = run(QStringLiteral("psql"), {"-X", "-q", "-v", "ON_ERROR_STOP=1",
                                                  qEnvironmentVariable("BRO_TEST_PG_URL"), "-c", sql});
    return r.exitCode == 0 ? QByteArray() : r.err + r.out;
}

class Server
{
public:
    explicit Server(QStringList serveOptions = {})
        : m_options(std::move(serveOptions))
    {
        if (onPostgres()) {
            if (qEnvironmentVariable("BRO_TEST_PG_URL").isEmpty())
                qFatal("BRO_TEST_BACKEND=postgres needs BRO_TEST_PG_URL (run it through "
                       "scripts/pg-cluster run, as ctest does)");
            m_pgName = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
            const QByteArray why = postgresAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_pgName));
            if (!why.isEmpty())
                qFatal("cannot create a test database: %s", why.constData());
        }
    }
    // Another server process on the same PostgreSQL database as other (a cluster).
    struct SameDatabase
    {
    };
    Server(SameDatabase, const Server &other, QStringList serveOptions = {})
        : m_options(std::move(serveOptions))
        , m_pgName(other.m_pgName)
        , m_ownsDatabase(false)
    {}
    ~Server()
    {
        stop();
        if (!m_pgName.isEmpty() && m_ownsDatabase)
            (void)postgresAdmin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_pgName));
    }
    // Where the server's data is: --data DIR, or --db URL on PostgreSQL.
    QStringList backendArgs() const
    {
        return m_pgName.isEmpty() ? QStringList{"--data", dataDir()}
                                  : QStringList{"--db", postgresUrl(m_pgName)};
    }

    QString dataDir() const { return m_dir.path(); }
    // The server's PostgreSQL database ("" on the embedded one).
    QString postgresDatabase() const { return m_pgName; }
    // The server's own database (encrypted with server.key beside it), for tests that look
    // behind the API.
    sync::Database database() const
    {
        QFile keyFile(m_dir.filePath(QStringLiteral("server.key")));
        keyFile.open(QIODevice::ReadOnly);
        const QByteArray key = QByteArray::fromHex(keyFile.readAll().trimmed());
        return sync::Database::openEncrypted(
            m_dir.filePath(QStringLiteral("server.db")).toStdString(), key.toStdString(), false);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // The server process's resident memory, in KiB (from /proc).
    qint64 residentKiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        return -1;
    }
    // Starts a second process on the same data directory; returns its exit code and output.
    Result startAnother(const QStringList &extra = {})
    {
        return run(QStringLiteral(BRO_SERVER),
                   backendArgs() + QStringList{"serve", "--listen", "127.0.0.1:0"} + extra);
    }
    int port() const { return m_port; }

    Result admin(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringLiteral(BRO_SERVER), backendArgs() + args, input);
    }
    // The password is "passord-NAME"; fullName is the name a signature carries.
    void addUser(const QString &name, const QString &role, const QString &employer = {},
                 const QString &fullName = {})
    {
        QStringList args{"user", "add", "--name", name, "--role", role};
        if (!employer.isEmpty())
            args << "--employer" << employer;
        if (!fullName.isEmpty())
            args << "--full-name" << fullName;
        const Result r = admin(args, "passord-" + name.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // Starts serving (on the same port as before, after a restart).
    bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        endsWithTest(*m_process);
        m_process->start(QStringLiteral(BRO_SERVER),
                         backendArgs() + QStringList{"serve", "--listen",
                                                     QStringLiteral("127.0.0.1:%1").arg(m_port)} +
                             m_options);
        if (!m_process->waitForStarted())
            return false;
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            m_process->waitForReadyRead(100);
            line += m_process->readAllStandardOutput();
        }
        const int colon = line.lastIndexOf(':');
        m_port = line.mid(colon + 1).trimmed().toInt();
        return m_port > 0;
    }
    void kill()
    {
        if (m_process) {
            m_process->kill(); // SIGKILL
            m_process->waitForFinished();
            m_process.reset();
        }
    }
    void stop()
    {
        if (m_process) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000))
                m_process->kill();
            m_process->waitForFinished();
            m_process.reset();
        }
    }

private:
    QTemporaryDir m_dir;
    QStringList m_options;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_pgName; // the test database on PostgreSQL
    bool m_ownsDatabase = true;
};

// A free TCP port on loopback (for a process that cannot be told to pick one itself).
inline int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

// Several bro-server processes on one PostgreSQL database, with HAProxy (Debian's haproxy)
// in front of them, round robin, health-checked, connections refused by a dead server
// redispatched to another one. HAProxy says who each client is (X-Forwarded-For), and the
// servers believe it from HAProxy only (--trusted-proxy).
class Cluster
{
public:
    explicit Cluster(int processes = 3)
    {
        for (int i = 1; i < processes; ++i)
            m_servers.push_back(std::make_unique<Server>(Server::SameDatabase{}, first, kProxied));
    }
    ~Cluster() { stopProxy(); }
    inline static const QStringList kProxied{"--trusted-proxy", "127.0.0.1"};
    Server first{kProxied}; // users are added through it
    Server &server(int i) { return i == 0 ? first : *m_servers[std::size_t(i - 1)]; }
    int size() const { return int(m_servers.size()) + 1; }

    bool start()
    {
        for (int i = 0; i < size(); ++i)
            if (!server(i).start())
                return false;
        m_port = freePort();
        QString config = QStringLiteral(
            "global\n  maxconn 2000\n"
            "defaults\n  mode http\n  timeout connect 2s\n  timeout client 60s\n"
            "  timeout server 60s\n  retries 3\n  option redispatch 1\n"
            "frontend bro\n  bind 127.0.0.1:%1\n  option forwardfor\n  default_backend servers\n"
            "backend servers\n  balance roundrobin\n").arg(m_port);
        for (int i = 0; i < size(); ++i)
            config += QStringLiteral("  server s%1 127.0.0.1:%2 check inter 200ms fall 1 rise 2\n")
                          .arg(i)
                          .arg(server(i).port());
        QFile f(m_dir.filePath(QStringLiteral("haproxy.cfg")));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(config.toUtf8());
        f.close();
        m_proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        endsWithTest(m_proxy);
        m_proxy.start(QStringLiteral("haproxy"), {"-db", "-f", f.fileName()});
        if (!m_proxy.waitForStarted())
            return false;
        for (int i = 0; i < 100; ++i) { // until it accepts
            sync::CurlTransport probe(sync::CurlOptions{.baseUrl = url().toStdString(), .retries = 0});
            if (probe.request("GET", "/v1/pull?since=0", {}, "x").status == 401)
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    void stopProxy()
    {
        if (m_proxy.state() != QProcess::NotRunning) {
            m_proxy.terminate();
            if (!m_proxy.waitForFinished(3000))
                m_proxy.kill();
            m_proxy.waitForFinished();
        }
    }

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<Server>> m_servers;
    QProcess m_proxy;
    int m_port = 0;
};

class Device
{
public:
    explicit Device(QString name)
        : m_name(std::move(name))
    {}
    QString home() const { return m_dir.path(); }
    void setClockOffsetMs(qint64 ms) { m_env = {QStringLiteral("BRO_CLOCK_OFFSET_MS=%1").arg(ms)}; }

    Result cli(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringLiteral(BRO_CLI), QStringList{"--home", home()} + args, input, m_env);
    }
    void login(Server &server, const QString &user)
    {
        const Result r = cli({"login", "--server", server.url(), "--user", user},
                             "passord-" + user.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QString add(const QString &kind, const QStringList &fields)
    {
        const Result r = cli(QStringList{"add", kind} + fields);
        if (r.exitCode != 0)
            qWarning("%s: add %s failed: %s", qPrintable(m_name), qPrintable(kind),
                     r.err.constData());
        return QString::fromUtf8(r.out.trimmed());
    }
    bool set(const QString &id, const QStringList &fields)
    {
        const Result r = cli(QStringList{"set", id} + fields);
        if (r.exitCode != 0)
            qWarning("%s: set failed: %s", qPrintable(m_name), r.err.constData());
        return r.exitCode == 0;
    }
    bool sync()
    {
        const Result r = cli({"sync"});
        if (r.exitCode != 0)
            qWarning("%s: sync failed: %s", qPrintable(m_name), r.err.constData());
        return r.exitCode == 0;
    }
    QByteArray dump() { return cli({"dump"}).out; }
    nlohmann::json json() { return nlohmann::json::parse(dump().toStdString()); }
    nlohmann::json conflicts()
    {
        return nlohmann::json::parse(cli({"conflicts"}).out.toStdString());
    }

private:
    QString m_name;
    QTemporaryDir m_dir;
    QStringList m_env;
};

// Raw HTTP to the server through the real libcurl transport, as a device with its own id
// would speak it (or an attacker with an ordinary account).
struct Http
{
    sync::CurlTransport transport;
    std::string device = sync::Uuid::randomV4().toString();
    sync::HybridClock clock{device}; // this device's stamps only increase, as a real one's

    explicit Http(const QString &url)
        : transport(sync::CurlOptions{.baseUrl = url.toStdString(), .retries = 0})
    {}
    sync::HttpResponse post(const std::string &path, const std::string &body,
                            const std::string &token = {})
    {
        return transport.request("POST", path, body, token);
    }
    sync::HttpResponse get(const std::string &path, const std::string &token)
    {
        return transport.request("GET", path, {}, token);
    }
    sync::HttpResponse login(const std::string &user, const std::string &password)
    {
        return post("/v1/login",
                    nlohmann::json{{"user", user}, {"password", password}, {"device", device}}.dump());
    }
    // The token of user (password "passord-USER") on this device, or "".
    std::string login(const std::string &user)
    {
        const auto r = login(user, "passord-" + user);
        return r.status == 200 ? nlohmann::json::parse(r.body)["token"].get<std::string>()
                               : std::string();
    }
    nlohmann::json pullAll(const std::string &token)
    {
        const auto r = get("/v1/pull?since=0", token);
        return r.status == 200 ? nlohmann::json::parse(r.body) : nlohmann::json();
    }
    // One change of this device, stamped now (or at millis).
    nlohmann::json change(const std::string &kind, const std::string &id, const std::string &field,
                          nlohmann::json value, std::int64_t millis = 0, std::uint32_t counter = 0)
    {
        sync::Change c;
        c.opId = sync::newRecordId();
        c.kind = kind;
        c.recordId = id;
        c.field = field;
        c.value = std::move(value);
        c.stamp = millis ? sync::HlcStamp{millis, counter, device} : clock.now();
        c.deviceId = device;
        return c;
    }
    // Pushes changes; the reply's JSON (results) or, on an error, {"status", "error"}.
    nlohmann::json push(const std::string &token, const std::vector<nlohmann::json> &changes)
    {
        nlohmann::json list = nlohmann::json::array();
        for (const auto &c : changes)
            list.push_back(c);
        nlohmann::json body = nlohmann::json::object();
        body["changes"] = std::move(list);
        const auto r = post("/v1/push", body.dump(), token);
        nlohmann::json j = nlohmann::json::parse(r.body, nullptr, false);
        if (!j.is_object())
            j = nlohmann::json::object();
        j["http"] = r.status;
        return j;
    }
};

inline std::string errorOf(const sync::HttpResponse &r)
{
    const nlohmann::json j = nlohmann::json::parse(r.body, nullptr, false);
    return j.is_object() && j["error"].is_string() ? j["error"].get<std::string>()
                                                   : "<no JSON error>";
}

} // namespace bro::test
