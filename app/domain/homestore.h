// Opens the store of a data directory: its key from the platform key store, the encrypted
// database file next to it. The one way the app, bro-cli and the tools open a device's data,
// and the one way it is erased (ten wrong PINs, a remote wipe).
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
// Erases the device's data: the database with its WAL and shared-memory files, the attachment
// files in it, and its key (so that a copy of the file left anywhere cannot be opened). The
// store must be closed. false and *error if something could not be removed.
bool eraseHomeStore(const QString &home, QString *error = nullptr);

} // namespace bro
