#include "bro/platform/paths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace bro::platform {

QString dataDirectory(const QString &override)
{
    QString dir = override;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("BRO_HOME");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    dir = QDir(dir).absolutePath();
    QDir().mkpath(dir);
    // Special-category data lives here: only the user may list or enter the directory.
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return dir;
}

} // namespace bro::platform
