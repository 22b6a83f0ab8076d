// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"

#include "store/PhoneNumber.h"

#include "core/AppInfo.h"
#include "core/Logging.h"
#include "intake/ListenerRanges.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>

namespace hookdesk {
namespace {

namespace Key {
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString splitter = QStringLiteral("window/splitter");
const QString columns = QStringLiteral("attendees/columns");
const QString sortKey = QStringLiteral("attendees/sortKey");
const QString sortDescending = QStringLiteral("attendees/sortDescending");
const QString filterText = QStringLiteral("filter/text");
const QString filterWebinar = QStringLiteral("filter/webinar");
const QString filterRange = QStringLiteral("filter/range");
const QString filterFrom = QStringLiteral("filter/from");
const QString filterUntil = QStringLiteral("filter/until");
const QString filterPeople = QStringLiteral("filter/people");
const QString listenAddress = QStringLiteral("listener/address");
const QString listenPort = QStringLiteral("listener/port");
const QString publicBaseUrl = QStringLiteral("listener/publicBaseUrl");
const QString maxBody = QStringLiteral("listener/maxBodyBytes");
const QString maxHeader = QStringLiteral("listener/maxHeaderBytes");
const QString idleTimeout = QStringLiteral("listener/idleTimeoutSeconds");
const QString maxConnections = QStringLiteral("listener/maxConnections");
const QString retentionRows = QStringLiteral("store/deliveryRetentionRows");
const QString retentionDays = QStringLiteral("store/deliveryRetentionDays");
const QString phoneRegion = QStringLiteral("phone/defaultRegion");
const QString apiBaseUrl = QStringLiteral("tagmango/apiBaseUrl");
const QString closeToTray = QStringLiteral("desktop/closeToTray");
const QString notifications = QStringLiteral("desktop/notifications");
const QString trayHintShown = QStringLiteral("desktop/trayHintShown");
const QString language = QStringLiteral("desktop/language");
const QString exportFolder = QStringLiteral("export/lastFolder");
} // namespace Key

const IntakeServer::Options defaultIntake;
const StoreWriter::Options defaultStore;

struct Named
{
    const char *name;
    int value;
};

const Named sortKeys[] = {
        {"received", int(AttendeeOrder::Key::Received)}, {"name", int(AttendeeOrder::Key::Name)},
        {"email", int(AttendeeOrder::Key::Email)},       {"phone", int(AttendeeOrder::Key::Phone)},
        {"webinar", int(AttendeeOrder::Key::Webinar)},   {"deliveries", int(AttendeeOrder::Key::Deliveries)},
};
const Named ranges[] = {
        {"any", int(AppSettings::ReceivedRange::Any)},
        {"today", int(AppSettings::ReceivedRange::Today)},
        {"7days", int(AppSettings::ReceivedRange::Last7Days)},
        {"30days", int(AppSettings::ReceivedRange::Last30Days)},
        {"custom", int(AppSettings::ReceivedRange::Custom)},
};

template<size_t N>
int valueOf(const Named (&table)[N], const QString &name, int fallback)
{
    for (const Named &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return fallback;
}

template<size_t N>
QString nameOf(const Named (&table)[N], int value)
{
    for (const Named &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return QString::fromLatin1(table[0].name);
}

void warnInvalid(const QString &key, const QVariant &value)
{
    qCWarning(lcUi) << "setting" << key << "has an invalid value" << value.toString()
                    << "- using the default";
}

} // namespace

// The organisation name is left empty app-wide (so data lives in .../hookdesk),
// and QSettings would then file us under "Unknown Organization": name both.
AppSettings::AppSettings()
    : m_owned(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                          QStringLiteral("hookdesk"), QStringLiteral("hookdesk"))),
      m_settings(m_owned.get())
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_owned(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)), m_settings(m_owned.get())
{
}

AppSettings::AppSettings(QSettings *settings) : m_settings(settings) { }

AppSettings::~AppSettings() = default;

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

qint64 AppSettings::readInteger(const QString &key, qint64 fallback, qint64 min, qint64 max) const
{
    const QVariant value = m_settings->value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    if (!ok || number < min || number > max) {
        warnInvalid(key, value);
        return fallback;
    }
    return number;
}

bool AppSettings::readBool(const QString &key, bool fallback) const
{
    const QVariant value = m_settings->value(key);
    if (!value.isValid())
        return fallback;
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    warnInvalid(key, value);
    return fallback;
}

QString AppSettings::readString(const QString &key, const QString &fallback) const
{
    const QVariant value = m_settings->value(key);
    if (!value.isValid())
        return fallback;
    if (!value.canConvert<QString>()) {
        warnInvalid(key, value);
        return fallback;
    }
    return value.toString();
}

QByteArray AppSettings::readBytes(const QString &key) const
{
    const QVariant value = m_settings->value(key);
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}

QUrl AppSettings::readWebUrl(const QString &key, const QUrl &fallback) const
{
    const QString text = readString(key).trimmed();
    if (text.isEmpty())
        return fallback;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        warnInvalid(key, text);
        return fallback;
    }
    return url;
}

