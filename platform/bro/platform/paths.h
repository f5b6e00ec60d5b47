// Storage locations per platform.
#pragma once

#include <QString>

namespace bro::platform {

// The directory that holds the database, its key file (desktop) and attachments.
// An explicit override (the --home option or BRO_HOME) wins over the platform default.
[[nodiscard]] QString dataDirectory(const QString &override = {});

} // namespace bro::platform
