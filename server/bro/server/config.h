// bro-server's settings file (--config FILE; /etc/bro/server.conf under systemd): one
// "key = value" per line, the keys being the command-line options without their "--"
// (data, listen, tls-cert, ...). Blank lines and lines starting with '#' are ignored. An
// option given on the command line wins over the file.
#pragma once

#include <map>
#include <set>
#include <string>

namespace bro::server {

// Every option bro-server knows, for the command line and the settings file alike.
[[nodiscard]] const std::set<std::string> &knownOptions();

// Reads path and adds each of its settings that options does not hold yet. Returns "" or
// what is wrong, naming the file, the line and the key (an unknown key, a line without '=',
// a key given twice, a file that cannot be read); options is then unchanged.
[[nodiscard]] std::string readConfigFile(const std::string &path,
                                         std::map<std::string, std::string> &options);

} // namespace bro::server
