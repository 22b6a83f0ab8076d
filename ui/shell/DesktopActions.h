// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace hookdesk {

// What the window asks of the desktop, as functions a test can replace: opening
// a link in the browser and asking the user to confirm something destructive.
namespace DesktopActions {

// Opens a URL (the default hands it to the system browser); false on failure.
using UrlOpener = std::function<bool(const QUrl &url)>;

struct Confirmation
{
    QString title;
    QString text;        // the question
    QString details;     // what happens, what cannot be undone
    QString acceptLabel; // the destructive button, e.g. "Delete attendee"
};
// True when the user accepts.
using Confirm = std::function<bool(QWidget *parent, const Confirmation &confirmation)>;

UrlOpener systemOpener();
Confirm messageBoxConfirm();

} // namespace DesktopActions
} // namespace hookdesk
