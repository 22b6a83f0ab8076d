// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/RequestVerifier.h"

#include <QMessageAuthenticationCode>
#include <QtTest>

using hookdesk::RequestVerifier;
using hookdesk::VerificationPolicy;
using Headers = RequestVerifier::Headers;

namespace {

const QByteArray secret = "whsec_" + QByteArray("0123456789abcdef0123456789abcdef").toBase64();
const QByteArray oldSecret = "whsec_" + QByteArray("fedcba9876543210fedcba9876543210").toBase64();
const QByteArray body = R"({"email":"a@b.c","webinarId":"w"})";
const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);

Headers signedHeaders(const QByteArray &key, qint64 timestamp, const QByteArray &signedBody,
                      const QByteArray &id = "msg_1")
{
    return {{"webhook-id", id},
            {"webhook-timestamp", QByteArray::number(timestamp)},
            {"webhook-signature", RequestVerifier::sign(key, id, timestamp, signedBody)}};
}

} // namespace

class TestRequestVerifier : public QObject
{
    Q_OBJECT
private slots:
    void signatures_data();
    void signatures();
    void headerSecret_data();
    void headerSecret();
    void knownVector();
    void secretFormat();
};

void TestRequestVerifier::signatures_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("requestBody");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reasonContains");

    const qint64 t = now.toSecsSinceEpoch();
    QTest::newRow("valid") << signedHeaders(secret, t, body) << body << true << "";
    QTest::newRow("valid_within_tolerance") << signedHeaders(secret, t - 299, body) << body << true << "";
    QTest::newRow("stale_timestamp") << signedHeaders(secret, t - 301, body) << body << false << "timestamp";
    QTest::newRow("future_timestamp") << signedHeaders(secret, t + 301, body) << body << false << "timestamp";
    QTest::newRow("wrong_secret") << signedHeaders(oldSecret, t, body) << body << false << "signature";
    QTest::newRow("tampered_body") << signedHeaders(secret, t, body) << QByteArray(body).replace("a@b.c", "x@b.c")
                                   << false << "signature";
    QTest::newRow("missing_signature") << Headers{{"webhook-id", "msg_1"}, {"webhook-timestamp", QByteArray::number(t)}}
                                       << body << false << "webhook-signature";
    QTest::newRow("missing_id") << Headers{{"webhook-timestamp", QByteArray::number(t)},
                                           {"webhook-signature", RequestVerifier::sign(secret, "msg_1", t, body)}}
                                << body << false << "webhook-id";
    QTest::newRow("missing_timestamp") << Headers{{"webhook-id", "msg_1"},
                                                  {"webhook-signature", RequestVerifier::sign(secret, "msg_1", t, body)}}
                                       << body << false << "webhook-timestamp";
    QTest::newRow("malformed_timestamp") << Headers{{"webhook-id", "msg_1"}, {"webhook-timestamp", "soon"},
                                                    {"webhook-signature", "v1,abc"}}
                                         << body << false << "timestamp";
    QTest::newRow("id_swapped") << Headers{{"webhook-id", "msg_2"}, {"webhook-timestamp", QByteArray::number(t)},
                                           {"webhook-signature", RequestVerifier::sign(secret, "msg_1", t, body)}}
                                << body << false << "signature";
    Headers rotated = signedHeaders(secret, t, body);
    rotated[2].second = RequestVerifier::sign(oldSecret, "msg_1", t, body) + ' ' + rotated[2].second;
    QTest::newRow("rotated_keys_second_valid") << rotated << body << true << "";
    Headers v2 = signedHeaders(secret, t, body);
    v2[2].second.replace("v1,", "v2,");
    QTest::newRow("unknown_version") << v2 << body << false << "signature";
    // The signature covers the timestamp header's bytes: a leading zero is signed
    // as sent, so it must be verified as sent (HMAC computed here independently).
    const QByteArray zeroStamp = "0" + QByteArray::number(t);
    const QByteArray zeroMac = QMessageAuthenticationCode::hash("msg_1." + zeroStamp + '.' + body,
                                                                RequestVerifier::decodeSecret(secret),
                                                                QCryptographicHash::Sha256)
                                       .toBase64();
    QTest::newRow("timestamp_leading_zero_signed_as_sent")
            << Headers{{"webhook-id", "msg_1"}, {"webhook-timestamp", zeroStamp}, {"webhook-signature", "v1," + zeroMac}}
            << body << true << "";
    QTest::newRow("timestamp_leading_zero_signed_canonical")
            << Headers{{"webhook-id", "msg_1"}, {"webhook-timestamp", zeroStamp},
                       {"webhook-signature", RequestVerifier::sign(secret, "msg_1", t, body)}}
            << body << false << "signature";
    QTest::newRow("timestamp_with_plus_sign")
            << Headers{{"webhook-id", "msg_1"}, {"webhook-timestamp", "+" + QByteArray::number(t)},
                       {"webhook-signature", RequestVerifier::sign(secret, "msg_1", "+" + QByteArray::number(t), body)}}
            << body << false << "malformed webhook-timestamp";
    QTest::newRow("case_insensitive_names") << Headers{{"Webhook-Id", "msg_1"}, {"WEBHOOK-TIMESTAMP", QByteArray::number(t)},
                                                       {"Webhook-Signature", RequestVerifier::sign(secret, "msg_1", t, body)}}
                                            << body << true << "";
}

