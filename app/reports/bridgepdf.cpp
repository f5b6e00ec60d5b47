#include "bridgepdf.h"

#include "domain/dates.h"
#include "domain/pictograms.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTranslator>

#include <map>
#include <memory>

namespace bro {

namespace {

bool rightToLeft(const QString &language)
{
    return language == QLatin1String("ar") || language == QLatin1String("fa");
}

// The two languages of the page.
struct Words
{
    QTranslator mine, bokmal;
    bool same = false;
    bool mineLoaded = false;

    explicit Words(const QString &language)
    {
        same = language == QLatin1String("nb");
        (void)bokmal.load(QStringLiteral(":/i18n/bro_nb.qm"));
        if (!same && language != QLatin1String("en"))
            mineLoaded = mine.load(QStringLiteral(":/i18n/bro_%1.qm").arg(language));
    }
    static QString tr(const QTranslator &t, bool loaded, const char *context, const char *source)
    {
        const QString s = loaded ? t.translate(context, source) : QString();
        return s.isEmpty() ? QString::fromUtf8(source) : s;
    }
    QString nb(const char *context, const char *source) const
    {
        return tr(bokmal, true, context, source);
    }
    QString own(const char *context, const char *source) const
    {
        return same ? nb(context, source) : tr(mine, mineLoaded, context, source);
    }
};

QImage pictogramImage(const std::string &emoji, int px)
{
    QImage image(px, px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    QFont f(QStringLiteral("Noto Color Emoji"));
    f.setPixelSize(int(px * 0.8));
    p.setFont(f);
    p.drawText(QRect(0, 0, px, px), Qt::AlignCenter, QString::fromStdString(emoji));
    return image;
}

} // namespace

bool writeBridgePdf(const BridgeView &b, const QString &language, const QString &path,
                    QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("BridgePdf", "%1 cannot be written: %2")
                        .arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(QStringLiteral("Min bro: %1").arg(QString::fromStdString(b.participantName)));
    writer.setCreator(QStringLiteral("Bro"));
    QPainter p;
    if (!p.begin(&writer))
        return fail(QCoreApplication::translate("BridgePdf", "%1 cannot be written").arg(path));
    p.setRenderHint(QPainter::Antialiasing);
    const Words w(language);
    const bool rtl = rightToLeft(language);
    const QRect page = p.viewport();
    const int W = page.width(), H = page.height();
    const QColor ink(0x1B, 0x1F, 0x1E), grey(0x4C, 0x59, 0x57);

    // Two lines: the participant's language, then bokmål (once when they are the same).
    const auto twoLines = [&](const QRect &r, const QString &own, const QString &nb, int px,
                              int flags) {
        QFont f = p.font();
        f.setPixelSize(px);
        f.setBold(true);
        p.setFont(f);
        p.setPen(ink);
        const int half = w.same || own == nb ? r.height() : r.height() * 55 / 100;
        p.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        p.drawText(QRect(r.x(), r.y(), r.width(), half), flags | Qt::TextWordWrap, own);
        if (!w.same && own != nb) {
            f.setBold(false);
            f.setPixelSize(px * 8 / 10);
            p.setFont(f);
            p.setPen(grey);
            p.setLayoutDirection(Qt::LeftToRight);
            p.drawText(QRect(r.x(), r.y() + half, r.width(), r.height() - half),
                       flags | Qt::TextWordWrap, nb);
        }
        p.setLayoutDirection(Qt::LeftToRight);
    };
    const auto label = [&](const char *context, const char *source) {
        return std::pair{w.own(context, source), w.nb(context, source)};
    };

    // The title.
    {
        const auto [own, nb] = label("MyBroPage", "My bridge to work");
        twoLines(QRect(0, 0, W, H / 10), own + QStringLiteral(" – ") +
                                             QString::fromStdString(b.participantName),
                 nb, H / 26, Qt::AlignHCenter | Qt::AlignTop);
    }
    // The banks.
    const int bankW = W / 6, deckY = H * 30 / 100, deckH = H * 34 / 100;
    const QRect nowBank(rtl ? W - bankW : 0, H / 8, bankW, H * 55 / 100);
    const QRect goalBank(rtl ? 0 : W - bankW, H / 8, bankW, H * 55 / 100);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xCF, 0xE8, 0xF3)); // water
    p.drawRoundedRect(QRect(0, H * 62 / 100, W, H * 14 / 100), 20, 20);
    p.setBrush(QColor(0xE9, 0xDC, 0xC3));
    p.drawRoundedRect(nowBank, 20, 20);
    p.setBrush(QColor(0xD8, 0xEB, 0xC9));
    p.drawRoundedRect(goalBank, 20, 20);
    {
        int y = nowBank.y() + 10;
        const int pic = H / 22;
        const auto line = [&](const char *bank, const QString &text) {
            if (text.isEmpty())
                return;
            p.drawImage(QRect(nowBank.x() + 8, y, pic, pic),
                        pictogramImage(pictogram("bank", bank), 96));
            QFont f = p.font();
            f.setPixelSize(H / 55);
            f.setBold(false);
            p.setFont(f);
            p.setPen(ink);
            p.drawText(QRect(nowBank.x() + pic + 14, y, nowBank.width() - pic - 20, pic * 2),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
            y += pic * 2 + 6;
        };
        line("languages", QString::fromStdString(b.otherLanguages));
        if (!b.norwegianLevel.empty()) {
            const auto [own, nb] = label("BroBridge", "Norwegian %1");
            line("norwegian", own.arg(QString::fromStdString(b.norwegianLevel)) +
                                  (w.same ? QString() : QStringLiteral(" · ") +
                                                            nb.arg(QString::fromStdString(b.norwegianLevel))));
        }
        QStringList edu, work;
        for (const auto &e : b.education)
            edu << QString::fromStdString(e);
        for (const auto &x : b.work)
            work << QString::fromStdString(x);
        line("education", edu.join(QStringLiteral(", ")));
        line("work", work.join(QStringLiteral(", ")));
    }
    {
        const int pic = H / 8;
        p.drawImage(QRect(goalBank.center().x() - pic / 2, goalBank.y() + goalBank.height() / 5,
                          pic, pic),
                    pictogramImage(goalPictogram(b.goal), 160));
        QFont f = p.font();
        f.setPixelSize(H / 34);
        f.setBold(true);
        p.setFont(f);
        p.setPen(ink);
        p.drawText(QRect(goalBank.x() + 8, goalBank.y() + goalBank.height() / 5 + pic + 10,
                         goalBank.width() - 16, goalBank.height() / 2),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   QString::fromStdString(b.goal));
    }
    // The arch and the planks.
    const int deckX = bankW, deckW = W - 2 * bankW;
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x5C, 0x46, 0x32), 8, Qt::SolidLine, Qt::RoundCap));
    QPainterPath arch;
    arch.moveTo(deckX, deckY + deckH);
    arch.quadTo(W / 2.0, H * 0.78, deckX + deckW, deckY + deckH);
    p.drawPath(arch);
    const int n = std::max<int>(1, int(b.planks.size()));
    const int gap = 8, plankW = (deckW - (n - 1) * gap) / n;
    for (int i = 0; i < int(b.planks.size()); ++i) {
        const Plank &pl = b.planks[std::size_t(i)];
        const int slot = rtl ? n - 1 - i : i;
        const QRect r(deckX + slot * (plankW + gap), deckY, plankW, deckH);
        const bool current = i == b.current;
        p.setPen(QPen(current ? QColor(0xE0, 0x7A, 0x1F) : QColor(0x5C, 0x46, 0x32),
                      current ? 8 : 2));
        p.setBrush(pl.state == PlankState::Done  ? QColor(0xB9, 0xD7, 0xA8)
                   : pl.state == PlankState::Now ? QColor(0xFF, 0xD0, 0x8A)
                   : pl.state == PlankState::Next ? QColor(0xF3, 0xE6, 0xD3)
                                                  : QColor(0xEC, 0xEB, 0xE8));
        p.drawRoundedRect(r, 12, 12);
        const int pic = std::min(plankW * 6 / 10, deckH / 4);
        p.drawImage(QRect(r.center().x() - pic / 2, r.y() + 8, pic, pic),
                    pictogramImage(pictogram("measure", pl.type), 128));
        // The measure's type, as the screen words it (labels.cpp, context "Option").
        const QByteArray typeSource = [&pl] {
            static const std::map<std::string, const char *> sources{
                {"career_guidance", "Career guidance"},
                {"intro_cv", "Intro-CV"},
                {"work_training", "Work training"},
                {"language_practice", "Language practice"},
                {"job_shadowing", "Job shadowing"},
                {"work_norwegian", "Work-Norwegian"},
                {"labour_market_course", "Labour-market course (AMO)"},
                {"wage_subsidy", "Wage subsidy"},
                {"mentor", "Mentor"},
                {"education_recognition", "Recognition of education"},
                {"norwegian_lessons", "Norwegian lessons"},
                {"other", "Other"}};
            const auto it = sources.find(pl.type);
            return QByteArray(it == sources.end() ? "Other" : it->second);
        }();
        const auto [own, nb] = label("Option", typeSource.constData());
        twoLines(QRect(r.x() + 6, r.y() + pic + 14, r.width() - 12, deckH * 40 / 100), own, nb,
                 std::max(12, std::min(H / 50, plankW / 9)), Qt::AlignHCenter | Qt::AlignTop);
        const char *stateSource = pl.state == PlankState::Done ? "Done"
                                  : pl.state == PlankState::Now ? "Now"
                                  : pl.state == PlankState::Next ? "Next"
                                                                 : "Later";
        const auto [sOwn, sNb] = label("PlankPage", stateSource);
        QFont f = p.font();
        f.setPixelSize(std::max(11, H / 65));
        f.setBold(false);
        p.setFont(f);
        p.setPen(QColor(0x4C, 0x59, 0x57));
        QString dates = dates::format(QString::fromStdString(pl.startDate), QStringLiteral("nb"));
        if (!pl.endDate.empty())
            dates += QStringLiteral(" – ") +
                     dates::format(QString::fromStdString(pl.endDate), QStringLiteral("nb"));
        p.drawText(QRect(r.x() + 4, r.bottom() - deckH * 28 / 100, r.width() - 8, deckH * 26 / 100),
                   Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                   (w.same ? sNb : sOwn + QStringLiteral(" / ") + sNb) + QLatin1Char('\n') + dates);
        if (current) // "I am here"
            p.drawImage(QRect(r.center().x() - pic / 2, r.y() - pic - 6, pic, pic),
                        pictogramImage(pictogram("state", "now"), 128));
    }
    // The next meeting and the training book, at the foot of the page.
    {
        const int y = H * 80 / 100, pic = H / 16;
        int x = 0;
        if (!b.nextMeetingDate.empty()) {
            p.drawImage(QRect(x, y, pic, pic), pictogramImage(pictogram("ui", "meeting"), 96));
            const auto [own, nb] = label("MyBroPage", "Next meeting: %1");
            const QString date = dates::format(QString::fromStdString(b.nextMeetingDate),
                                               QStringLiteral("nb"));
            twoLines(QRect(x + pic + 10, y, W / 2 - pic - 20, H / 8), own.arg(date), nb.arg(date),
                     H / 45, Qt::AlignLeft | Qt::AlignTop);
        }
        x = W / 2;
        if (b.goalsTotal > 0 || b.hoursLogged > 0) {
            p.drawImage(QRect(x, y, pic, pic), pictogramImage(pictogram("ui", "hours"), 96));
            const auto [own, nb] = label("MyBroPage", "%1 hours at work");
            const QString hours = QString::number(qRound(b.hoursLogged));
            twoLines(QRect(x + pic + 10, y, W / 4, H / 8), own.arg(hours), nb.arg(hours), H / 45,
                     Qt::AlignLeft | Qt::AlignTop);
            // The goals reached, as filled circles.
            const int d = H / 30;
            p.setPen(QPen(QColor(0x3D, 0x7A, 0x2A), 4));
            for (int i = 0; i < b.goalsTotal; ++i) {
                p.setBrush(i < b.goalsReached ? QColor(0x3D, 0x7A, 0x2A) : QColor(Qt::transparent));
                p.drawEllipse(QRect(x + W / 4 + pic + 20 + i * (d + 8), y + 6, d, d));
            }
        }
    }
    p.end();
    return true;
}

} // namespace bro
