// The one way a service object reaches QML as a singleton. The object is built and owned by
// C++ (AppServices, see appservices.h); a class that QML sees as a singleton derives from
// QmlSingleton<Class> and declares QML_SINGLETON, and QML's factory returns that object:
//
//     class Session : public QObject, public QmlSingleton<Session>
//     {
//         Q_OBJECT
//         QML_NAMED_ELEMENT(Session)
//         QML_SINGLETON
//     public:
//         using QmlSingleton<Session>::create; // when the class has a create() of its own
//     ...
//
// The instance is registered by setInstance() before the first QML engine asks for it, and
// unregistered when the object goes away.
#pragma once

#include <QJSEngine>
#include <QPointer>

class QQmlEngine;

namespace bro {

template<typename T>
class QmlSingleton
{
public:
    static void setInstance(T *instance) { s_instance = instance; }
    // The registered instance, or null.
    [[nodiscard]] static T *instance() { return s_instance.data(); }

    // QML_SINGLETON's factory: the instance C++ built (the engine does not own it).
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "QmlSingleton::create",
                   "the service must be built (AppServices) before QML uses it");
        QJSEngine::setObjectOwnership(s_instance.data(), QJSEngine::CppOwnership);
        return s_instance.data();
    }

protected:
    QmlSingleton() = default;
    ~QmlSingleton() = default;

private:
    static inline QPointer<T> s_instance;
};

} // namespace bro
