// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/IntakeServer.h"
#include "store/AttendeeQuery.h"
#include "store/StoreWriter.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

namespace hookdesk {

// The one place HookDesk's preferences live: every key with its type, default
// and valid range. A value that is missing, of the wrong type or out of range
// reads as the default, so a hand-edited or old settings file never breaks
// the app. Core code never sees this class; it is told the values.
//
// Tests and portable setups use a file of their own (the path constructor);
// the app uses the platform's usual place.
class AppSettings
{
public:
    // The user's settings in the platform's usual place.
    AppSettings();
    // Settings in an INI file of their own.
    explicit AppSettings(const QString &iniPath);
    // Someone else's QSettings (not owned).
    explicit AppSettings(QSettings *settings);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // Where the received-date filter points.
    enum class ReceivedRange { Any, Today, Last7Days, Last30Days, Custom };

    // -- Main window
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    // Column widths and positions of the attendee table (QHeaderView::saveState).
    QByteArray attendeeColumns() const;
    void setAttendeeColumns(const QByteArray &state);
    AttendeeOrder attendeeOrder() const;
    void setAttendeeOrder(const AttendeeOrder &order);

    // -- The last filter
    QString filterText() const;
    void setFilterText(const QString &text);
    QString filterWebinarId() const; // "" for all webinars
    void setFilterWebinarId(const QString &webinarId);
    // Whose rows the table shows (attended unless a known keyword was saved).
    AttendeeFilter::People filterPeople() const;
    void setFilterPeople(AttendeeFilter::People people);
    ReceivedRange filterRange() const;
    void setFilterRange(ReceivedRange range);
    QDate filterFrom() const; // for ReceivedRange::Custom; invalid when unset
    void setFilterFrom(const QDate &day);
    QDate filterUntil() const;
    void setFilterUntil(const QDate &day);

    // -- Listener
    QString listenAddress() const; // an IP address; 127.0.0.1 unless the user opts out
    void setListenAddress(const QString &address);
    quint16 listenPort() const;
    void setListenPort(quint16 port);
    // The address a tunnel gives this machine (https://x.trycloudflare.com); empty if none.
    QUrl publicBaseUrl() const;
    void setPublicBaseUrl(const QUrl &url);
    qint64 maxBodyBytes() const;
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxHeaderBytes() const;
    void setMaxHeaderBytes(qint64 bytes);
    int idleTimeoutSeconds() const;
    void setIdleTimeoutSeconds(int seconds);
    int maxConnections() const;
    void setMaxConnections(int connections);
    // The listener options these settings describe.
    IntakeServer::Options intakeOptions() const;

    // -- Store
    qint64 deliveryRetentionRows() const;
    void setDeliveryRetentionRows(qint64 rows);
    int deliveryRetentionDays() const;
    void setDeliveryRetentionDays(int days);
    // Copies the retention bounds into the writer's options.
    // Where phone numbers without a country code are from (two letters, "IN"
    // by default): how intake fills phone_e164 and how the filter reads one.
    QString phoneRegion() const;
    void setPhoneRegion(const QString &region);

    void applyTo(StoreWriter::Options *options) const;

    // -- TagMango
    QUrl apiBaseUrl() const;
    void setApiBaseUrl(const QUrl &url);

    // -- Desktop
    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    // The "HookDesk keeps listening in the tray" hint was shown once.
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);
    // "" follows the system; otherwise a language code such as "hi" or "pt_BR".
    QString language() const;
    void setLanguage(const QString &language);
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    static QUrl defaultApiBaseUrl();

    void sync();
    QString fileName() const;

private:
    qint64 readInteger(const QString &key, qint64 fallback, qint64 min, qint64 max) const;
    bool readBool(const QString &key, bool fallback) const;
    QString readString(const QString &key, const QString &fallback = QString()) const;
    QByteArray readBytes(const QString &key) const;
    QUrl readWebUrl(const QString &key, const QUrl &fallback) const;
    void write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};

} // namespace hookdesk
