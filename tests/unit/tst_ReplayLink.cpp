// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReplayLink.h"

#include <QtTest>

using hookdesk::ReplayLink;
using Verdict = ReplayLink::Verdict;

class TestReplayLink : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data();
    void verdicts();
};

void TestReplayLink::verdicts_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<Verdict>("verdict");
    // The real host (QUrl spells numeric hosts as dotted quads), also named in the refusal.
    QTest::addColumn<QString>("host");

    QTest::newRow("https") << "https://example.com/r/1" << Verdict::Openable << "example.com";
    QTest::newRow("http_upper") << "HTTP://Example.COM/r/1" << Verdict::Openable << "example.com";
    QTest::newRow("with_port_and_query") << "https://zoom.us:443/rec/play?x=1#t" << Verdict::Openable << "zoom.us";
    QTest::newRow("digits_in_name") << "https://web3.example.com/" << Verdict::Openable << "web3.example.com";
    QTest::newRow("numeric_inner_label") << "https://1.example.com/" << Verdict::Openable << "1.example.com";
    QTest::newRow("hex_looking_name") << "https://0xcafe.example/" << Verdict::Openable << "0xcafe.example";
    QTest::newRow("surrounding_spaces") << "  https://example.com/r  " << Verdict::Openable << "example.com";

    QTest::newRow("empty") << "" << Verdict::Empty << "";
    QTest::newRow("javascript") << "javascript:alert(1)" << Verdict::NotWeb << "";
    QTest::newRow("file") << "file:///etc/passwd" << Verdict::NotWeb << "";
    QTest::newRow("data") << "data:text/html,<b>x</b>" << Verdict::NotWeb << "";
    QTest::newRow("no_scheme") << "example.com/replay" << Verdict::NotWeb << "";
    QTest::newRow("relative") << "/recording/1" << Verdict::NotWeb << "";
    QTest::newRow("no_host") << "https:///path" << Verdict::Malformed << "";

    QTest::newRow("userinfo_looks_like_host") << "https://e.com@evil.example/" << Verdict::UserInfo << "evil.example";
    QTest::newRow("userinfo_with_password") << "https://user:pw@evil.example/" << Verdict::UserInfo << "evil.example";
    QTest::newRow("empty_userinfo") << "https://@evil.example/" << Verdict::UserInfo << "evil.example";

    QTest::newRow("loopback_dotted") << "http://127.0.0.1/x" << Verdict::Loopback << "127.0.0.1";
    QTest::newRow("loopback_other") << "http://127.8.9.10/" << Verdict::Loopback << "127.8.9.10";
    QTest::newRow("loopback_hex") << "http://0x7f000001/" << Verdict::Loopback << "127.0.0.1";
    QTest::newRow("loopback_decimal") << "http://2130706433/" << Verdict::Loopback << "127.0.0.1";
    QTest::newRow("loopback_short") << "http://127.1/" << Verdict::Loopback << "127.0.0.1";
    QTest::newRow("loopback_octal") << "http://0177.0.0.1/" << Verdict::Loopback << "127.0.0.1";
    QTest::newRow("loopback_ipv6") << "http://[::1]/" << Verdict::Loopback << "::1";
    QTest::newRow("loopback_mapped_ipv6") << "http://[::ffff:127.0.0.1]/" << Verdict::Loopback << "::ffff:127.0.0.1";
    QTest::newRow("any_address") << "http://0.0.0.0:8787/" << Verdict::Loopback << "0.0.0.0";
    QTest::newRow("localhost") << "http://localhost:8787/" << Verdict::Loopback << "localhost";
    QTest::newRow("localhost_upper") << "http://LOCALHOST/" << Verdict::Loopback << "localhost";
    QTest::newRow("localhost_subdomain") << "http://app.localhost/" << Verdict::Loopback << "app.localhost";
    QTest::newRow("private_10") << "https://10.1.2.3/" << Verdict::PrivateNetwork << "10.1.2.3";
    QTest::newRow("private_172_16") << "https://172.16.0.1/" << Verdict::PrivateNetwork << "172.16.0.1";
    QTest::newRow("private_172_31") << "https://172.31.255.255/" << Verdict::PrivateNetwork << "172.31.255.255";
    QTest::newRow("private_192_168") << "https://192.168.1.1/admin" << Verdict::PrivateNetwork << "192.168.1.1";
    QTest::newRow("private_ipv6_ula") << "https://[fd00::1]/" << Verdict::PrivateNetwork << "fd00::1";
    QTest::newRow("link_local") << "http://169.254.169.254/latest/meta-data/" << Verdict::LinkLocal << "169.254.169.254";
    QTest::newRow("link_local_ipv6") << "http://[fe80::1]/" << Verdict::LinkLocal << "fe80::1";
    QTest::newRow("public_ipv4_is_numeric") << "https://93.184.216.34/" << Verdict::NumericHost << "93.184.216.34";
    QTest::newRow("not_private_172_32") << "https://172.32.0.1/" << Verdict::NumericHost << "172.32.0.1";
    QTest::newRow("public_ipv6_is_numeric") << "https://[2606:2800:220:1::1]/" << Verdict::NumericHost << "2606:2800:220:1::1";

    QTest::newRow("rtl_override") << QStringLiteral("https://example.com/\u202Egpj.exe") << Verdict::HiddenCharacter << "";
    QTest::newRow("rtl_override_in_host") << QStringLiteral("https://exa\u202Emple.com/") << Verdict::HiddenCharacter << "";
    QTest::newRow("bidi_isolate") << QStringLiteral("https://example.com/\u2066x") << Verdict::HiddenCharacter << "";
    QTest::newRow("left_to_right_mark") << QStringLiteral("https://example.com\u200E/") << Verdict::HiddenCharacter << "";
    QTest::newRow("zero_width_space") << QStringLiteral("https://exam\u200Bple.com/") << Verdict::HiddenCharacter << "";
}

void TestReplayLink::verdicts()
{
    QFETCH(QString, link);
    QFETCH(Verdict, verdict);
    QFETCH(QString, host);
    const ReplayLink replay = ReplayLink::check(link);
    QCOMPARE(replay.verdict(), verdict);
    QCOMPARE(replay.isOpenable(), verdict == Verdict::Openable);
    QCOMPARE(replay.host(), host);
    if (replay.isOpenable()) {
        QVERIFY(replay.refusal().isEmpty());
        QCOMPARE(replay.url().host(), host);
        QVERIFY(replay.url().userInfo().isEmpty());
    } else {
        QVERIFY(!replay.refusal().isEmpty());
        QVERIFY(!replay.url().isValid());
        if (!host.isEmpty())
            QVERIFY2(replay.refusal().contains(host), qPrintable(replay.refusal()));
    }
}

QTEST_GUILESS_MAIN(TestReplayLink)
#include "tst_ReplayLink.moc"
