// SPDX-License-Identifier: GPL-3.0-or-later
// The Subscriptions page driven like a person would: typing into the form and
// clicking, against a fake TagMango API, HookDesk's real store and listener.
#include "FakeSecretStore.h"
#include "FakeTagMangoApi.h"
#include "HttpClient.h"
#include "LogCapture.h"
#include "subscriptions/SubscriptionsPage.h"
#include "TestDatabase.h"
#include "core/SecretStore.h"
#include "core/SessionSecretStore.h"
#include "intake/IntakeService.h"
#include "store/HookDirectory.h"
#include "store/StoreWriter.h"
#include "store/WriterStoreAccess.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace hookdesk;
using hookdesk::test::FakeSecretStore;
using hookdesk::test::FakeTagMangoApi;
using hookdesk::test::LogCapture;
using hookdesk::test::TestDatabase;

namespace {

const QString apiKey = QStringLiteral("tm-gui-key-7c41d9e0aa52");

template <typename T>
T *find(QWidget *page, const char *name)
{
    T *widget = page->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}

} // namespace

class TestSubscriptionsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void fillFormAndSubscribe();
    void keyRefusedThenRegisterAgain();
    void invalidAddressSendsNothing();
    void keychainMissingOffersSessionOnly();
    void retireMakesHookAnswerGone();
    void checkPublicUrlAndRemoveCheckData();
    void settingsEditsAreSignalled();
    void failedSubscribeKeepsTheHookTagMangoCalls();
    void keyInNoLogNorDatabase(); // last: it stops the writer

private:
    std::unique_ptr<SubscriptionsPage> makePage(SecretStore *secrets);
    void fillForm(SubscriptionsPage *page, const QString &base, const QString &webinar = QString());
    QString stateOfRow(SubscriptionsPage *page, int row);

    FakeTagMangoApi m_api;
    std::unique_ptr<LogCapture> m_log;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<HookDirectory> m_hooks;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<WriterStoreAccess> m_access;
    SessionSecretStore m_keychain; // stands in for a working keychain
};

void TestSubscriptionsPage::initTestCase()
{
    QVERIFY(m_api.start());
    m_log = std::make_unique<LogCapture>(); // after QTest's handler, which it passes on to
    m_db = std::make_unique<TestDatabase>();
    m_hooks = std::make_unique<HookDirectory>();
    m_writer = std::make_unique<StoreWriter>(m_hooks.get());
    StoreWriter::Options options;
    options.databasePath = m_db->path();
    QString error;
    QVERIFY2(m_writer->start(options, &error), qPrintable(error));
    m_intake = std::make_unique<IntakeService>(m_writer.get(), m_hooks.get());
    IntakeServer::Options listen;
    listen.port = 0;
    QVERIFY2(m_intake->start(listen, &error), qPrintable(error));
    m_access = std::make_unique<WriterStoreAccess>(m_writer.get(), m_hooks.get());
}

void TestSubscriptionsPage::cleanupTestCase()
{
    m_intake->stop();
    m_writer->stop();
    m_log.reset();
}

void TestSubscriptionsPage::init()
{
    m_api.answerWith(201, R"({"message":"Webhook created"})");
}

void TestSubscriptionsPage::cleanup()
{
    m_keychain.remove({});
}

std::unique_ptr<SubscriptionsPage> TestSubscriptionsPage::makePage(SecretStore *secrets)
{
    auto page = std::make_unique<SubscriptionsPage>(
            SubscriptionsPage::Dependencies{&m_network, m_access.get(), secrets});
    QSignalSpy refreshed(page.get(), &SubscriptionsPage::refreshed);
    page->setApiBaseUrl(m_api.baseUrl());
    page->setConfirm([](const QString &, const QString &) { return true; });
    page->resize(900, 700);
    page->show();
    if (!refreshed.wait(10000))
        qWarning("the page did not load its list");
    return page;
}

