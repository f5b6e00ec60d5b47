#include "homestore.h"

#include <bro/platform/keystore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace bro {

QString databasePath(const QString &home)
{
    return QDir(home).filePath(QStringLiteral("bro.db"));
}

OpenedStore openHomeStore(const QString &home)
{
    OpenedStore result;
    // The data directory is the user's alone; so are the files in it.
    if (!QDir().mkpath(home)) {
        result.error = QStringLiteral("cannot create the data directory %1").arg(home);
        return result;
    }
    QFile::setPermissions(home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString db = databasePath(home);
    const QFileInfo dbInfo(db);
    if (dbInfo.exists() && dbInfo.size() == 0) {
        result.error = QStringLiteral("the database %1 is empty (0 bytes): it was cut off or not "
                                      "copied completely. Restore it from a backup; nothing was "
                                      "changed")
                           .arg(db);
        return result;
    }
    auto keyStore = platform::createKeyStore(home);
    const auto key = keyStore->databaseKey(&result.error, !dbInfo.exists());
    if (!key)
        return result;
    // Files SQLite creates (the database, its -wal and -shm) are the user's alone.
    const mode_t previousMask = ::umask(077);
    for (const QString &file : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")})
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    // BRO_CLOCK_OFFSET_MS shifts this device's wall clock (tests of a tablet whose clock is
    // wrong, support).
    const qint64 offset = qEnvironmentVariable("BRO_CLOCK_OFFSET_MS").toLongLong();
    auto wall = [offset] {
        return sync::HybridClock::systemMillis() + offset;
    };
    auto opened = store::Store::open(databasePath(home).toStdString(), key->toStdString(), wall);
    ::umask(previousMask);
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
