#include "domain/reportclient.h"

#include <bro/model/validation.h>

namespace bro {

ReportFetch fetchReport(sync::Transport &transport, const std::string &token, int year,
                        int fromYear, const std::string &asOf)
{
    ReportFetch f;
    const auto r = transport.request("GET",
                                     "/v1/report?year=" + std::to_string(year) +
                                         "&from=" + std::to_string(fromYear) +
                                         (asOf.empty() ? std::string() : "&as_of=" + asOf),
                                     {}, token);
    std::string why;
    const auto json = model::parseJson(r.body, &why);
    if (r.status == 0) {
        f.outcome = ReportFetch::Outcome::Unreachable;
        f.detail = r.error;
        return f;
    }
    if (r.status != 200) {
        f.outcome = r.status == 401   ? ReportFetch::Outcome::Unauthorized
                    : r.status == 403 ? ReportFetch::Outcome::Forbidden
                    : r.status == 400 ? ReportFetch::Outcome::BadRequest
                                      : ReportFetch::Outcome::BadReply;
        f.detail =
            json && json->is_object() && json->contains("error") && (*json)["error"].is_string()
                ? (*json)["error"].get<std::string>()
                : "HTTP " + std::to_string(r.status);
        return f;
    }
    if (!json) {
        f.outcome = ReportFetch::Outcome::BadReply;
        f.detail = why;
        return f;
    }
    f.report = model::reporting::reportFromJson(*json, &why);
    if (!f.report) {
        f.outcome = ReportFetch::Outcome::BadReply;
        f.detail = why;
    }
    return f;
}

} // namespace bro
