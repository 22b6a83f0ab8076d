// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionViewItem>
#include <QTextLayout>

#include <cmath>

namespace hookdesk {

AppStyle::AppStyle() : QProxyStyle(nullptr) { }

bool AppStyle::needsInkCentering(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Script script = c.script();
        if (script != QChar::Script_Latin && script != QChar::Script_Common
            && script != QChar::Script_Inherited && script != QChar::Script_Unknown)
            return true;
    }
    return false;
}

int AppStyle::inkShift(const QFont &font, const QRect &rect, int flags, const QString &text)
{
    if (!(flags & Qt::AlignVCenter) || text.contains(QLatin1Char('\n')) || !needsInkCentering(text))
        return 0;
    QString shown = text;
    if (flags & (Qt::TextShowMnemonic | Qt::TextHideMnemonic)) {
        // "&Save" draws "Save"; "&&" draws "&".
        shown.replace(QLatin1String("&&"), QStringLiteral("\x01"));
        shown.remove(QLatin1Char('&'));
        shown.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    }
    const QFontMetricsF metrics(font);
    const QRectF ink = metrics.tightBoundingRect(shown); // y relative to the baseline, up is negative
    if (ink.isEmpty() || ink.top() >= 0)
        return 0;
    // Where the base style puts the baseline: the laid-out line centred in rect.
    // Its ascent and descent are the largest of every font the line uses, the
    // fallback fonts included, which is what pushes Devanagari up.
    QTextLayout layout(shown, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    const qreal baseBaseline = rect.top() + (rect.height() - line.height()) / 2.0 + line.ascent();
    // Where it goes when the glyphs' ink is centred.
    const qreal inkBaseline = rect.top() + rect.height() / 2.0 - (ink.top() + ink.bottom()) / 2.0;
    return int(std::lround(inkBaseline - baseBaseline));
}

void AppStyle::drawControl(ControlElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option);
    if (element != CE_ItemViewItem || !item || item->text.isEmpty()
        || !(item->displayAlignment & Qt::AlignVCenter) || item->text.contains(QLatin1Char('\n'))
        || !needsInkCentering(item->text)) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // Everything but the text as the base style draws it, then the text, elided
    // as the base would and centred on its ink.
    QStyleOptionViewItem bare = *item;
    bare.text.clear();
    QProxyStyle::drawControl(element, &bare, painter, widget);
    const QRect textRect = proxy()->subElementRect(SE_ItemViewItemText, item, widget)
                                   .adjusted(proxy()->pixelMetric(PM_FocusFrameHMargin, item, widget) + 1, 0,
                                             -proxy()->pixelMetric(PM_FocusFrameHMargin, item, widget) - 1, 0);
    const QString shown = item->fontMetrics.elidedText(item->text, item->textElideMode, textRect.width());
    QPalette::ColorGroup group = (item->state & State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(item->state & State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setFont(item->font);
    painter->setPen(item->palette.color(group, (item->state & State_Selected) ? QPalette::HighlightedText
                                                                                : QPalette::Text));
    const int flags = int(QStyle::visualAlignment(item->direction, item->displayAlignment)) | Qt::TextSingleLine;
    painter->drawText(textRect.translated(0, inkShift(item->font, textRect, flags, shown)), flags, shown);
    painter->restore();
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
    if (element == PE_IndicatorHeaderArrow && header && header->sortIndicator != QStyleOptionHeader::None) {
        QStyleOptionHeader flipped = *header;
        flipped.sortIndicator = header->sortIndicator == QStyleOptionHeader::SortUp ? QStyleOptionHeader::SortDown
                                                                                    : QStyleOptionHeader::SortUp;
        QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void AppStyle::drawItemText(QPainter *painter, const QRect &rect, int flags,
                                    const QPalette &palette, bool enabled, const QString &text,
                                    QPalette::ColorRole textRole) const
{
    const int shift = inkShift(painter->font(), rect, flags, text);
    QProxyStyle::drawItemText(painter, rect.translated(0, shift), flags, palette, enabled, text, textRole);
}

} // namespace hookdesk
