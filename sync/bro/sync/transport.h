// HTTP transport of the sync engine, behind an interface so that tests can cut or garble
// replies; the real one is libcurl with gzip both ways, timeouts, retries with exponential
// backoff and jitter, and TLS verification on.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace bro::sync {

struct HttpResponse
{
    int status = 0; // 0 when no reply arrived
    std::string body;
    std::string error; // transport error in plain words, when no reply arrived
    std::size_t bytesSent = 0;
    std::size_t bytesReceived = 0;
    int attempts = 0;
    int retryAfterSeconds = 0; // the reply's Retry-After header (seconds), else 0
};

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

class Transport
{
public:
    virtual ~Transport() = default;
    // method "GET" or "POST"; path like "/v1/pull?since=3"; token may be empty. The body is
    // JSON, or CBOR when it starts with CBOR's self-describe tag (wire.h); the reply's body
    // may be anything (JSON, CBOR, or a file's bytes).
    virtual HttpResponse request(const std::string &method, const std::string &path,
                                 const std::string &body, const std::string &token) = 0;
    // A request whose body is raw bytes (application/octet-stream, sent as they are) with
    // extra headers: the chunks of an attachment file ("PUT"). A transport that does not
    // implement it answers with a transport error, so that a wrapper which forgets to pass it
    // on fails loudly instead of dropping headers.
    virtual HttpResponse requestBytes(const std::string &method, const std::string &path,
                                      const std::string &body, const std::string &token,
                                      const HttpHeaders &headers);
};

struct CurlOptions
{
    std::string baseUrl; // e.g. "https://bro.example.no" or "http://127.0.0.1:8470"
    long connectTimeoutMs = 5000;
    long totalTimeoutMs = 60000;
    std::string caFile;  // extra CA bundle; TLS peer and host are always verified
    int retries = 3;     // further attempts after a failed one
    int backoffMs = 200; // first wait; doubles each time, plus random jitter
    bool gzip = true;
};

class CurlTransport final : public Transport
{
public:
    explicit CurlTransport(CurlOptions options);
    ~CurlTransport() override;
    HttpResponse request(const std::string &method, const std::string &path,
                         const std::string &body, const std::string &token) override;
    HttpResponse requestBytes(const std::string &method, const std::string &path,
                              const std::string &body, const std::string &token,
                              const HttpHeaders &headers) override;

private:
    HttpResponse withRetries(const std::string &method, const std::string &path,
                             const std::string &body, const std::string &token,
                             const HttpHeaders *rawHeaders);
    // rawHeaders null: a JSON body (gzip when enabled); otherwise raw bytes with these headers.
    HttpResponse once(const std::string &method, const std::string &path, const std::string &body,
                      const std::string &token, const HttpHeaders *rawHeaders);
    CurlOptions m_options;
    void *m_curl = nullptr;
};

// gzip (RFC 1952) of data.
[[nodiscard]] std::string gzipCompress(const std::string &data);

} // namespace bro::sync
