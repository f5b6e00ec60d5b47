// What the parts of the store share: the connection and its lock, the device's identity and
// clock, the batch in progress and the change notifications. One per open store; every part
// (writer, reader, files, sync side, conflicts) keeps a reference to it.
#pragma once

#include <bro/sync/hlc.h>
#include <bro/sync/sqlite.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace bro::store {

struct StoreContext
{
    using Listener = std::function<void(const std::string &kind, const std::string &id)>;

    explicit StoreContext(sync::Database database)
        : db(std::move(database))
    {}

    // One writer at a time; reads take the lock too (they share the connection).
    mutable std::recursive_mutex mutex;
    mutable sync::Database db;
    std::string deviceId;
    std::unique_ptr<sync::HybridClock> clock;

    // A batch() in progress: its writes share one transaction; notifications wait for commit.
    int batchDepth = 0;
    bool batchFailed = false;
    std::vector<std::pair<std::string, std::string>> batchNotifications;

    Listener listener;                   // a record was written (after the commit)
    std::function<void()> outboxChanged; // changes left or joined the outbox (after the commit)

    // Tells the listener about a committed write (or keeps it until the batch commits).
    void notify(const std::string &kind, const std::string &id);
    void notifyOutbox() const;

    // device_meta: the device's settings that travel with the store.
    [[nodiscard]] std::string meta(const std::string &key) const;
    void setMeta(const std::string &key, const std::string &value);
};

} // namespace bro::store
