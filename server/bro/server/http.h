// The HTTP API of bro-server (JSON, gzip both ways):
//   POST /v1/login   {"user", "password"}        -> {"token", "expires_at", "role"}
//   POST /v1/logout                              -> {}
//   POST /v1/push    {"changes": [change, ...]}  -> {"results": [{"status", "reason"}]} in request order
//   GET  /v1/pull?since=SEQ&limit=N              -> {"changes": [...], "cursor", "more", "scope"}
// Errors are {"error": "field: reason"} with 400 (malformed, wrong types, unknown kinds,
// future stamps), 401 (no, expired or revoked token), 413 (body over the limit).
#pragma once

#include "bro/server/storage.h"

#include <cstdint>
#include <memory>
#include <string>

namespace httplib {
class Server;
}

namespace bro::server {

struct HttpOptions
{
    std::size_t maxBodyBytes = 8 * 1024 * 1024;
    std::int64_t tokenTtlSeconds = 12 * 3600;
    std::int64_t maxFutureMillis = 5 * 60 * 1000; // stamps further ahead are refused
    int pullLimit = 5000;
};

class HttpApi
{
public:
    HttpApi(Storage &storage, HttpOptions options);
    ~HttpApi();
    // Binds the address (port 0: any free port); returns the port, or -1.
    int bind(const std::string &host, int port);
    // Serves until stop().
    bool serve();
    void stop();

private:
    Storage &m_storage;
    HttpOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace bro::server
