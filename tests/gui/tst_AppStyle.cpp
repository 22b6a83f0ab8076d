// SPDX-License-Identifier: GPL-3.0-or-later
// Devanagari labels drawn by the style sit in the middle of their box, not high
// (issue: "Devanagari labels sit high in buttons and cells"); Latin labels are
// drawn exactly as the base style draws them.
#include "shell/AppStyle.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QStyleFactory>
#include <QtTest>

#include <memory>

using namespace hookdesk;

namespace {

// Draws `text` centred in a `size` box with `style`; white background.
QImage render(QStyle *style, const QString &text, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font = QApplication::font();
    font.setPointSize(11);
    painter.setFont(font);
    QPalette palette;
    palette.setColor(QPalette::WindowText, Qt::black);
    style->drawItemText(&painter, image.rect(), Qt::AlignCenter | Qt::TextShowMnemonic, palette, true,
                        text, QPalette::WindowText);
    return image;
}

// First and last rows holding ink.
std::pair<int, int> inkRows(const QImage &image)
{
    int first = -1;
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 160) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
        }
    }
    return {first, last};
}

} // namespace

class tst_AppStyle : public QObject
{
    Q_OBJECT

private slots:
    void devanagariSitsInTheMiddle_data();
    void devanagariSitsInTheMiddle();
    void latinIsUnchanged();
    void scriptDetection();
    void sortArrowReadsLikeTheOrder();
};

void tst_AppStyle::devanagariSitsInTheMiddle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("baseIsOff"); // the base style draws it off-centre
    QTest::newRow("replay_button") << QStringLiteral("रीप्ले") << 24 << true;
    QTest::newRow("tab") << QStringLiteral("प्रतिभागी") << 28 << true;
    QTest::newRow("header") << QStringLiteral("ईमेल") << 30 << true;
    // Mixed with Latin the line box is the Latin font's, and already fits: it stays put.
    QTest::newRow("menu_mnemonic") << QStringLiteral("फ़ाइल (&F)") << 22 << false;
}

void tst_AppStyle::devanagariSitsInTheMiddle()
{
    QFETCH(QString, text);
    QFETCH(int, height);
    QFETCH(bool, baseIsOff);
    std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
    auto *ours = new AppStyle; // owns its own base
    std::unique_ptr<QStyle> keep(ours);
    const QSize size(160, height);
    const auto [top, bottom] = inkRows(render(ours, text, size));
    QVERIFY2(top >= 0, "nothing was drawn: is a Devanagari font installed (fonts-noto-core)?");
    // Equal room above and below the glyphs, within a pixel or two of rounding.
    const int above = top;
    const int below = height - 1 - bottom;
    QVERIFY2(qAbs(above - below) <= 2,
             qPrintable(QStringLiteral("%1: %2 px above, %3 px below").arg(text).arg(above).arg(below)));
    // Where the base style puts it elsewhere, ours is better (else this test proves nothing).
    const auto [baseTop, baseBottom] = inkRows(render(base.get(), text, size));
    const int baseAbove = baseTop;
    const int baseBelow = height - 1 - baseBottom;
    qInfo().noquote() << text << "base:" << baseAbove << "above," << baseBelow << "below; ours:" << above
                      << "above," << below << "below";
    if (baseIsOff)
        QVERIFY(qAbs(baseAbove - baseBelow) > qAbs(above - below) + 1);
    else
        QVERIFY(qAbs(baseAbove - baseBelow) <= 2);
}

void tst_AppStyle::latinIsUnchanged()
{
    std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
    std::unique_ptr<QStyle> ours(new AppStyle);
    for (const QString &text : {QStringLiteral("Replay"), QStringLiteral("&File"), QStringLiteral("Attendees 1,840")})
        QCOMPARE(render(ours.get(), text, QSize(160, 24)), render(base.get(), text, QSize(160, 24)));
}

void tst_AppStyle::scriptDetection()
{
    QVERIFY(!AppStyle::needsInkCentering(QStringLiteral("Replay 1,840 — ✔")));
    QVERIFY(AppStyle::needsInkCentering(QStringLiteral("रीप्ले")));
    QVERIFY(AppStyle::needsInkCentering(QStringLiteral("1,840 प्रतिभागी")));
    // Only vertically centred, one-line labels move.
    const QFont font = QApplication::font();
    QCOMPARE(AppStyle::inkShift(font, QRect(0, 0, 100, 30), Qt::AlignTop, QStringLiteral("रीप्ले")), 0);
    QCOMPARE(AppStyle::inkShift(font, QRect(0, 0, 100, 30), Qt::AlignVCenter,
                                        QStringLiteral("रीप्ले\nरीप्ले")), 0);
}

// The header of a table sorted newest first (descending) shows ▼, pointing
// the way the values go, and ascending shows ▲.
void tst_AppStyle::sortArrowReadsLikeTheOrder()
{
    std::unique_ptr<QStyle> ours(new AppStyle);
    // Where the arrow's ink is: its widest row near the top means ▼, near the bottom ▲.
    const auto widestRowIsAtTop = [&](Qt::SortOrder order) {
        QTableWidget table(3, 1);
        table.setStyle(ours.get());
        table.horizontalHeader()->setStyle(ours.get());
        table.setHorizontalHeaderLabels({QStringLiteral("First received")});
        table.setSortingEnabled(true);
        table.sortByColumn(0, order);
        table.resize(300, 150);
        table.show();
        if (!QTest::qWaitForWindowExposed(&table))
            qFatal("no window");
        QHeaderView *header = table.horizontalHeader();
        const QImage image = header->grab().toImage();
        // The arrow sits right of the text: look at the section's last 24 pixels.
        int widest = -1, widestWidth = 0, top = -1, bottom = -1;
        for (int y = 0; y < image.height(); ++y) {
            int width = 0;
            for (int x = header->sectionSize(0) - 24; x < header->sectionSize(0) - 2; ++x)
                width += qGray(image.pixel(x, y)) < 150;
            if (width > 0) {
                top = top < 0 ? y : top;
                bottom = y;
            }
            if (width > widestWidth) {
                widestWidth = width;
                widest = y;
            }
        }
        if (widest < 0)
            qFatal("no arrow drawn");
        return widest - top < bottom - widest;
    };
    QVERIFY2(widestRowIsAtTop(Qt::DescendingOrder), "newest first must show a downward arrow");
    QVERIFY2(!widestRowIsAtTop(Qt::AscendingOrder), "oldest first must show an upward arrow");
}

QTEST_MAIN(tst_AppStyle)
#include "tst_AppStyle.moc"
