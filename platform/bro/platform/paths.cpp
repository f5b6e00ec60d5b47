#include "bro/platform/paths.h"

#include <QDir>
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
    return dir;
}

} // namespace bro::platform
