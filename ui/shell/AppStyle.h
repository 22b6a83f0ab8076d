// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace hookdesk {

// HookDesk's look on top of the platform style, two corrections:
//
// Sort arrows point the way the column reads: ▲ for ascending (A to Z, oldest
// first), ▼ for descending (newest first). QHeaderView hands an ascending
// column to the style as SortDown and Fusion draws SortDown as ▼, so "newest
// first" showed ▲ (issue 16); the indicator is flipped before it is drawn.
//
// Centres one-line labels of non-Latin scripts on their ink. Qt centres a label
// on the first font's line box (ascent + descent); Devanagari comes from a
// fallback font whose vowel signs rise above that box and whose headline sits
// higher than Latin capitals, so "रीप्ले" sat visibly high in buttons, tabs and
// headers. For such text the label is moved so that the span from the top of
// its glyphs to the baseline sits in the middle, as capitals do in Latin. Latin
// text (and anything multi-line or not vertically centred) is drawn exactly as
// the base style draws it.
class AppStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps the application's current style; a QProxyStyle owns its base.
    AppStyle();

    // Item view cells: the text of a vertically centred one-line cell is moved
    // the same way; background, icon, check box and focus are the base style's.
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
                      bool enabled, const QString &text,
                      QPalette::ColorRole textRole = QPalette::NoRole) const override;

    // How far (in pixels, + is down) a label in `rect` drawn with `font` moves.
    static int inkShift(const QFont &font, const QRect &rect, int flags, const QString &text);
    // True when `text` holds letters of a script other than Latin.
    static bool needsInkCentering(const QString &text);
};

} // namespace hookdesk
