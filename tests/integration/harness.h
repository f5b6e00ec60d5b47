// A real bro-server process on loopback and devices driven through the real bro-cli.
#pragma once

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <memory>

namespace bro::test {

struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

inline Result run(const QString &program, const QStringList &args, const QByteArray &input = {},
                  const QStringList &env = {})
{
    QProcess p;
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

class Server
{
public:
    explicit Server(QStringList serveOptions = {})
        : m_options(std::move(serveOptions))
    {}
    ~Server() { stop(); }

    QString dataDir() const { return m_dir.path(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int port() const { return m_port; }

    Result admin(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringLiteral(BRO_SERVER), QStringList{"--data", dataDir()} + args, input);
    }
    void addUser(const QString &name, const QString &role, const QString &employer = {})
    {
        QStringList args{"user", "add", "--name", name, "--role", role};
        if (!employer.isEmpty())
            args << "--employer" << employer;
        const Result r = admin(args, "passord-" + name.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // Starts serving (on the same port as before, after a restart).
    bool start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(BRO_SERVER),
                         QStringList{"--data", dataDir(), "serve", "--listen",
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

} // namespace bro::test