void TestSubscriptionsPage::fillForm(SubscriptionsPage *page, const QString &base,
                                     const QString &webinar)
{
    auto *key = find<QLineEdit>(page, "apiKeyEdit");
    key->clear();
    QTest::keyClicks(key, apiKey);
    auto *publicBase = find<QLineEdit>(page, "publicBaseEdit");
    publicBase->clear();
    QTest::keyClicks(publicBase, base);
    auto *webinarEdit = find<QLineEdit>(page, "webinarEdit");
    webinarEdit->clear();
    QTest::keyClicks(webinarEdit, webinar);
}

// A Subscribe TagMango refuses keeps the key typed, leaves the new URL as a
// draft, and the page (and, after a restart, the window) keeps showing the hook
// TagMango calls.
void TestSubscriptionsPage::failedSubscribeKeepsTheHookTagMangoCalls()
{
    auto page = makePage(&m_keychain);
    auto *table = find<QTableWidget>(page.get(), "subscriptionsTable");
    fillForm(page.get(), QStringLiteral("https://calls.example.test"));
    const int rowsAtStart = table->rowCount();
    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    auto *result = find<QLabel>(page.get(), "subscribeResultLabel");
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), rowsAtStart + 1, 10000);
    QTRY_COMPARE(stateOfRow(page.get(), 0), QStringLiteral("Active, registered"));
    QTRY_VERIFY(find<QPushButton>(page.get(), "subscribeButton")->isEnabled());

    m_api.answerWith(500, R"({"message":"upstream down"})");
    auto *keyEdit = find<QLineEdit>(page.get(), "apiKeyEdit");
    keyEdit->clear();
    QTest::keyClicks(keyEdit, QStringLiteral("tm-second-key-123456"));
    const int rowsBefore = table->rowCount();
    result->clear();
    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Nothing was registered")), 10000);
    QTRY_COMPARE(table->rowCount(), rowsBefore + 1);
    // The newest row is the draft, said in words.
    QVERIFY2(stateOfRow(page.get(), 0).startsWith(QLatin1String("Draft: not registered")),
             qPrintable(stateOfRow(page.get(), 0)));
    // The key stays where the user typed it.
    QCOMPARE(keyEdit->text(), QStringLiteral("tm-second-key-123456"));
    // The selection is the hook TagMango calls, not the draft.
    page->refresh();
    QTRY_VERIFY(page->findChild<QTableWidget *>(QStringLiteral("subscriptionsTable"))->selectedItems().size() > 0);
    const int selected = table->selectedItems().first()->row();
    QVERIFY2(selected != 0, "the draft is selected");
    QVERIFY2(!stateOfRow(page.get(), selected).startsWith(QLatin1String("Draft")), qPrintable(stateOfRow(page.get(), selected)));
}

QString TestSubscriptionsPage::stateOfRow(SubscriptionsPage *page, int row)
{
    auto *table = find<QTableWidget>(page, "subscriptionsTable");
    QTableWidgetItem *item = table->item(row, 6);
    return item ? item->text() : QString();
}

