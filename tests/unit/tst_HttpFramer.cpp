// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/HttpFramer.h"

#include <QtTest>

using hookdesk::HttpFramer;

class TestHttpFramer : public QObject
{
    Q_OBJECT
private slots:
    void framing_data();
    void framing();
    void byteByByteMatchesWhole();
    void trickledHeadersStayInRequest();
};

void TestHttpFramer::framing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("rejectStatus");
    QTest::addColumn<int>("completed");
    QTest::addColumn<bool>("sendContinue");

    const QByteArray post = "POST /hooks/x HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}";
    QTest::newRow("one_post") << post << 0 << 1 << false;
    QTest::newRow("two_pipelined") << post + post << 0 << 2 << false;
    QTest::newRow("get_no_body") << QByteArray("GET /healthz HTTP/1.1\r\n\r\n") << 0 << 1 << false;
    QTest::newRow("bare_lf") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 0 << 1 << false;
    QTest::newRow("partial_body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n{}") << 0 << 0 << false;
    QTest::newRow("body_at_limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1024\r\n\r\n") + QByteArray(1024, 'a')
                                   << 0 << 1 << false;
    QTest::newRow("body_over_limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n") << 413 << 0 << false;
    QTest::newRow("headers_over_limit") << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(600, 'a') << 431 << 0 << false;
    QTest::newRow("expect_continue") << QByteArray("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
                                     << 0 << 0 << true;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                             << 0 << 1 << false;
    QTest::newRow("chunked_over_limit")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n401\r\n") << 413 << 0 << false;
    QTest::newRow("chunked_bad_size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                      << 400 << 0 << false;
    QTest::newRow("smuggling_cl_and_te")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("conflicting_lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("negative_length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400 << 0 << false;
    // Found by fuzz_framer: a stray byte where the CRLF after chunk data belongs.
    QTest::newRow("chunk_data_not_followed_by_crlf")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\x05\n0\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("gzip_encoding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501 << 0 << false;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\r\n\r\n", 9) << 400 << 0 << false;
    QTest::newRow("http2_preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("header_without_colon") << QByteArray("GET / HTTP/1.1\r\nbroken\r\n\r\n") << 400 << 0 << false;
}

void TestHttpFramer::framing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, rejectStatus);
    QFETCH(int, completed);
    QFETCH(bool, sendContinue);
    HttpFramer framer(HttpFramer::Limits{512, 1024});
    const auto result = framer.feed(bytes);
    QCOMPARE(result.rejectStatus, rejectStatus);
    QCOMPARE(result.completed, completed);
    QCOMPARE(result.sendContinue, sendContinue);
}

void TestHttpFramer::byteByByteMatchesWhole()
{
    const QByteArray stream =
            "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
            "POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: v\r\n\r\n"
            "GET /c HTTP/1.1\r\n\r\n";
    HttpFramer framer(HttpFramer::Limits{512, 1024});
    int completed = 0;
    for (char c : stream) {
        const auto result = framer.feed(&c, 1);
        QCOMPARE(result.rejectStatus, 0);
        completed += result.completed;
    }
    QCOMPARE(completed, 3);
    QVERIFY(!framer.inRequest());
}

void TestHttpFramer::trickledHeadersStayInRequest()
{
    HttpFramer framer;
    framer.feed(QByteArray("POST / HTTP/1.1\r\nX-Slow: "));
    QVERIFY(framer.inRequest());
    framer.feed(QByteArray("a"));
    QVERIFY(framer.inRequest());
}

QTEST_GUILESS_MAIN(TestHttpFramer)
#include "tst_HttpFramer.moc"
