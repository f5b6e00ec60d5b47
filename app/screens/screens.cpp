#include "screens.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFont>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QPointer>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

#include <vector>

namespace bro::screens {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void settleFrames(QQuickWindow *window, int frames)
{
    if (!window) {
        settle(100);
        return;
    }
    for (int i = 0; i < frames; ++i) {
        QEventLoop loop;
        const auto swapped = QObject::connect(window, &QQuickWindow::frameSwapped, &loop,
                                              &QEventLoop::quit, Qt::QueuedConnection);
        // A frame polishes every item first: after it, layouts hold their final geometry.
        window->update();
        QTimer::singleShot(250, &loop, &QEventLoop::quit); // a window that is not exposed
        loop.exec();
        QObject::disconnect(swapped);
    }
}

void settlePage(QQuickWindow *window)
{
    settleFrames(window);
    // A page pushed with a transition: until every StackView has finished moving.
    QElapsedTimer waited;
    waited.start();
    const auto moving = [window] {
        for (QObject *o : window->findChildren<QObject *>())
            if (o->inherits("QQuickStackView") && o->property("busy").toBool())
                return true;
        return false;
    };
    while (moving() && waited.elapsed() < 2000)
        settleFrames(window, 1);
}

bool isPopup(QObject *o)
{
    return o->inherits("QQuickPopup") || o->inherits("QQuickAbstractDialog");
}

namespace {

// Whether a popup can open now: its item is in a window (a popup inside a closed dialog is not,
// until the dialog opens).
bool canOpen(QObject *popup)
{
    if (popup->inherits("QQuickAbstractDialog"))
        return popup->property("parentWindow").value<QObject *>() != nullptr;
    auto *item = popup->property("parent").value<QQuickItem *>();
    return item && item->window();
}

QQuickWindow *windowOf(QObject *popup)
{
    auto *item = popup->property("parent").value<QQuickItem *>();
    return item ? item->window() : nullptr;
}

} // namespace

int openEveryPopup(QObject *root, QSet<QObject *> &seen,
                   const std::function<void(QObject *)> &whileOpen, bool instant)
{
    int opened = 0;
    // Guarded: opening and closing one popup may delete others found here (a Repeater or
    // Loader remaking its items when the language changes).
    QList<QPointer<QObject>> found;
    for (QObject *o : root->findChildren<QObject *>())
        found.append(o);
    for (const QPointer<QObject> &p : found) {
        QObject *o = p.data();
        if (!o || !isPopup(o) || seen.contains(o) || o->property("visible").toBool() ||
            !canOpen(o))
            continue;
        seen.insert(o);
        const QPointer<QObject> guard(o);
        // Qt Quick Dialogs' own dialogs keep their transitions (they are not QQuickPopup).
        const bool skipTransitions = instant && o->inherits("QQuickPopup");
        if (skipTransitions) {
            o->setProperty("enter", QVariant::fromValue<QObject *>(nullptr));
            o->setProperty("exit", QVariant::fromValue<QObject *>(nullptr));
        }
        QMetaObject::invokeMethod(o, "open");
        if (skipTransitions)
            settleFrames(windowOf(o), 1);
        else
            settle(200); // the enter transition
        ++opened;
        if (guard && whileOpen)
            whileOpen(guard);
        if (guard)
            opened += openEveryPopup(guard, seen, whileOpen, instant); // a date picker in a dialog
        if (guard)
            QMetaObject::invokeMethod(guard, "close");
        if (skipTransitions)
            settleFrames(guard ? windowOf(guard) : nullptr, 1);
        else
            settle(50);
    }
    return opened;
}

void closeOpenPopups(QObject *root)
{
    bool closed = false;
    for (QObject *o : root->findChildren<QObject *>())
        if (isPopup(o) && o->property("visible").toBool()) {
            QMetaObject::invokeMethod(o, "close");
            closed = true;
        }
    if (closed)
        settle(100); // their exit transitions
}

namespace {

struct ShownText
{
    QQuickItem *item;
    QRectF rect; // in the scene, the part not clipped away
};

QString describe(QQuickItem *item)
{
    QString text = item->property("text").toString().simplified();
    if (text.size() > 48)
        text = text.left(45) + QStringLiteral("...");
    QString where;
    if (const QQmlContext *context = qmlContext(item))
        where = context->baseUrl().fileName();
    if (!item->objectName().isEmpty())
        where += QLatin1Char('#') + item->objectName();
    return QStringLiteral("\"%1\" (%2)").arg(text, where);
}

class Walker
{
public:
    Walker(QQuickWindow *window, QStringList &problems)
        : m_window(window)
        , m_problems(problems)
    {}

