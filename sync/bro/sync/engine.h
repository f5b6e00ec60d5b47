// The sync engine: pushes the outbox in batches, then pulls what the server has since the
// replica's cursor, page by page; each page is merged in one transaction and the cursor moves
// only with it. A sync with nothing to do is one request. Qt-free; the app runs it on a worker
// thread.
#pragma once

#include "bro/sync/replica.h"
#include "bro/sync/transport.h"

#include <cstdint>
#include <string>

namespace bro::sync {

struct SyncReport
{
    bool ok = false;
    std::string error; // in plain words
    int pushed = 0;    // changes the server accepted (applied, merged or kept as conflicts)
    int rejected = 0;  // changes the server refused (forbidden): they leave the outbox
    int pulled = 0;    // changes merged from the server
    int requests = 0;
    std::size_t bytesSent = 0;
    std::size_t bytesReceived = 0;
};

class SyncEngine
{
public:
    SyncEngine(Replica &replica, Transport &transport, std::string token, int batchSize = 2000);
    SyncReport sync();
    SyncReport push();
    SyncReport pull();

private:
    bool call(SyncReport &report, const std::string &method, const std::string &path,
              const std::string &body, nlohmann::json &reply);

    Replica &m_replica;
    Transport &m_transport;
    std::string m_token;
    int m_batchSize;
};

} // namespace bro::sync