void TestRequestVerifier::signatures()
{
    QFETCH(Headers, headers);
    QFETCH(QByteArray, requestBody);
    QFETCH(bool, accepted);
    QFETCH(QString, reasonContains);
    VerificationPolicy policy;
    policy.hmacSecret = secret;
    const auto result = RequestVerifier::verify(policy, headers, requestBody, now);
    QCOMPARE(result.verdict == RequestVerifier::Verdict::Accepted, accepted);
    QVERIFY2(result.reason.contains(reasonContains), qPrintable(result.reason));
    if (accepted)
        QCOMPARE(result.webhookId, QByteArray("msg_1"));
}

void TestRequestVerifier::headerSecret_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("valid") << Headers{{"X-Api-Key", "s3cret"}} << true;
    QTest::newRow("missing") << Headers{{"X-Other", "s3cret"}} << false;
    QTest::newRow("wrong") << Headers{{"x-api-key", "s3creT"}} << false;
    QTest::newRow("prefix_only") << Headers{{"x-api-key", "s3cre"}} << false;
    QTest::newRow("twice") << Headers{{"x-api-key", "s3cret"}, {"x-api-key", "s3cret"}} << false;
}

void TestRequestVerifier::headerSecret()
{
    QFETCH(Headers, headers);
    QFETCH(bool, accepted);
    VerificationPolicy policy;
    policy.headerName = "x-api-key";
    policy.headerSecret = "s3cret";
    const auto result = RequestVerifier::verify(policy, headers, body, now);
    QCOMPARE(result.verdict == RequestVerifier::Verdict::Accepted, accepted);
    if (!accepted)
        QVERIFY(!result.reason.contains(QLatin1String("s3cret")));
}

// The example of the Standard Webhooks specification's reference libraries.
void TestRequestVerifier::knownVector()
{
    const QByteArray key = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const QByteArray payload = R"({"test": 2432232314})";
    QCOMPARE(RequestVerifier::sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, payload),
             QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
}

void TestRequestVerifier::secretFormat()
{
    QVERIFY(RequestVerifier::decodeSecret("whsec_").isEmpty());
    QVERIFY(RequestVerifier::decodeSecret("not-a-secret").isEmpty());
    QVERIFY(RequestVerifier::decodeSecret("whsec_!!!!").isEmpty());
    QCOMPARE(RequestVerifier::decodeSecret(secret), QByteArray("0123456789abcdef0123456789abcdef"));
    QVERIFY(RequestVerifier::constantTimeEquals("abc", "abc"));
    QVERIFY(!RequestVerifier::constantTimeEquals("abc", "abd"));
    QVERIFY(!RequestVerifier::constantTimeEquals("abc", "abcd"));
}

QTEST_GUILESS_MAIN(TestRequestVerifier)
#include "tst_RequestVerifier.moc"