    // One layer: the page, or one popup or overlay.
    void layer(QQuickItem *root, QQuickItem *skip)
    {
        m_texts.clear();
        walk(root, skip, QRectF(QPointF(0, 0), QSizeF(m_window->size())), false);
        for (std::size_t i = 0; i < m_texts.size(); ++i)
            for (std::size_t j = i + 1; j < m_texts.size(); ++j) {
                const QRectF both = m_texts[i].rect & m_texts[j].rect;
                if (both.width() > 1.0 && both.height() > 1.0)
                    m_problems << QStringLiteral("%1 overlaps %2")
                                      .arg(describe(m_texts[i].item), describe(m_texts[j].item));
            }
    }

private:
    void walk(QQuickItem *item, QQuickItem *skip, QRectF clip, bool scrollsSideways)
    {
        if (item == skip || !item->isVisible() || item->opacity() <= 0.01)
            return;
        const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (item->clip())
            clip &= box;
        if (item->inherits("QQuickFlickable") &&
            item->property("contentWidth").toReal() > item->width() + 1.0)
            scrollsSideways = true;
        if (item->inherits("QQuickText"))
            text(item, clip, scrollsSideways);
        for (QQuickItem *child : item->childItems())
            walk(child, skip, clip, scrollsSideways);
    }

    void text(QQuickItem *item, const QRectF &clip, bool scrollsSideways)
    {
        const QString text = item->property("text").toString();
        if (text.trimmed().isEmpty())
            return;
        const QRectF drawn = item->mapRectToScene(item->boundingRect());
        const QRectF shown = drawn & clip;
        if (shown.width() < 1.0 || shown.height() < 1.0)
            return; // scrolled away
        if (item->property("truncated").toBool())
            m_problems << describe(item) + QStringLiteral(" is elided or cut short");
        // Too small to read (a phone held at arm's length): below kMinTextPixels.
        const int pixels = QFontInfo(item->property("font").value<QFont>()).pixelSize();
        if (pixels < kMinTextPixels)
            m_problems << describe(item) + QStringLiteral(" is drawn at %1 px, below %2 px")
                                               .arg(pixels)
                                               .arg(kMinTextPixels);
        // Wrapped text: a word longer than the line is broken in the middle.
        const int wrap = item->property("wrapMode").toInt();
        const bool rich = text.contains(QLatin1Char('<'));
        const qreal line = item->width() - item->property("leftPadding").toReal() -
                           item->property("rightPadding").toReal();
        if (wrap != 0 && !rich && line > 0) {
            const QFontMetricsF metrics(item->property("font").value<QFont>());
            static const QRegularExpression space(QStringLiteral("\\s+"));
            for (const QString &word : text.split(space, Qt::SkipEmptyParts))
                if (metrics.horizontalAdvance(word) > line + 0.5) {
                    m_problems << describe(item) +
                                      QStringLiteral(" breaks inside the word \"%1\"").arg(word);
                    break;
                }
        }
        if (!scrollsSideways && (drawn.left() < -0.5 || drawn.right() > m_window->width() + 0.5))
            m_problems << describe(item) + QStringLiteral(" reaches past the window's edge");
        m_texts.push_back({item, shown});
    }

    QQuickWindow *m_window;
    QStringList &m_problems;
    std::vector<ShownText> m_texts;
};

} // namespace

QStringList layoutProblems(QQuickWindow *window)
{
    QStringList problems;
    QQuickItem *root = window->contentItem();
    QQuickItem *overlay = nullptr;
    for (QQuickItem *child : root->findChildren<QQuickItem *>())
        if (child->inherits("QQuickOverlay")) {
            overlay = child;
            break;
        }
    Walker walker(window, problems);
    bool covered = false;
    if (overlay)
        for (QQuickItem *layer : overlay->childItems())
            if (layer->isVisible() && layer->opacity() > 0.01) {
                covered = true;
                walker.layer(layer, nullptr);
            }
    // The page, when no popup or overlay is in front of it.
    if (!covered)
        walker.layer(root, overlay);
    problems.removeDuplicates();
    return problems;
}

} // namespace bro::screens
