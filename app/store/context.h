// What the parts of the store share: the connection and its lock, the device's identity and
// clock, the batch in progress and the change notifications. One per open store; every part
// (writer, reader, files, sync side, conflicts) keeps a reference to it.
#pragma once

#include <bro/model/catalogue.h>
#include <bro/sync/hlc.h>
#include <bro/sync/sqlite.h>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
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

    // Who uses the device (from the login): the store refuses what the server would refuse
    // for this role, and signs in this name. No role (a device not logged in, the demo):
    // only validation applies.
    std::optional<model::Role> role;
    std::string signerName;

    Listener listener;                   // a record was written (after the commit)
    std::function<void()> outboxChanged; // changes left or joined the outbox (after the commit)

    // Tells the listener about a committed write (or keeps it until the batch commits).
    void notify(const std::string &kind, const std::string &id);
    void notifyOutbox() const;

    // device_meta: the device's settings that travel with the store.
    [[nodiscard]] std::string meta(const std::string &key) const;
    // Also keeps role and signerName in step with the "role" and "display_name" keys.
    void setMeta(const std::string &key, const std::string &value);
    void loadPrincipal();
};

} // namespace bro::store
