#include "domain/trailclient.h"

#include <bro/model/validation.h>

namespace bro {

TrailFetch fetchTrail(sync::Transport &transport, const std::string &token)
{
    TrailFetch f;
    const auto r = transport.request("GET", "/v1/audit", {}, token);
    if (r.status == 0) {
        f.outcome = TrailFetch::Outcome::Unreachable;
        f.detail = r.error;
        return f;
    }
    if (r.status != 200) {
        f.outcome = r.status == 401   ? TrailFetch::Outcome::Unauthorized
                    : r.status == 403 ? TrailFetch::Outcome::Forbidden
                                      : TrailFetch::Outcome::BadReply;
        f.detail = "HTTP " + std::to_string(r.status);
        return f;
    }
    std::string why;
    const auto json = model::parseJson(r.body, &why);
    if (!json || !json->is_object() || !json->contains("entries") ||
        !(*json)["entries"].is_array()) {
        f.outcome = TrailFetch::Outcome::BadReply;
        f.detail = json ? "entries: missing" : why;
        return f;
    }
    for (const auto &e : (*json)["entries"]) {
        if (!e.is_object())
            continue;
        TrailEntry t;
        t.at = e.value("at", std::int64_t(0));
        t.action = e.value("action", std::string());
        t.role = e.value("role", std::string());
        t.name = e.value("name", std::string());
        if (e.contains("kinds") && e["kinds"].is_array())
            for (const auto &k : e["kinds"])
                if (k.is_string())
                    t.kinds.push_back(k.get<std::string>());
        f.entries.push_back(std::move(t));
    }
    return f;
}

} // namespace bro
