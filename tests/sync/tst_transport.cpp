// The libcurl transport's byte counts against what really crossed a socket: a listener on
// loopback counts every byte of the request it reads and of the reply it writes. The
// benchmarks and the sync report print these counts, so they must be the bytes on the wire,
// each byte once (the request's body was counted twice: once inside libcurl's request size).
// And gzipCompress, whose deflate streams are kept and reset between calls: each output is the
// one a fresh stream gives, whatever came before it and on whichever thread.
#include <bro/sync/transport.h>

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>
#include <zlib.h>

using namespace bro;

namespace {

// gzip of data from a stream made for it alone, as gzipCompress did before it kept streams.
std::string freshGzip(const std::string &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    std::string out(deflateBound(&zs, data.size()) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string gunzip(const std::string &data)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return "(inflateInit2 failed)";
    std::string out;
    char buf[16384];
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, sizeof buf - zs.avail_out);
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END ? out : "(not a complete gzip stream)";
}

// Text that compresses, but not to nothing; seed makes each one different.
std::string sampleText(std::size_t size, unsigned seed)
{
    std::string s;
    s.reserve(size);
    for (std::size_t i = 0; s.size() < size; ++i)
        s += char('a' + ((i * 7919 + seed * 104729) % 26));
    return s;
}

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
    void gzipOfEachInputIsAFreshStreamsWhateverCameBefore();
    void gzipOnManyThreadsAtOnceGivesEachItsOwnOutput();
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

void TestTransport::gzipOfEachInputIsAFreshStreamsWhateverCameBefore()
{
    // Large, then small, then empty, then large again: a stream that kept anything of the
    // input before (its window, its hash chains, its position) would give other bytes.
    const std::vector<std::size_t> sizes = {300'000, 40, 0, 1, 70'000, 40, 300'000, 5};
    unsigned seed = 0;
    for (std::size_t size : sizes) {
        const std::string text = sampleText(size, ++seed);
        const std::string zipped = sync::gzipCompress(text);
        QVERIFY2(!zipped.empty(), qPrintable(QString("size %1").arg(size)));
        QCOMPARE(zipped, freshGzip(text));
        QCOMPARE(gunzip(zipped), text);
    }
}

void TestTransport::gzipOnManyThreadsAtOnceGivesEachItsOwnOutput()
{
    // More threads than streams are kept, so that streams are made, shared out and given back
    // while others compress.
    constexpr int kThreads = 24, kEach = 40;
    std::vector<int> wrong(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([t, &wrong] {
            for (int i = 0; i < kEach; ++i) {
                const std::string text = sampleText(std::size_t(100 + (t * 977 + i * 131) % 9000),
                                                    unsigned(t * kEach + i));
                if (gunzip(sync::gzipCompress(text)) != text)
                    ++wrong[std::size_t(t)];
            }
        });
    for (auto &th : threads)
        th.join();
    for (int t = 0; t < kThreads; ++t)
        QCOMPARE(wrong[std::size_t(t)], 0);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
