// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace hookdesk {

// Draws a push button in a cell and reports clicks on it (mouse, or Space when
// the cell is current). The button is disabled when the model's `allowedRole`
// is false; the model's tool tip says why. Used for the replay columns.
class ReplayButtonDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ReplayButtonDelegate(int allowedRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // Where the button sits inside a cell.
    static QRect buttonRect(const QRect &cell);

signals:
    void clicked(const QModelIndex &index);

private:
    int m_allowedRole;
    QPersistentModelIndex m_pressed;
};

} // namespace hookdesk
