// Opens the store of a data directory: its key from the platform key store, the encrypted
// database file next to it. The one way the app, bro-cli and the tools open a device's data.
#pragma once

#include "store/store.h"

#include <QString>

#include <memory>

namespace bro {

struct OpenedStore
{
    std::unique_ptr<store::Store> store; // null on error
    QString error;                       // why it could not be opened
};

[[nodiscard]] QString databasePath(const QString &home);
[[nodiscard]] OpenedStore openHomeStore(const QString &home);

} // namespace bro
