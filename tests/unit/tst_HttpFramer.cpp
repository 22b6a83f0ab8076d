// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/HttpFramer.h"

#include <QRandomGenerator>
#include <QtTest>

using hookdesk::HttpFramer;
using hookdesk::HttpRequest;

namespace {

QByteArray manyFields(int count)
{
    QByteArray fields;
    for (int i = 0; i < count; ++i)
        fields += "X-F" + QByteArray::number(i) + ": v\r\n";
    return fields;
}

// What a stream yields, comparable whatever the split: each request's canonical
// bytes, then the refusal.
QByteArrayList outcome(HttpFramer &framer, const QByteArray &stream, const QList<qsizetype> &cuts)
{
    QByteArrayList out;
    qsizetype at = 0;
    QList<qsizetype> ends = cuts;
    ends.append(stream.size());
    for (qsizetype end : ends) {
        const auto result = framer.feed(stream.mid(at, end - at));
        for (const HttpRequest &request : result.requests)
            out.append(request.canonical());
        if (result.rejectStatus)
            out.append("refused " + QByteArray::number(result.rejectStatus) + ' ' + result.rejectReason.toUtf8());
        at = end;
    }
    return out;
}

} // namespace

class TestHttpFramer : public QObject
{
    Q_OBJECT
private slots:
    void framing_data();
    void framing();
    void requests_data();
    void requests();
    void pipelinedPairSplitAtEveryOffset();
    void anySplitMatchesWhole();
    void byteByByteMatchesWhole();
    void trickledHeadersStayInRequest();
    void nothingReadAfterRefusal();
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