void TestSubscriptionsPage::fillFormAndSubscribe()
{
    auto page = makePage(&m_keychain);
    auto *table = find<QTableWidget>(page.get(), "subscriptionsTable");
    const int rowsBefore = table->rowCount();
    fillForm(page.get(), QStringLiteral("hooks.example.test/"), QStringLiteral("6149b1e5612c4e5fd96041d3"));
    QCOMPARE(find<QComboBox>(page.get(), "eventCombo")->currentText(),
             QStringLiteral("webinar.completed.all"));

    // The URL is shown, and copyable, before anything is sent.
    const QString preview = find<QLineEdit>(page.get(), "hookUrlPreview")->text();
    QVERIFY2(preview.startsWith(QLatin1String("https://hooks.example.test/hooks/")), qPrintable(preview));
    QVERIFY(preview.size() > 40);
    const qsizetype sentBefore = m_api.requests().size();
    QTest::mouseClick(find<QPushButton>(page.get(), "copyHookUrlButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), preview);
    QCOMPARE(m_api.requests().size(), sentBefore);

    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_api.requests().size(), sentBefore + 1, 10000);
    const auto &sent = m_api.requests().last();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QStringLiteral("/api/v1/integration/webhook/webhook"));
    QCOMPARE(sent.header("accept"), QByteArray("application/json"));
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.header("x-api-key"), apiKey.toUtf8());
    const QByteArray expected = "{\"event\":\"webinar.completed.all\",\"hookUrl\":\""
            + preview.toUtf8() + "\",\"webinar\":\"6149b1e5612c4e5fd96041d3\"}";
    QCOMPARE(sent.body, expected);

    auto *result = find<QLabel>(page.get(), "subscribeResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Created")), 10000);
    QTRY_COMPARE(table->rowCount(), rowsBefore + 1);
    QCOMPARE(table->item(0, 2)->text(), preview);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("6149b1e5612c4e5fd96041d3"));
    QCOMPARE(stateOfRow(page.get(), 0), QStringLiteral("Active, registered"));
    QVERIFY(find<QLabel>(page.get(), "subscriptionDetails")->text().contains(QLatin1String("HTTP 201")));
    // The next subscription gets a new token.
    QVERIFY(find<QLineEdit>(page.get(), "hookUrlPreview")->text() != preview);
    // The accepted key went to the (stand-in) keychain.
    QString stored;
    m_keychain.read([&](const SecretResult &r) { stored = r.secret; });
    QCOMPARE(stored, apiKey);
    // The listener knows the new hook at once.
    const QString token = preview.section(QLatin1Char('/'), -1);
    QVERIFY(m_hooks->snapshot()->contains(token));
}

void TestSubscriptionsPage::keyRefusedThenRegisterAgain()
{
    auto page = makePage(&m_keychain);
    auto *table = find<QTableWidget>(page.get(), "subscriptionsTable");
    fillForm(page.get(), QStringLiteral("https://first.example.test"));
    m_api.answerWith(401, R"({"message":"Invalid API key"})");
    const int rowsBefore = table->rowCount();
    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    auto *result = find<QLabel>(page.get(), "subscribeResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Key refused")), 10000);
    QVERIFY2(result->text().contains(QStringLiteral("“Invalid API key”")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1String("Register again")));
    QVERIFY(find<QLabel>(page.get(), "keyStatusLabel")->text().contains(QLatin1String("refused")));
    QTRY_COMPARE(table->rowCount(), rowsBefore + 1);
    QCOMPARE(stateOfRow(page.get(), 0), QStringLiteral("Draft: not registered, TagMango refused it (HTTP 401)"));
    QString stored;
    m_keychain.read([&](const SecretResult &r) { stored = r.secret; });
    QVERIFY2(stored.isEmpty(), "a refused key must not be saved");

    // A new tunnel address, the right key, and the same hook registered again.
    m_api.answerWith(201, R"({"message":"Webhook created"})");
    table->selectRow(0);
    const QString token = table->item(0, 2)->text().section(QLatin1Char('/'), -1);
    find<QLineEdit>(page.get(), "publicBaseEdit")->setText(QStringLiteral("https://second.example.test"));
    QTest::mouseClick(find<QPushButton>(page.get(), "registerAgainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Created")), 10000);
    QTRY_COMPARE(stateOfRow(page.get(), 0), QStringLiteral("Active, registered"));
    QCOMPARE(table->rowCount(), rowsBefore + 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("https://second.example.test/hooks/") + token);
}

void TestSubscriptionsPage::invalidAddressSendsNothing()
{
    auto page = makePage(&m_keychain);
    fillForm(page.get(), QStringLiteral("https://x.example.test/hooks/abc"));
    QVERIFY(find<QLineEdit>(page.get(), "hookUrlPreview")->text().isEmpty());
    QVERIFY(!find<QPushButton>(page.get(), "copyHookUrlButton")->isEnabled());
    QVERIFY(find<QLabel>(page.get(), "publicBaseHint")->text().contains(QLatin1String("/hooks/")));
    const qsizetype before = m_api.requests().size();
    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    auto *result = find<QLabel>(page.get(), "subscribeResultLabel");
    QTRY_VERIFY(result->text().contains(QLatin1String("/hooks/")));
    QCOMPARE(m_api.requests().size(), before);
    // The key was not used, so it stays in the form.
    QCOMPARE(find<QLineEdit>(page.get(), "apiKeyEdit")->text(), apiKey);
}

