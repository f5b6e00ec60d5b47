// The libcurl transport's byte counts against what really crossed a socket: a listener on
// loopback counts every byte of the request it reads and of the reply it writes. The
// benchmarks and the sync report print these counts, so they must be the bytes on the wire,
// each byte once (the request's body was counted twice: once inside libcurl's request size).
#include <bro/sync/transport.h>

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <thread>

using namespace bro;

namespace {

// Accepts one connection, reads one request (headers and Content-Length bytes of body) and
// answers it with a fixed reply; counts both.
class OneShotServer
{
public:
    OneShotServer()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 1);
        socklen_t len = sizeof a;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~OneShotServer()
    {
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listen);
    }
    [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    void wait() { m_thread.join(); }

    std::size_t read = 0, written = 0;
    std::string request;

private:
    void serve()
    {
        const int c = ::accept(m_listen, nullptr, nullptr);
        char buf[65536];
        std::size_t need = std::string::npos;
        while (need == std::string::npos || request.size() < need) {
            const ssize_t n = ::recv(c, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            request.append(buf, std::size_t(n));
            const auto end = request.find("\r\n\r\n");
            if (need == std::string::npos && end != std::string::npos) {
                std::size_t length = 0;
                const auto at = request.find("Content-Length: ");
                if (at != std::string::npos && at < end)
                    length = std::stoul(request.substr(at + 16));
                need = end + 4 + length;
            }
        }
        read = request.size();
        const std::string reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 11\r\nConnection: close\r\n\r\n{\"ok\":true}";
        written = std::size_t(::send(c, reply.data(), reply.size(), 0));
        ::close(c);
    }

    int m_listen = -1;
    int m_port = 0;
    std::thread m_thread;
};

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void bytesAreCountedOnceAsTheyCrossTheWire_data();
    void bytesAreCountedOnceAsTheyCrossTheWire();
};

void TestTransport::bytesAreCountedOnceAsTheyCrossTheWire_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("bodyBytes");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("GET") << "GET" << 0 << true;
    QTest::newRow("small POST") << "POST" << 40 << false;
    QTest::newRow("large POST") << "POST" << 300'000 << false;
    QTest::newRow("large gzip POST") << "POST" << 300'000 << true;
}

void TestTransport::bytesAreCountedOnceAsTheyCrossTheWire()
{
    QFETCH(QString, method);
    QFETCH(int, bodyBytes);
    QFETCH(bool, gzip);
    OneShotServer server;
    sync::CurlTransport t({.baseUrl = server.url(), .retries = 0, .gzip = gzip});
    std::string body = "{\"text\":\"";
    for (int i = 0; int(body.size()) < bodyBytes - 2; ++i)
        body += char('a' + (i * 7919 % 26)); // compresses, but not to nothing
    body += "\"}";
    if (bodyBytes == 0)
        body.clear();
    const auto r = t.request(method.toStdString(), "/v1/pull?since=0", body, "token");
    server.wait();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.bytesSent, server.read);
    QCOMPARE(r.bytesReceived, server.written);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
