// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendees/AttendeeActions.h"

#include "attendees/AttendeeTableModel.h"
#include "core/Logging.h"
#include "core/ReplayLink.h"
#include "intake/PayloadParser.h"
#include "store/AttendeeRemoval.h"
#include "store/StoreAccess.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <limits>

namespace hookdesk {

AttendeeActions::AttendeeActions(StoreAccess *store, DesktopActions::UrlOpener opener,
                                 DesktopActions::Confirm confirm, QWidget *dialogParent,
                                 QObject *parent)
    : QObject(parent),
      m_store(store),
      m_open(std::move(opener)),
      m_confirm(std::move(confirm)),
      m_dialogParent(dialogParent)
{
}

bool AttendeeActions::openReplay(const QString &link)
{
    // Checked here as well as in the views: nothing but http(s) reaches the opener.
    const QString refusal = AttendeeTableModel::replayRefusal(link);
    if (!refusal.isEmpty()) {
        emit message(refusal);
        return false;
    }
    const QUrl url = ReplayLink::check(link).url();
    if (!m_open || !m_open(url)) {
        emit message(tr("Could not open %1 in the browser.").arg(url.toDisplayString()));
        showOpenFailure(url);
        return false;
    }
    emit message(tr("Opened the replay in your browser."));
    return true;
}

void AttendeeActions::showOpenFailure(const QUrl &url)
{
    // The status bar alone is easy to miss: say it, and offer the link instead.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the replay"),
                                tr("HookDesk could not open the replay in your browser."),
                                QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("openFailedDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    //: %1 is the replay link.
    box->setInformativeText(tr("Copy the link and paste it into your browser:\n%1").arg(url.toDisplayString()));
    QPushButton *copyButton = box->addButton(tr("Copy link"), QMessageBox::AcceptRole);
    copyButton->setObjectName(QStringLiteral("copyLinkButton"));
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(copyButton);
    const QString link = url.toString();
    connect(copyButton, &QPushButton::clicked, this, [this, link] {
        //: Fills "Copied the %1." and "There is no %1 to copy."
        copy(link, tr("replay link"));
    });
    box->open();
}

void AttendeeActions::copy(const QString &text, const QString &what)
{
    if (text.isEmpty()) {
        //: %1 names the thing, e.g. "phone number", "replay link", "hook URL".
        emit message(tr("There is no %1 to copy.").arg(what));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    //: %1 names the thing copied, e.g. "email address", "hook URL".
    emit message(tr("Copied the %1.").arg(what));
}

void AttendeeActions::deleteAttendees(const QList<AttendeeRow> &attendees)
{
    if (attendees.isEmpty() || !m_store)
        return;
    DesktopActions::Confirmation ask;
    ask.title = tr("Delete attendees");
    if (attendees.size() == 1) {
        const AttendeeRow &a = attendees.first();
        //: %1 is a name (or "this attendee"), %2 an email address, %3 a webinar title.
        ask.text = tr("Delete %1 (%2) from “%3”?")
                           .arg(a.name.isEmpty() ? tr("this attendee") : a.name, a.email,
                                a.webinarTitle.isEmpty() ? a.webinarId : a.webinarTitle);
        ask.acceptLabel = tr("Delete attendee");
    } else {
        ask.text = tr("Delete these %Ln attendee(s)?", nullptr, int(attendees.size()));
        //: Button of the confirmation.
        ask.acceptLabel = tr("Delete %Ln attendee(s)", nullptr, int(attendees.size()));
    }
    ask.details = tr("Their rows and the logged requests that carried them are removed for good. "
                     "If TagMango sends them again, they come back.");
    if (!m_confirm || !m_confirm(m_dialogParent, ask))
        return;

    QList<qint64> ids;
    for (const AttendeeRow &a : attendees)
        ids.append(a.id);
    //: %1 is an email address.
    const QString done = attendees.size() == 1 ? tr("Deleted %1.").arg(attendees.first().email)
                                               : tr("Deleted %Ln attendee(s).", nullptr, int(attendees.size()));
    runRemoval([ids](SqliteDatabase &db, QString *error) { return AttendeeRemoval::removeAttendees(db, ids, error); },
               done);
}

void AttendeeActions::deleteRegistrations(const QList<AttendeeRow> &registrations)
{
    if (registrations.isEmpty() || !m_store)
        return;
    DesktopActions::Confirmation ask;
    ask.title = tr("Delete registrations");
    if (registrations.size() == 1) {
        const AttendeeRow &r = registrations.first();
        //: %1 is a name (or "this person"), %2 an email address, %3 a webinar title.
        ask.text = tr("Delete the registration of %1 (%2) for “%3”?")
                           .arg(r.name.isEmpty() ? tr("this person") : r.name, r.email,
                                r.webinarTitle.isEmpty() ? r.webinarId : r.webinarTitle);
        ask.acceptLabel = tr("Delete registration");
    } else {
        ask.text = tr("Delete these %Ln registration(s)?", nullptr, int(registrations.size()));
        //: Button of the confirmation.
        ask.acceptLabel = tr("Delete %Ln registration(s)", nullptr, int(registrations.size()));
    }
    ask.details = tr("They leave the registered and no-show lists and the counts; attendance is not "
                     "touched. A reminder or booking TagMango sends later registers them again.");
    if (!m_confirm || !m_confirm(m_dialogParent, ask))
        return;
    QList<qint64> ids;
    for (const AttendeeRow &r : registrations)
        ids.append(r.id);
    const QString done = tr("Deleted %Ln registration(s).", nullptr, int(registrations.size()));
    runRemoval([ids](SqliteDatabase &db, QString *error) { return AttendeeRemoval::removeRegistrations(db, ids, error); },
               done);
}

void AttendeeActions::deleteWebinar(const WebinarRow &webinar)
{
    if (!m_store || webinar.webinarId.isEmpty())
        return;
    const QString title = webinar.title.isEmpty() ? webinar.webinarId : webinar.title;
    DesktopActions::Confirmation ask;
    ask.title = tr("Delete webinar");
    //: %1 is the webinar's title.
    ask.text = tr("Delete “%1”, its %Ln attendee(s) and its registrations?", nullptr,
                  int(std::min<qint64>(webinar.attendeeCount, std::numeric_limits<int>::max())))
                       .arg(title);
    ask.details = tr("Every attendee and registration of this webinar, and the logged requests that "
                     "carried the attendees, are removed for good. Calls TagMango sends later are "
                     "kept again.");
    //: Button of the confirmation.
    ask.acceptLabel = tr("Delete webinar");
    if (!m_confirm || !m_confirm(m_dialogParent, ask))
        return;
    const QString id = webinar.webinarId;
    //: %1 is the webinar's title.
    const QString done = tr("Deleted “%1”.").arg(title);
    runRemoval([id](SqliteDatabase &db, QString *error) { return AttendeeRemoval::removeWebinar(db, id, error); },
               done);
}

void AttendeeActions::runRemoval(std::function<qint64(SqliteDatabase &, QString *)> task, const QString &done)
{
    m_store->query<qint64>(std::move(task), this, [this, done](qint64 removed, const QString &error) {
        finishDeletion(removed, error, done);
    });
}

void AttendeeActions::finishDeletion(qint64 removed, const QString &error, const QString &done)
{
    if (removed < 0) {
        qCWarning(lcUi) << "delete failed:" << error;
        emit message(tr("Nothing was deleted: %1").arg(error));
        return;
    }
    emit message(done);
    emit storeChanged();
}

} // namespace hookdesk
