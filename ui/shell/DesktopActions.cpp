// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DesktopActions.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace hookdesk::DesktopActions {

UrlOpener systemOpener()
{
    return [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

Confirm messageBoxConfirm()
{
    return [](QWidget *parent, const Confirmation &c) {
        QMessageBox box(QMessageBox::Warning, c.title, c.text, QMessageBox::NoButton, parent);
        box.setInformativeText(c.details);
        QPushButton *accept = box.addButton(c.acceptLabel, QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        // Enter must not destroy anything by accident.
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        box.exec();
        return box.clickedButton() == accept;
    };
}

} // namespace hookdesk::DesktopActions
