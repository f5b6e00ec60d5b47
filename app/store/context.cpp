#include "context.h"

namespace bro::store {

void StoreContext::notify(const std::string &kind, const std::string &id)
{
    if (batchDepth > 0)
        batchNotifications.emplace_back(kind, id);
    else if (listener)
        listener(kind, id);
}

void StoreContext::notifyOutbox() const
{
    if (outboxChanged)
        outboxChanged();
}

std::string StoreContext::meta(const std::string &key) const
{
    std::lock_guard lock(mutex);
    auto st = db.cached("SELECT value FROM device_meta WHERE key = ?");
    st->bind(1, key);
    return st->step() ? st->text(0) : std::string();
}

void StoreContext::setMeta(const std::string &key, const std::string &value)
{
    std::lock_guard lock(mutex);
    auto st = db.cached("INSERT OR REPLACE INTO device_meta (key, value) VALUES (?, ?)");
    st->bind(1, key).bind(2, value).run();
    if (key == "role" || key == "display_name")
        loadPrincipal();
}

void StoreContext::loadPrincipal()
{
    model::Role r;
    if (model::roleFromName(meta("role"), r))
        role = r;
    else
        role.reset();
    signerName = meta("display_name");
}

} // namespace bro::store
