#include "bro/sync/transport.h"

#include "bro/sync/wire.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "bro/sync/uuid.h"

#include <curl/curl.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>
#include <zlib.h>

namespace bro::sync {

namespace {

std::size_t collect(char *data, std::size_t size, std::size_t n, void *out)
{
    static_cast<std::string *>(out)->append(data, size * n);
    return size * n;
}

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The reply's Retry-After header, in seconds (the date form is not used by bro-server).
std::size_t readRetryAfter(char *data, std::size_t size, std::size_t n, void *out)
{
    const std::size_t len = size * n;
    std::string_view line(data, len);
    constexpr std::string_view name = "retry-after:";
    if (line.size() > name.size()) {
        bool match = true;
        for (std::size_t i = 0; i < name.size() && match; ++i)
            match = char(std::tolower(static_cast<unsigned char>(line[i]))) == name[i];
        if (match) {
            int seconds = 0;
            for (char c : line.substr(name.size()))
                if (c >= '0' && c <= '9')
                    seconds = std::min(seconds * 10 + (c - '0'), 86400);
            *static_cast<int *>(out) = seconds;
        }
    }
    return len;
}

// A deflate stream takes about 260 KB in five blocks (the window, the hash chains, the pending
// output). Made and freed for every request, glibc hands that memory back to the kernel and
// takes it again each time (madvise, then a page fault per 4 KB page). Kept, the load driver
// of server_load (the app's transport) made 1.1-1.5k -> 1.7-1.8k syncs' requests/s of room on
// 2 shared cores; the server's own gain was within the noise. A few streams are kept and reset
// (deflateReset keeps their memory) instead; more at once than kKept are made and freed.
class DeflateStreams
{
public:
    struct Stream
    {
        z_stream zs{};
        bool ok = false;
        Stream()
        {
            ok = deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
                              Z_DEFAULT_STRATEGY) == Z_OK;
        }
        ~Stream()
        {
            if (ok)
                deflateEnd(&zs);
        }
        Stream(const Stream &) = delete;
        Stream &operator=(const Stream &) = delete;
    };

    std::unique_ptr<Stream> take()
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_kept.empty()) {
                auto s = std::move(m_kept.back());
                m_kept.pop_back();
                return s;
            }
        }
        return std::make_unique<Stream>();
    }

    void giveBack(std::unique_ptr<Stream> s)
    {
        if (!s->ok || deflateReset(&s->zs) != Z_OK)
            return;
        std::lock_guard lock(m_mutex);
        if (m_kept.size() < kKept)
            m_kept.push_back(std::move(s));
    }

    // Never destroyed: a thread may still compress while the process exits.
    static DeflateStreams &instance()
    {
        static auto *streams = new DeflateStreams;
        return *streams;
    }

private:
    static constexpr std::size_t kKept = 16;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Stream>> m_kept;
};

} // namespace

