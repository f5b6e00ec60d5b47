#include "homestore.h"

#include <bro/platform/keystore.h>

#include <QDir>
#include <QFile>

namespace bro {

QString databasePath(const QString &home)
{
    return QDir(home).filePath(QStringLiteral("bro.db"));
}

OpenedStore openHomeStore(const QString &home)
{
    OpenedStore result;
    auto keyStore = platform::createKeyStore(home);
    const auto key = keyStore->databaseKey(&result.error);
    if (!key)
        return result;
    // BRO_CLOCK_OFFSET_MS shifts this device's wall clock (tests of a tablet whose clock is
    // wrong, support).
    const qint64 offset = qEnvironmentVariable("BRO_CLOCK_OFFSET_MS").toLongLong();
    auto wall = [offset] {
        return sync::HybridClock::systemMillis() + offset;
    };
    auto opened = store::Store::open(databasePath(home).toStdString(), key->toStdString(), wall);
    if (auto *err = std::get_if<store::Store::OpenError>(&opened))
        result.error = QString::fromStdString(err->message);
    else
        result.store = std::move(std::get<std::unique_ptr<store::Store>>(opened));
    return result;
}

bool eraseHomeStore(const QString &home, QString *error)
{
    QStringList failed;
    const QString db = databasePath(home);
    QStringList files = {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                         db + QStringLiteral("-journal")};
    // The key: on desktops a file next to the database. (A platform key store that keeps it
    // elsewhere needs its own erase; none is built yet.)
    auto keyStore = platform::createKeyStore(home);
    if (auto *file = dynamic_cast<platform::FileKeyStore *>(keyStore.get()))
        files.append(file->path());
    for (const QString &f : files)
        if (QFile::exists(f) && !QFile::remove(f))
            failed.append(f);
    if (!failed.isEmpty() && error)
        *error = QStringLiteral("could not remove %1").arg(failed.join(QStringLiteral(", ")));
    return failed.isEmpty();
}

} // namespace bro