void TestSubscriptionsPage::keychainMissingOffersSessionOnly()
{
    FakeSecretStore missing; // a keychain that is not there, as on a machine without Secret Service
    missing.answer.message = QStringLiteral("No system keychain is available on this computer, so HookDesk "
                                            "cannot keep the API key safely between sessions.");
    missing.answer.detail = QStringLiteral("Unknown error");
    auto page = makePage(&missing);
    auto *status = find<QLabel>(page.get(), "keyStatusLabel");
    auto *sessionOnly = find<QPushButton>(page.get(), "sessionOnlyButton");
    QTRY_VERIFY(status->text().contains(QLatin1String("No system keychain is available")));
    QVERIFY(sessionOnly->isVisible());
    // The library's words are only the detail, in the tooltip.
    QVERIFY(!status->text().contains(QLatin1String("Unknown error")));
    QCOMPARE(status->toolTip(), QStringLiteral("The system keychain reported: Unknown error"));

    // Not chosen: the key is used once, then cleared from the form.
    fillForm(page.get(), QStringLiteral("https://hooks.example.test"));
    auto *keyEdit = find<QLineEdit>(page.get(), "apiKeyEdit");
    auto *result = find<QLabel>(page.get(), "subscribeResultLabel");
    result->clear();
    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Created")), 10000);
    QVERIFY(keyEdit->text().isEmpty());
    QCOMPARE(missing.writes, 0);

    // Chosen with an empty field: there is nothing to keep, and it says so
    // instead of claiming the key is kept.
    QVERIFY(keyEdit->text().isEmpty());
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QVERIFY(sessionOnly->isVisible());
    QVERIFY2(!status->text().contains(QLatin1String("Kept")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("The API key field is empty")),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("paste the key")), qPrintable(status->text()));
    QCOMPARE(find<QPushButton>(page.get(), "forgetKeyButton")->isEnabled(), false);
    // The keychain's problem is still said: it is why the choice is offered.
    QVERIFY2(status->text().contains(QLatin1String("No system keychain is available")),
             qPrintable(status->text()));

    // Chosen: kept in memory for this session.
    QTest::keyClicks(keyEdit, apiKey);
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QVERIFY(!sessionOnly->isVisible());
    QVERIFY(status->text().contains(QLatin1String("session only")));
    result->clear();
    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Created")), 10000);
    QCOMPARE(keyEdit->text(), apiKey);
    QCOMPARE(m_api.requests().last().header("x-api-key"), apiKey.toUtf8());
    QCOMPARE(missing.writes, 0);
}

void TestSubscriptionsPage::retireMakesHookAnswerGone()
{
    auto page = makePage(&m_keychain);
    fillForm(page.get(), QStringLiteral("https://hooks.example.test"));
    const QString token = find<QLineEdit>(page.get(), "hookUrlPreview")->text().section(QLatin1Char('/'), -1);
    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    auto *table = find<QTableWidget>(page.get(), "subscriptionsTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->rowCount() > 0 && table->item(0, 2)->text().endsWith(token), 10000);
    QCOMPARE(test::HttpClient::request(m_intake->port(), "POST", "/hooks/" + token.toUtf8(),
                                       test::HttpClient::attendeeBody(1)).status,
             200);

    table->selectRow(0);
    QTest::mouseClick(find<QPushButton>(page.get(), "retireButton"), Qt::LeftButton);
    QTRY_COMPARE(stateOfRow(page.get(), 0), QStringLiteral("Retired (answers 410 Gone)"));
    QVERIFY(!find<QPushButton>(page.get(), "retireButton")->isEnabled());
    QCOMPARE(test::HttpClient::request(m_intake->port(), "POST", "/hooks/" + token.toUtf8(),
                                       test::HttpClient::attendeeBody(2)).status,
             410);
}

void TestSubscriptionsPage::checkPublicUrlAndRemoveCheckData()
{
    auto page = makePage(&m_keychain);
    // Here the listener itself stands in for the tunnel's public address.
    fillForm(page.get(), QStringLiteral("http://127.0.0.1:%1").arg(m_intake->port()));
    QVERIFY(find<QLabel>(page.get(), "publicBaseHint")->text().contains(QLatin1String("cannot post")));
    QTest::mouseClick(find<QPushButton>(page.get(), "subscribeButton"), Qt::LeftButton);
    auto *result = find<QLabel>(page.get(), "subscribeResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Created")), 10000);
    auto *table = find<QTableWidget>(page.get(), "subscriptionsTable");
    QTRY_COMPARE(stateOfRow(page.get(), 0), QStringLiteral("Active, registered"));
    table->selectRow(0);

    auto *check = find<QPushButton>(page.get(), "checkPublicUrlButton");
    QVERIFY(check->isEnabled());
    QSignalSpy testData(page.get(), &SubscriptionsPage::testDataChanged);
    QTest::mouseClick(check, Qt::LeftButton);
    auto *checkResult = find<QLabel>(page.get(), "checkResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(checkResult->text().startsWith(QLatin1String("It works")), 10000);
    QCOMPARE(testData.size(), 1);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1")), 1);
    QTRY_COMPARE(table->item(0, 5)->text(), QStringLiteral("1"));

    QTest::mouseClick(find<QPushButton>(page.get(), "removeCheckDataButton"), Qt::LeftButton);
    QTRY_VERIFY(checkResult->text().startsWith(QLatin1String("Removed 1 ")));
    QCOMPARE(testData.size(), 2);
    QCOMPARE(m_db->count(QStringLiteral("SELECT count(*) FROM attendees WHERE is_test = 1")), 0);
}

