// bro-cli: a headless device for scripting, support and tests. It uses the app's own core:
// the same encrypted store in the same data directory layout.
#include "core/homestore.h"

#include <bro/platform/paths.h>
#include <bro/sync/schema.h>

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace {

using Json = nlohmann::json;

constexpr const char *kUsage =
    "usage: bro-cli --home DIR COMMAND ...\n"
    "  add KIND field=value ...   create a record; prints its id\n"
    "  set ID field=value ...     change fields of a record\n"
    "  delete ID                  delete a record (a tombstone that syncs)\n"
    "  dump                       every record as canonical JSON\n"
    "KIND is one of: ";

int usage()
{
    std::string kinds;
    for (const auto &k : bro::sync::recordKinds())
        kinds += (kinds.empty() ? "" : ", ") + k.name;
    std::fprintf(stderr, "%s%s\n", kUsage, kinds.c_str());
    return 2;
}

int fail(const std::string &message)
{
    std::fprintf(stderr, "bro-cli: %s\n", message.c_str());
    return 1;
}

// "field=value" arguments as JSON values of their fields' types.
bool parseAssignments(const bro::sync::KindSpec &kind, const QStringList &args, Json &out,
                      std::string &error)
{
    out = Json::object();
    for (const QString &arg : args) {
        const int eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            error = "\"" + arg.toStdString() + "\": expected field=value";
            return false;
        }
        const std::string name = arg.left(eq).toStdString();
        const std::string text = arg.mid(eq + 1).toStdString();
        const bro::sync::FieldSpec *f = kind.field(name);
        out[name] = f ? bro::sync::valueFromText(*f, text) : Json(text);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString home;
    if (args.size() >= 2 && args[0] == QLatin1String("--home")) {
        home = args[1];
        args = args.mid(2);
    }
    if (home.isEmpty() || args.isEmpty())
        return usage();

    auto opened = bro::openHomeStore(bro::platform::dataDirectory(home));
    if (!opened.store)
        return fail(opened.error.toStdString());
    auto &store = *opened.store;
    const QString command = args.takeFirst();

    if (command == QLatin1String("add") && !args.isEmpty()) {
        const std::string kindName =
            args.takeFirst().replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
        const bro::sync::KindSpec *kind = bro::sync::findKind(kindName);
        if (!kind)
            return fail("kind: \"" + kindName + "\" is not a kind of record");
        Json fields;
        std::string error;
        if (!parseAssignments(*kind, args, fields, error))
            return fail(error);
        const auto r = store.create(kindName, fields);
        if (!r.ok())
            return fail(r.error->message);
        std::printf("%s\n", r.id.c_str());
        return 0;
    }
    if ((command == QLatin1String("set") || command == QLatin1String("delete")) &&
        !args.isEmpty()) {
        const std::string id = args.takeFirst().toStdString();
        const auto kindName = store.kindOf(id);
        if (!kindName)
            return fail("id: no record with id " + id);
        if (command == QLatin1String("delete")) {
            if (!args.isEmpty())
                return usage();
            const auto r = store.remove(*kindName, id);
            return r.ok() ? 0 : fail(r.error->message);
        }
        Json fields;
        std::string error;
        if (args.isEmpty() ||
            !parseAssignments(*bro::sync::findKind(*kindName), args, fields, error))
            return error.empty() ? usage() : fail(error);
        const auto r = store.update(*kindName, id, fields);
        return r.ok() ? 0 : fail(r.error->message);
    }
    if (command == QLatin1String("dump") && args.isEmpty()) {
        std::printf("%s\n", store.dump().dump(1).c_str());
        return 0;
    }
    return usage();
}
