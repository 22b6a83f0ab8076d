// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/DesktopActions.h"
#include "store/AttendeeQuery.h"
#include "store/WebinarQuery.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace hookdesk {

class SqliteDatabase;
class StoreAccess;

// What the user can do to an attendee or a webinar: open its replay, copy its
// details, delete it. The panels decide *what* was chosen; this class does it,
// through the injected opener and confirmation, and writes only through
// StoreAccess (in the GUI, the writer thread).
class AttendeeActions : public QObject
{
    Q_OBJECT
public:
    AttendeeActions(StoreAccess *store, DesktopActions::UrlOpener opener,
                    DesktopActions::Confirm confirm, QWidget *dialogParent, QObject *parent = nullptr);

    // Opens an http(s) link in the browser; anything else is refused with a message.
    bool openReplay(const QString &link);
    void copy(const QString &text, const QString &what);
    // Ask, then delete through the store access; storeChanged() follows when done.
    void deleteAttendees(const QList<AttendeeRow> &attendees);
    // Rows of the registered or no-show list (registration ids).
    void deleteRegistrations(const QList<AttendeeRow> &registrations);
    void deleteWebinar(const WebinarRow &webinar);
    // Deleting needs the store's writer (tests may build the window without).
    bool canDelete() const { return m_store != nullptr; }

signals:
    // One line for the status bar.
    void message(const QString &text);
    // Rows were deleted (emitted on the GUI thread once the writer has committed).
    void storeChanged();

private:
    // A dialog: the browser did not open `url`; "Copy link" puts it on the clipboard.
    void showOpenFailure(const QUrl &url);
    // Runs `task` (rows removed, or -1 and the error) through the store access and reports it.
    void runRemoval(std::function<qint64(SqliteDatabase &, QString *)> task, const QString &done);
    void finishDeletion(qint64 removed, const QString &error, const QString &done);

    StoreAccess *m_store;
    DesktopActions::UrlOpener m_open;
    DesktopActions::Confirm m_confirm;
    QPointer<QWidget> m_dialogParent;
};

} // namespace hookdesk
