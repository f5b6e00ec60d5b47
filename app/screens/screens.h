// The screens the app's own checks go through (`bro --self-test`, `bro --layout-check`):
// opening every popup and dialog of a page, and the layout check of what is on screen.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QQuickWindow;
class QQuickItem;

namespace bro::screens {

// Runs the event loop for ms milliseconds (bindings, layouts, transitions settle).
void settle(int ms);

// Runs the event loop until the window has drawn `frames` more frames: every item is polished
// before a frame, so layouts hold their final geometry after it. Much shorter than a fixed
// settle() when nothing animates.
void settleFrames(QQuickWindow *window, int frames = 2);
// Lets a page just shown settle: its frames, and any StackView transition to its end.
void settlePage(QQuickWindow *window);

// Popup, Dialog, the Qt Quick Dialogs' FileDialog ...
bool isPopup(QObject *o);

// Opens every popup and dialog under root that is not open yet and not in seen, lets it
// render, calls whileOpen (if given) with it, opens the ones inside it, and closes it again.
// Returns how many it opened. instant: popups open and close without their enter and exit
// transitions (the layout check looks at where things end up, not at how they get there).
int openEveryPopup(QObject *root, QSet<QObject *> &seen,
                   const std::function<void(QObject *)> &whileOpen = {}, bool instant = false);
void closeOpenPopups(QObject *root);

// The smallest text that is still readable on a phone.
inline constexpr int kMinTextPixels = 12;

// What is wrong with the layout of what the window shows, one line each: a text elided or
// cut short (`truncated`), a word broken in the middle because it does not fit its line, a
// text drawn over another text, a text reaching past the window's edge, a text smaller than
// kMinTextPixels. The page under an
// open popup is not looked at; each popup (and each full-window overlay) on its own.
QStringList layoutProblems(QQuickWindow *window);

} // namespace bro::screens
