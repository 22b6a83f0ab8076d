// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings: defaults, round trips, and values that must not be trusted.
#include "settings/AppSettings.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSettings>
#include <QTest>

using namespace hookdesk;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTrips();
    void invalidValuesReadAsDefaults_data();
    void invalidValuesReadAsDefaults();
    void survivesAReopen();
    void feedsTheListenerAndWriter();

private:
    test::TestDatabase m_dir; // only for its temporary folder
    QString iniPath(const char *name) const { return m_dir.folder() + QLatin1Char('/') + QLatin1String(name); }
};

void TestAppSettings::defaults()
{
    AppSettings s(iniPath("defaults.ini"));
    QCOMPARE(s.listenAddress(), QStringLiteral("127.0.0.1"));
    QCOMPARE(s.listenPort(), quint16(8787));
    QCOMPARE(s.apiBaseUrl(), QUrl(QStringLiteral("https://api-prod-new.tagmango.com")));
    QVERIFY(s.publicBaseUrl().isEmpty());
    QCOMPARE(s.closeToTray(), false);
    QCOMPARE(s.notificationsEnabled(), true);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.deliveryRetentionRows(), qint64(200000));
    QCOMPARE(s.deliveryRetentionDays(), 30);
    QCOMPARE(s.maxBodyBytes(), qint64(64 * 1024));
    QCOMPARE(s.maxHeaderBytes(), qint64(16 * 1024));
    QCOMPARE(s.idleTimeoutSeconds(), 15);
    QCOMPARE(s.maxConnections(), 1024);
    QCOMPARE(s.attendeeOrder().key, AttendeeOrder::Key::Received);
    QCOMPARE(s.attendeeOrder().descending, true);
    QCOMPARE(s.filterRange(), AppSettings::ReceivedRange::Any);
    QVERIFY(s.filterText().isEmpty());
    QVERIFY(s.windowGeometry().isEmpty());
    QCOMPARE(s.phoneRegion(), QStringLiteral("IN"));
}

void TestAppSettings::roundTrips()
{
    AppSettings s(iniPath("roundtrip.ini"));
    s.setListenAddress(QStringLiteral("::1"));
    s.setListenPort(9000);
    s.setApiBaseUrl(QUrl(QStringLiteral("https://api.example.com/v2")));
    s.setPublicBaseUrl(QUrl(QStringLiteral("https://words.trycloudflare.com")));
    s.setCloseToTray(true);
    s.setNotificationsEnabled(false);
    s.setLanguage(QStringLiteral("hi"));
    s.setDeliveryRetentionRows(5000);
    s.setDeliveryRetentionDays(7);
    s.setAttendeeOrder(AttendeeOrder{AttendeeOrder::Key::Email, false});
    s.setFilterText(QStringLiteral("email:gmail.com -test"));
    s.setFilterWebinarId(QStringLiteral("wb123"));
    s.setFilterRange(AppSettings::ReceivedRange::Custom);
    s.setFilterFrom(QDate(2026, 1, 2));
    s.setFilterUntil(QDate(2026, 2, 3));
    s.setWindowGeometry(QByteArray("\x01\x02\x00\xff", 4));
    QCOMPARE(s.listenAddress(), QStringLiteral("::1"));
    QCOMPARE(s.listenPort(), quint16(9000));
    QCOMPARE(s.apiBaseUrl(), QUrl(QStringLiteral("https://api.example.com/v2")));
    QCOMPARE(s.publicBaseUrl(), QUrl(QStringLiteral("https://words.trycloudflare.com")));
    QCOMPARE(s.closeToTray(), true);
    QCOMPARE(s.notificationsEnabled(), false);
    QCOMPARE(s.language(), QStringLiteral("hi"));
    QCOMPARE(s.deliveryRetentionRows(), qint64(5000));
    QCOMPARE(s.deliveryRetentionDays(), 7);
    QCOMPARE(s.attendeeOrder().key, AttendeeOrder::Key::Email);
    QCOMPARE(s.attendeeOrder().descending, false);
    QCOMPARE(s.filterText(), QStringLiteral("email:gmail.com -test"));
    QCOMPARE(s.filterWebinarId(), QStringLiteral("wb123"));
    QCOMPARE(s.filterRange(), AppSettings::ReceivedRange::Custom);
    QCOMPARE(s.filterFrom(), QDate(2026, 1, 2));
    QCOMPARE(s.filterUntil(), QDate(2026, 2, 3));
    QCOMPARE(s.windowGeometry(), QByteArray("\x01\x02\x00\xff", 4));
}

