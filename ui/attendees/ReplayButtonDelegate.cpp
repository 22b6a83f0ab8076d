// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/ReplayButtonDelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

namespace hookdesk {

ReplayButtonDelegate::ReplayButtonDelegate(int allowedRole, QObject *parent)
    : QStyledItemDelegate(parent), m_allowedRole(allowedRole)
{
}

QRect ReplayButtonDelegate::buttonRect(const QRect &cell)
{
    return cell.adjusted(3, 2, -3, -2);
}

void ReplayButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    // The cell background (selection, alternate rows) as usual, without text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    if (!index.data(Qt::DisplayRole).isValid())
        return; // row not read yet
    QStyleOptionButton button;
    button.rect = buttonRect(option.rect);
    button.text = index.data(Qt::DisplayRole).toString();
    button.fontMetrics = option.fontMetrics;
    button.palette = option.palette;
    const bool enabled = index.data(m_allowedRole).toBool();
    button.state = QStyle::State_Raised;
    if (enabled) {
        button.state |= QStyle::State_Enabled;
        if (m_pressed == index)
            button.state |= QStyle::State_Sunken;
        if (option.state & QStyle::State_MouseOver)
            button.state |= QStyle::State_MouseOver;
    } else {
        button.palette.setCurrentColorGroup(QPalette::Disabled);
    }
    if ((option.state & QStyle::State_HasFocus) && enabled)
        button.state |= QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize ReplayButtonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionButton button;
    button.fontMetrics = option.fontMetrics;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QSize content = option.fontMetrics.size(Qt::TextShowMnemonic, text);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_PushButton, &button, content, widget)
            .expandedTo(QStyledItemDelegate::sizeHint(option, index));
}

bool ReplayButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool enabled = index.data(m_allowedRole).toBool();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !buttonRect(option.rect).contains(mouse->position().toPoint()))
            break;
        if (enabled)
            m_pressed = index;
        return true; // a press on the button (even a disabled one) is not a row click
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool wasPressed = m_pressed.isValid() && m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (wasPressed && enabled && buttonRect(option.rect).contains(mouse->position().toPoint())) {
            emit clicked(index);
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (enabled)
                emit clicked(index);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace hookdesk