void TestSubscriptionsPage::settingsEditsAreSignalled()
{
    auto page = makePage(&m_keychain);
    QSignalSpy publicEdited(page.get(), &SubscriptionsPage::publicBaseUrlEdited);
    QSignalSpy apiEdited(page.get(), &SubscriptionsPage::apiBaseUrlEdited);

    page->setPublicBaseUrl(QStringLiteral("https://set.example.test"));
    QCOMPARE(publicEdited.size(), 0); // set by the caller, not edited
    auto *publicBase = find<QLineEdit>(page.get(), "publicBaseEdit");
    publicBase->clear();
    QTest::keyClicks(publicBase, QStringLiteral("typed.example.test/"));
    QTest::keyClick(publicBase, Qt::Key_Return);
    QCOMPARE(publicEdited.size(), 1);
    QCOMPARE(publicEdited.first().first().toString(), QStringLiteral("https://typed.example.test"));

    auto *apiBase = find<QLineEdit>(page.get(), "apiBaseEdit");
    apiBase->clear();
    QTest::keyClicks(apiBase, QStringLiteral("https://staging-api.example.test"));
    QTest::keyClick(apiBase, Qt::Key_Return);
    QCOMPARE(apiEdited.size(), 1);
    QCOMPARE(apiEdited.first().first().toUrl(), QUrl(QStringLiteral("https://staging-api.example.test")));
    QCOMPARE(page->apiBaseUrl(), QUrl(QStringLiteral("https://staging-api.example.test")));

    apiBase->clear();
    QTest::keyClicks(apiBase, QStringLiteral("not a url"));
    QTest::keyClick(apiBase, Qt::Key_Return);
    QCOMPARE(apiEdited.size(), 1);
    QCOMPARE(page->apiBaseUrl(), QUrl(QStringLiteral("https://staging-api.example.test")));
}

void TestSubscriptionsPage::keyInNoLogNorDatabase()
{
    // Runs last: every test above typed and sent the key.
    QVERIFY2(m_log->contains(QStringLiteral("subscribing")), "the log was captured");
    QVERIFY2(!m_log->contains(apiKey), "the API key appeared in a log message");
    m_intake->stop();
    m_writer->stop();
    QByteArray bytes;
    const QDir dir(m_db->folder());
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes += file.readAll();
    }
    QVERIFY(bytes.contains("Webhook created"));
    QVERIFY2(!bytes.contains(apiKey.toUtf8()), "the API key is in the database or delivery log");
}

QTEST_MAIN(TestSubscriptionsPage)
#include "tst_SubscriptionsPage.moc"
