// Where the device database key lives. One interface; the implementation is chosen per
// platform at build time (see createKeyStore()).
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace bro::platform {

inline constexpr int kDatabaseKeySize = 32; // 256-bit SQLCipher key

class KeyStore
{
public:
    virtual ~KeyStore() = default;

    // Returns the database key, creating and storing a new random one when there is none and
    // mayCreate (a new store); without mayCreate a missing key is an error (an existing
    // database cannot be read without it: nothing is changed). Returns nullopt and sets
    // *error when the key cannot be read or stored.
    [[nodiscard]] virtual std::optional<QByteArray> databaseKey(QString *error,
                                                                bool mayCreate = true) = 0;
    [[nodiscard]] virtual QString name() const = 0;
};

// Linux and other desktops: a random 256-bit key in a file that only the user can read,
// in the app's data directory. The key file must not travel with backups of the database.
// A key file that others may read or write is refused (with the chmod that fixes it): the key
// may have leaked, and the person must know.
class FileKeyStore final : public KeyStore
{
public:
    explicit FileKeyStore(QString keyFilePath);
    std::optional<QByteArray> databaseKey(QString *error, bool mayCreate = true) override;
    QString name() const override { return QStringLiteral("file"); }
    [[nodiscard]] QString path() const { return m_path; }

private:
    QString m_path;
};

#if defined(Q_OS_ANDROID)
// Android Keystore: wraps the database key with a non-exportable AES key. Not yet built.
class AndroidKeyStore final : public KeyStore
{
public:
    std::optional<QByteArray> databaseKey(QString *error, bool mayCreate = true) override;
    QString name() const override { return QStringLiteral("android-keystore"); }
};
#elif defined(Q_OS_IOS)
// iOS Keychain: keeps the key as a kSecClassGenericPassword item, this device only.
// Not yet built.
class KeychainKeyStore final : public KeyStore
{
public:
    std::optional<QByteArray> databaseKey(QString *error, bool mayCreate = true) override;
    QString name() const override { return QStringLiteral("ios-keychain"); }
};
#endif

// The platform's key store for the given data directory.
[[nodiscard]] std::unique_ptr<KeyStore> createKeyStore(const QString &dataDir);

} // namespace bro::platform