std::string gzipCompress(const std::string &data)
{
    auto &streams = DeflateStreams::instance();
    auto stream = streams.take();
    if (!stream->ok)
        return {};
    z_stream &zs = stream->zs;
    std::string out;
    out.resize(deflateBound(&zs, data.size()) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const bool finished = deflate(&zs, Z_FINISH) == Z_STREAM_END;
    out.resize(zs.total_out);
    streams.giveBack(std::move(stream));
    if (!finished)
        return {};
    return out;
}

CurlTransport::CurlTransport(CurlOptions options)
    : m_options(std::move(options))
{
    globalInit();
    m_curl = curl_easy_init();
}

CurlTransport::~CurlTransport()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

HttpResponse Transport::requestBytes(const std::string &, const std::string &, const std::string &,
                                     const std::string &, const HttpHeaders &)
{
    HttpResponse r;
    r.error = "this transport cannot send raw bytes";
    r.attempts = 1;
    return r;
}

HttpResponse CurlTransport::request(const std::string &method, const std::string &path,
                                    const std::string &body, const std::string &token)
{
    return withRetries(method, path, body, token, nullptr);
}

HttpResponse CurlTransport::requestBytes(const std::string &method, const std::string &path,
                                         const std::string &body, const std::string &token,
                                         const HttpHeaders &headers)
{
    return withRetries(method, path, body, token, &headers);
}

HttpResponse CurlTransport::withRetries(const std::string &method, const std::string &path,
                                        const std::string &body, const std::string &token,
                                        const HttpHeaders *rawHeaders)
{
    HttpResponse r;
    std::size_t sent = 0, received = 0;
    for (int attempt = 0;; ++attempt) {
        r = once(method, path, body, token, rawHeaders);
        sent += r.bytesSent;
        received += r.bytesReceived;
        r.attempts = attempt + 1;
        const bool retryable = r.status == 0 || r.status >= 500 || r.status == 429;
        if (!retryable || attempt >= m_options.retries)
            break;
        // A server that asks for a longer pause than the backoff gets it, up to 10 s; a
        // longer one is left to the caller's next sync.
        if (r.retryAfterSeconds > 10)
            break;
        if (r.retryAfterSeconds > 0)
            std::this_thread::sleep_for(std::chrono::seconds(r.retryAfterSeconds));
        // Exponential backoff with jitter, so that many tablets coming back online at once
        // do not all knock at the same moment.
        std::uint32_t jitter = 0;
        fillRandom(&jitter, sizeof jitter);
        const long wait = (long(m_options.backoffMs) << attempt) +
                          long(jitter % std::uint32_t(m_options.backoffMs + 1));
        std::this_thread::sleep_for(std::chrono::milliseconds(wait));
    }
    r.bytesSent = sent;
    r.bytesReceived = received;
    return r;
}

namespace {
int countSent(CURL *, curl_infotype type, char *, std::size_t size, void *sent)
{
    if (type == CURLINFO_HEADER_OUT || type == CURLINFO_DATA_OUT)
        *static_cast<std::size_t *>(sent) += size;
    return 0;
}
} // namespace

HttpResponse CurlTransport::once(const std::string &method, const std::string &path,
                                 const std::string &body, const std::string &token,
                                 const HttpHeaders *rawHeaders)
{
    HttpResponse r;
    CURL *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl);
    const std::string url = m_options.baseUrl + path;
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, m_options.connectTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, m_options.totalTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.caFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.caFile.c_str());
    if (m_options.gzip)
        curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &r.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readRetryAfter);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &r.retryAfterSeconds);
    // The bytes sent, as libcurl hands them to the socket (its request size holds a small
    // body a second time when the body went out with the headers).
    std::size_t sentBytes = 0;
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, countSent);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &sentBytes);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);

    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, rawHeaders              ? "Content-Type: application/octet-stream"
                                         : isCborBody(body) ? "Content-Type: application/cbor"
                                                            : "Content-Type: application/json");
    std::string auth;
    if (!token.empty()) {
        auth = "Authorization: Bearer " + token;
        headers = curl_slist_append(headers, auth.c_str());
    }
    std::string payload;
    if (rawHeaders) {
        for (const auto &[name, value] : *rawHeaders)
            headers = curl_slist_append(headers, (name + ": " + value).c_str());
        // No "Expect: 100-continue" round trip before each chunk.
        headers = curl_slist_append(headers, "Expect:");
        if (method != "GET") {
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        }
    } else if (method == "POST") {
        payload = m_options.gzip ? gzipCompress(body) : body;
        if (m_options.gzip)
            headers = curl_slist_append(headers, "Content-Encoding: gzip");
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, payload.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(payload.size()));
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    long responseHeaderBytes = 0;
    curl_off_t down = 0;
    curl_easy_getinfo(curl, CURLINFO_HEADER_SIZE, &responseHeaderBytes);
    curl_easy_getinfo(curl, CURLINFO_SIZE_DOWNLOAD_T, &down);
    r.bytesSent = sentBytes;
    r.bytesReceived = std::size_t(responseHeaderBytes) + std::size_t(down);
    if (rc != CURLE_OK) {
        r.status = 0;
        r.body.clear();
        r.error = curl_easy_strerror(rc);
        return r;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    r.status = int(status);
    return r;
}

} // namespace bro::sync
