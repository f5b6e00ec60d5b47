#include "homestore.h"

#include <bro/platform/keystore.h>

#include <QDir>

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
    auto opened = store::Store::open(databasePath(home).toStdString(), key->toStdString());
    if (auto *err = std::get_if<store::Store::OpenError>(&opened))
        result.error = QString::fromStdString(err->message);
    else
        result.store = std::move(std::get<std::unique_ptr<store::Store>>(opened));
    return result;
}

} // namespace bro