    // Framing Qt 6.4 reads differently: refused, or accepted and re-emitted canonically.
    QTest::newRow("bare_lf_chunked")
            << QByteArray("POST /h HTTP/1.1\nTransfer-Encoding: chunked\n\n2\n{}\n0\n\n") << 0 << 1 << false;
    QTest::newRow("bare_lf_chunked_end_only")
            << QByteArray("POST /h HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\n\n") << 0 << 1 << false;
    QTest::newRow("fields_101") << "GET / HTTP/1.1\r\n" + manyFields(101) + "\r\n" << 431 << 0 << false;
    QTest::newRow("fields_101_smuggled_body")
            << "POST / HTTP/1.1\r\n" + manyFields(100) + "Content-Length: 60\r\n\r\n"
               + "POST / HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n" + QByteArray(13, 'x')
            << 431 << 0 << false;
    QTest::newRow("fields_99_and_length")
            << "POST / HTTP/1.1\r\n" + manyFields(99) + "Content-Length: 2\r\n\r\n{}" << 0 << 1 << false;
    QTest::newRow("chunked_trailer")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nX-Sum: 1\r\n\r\n")
            << 0 << 1 << false;
    QTest::newRow("chunk_extension")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2;a=b\r\n{}\r\n0;c\r\n\r\n")
            << 0 << 1 << false;
    QTest::newRow("chunk_size_0x") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x2\r\n{}\r\n")
                                   << 400 << 0 << false;
    QTest::newRow("bad_trailer")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nnot a field\r\n\r\n")
            << 400 << 0 << false;
    QTest::newRow("upgrade_websocket")
            << QByteArray("POST / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nContent-Length: 2\r\n\r\n{}")
            << 0 << 1 << false;
    QTest::newRow("obs_fold") << QByteArray("GET / HTTP/1.1\r\nX-A: b\r\n c\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("bare_cr") << QByteArray("GET / HTTP/1.1\r\nX-A: b\rc\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("space_before_colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("nul_in_value") << QByteArray("GET / HTTP/1.1\r\nX-A: b\0c\r\n\r\n", 28) << 400 << 0 << false;
    QTest::newRow("two_hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("te_chunked_twice")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 501 << 0 << false;
    QTest::newRow("te_list") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501 << 0 << false;
    QTest::newRow("te_in_http10")
            << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("length_with_plus") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +2\r\n\r\n{}") << 400 << 0 << false;
    QTest::newRow("length_list") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2, 2\r\n\r\n{}") << 400 << 0 << false;
    QTest::newRow("http_0_9") << QByteArray("GET /\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("double_space") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    // Non-canonical targets.
    QTest::newRow("dot_dot_segment") << QByteArray("POST /x/../hooks/abc HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("dot_segment") << QByteArray("POST /hooks/./abc HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("trailing_dot_dot") << QByteArray("GET /hooks/.. HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("encoded_slash") << QByteArray("POST /hooks%2Fabc HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("encoded_slash_lower") << QByteArray("POST /hooks%2fabc HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("encoded_dots") << QByteArray("POST /x/%2e%2E/hooks/abc HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("encoded_backslash") << QByteArray("POST /x%5C..%5Chooks HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("bad_percent") << QByteArray("GET /a%zz HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("absolute_form") << QByteArray("POST http://h/hooks/abc HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("asterisk_form") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("relative_target") << QByteArray("GET hooks/abc HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("authority_like") << QByteArray("GET //evil/hooks/abc HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("fragment") << QByteArray("GET /healthz#x HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("backslash") << QByteArray("GET /x\\..\\hooks HTTP/1.1\r\n\r\n") << 400 << 0 << false;
    QTest::newRow("query_kept") << QByteArray("GET /healthz?a=1/b?c HTTP/1.1\r\n\r\n") << 0 << 1 << false;
    QTest::newRow("encoded_letter") << QByteArray("GET /heal%74hz HTTP/1.1\r\n\r\n") << 0 << 1 << false;
}

void TestHttpFramer::framing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, rejectStatus);
    QFETCH(int, completed);
    QFETCH(bool, sendContinue);
    HttpFramer framer(HttpFramer::Limits{512 * 16, 1024});
    if (!QByteArray(QTest::currentDataTag()).startsWith("fields_"))
        framer = HttpFramer(HttpFramer::Limits{512, 1024});
    const auto result = framer.feed(bytes);
    QCOMPARE(result.rejectStatus, rejectStatus);
    QCOMPARE(result.requests.size(), completed);
    QCOMPARE(result.sendContinue, sendContinue);
    QCOMPARE(result.rejectReason.isEmpty(), rejectStatus == 0);
}

void TestHttpFramer::requests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArrayList>("canonical");

    QTest::newRow("bare_lf_chunked")
            << QByteArray("POST /h HTTP/1.1\nHost: a\nTransfer-Encoding: chunked\n\n2\n{}\n0\n\n")
            << QByteArrayList{"POST /h HTTP/1.1\r\nContent-Length: 2\r\nHost: a\r\n\r\n{}"};
    QTest::newRow("trailer_dropped")
            << QByteArray("POST /h HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n1;x\r\n}\r\n0\r\nX-T: v\r\n\r\n")
            << QByteArrayList{"POST /h HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"};
    QTest::newRow("upgrade_dropped")
            << QByteArray("POST /h HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nContent-Length: 2\r\n\r\n{}")
            << QByteArrayList{"POST /h HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"};
    QTest::newRow("hop_by_hop_dropped")
            << QByteArray("GET /h HTTP/1.1\r\nKeep-Alive: 5\r\nTE: trailers\r\nTrailer: X\r\nExpect: 100-continue\r\nX-A:  b \r\n\r\n")
            << QByteArrayList{"GET /h HTTP/1.1\r\nContent-Length: 0\r\nX-A: b\r\n\r\n"};
    QTest::newRow("http10_closes")
            << QByteArray("GET /h HTTP/1.0\r\n\r\nGET /never HTTP/1.0\r\n\r\n")
            << QByteArrayList{"GET /h HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"};
    QTest::newRow("http10_keep_alive")
            << QByteArray("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /b HTTP/1.0\r\n\r\n")
            << QByteArrayList{"GET /a HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
                              "GET /b HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"};
    QTest::newRow("http11_close")
            << QByteArray("GET /a HTTP/1.1\r\nConnection: keep-alive, close\r\n\r\nGET /never HTTP/1.1\r\n\r\n")
            << QByteArrayList{"GET /a HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"};
    QTest::newRow("leading_empty_lines")
            << QByteArray("\r\n\nGET /a HTTP/1.1\r\n\r\n")
            << QByteArrayList{"GET /a HTTP/1.1\r\nContent-Length: 0\r\n\r\n"};
    QTest::newRow("refusal_after_valid")
            << QByteArray("GET /a HTTP/1.1\r\n\r\nGET /x/../b HTTP/1.1\r\n\r\nGET /c HTTP/1.1\r\n\r\n")
            << QByteArrayList{"GET /a HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
                              "refused 400 dot segment in the request path"};
}

void TestHttpFramer::requests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArrayList, canonical);
    HttpFramer framer;
    QCOMPARE(outcome(framer, bytes, {}), canonical);
}

void TestHttpFramer::pipelinedPairSplitAtEveryOffset()
{
    // Qt 6.4 behind a peeking guard answered the second half of such a pair 400.
    const QByteArray stream =
            "POST /hooks/a HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
            "POST /hooks/b HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nT: v\r\n\r\n";
    HttpFramer reference;
    const QByteArrayList whole = outcome(reference, stream, {});
    QCOMPARE(whole.size(), 2);
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        HttpFramer framer;
        QCOMPARE(outcome(framer, stream, {cut}), whole);
    }
}

void TestHttpFramer::anySplitMatchesWhole()
{
    // Every stream of framing_data, split at random points, yields what it yields whole.
    framing_data();
    QList<QByteArray> streams;
    const QByteArray post = "POST /hooks/x HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}";
    streams << post + "GET /x/../y HTTP/1.1\r\n\r\n" + post
            << post + "POST / HTTP/1.1\nTransfer-Encoding: chunked\n\n3;e\nabc\n0\nX: y\n\n" + post
            << "GET / HTTP/1.1\r\n" + manyFields(101) + "\r\n";
    QRandomGenerator random(12345);
    for (const QByteArray &stream : std::as_const(streams)) {
        HttpFramer reference;
        const QByteArrayList whole = outcome(reference, stream, {});
        for (int round = 0; round < 200; ++round) {
            QList<qsizetype> cuts;
            const int count = random.bounded(1, 8);
            for (int i = 0; i < count; ++i)
                cuts.append(random.bounded(qsizetype(0), stream.size()));
            std::sort(cuts.begin(), cuts.end());
            HttpFramer framer;
            QCOMPARE(outcome(framer, stream, cuts), whole);
        }
    }
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
        completed += int(result.requests.size());
    }
    QCOMPARE(completed, 3);
    QVERIFY(!framer.inRequest());
}

void TestHttpFramer::trickledHeadersStayInRequest()
{
    HttpFramer framer;
    framer.feed(QByteArray("POST / HTTP/1.1\r\nX-Slow: "));
    QVERIFY(framer.inRequest());
    QVERIFY(framer.inHead());
    framer.feed(QByteArray("a"));
    QVERIFY(framer.inRequest());
}

void TestHttpFramer::nothingReadAfterRefusal()
{
    HttpFramer framer;
    QCOMPARE(framer.feed(QByteArray("GET /a/../b HTTP/1.1\r\n\r\n")).rejectStatus, 400);
    QVERIFY(framer.finished());
    const auto after = framer.feed(QByteArray("GET / HTTP/1.1\r\n\r\n"));
    QCOMPARE(after.requests.size(), 0);
    QCOMPARE(after.rejectStatus, 0);
}

QTEST_GUILESS_MAIN(TestHttpFramer)
#include "tst_HttpFramer.moc"
