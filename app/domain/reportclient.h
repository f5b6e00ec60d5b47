// A programme leader's figures come from the server, never from records on the device: one
// GET /v1/report through the sync layer's transport (the server computes and protects them).
// Qt-free; the reporting service runs it on a worker thread.
#pragma once

#include <bro/model/reportdisclosure.h>
#include <bro/sync/transport.h>

#include <optional>
#include <string>

namespace bro {

struct ReportFetch
{
    enum class Outcome {
        Ok,
        Unreachable,  // no reply (offline, timeout)
        Unauthorized, // no, expired or revoked session: log in again
        Forbidden,    // the user is not a programme leader
        BadRequest,   // the server refused the question (a year out of range)
        BadReply,     // the reply is not a report
    } outcome = Outcome::Ok;
    std::optional<model::reporting::Report> report;
    std::string detail; // the server's or the parser's words, for the log
};

// asOf: "YYYY-MM-DD", or "" for the server's today.
[[nodiscard]] ReportFetch fetchReport(sync::Transport &transport, const std::string &token,
                                      int year, int fromYear, const std::string &asOf = {});

} // namespace bro
