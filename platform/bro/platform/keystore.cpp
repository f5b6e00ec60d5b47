#include "bro/platform/keystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace bro::platform {

FileKeyStore::FileKeyStore(QString keyFilePath)
    : m_path(std::move(keyFilePath))
{}

std::optional<QByteArray> FileKeyStore::databaseKey(QString *error, bool mayCreate)
{
    auto fail = [error](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("cannot read the key file %1: %2").arg(m_path, file.errorString()));
        const QByteArray key = file.readAll();
        if (key.size() != kDatabaseKeySize)
            return fail(QStringLiteral("the key file %1 is damaged (%2 bytes, expected %3)")
                            .arg(m_path)
                            .arg(key.size())
                            .arg(kDatabaseKeySize));
        if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                  QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther))
            return fail(QStringLiteral("the key file %1 may be read or written by other users; "
                                       "only you may: chmod 600 %1 (nothing was changed)")
                            .arg(m_path));
        return key;
    }
    if (!mayCreate)
        return fail(QStringLiteral("the key file %1 is missing: the database next to it cannot "
                                   "be read without it. Restore the key file; nothing was "
                                   "changed")
                        .arg(m_path));

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(QStringLiteral("cannot create the directory for %1").arg(m_path));

    QByteArray key(kDatabaseKeySize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));

    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(
            QStringLiteral("cannot create the key file %1: %2").arg(m_path, out.errorString()));
    // Restrict before the key is written, so it is never readable by others.
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    out.write(key);
    if (!out.commit())
        return fail(
            QStringLiteral("cannot store the key file %1: %2").arg(m_path, out.errorString()));
    return key;
}

std::unique_ptr<KeyStore> createKeyStore(const QString &dataDir)
{
#if defined(Q_OS_ANDROID)
    Q_UNUSED(dataDir);
    return std::make_unique<AndroidKeyStore>();
#elif defined(Q_OS_IOS)
    Q_UNUSED(dataDir);
    return std::make_unique<KeychainKeyStore>();
#else
    return std::make_unique<FileKeyStore>(QDir(dataDir).filePath(QStringLiteral("db.key")));
#endif
}

} // namespace bro::platform