void TestAppSettings::invalidValuesReadAsDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("port_zero") << QStringLiteral("listener/port") << QStringLiteral("0");
    QTest::newRow("port_too_big") << QStringLiteral("listener/port") << QStringLiteral("70000");
    QTest::newRow("port_words") << QStringLiteral("listener/port") << QStringLiteral("eighty");
    QTest::newRow("address_host_name") << QStringLiteral("listener/address") << QStringLiteral("localhost");
    QTest::newRow("api_javascript") << QStringLiteral("tagmango/apiBaseUrl") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("api_ftp") << QStringLiteral("tagmango/apiBaseUrl") << QStringLiteral("ftp://example.com");
    QTest::newRow("public_no_host") << QStringLiteral("listener/publicBaseUrl") << QStringLiteral("https://");
    QTest::newRow("tray_maybe") << QStringLiteral("desktop/closeToTray") << QStringLiteral("maybe");
    QTest::newRow("language_path") << QStringLiteral("desktop/language") << QStringLiteral("../../etc");
    QTest::newRow("retention_negative") << QStringLiteral("store/deliveryRetentionDays") << QStringLiteral("-3");
    QTest::newRow("rows_too_few") << QStringLiteral("store/deliveryRetentionRows") << QStringLiteral("10");
    QTest::newRow("sort_unknown") << QStringLiteral("attendees/sortKey") << QStringLiteral("shoe size");
    QTest::newRow("range_unknown") << QStringLiteral("filter/range") << QStringLiteral("fortnight");
    QTest::newRow("geometry_text") << QStringLiteral("window/geometry") << QStringLiteral("big");
    QTest::newRow("region_unknown") << QStringLiteral("phone/defaultRegion") << QStringLiteral("ZZ");
    QTest::newRow("region_words") << QStringLiteral("phone/defaultRegion") << QStringLiteral("India");
}

void TestAppSettings::invalidValuesReadAsDefaults()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const QString path = iniPath("invalid.ini");
    QFile::remove(path);
    AppSettings defaults(iniPath("fresh.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(key, value);
    }
    AppSettings s(path);
    QCOMPARE(s.phoneRegion(), defaults.phoneRegion());
    QCOMPARE(s.listenPort(), defaults.listenPort());
    QCOMPARE(s.listenAddress(), defaults.listenAddress());
    QCOMPARE(s.apiBaseUrl(), defaults.apiBaseUrl());
    QCOMPARE(s.publicBaseUrl(), defaults.publicBaseUrl());
    QCOMPARE(s.closeToTray(), defaults.closeToTray());
    QCOMPARE(s.language(), defaults.language());
    QCOMPARE(s.deliveryRetentionDays(), defaults.deliveryRetentionDays());
    QCOMPARE(s.deliveryRetentionRows(), defaults.deliveryRetentionRows());
    QCOMPARE(s.attendeeOrder().key, defaults.attendeeOrder().key);
    QCOMPARE(s.filterRange(), defaults.filterRange());
    QCOMPARE(s.windowGeometry(), defaults.windowGeometry());
}

void TestAppSettings::survivesAReopen()
{
    const QString path = iniPath("reopen.ini");
    {
        AppSettings s(path);
        s.setListenPort(8800);
        s.setFilterText(QStringLiteral("priya"));
        s.sync();
    }
    AppSettings again(path);
    QCOMPARE(again.listenPort(), quint16(8800));
    QCOMPARE(again.filterText(), QStringLiteral("priya"));
}

void TestAppSettings::feedsTheListenerAndWriter()
{
    AppSettings s(iniPath("options.ini"));
    s.setListenAddress(QStringLiteral("0.0.0.0"));
    s.setListenPort(8123);
    s.setMaxBodyBytes(2048);
    s.setIdleTimeoutSeconds(3);
    s.setDeliveryRetentionDays(9);
    s.setPhoneRegion(QStringLiteral(" us "));
    QCOMPARE(s.phoneRegion(), QStringLiteral("US"));
    const IntakeServer::Options intake = s.intakeOptions();
    QCOMPARE(intake.address, QHostAddress(QStringLiteral("0.0.0.0")));
    QCOMPARE(intake.port, quint16(8123));
    QCOMPARE(intake.limits.framing.maxBodyBytes, qint64(2048));
    QCOMPARE(intake.limits.idleTimeoutMs, 3000);
    StoreWriter::Options store;
    s.applyTo(&store);
    QCOMPARE(store.deliveryMaxAgeDays, 9);
    QCOMPARE(store.phoneRegion, QStringLiteral("US"));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_AppSettings.moc"
