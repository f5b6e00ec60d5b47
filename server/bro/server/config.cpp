#include "bro/server/config.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace bro::server {

namespace {

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

} // namespace

const std::set<std::string> &knownOptions()
{
    static const std::set<std::string> known = {
        // where the data is
        "data", "db", "db-connections",
        // accounts and administration
        "name", "role", "full-name", "employer", "municipality", "adviser", "participant", "user",
        "device", "year", "from", "as-of",
        // serving
        "listen", "max-body", "token-ttl", "page-size", "max-file", "workers", "offline-days",
        "keep-alive", "tls-cert", "tls-key", "metrics-listen", "request-log",
        "trusted-proxy"};
    return known;
}

std::string readConfigFile(const std::string &path, std::map<std::string, std::string> &options)
{
    std::ifstream in(path);
    if (!in)
        return "config: cannot read " + path + ": " + std::strerror(errno);
    std::map<std::string, std::string> found;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string text = trimmed(line);
        if (text.empty() || text[0] == '#')
            continue;
        const std::string where = "config: " + path + " line " + std::to_string(number) + ": ";
        const auto eq = text.find('=');
        if (eq == std::string::npos)
            return where + "expected key = value";
        const std::string key = trimmed(text.substr(0, eq));
        const std::string value = trimmed(text.substr(eq + 1));
        if (!knownOptions().count(key) || key == "config")
            return where + "unknown setting \"" + key + "\"";
        if (value.empty())
            return where + key + ": has no value";
        if (!found.emplace(key, value).second)
            return where + key + ": is set twice";
    }
    for (auto &[key, value] : found)
        options.emplace(key, value); // the command line wins
    return {};
}

} // namespace bro::server
