// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/DesktopActions.h"
#include "store/AttendeeQuery.h"
#include "store/WebinarQuery.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace hookdesk {

class StoreWriter;

// What the user can do to an attendee or a webinar: open its replay, copy its
// details, delete it. The panels decide *what* was chosen; this class does it,
// through the injected opener and confirmation, and writes only through the
// StoreWriter (the GUI's own connection is read-only).
class AttendeeActions : public QObject
{
    Q_OBJECT
public:
    AttendeeActions(StoreWriter *writer, DesktopActions::UrlOpener opener,
                    DesktopActions::Confirm confirm, QWidget *dialogParent, QObject *parent = nullptr);

    // Opens an http(s) link in the browser; anything else is refused with a message.
    bool openReplay(const QString &link);
    void copy(const QString &text, const QString &what);
    // Ask, then delete on the writer thread; storeChanged() follows when done.
    void deleteAttendees(const QList<AttendeeRow> &attendees);
    void deleteWebinar(const WebinarRow &webinar);

signals:
    // One line for the status bar.
    void message(const QString &text);
    // Rows were deleted (emitted on the GUI thread once the writer has committed).
    void storeChanged();

private:
    void finishDeletion(qint64 removed, const QString &error, const QString &done);

    StoreWriter *m_writer;
    DesktopActions::UrlOpener m_open;
    DesktopActions::Confirm m_confirm;
    QPointer<QWidget> m_dialogParent;
};

} // namespace hookdesk