void AppSettings::write(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

// -- Main window

QByteArray AppSettings::windowGeometry() const { return readBytes(Key::windowGeometry); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { write(Key::windowGeometry, geometry); }
QByteArray AppSettings::windowState() const { return readBytes(Key::windowState); }
void AppSettings::setWindowState(const QByteArray &state) { write(Key::windowState, state); }
QByteArray AppSettings::splitterState() const { return readBytes(Key::splitter); }
void AppSettings::setSplitterState(const QByteArray &state) { write(Key::splitter, state); }
QByteArray AppSettings::attendeeColumns() const { return readBytes(Key::columns); }
void AppSettings::setAttendeeColumns(const QByteArray &state) { write(Key::columns, state); }

AttendeeOrder AppSettings::attendeeOrder() const
{
    AttendeeOrder order;
    const QString name = readString(Key::sortKey);
    order.key = AttendeeOrder::Key(valueOf(sortKeys, name, int(AttendeeOrder::Key::Received)));
    order.descending = readBool(Key::sortDescending, true);
    return order;
}

void AppSettings::setAttendeeOrder(const AttendeeOrder &order)
{
    write(Key::sortKey, nameOf(sortKeys, int(order.key)));
    write(Key::sortDescending, order.descending);
}

// -- The last filter

QString AppSettings::filterText() const { return readString(Key::filterText).left(1000); }
void AppSettings::setFilterText(const QString &text) { write(Key::filterText, text); }
QString AppSettings::filterWebinarId() const { return readString(Key::filterWebinar).left(1000); }
void AppSettings::setFilterWebinarId(const QString &webinarId) { write(Key::filterWebinar, webinarId); }

AttendeeFilter::People AppSettings::filterPeople() const
{
    AttendeeFilter::People people = AttendeeFilter::People::Attended;
    if (!AttendeeFilter::peopleFromKeyword(readString(Key::filterPeople), &people))
        return AttendeeFilter::People::Attended;
    return people;
}

void AppSettings::setFilterPeople(AttendeeFilter::People people)
{
    write(Key::filterPeople, AttendeeFilter::peopleKeyword(people));
}

AppSettings::ReceivedRange AppSettings::filterRange() const
{
    return ReceivedRange(valueOf(ranges, readString(Key::filterRange), int(ReceivedRange::Any)));
}

void AppSettings::setFilterRange(ReceivedRange range)
{
    write(Key::filterRange, nameOf(ranges, int(range)));
}

QDate AppSettings::filterFrom() const
{
    return QDate::fromString(readString(Key::filterFrom), Qt::ISODate);
}

void AppSettings::setFilterFrom(const QDate &day)
{
    write(Key::filterFrom, day.isValid() ? day.toString(Qt::ISODate) : QString());
}

QDate AppSettings::filterUntil() const
{
    return QDate::fromString(readString(Key::filterUntil), Qt::ISODate);
}

void AppSettings::setFilterUntil(const QDate &day)
{
    write(Key::filterUntil, day.isValid() ? day.toString(Qt::ISODate) : QString());
}

// -- Listener

QString AppSettings::listenAddress() const
{
    const QString fallback = defaultIntake.address.toString();
    const QString text = readString(Key::listenAddress, fallback).trimmed();
    if (QHostAddress(text).isNull()) {
        warnInvalid(Key::listenAddress, text);
        return fallback;
    }
    return text;
}

void AppSettings::setListenAddress(const QString &address) { write(Key::listenAddress, address); }

quint16 AppSettings::listenPort() const
{
    return quint16(readInteger(Key::listenPort, AppInfo::DefaultPort, ListenerRanges::port.min,
                                ListenerRanges::port.max));
}

void AppSettings::setListenPort(quint16 port) { write(Key::listenPort, port); }
QUrl AppSettings::publicBaseUrl() const { return readWebUrl(Key::publicBaseUrl, QUrl()); }
void AppSettings::setPublicBaseUrl(const QUrl &url) { write(Key::publicBaseUrl, url.toString()); }

qint64 AppSettings::maxBodyBytes() const
{
    return readInteger(Key::maxBody, defaultIntake.limits.framing.maxBodyBytes,
                       ListenerRanges::maxBodyBytes.min, ListenerRanges::maxBodyBytes.max);
}

void AppSettings::setMaxBodyBytes(qint64 bytes) { write(Key::maxBody, bytes); }

qint64 AppSettings::maxHeaderBytes() const
{
    return readInteger(Key::maxHeader, defaultIntake.limits.framing.maxHeaderBytes,
                       ListenerRanges::maxHeaderBytes.min, ListenerRanges::maxHeaderBytes.max);
}

void AppSettings::setMaxHeaderBytes(qint64 bytes) { write(Key::maxHeader, bytes); }

int AppSettings::idleTimeoutSeconds() const
{
    return int(readInteger(Key::idleTimeout, defaultIntake.limits.idleTimeoutMs / 1000,
                           ListenerRanges::idleTimeoutSeconds.min,
                           ListenerRanges::idleTimeoutSeconds.max));
}

void AppSettings::setIdleTimeoutSeconds(int seconds) { write(Key::idleTimeout, seconds); }

int AppSettings::maxConnections() const
{
    return int(readInteger(Key::maxConnections, defaultIntake.limits.maxConnections,
                           ListenerRanges::maxConnections.min, ListenerRanges::maxConnections.max));
}

void AppSettings::setMaxConnections(int connections) { write(Key::maxConnections, connections); }

IntakeServer::Options AppSettings::intakeOptions() const
{
    IntakeServer::Options options;
    options.address = QHostAddress(listenAddress());
    options.port = listenPort();
    options.limits.framing.maxBodyBytes = maxBodyBytes();
    options.limits.framing.maxHeaderBytes = maxHeaderBytes();
    options.limits.idleTimeoutMs = idleTimeoutSeconds() * 1000;
    options.limits.maxConnections = maxConnections();
    return options;
}

// -- Store

qint64 AppSettings::deliveryRetentionRows() const
{
    return readInteger(Key::retentionRows, defaultStore.deliveryMaxRows, 1000, 10'000'000);
}

void AppSettings::setDeliveryRetentionRows(qint64 rows) { write(Key::retentionRows, rows); }

int AppSettings::deliveryRetentionDays() const
{
    return int(readInteger(Key::retentionDays, defaultStore.deliveryMaxAgeDays, 1, 3650));
}

void AppSettings::setDeliveryRetentionDays(int days) { write(Key::retentionDays, days); }

QString AppSettings::phoneRegion() const
{
    const QString region = readString(Key::phoneRegion).trimmed().toUpper();
    return PhoneNumber::isKnownRegion(region) ? region : QString::fromLatin1(PhoneNumber::DefaultRegion);
}

void AppSettings::setPhoneRegion(const QString &region) { write(Key::phoneRegion, region.trimmed().toUpper()); }

void AppSettings::applyTo(StoreWriter::Options *options) const
{
    options->deliveryMaxRows = deliveryRetentionRows();
    options->deliveryMaxAgeDays = deliveryRetentionDays();
    options->phoneRegion = phoneRegion();
}

// -- TagMango

QUrl AppSettings::defaultApiBaseUrl()
{
    return QUrl(QStringLiteral("https://api-prod-new.tagmango.com"));
}

QUrl AppSettings::apiBaseUrl() const { return readWebUrl(Key::apiBaseUrl, defaultApiBaseUrl()); }
void AppSettings::setApiBaseUrl(const QUrl &url) { write(Key::apiBaseUrl, url.toString()); }

// -- Desktop

bool AppSettings::closeToTray() const { return readBool(Key::closeToTray, false); }
void AppSettings::setCloseToTray(bool enabled) { write(Key::closeToTray, enabled); }
bool AppSettings::notificationsEnabled() const { return readBool(Key::notifications, true); }
void AppSettings::setNotificationsEnabled(bool enabled) { write(Key::notifications, enabled); }
bool AppSettings::trayHintShown() const { return readBool(Key::trayHintShown, false); }
void AppSettings::setTrayHintShown(bool shown) { write(Key::trayHintShown, shown); }

QString AppSettings::language() const
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    const QString text = readString(Key::language).trimmed();
    if (!text.isEmpty() && !code.match(text).hasMatch()) {
        warnInvalid(Key::language, text);
        return QString();
    }
    return text;
}

void AppSettings::setLanguage(const QString &language) { write(Key::language, language); }
QString AppSettings::lastExportFolder() const { return readString(Key::exportFolder); }
void AppSettings::setLastExportFolder(const QString &folder) { write(Key::exportFolder, folder); }

} // namespace hookdesk
