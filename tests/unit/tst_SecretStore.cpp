// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/KeychainSecretStore.h"
#include "core/SessionSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <optional>
#include <qt6keychain/keychain.h>

using namespace hookdesk;
using Status = SecretResult::Status;
using Operation = KeychainSecretStore::Operation;

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void sessionStoreRoundTrip();
    void keychainErrors_data();
    void keychainErrors();
    void realKeychain();
    void survivesARestart();
    void childPrintsKey();
};

void TestSecretStore::sessionStoreRoundTrip()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());
    std::optional<SecretResult> result;
    auto keep = [&](const SecretResult &r) { result = r; };

    store.read(keep);
    QVERIFY(result);
    QCOMPARE(result->status, Status::NotFound);
    store.write(QStringLiteral("k-123456"), keep);
    QCOMPARE(result->status, Status::Ok);
    store.read(keep);
    QCOMPARE(result->status, Status::Ok);
    QCOMPARE(result->secret, QStringLiteral("k-123456"));
    store.remove(keep);
    QCOMPARE(result->status, Status::Ok);
    store.read(keep);
    QCOMPARE(result->status, Status::NotFound);
    QVERIFY(result->secret.isEmpty());
}

void TestSecretStore::keychainErrors_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");

    QTest::newRow("read_ok") << int(QKeychain::NoError) << QString() << int(Operation::Read)
                             << int(Status::Ok) << QString();
    QTest::newRow("read_nothing_saved") << int(QKeychain::EntryNotFound) << "Entry not found"
                                        << int(Operation::Read) << int(Status::NotFound) << QString();
    QTest::newRow("remove_nothing_saved_is_fine")
            << int(QKeychain::EntryNotFound) << "Entry not found" << int(Operation::Remove)
            << int(Status::Ok) << QString();
    // Each failure says, in words, what is missing and what to do; the library's
    // own text is kept only as the detail.
    QTest::newRow("no_backend") << int(QKeychain::NoBackendAvailable)
                                << "No keychain service available" << int(Operation::Write)
                                << int(Status::Unavailable)
                                << "no Secret Service (GNOME Keyring, KeePassXC) or KWallet is running";
    QTest::newRow("not_implemented") << int(QKeychain::NotImplemented) << "Not implemented"
                                     << int(Operation::Read) << int(Status::Unavailable)
                                     << "Install or start one in your desktop session";
    // What QtKeychain 0.13 reports on a machine without Secret Service or KWallet.
    QTest::newRow("headless_unknown_error") << int(QKeychain::OtherError) << "Unknown error"
                                            << int(Operation::Read) << int(Status::Unavailable)
                                            << "usually means no Secret Service (GNOME Keyring, "
                                               "KeePassXC) or KWallet is running";
    QTest::newRow("other_error_without_text") << int(QKeychain::OtherError) << QString()
                                              << int(Operation::Write) << int(Status::Unavailable)
                                              << "Install or start one, then restart HookDesk";
    QTest::newRow("user_said_no") << int(QKeychain::AccessDeniedByUser) << "Denied"
                                  << int(Operation::Write) << int(Status::Unavailable)
                                  << "You declined HookDesk's request";
    QTest::newRow("locked") << int(QKeychain::AccessDenied) << "Collection is locked"
                            << int(Operation::Read) << int(Status::Unavailable)
                            << "Unlock the keychain";
    QTest::newRow("cannot_delete") << int(QKeychain::CouldNotDeleteEntry) << "Delete failed"
                                   << int(Operation::Remove) << int(Status::Unavailable)
                                   << "did not let HookDesk delete the saved API key";
}

void TestSecretStore::keychainErrors()
{
    QFETCH(int, error);
    QFETCH(QString, detail);
    QFETCH(int, operation);
    QFETCH(int, status);
    QFETCH(QString, says);
    const SecretResult result =
            KeychainSecretStore::resultFor(error, detail, static_cast<Operation>(operation));
    QCOMPARE(int(result.status), status);
    if (says.isEmpty()) {
        QVERIFY(result.message.isEmpty());
        return;
    }
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    // The library's words are the detail, never the sentence.
    QCOMPARE(result.detail, detail);
    if (!detail.isEmpty())
        QVERIFY2(!result.message.contains(detail), qPrintable(result.message));
    QVERIFY2(!result.message.contains(QLatin1String("Unknown error")), qPrintable(result.message));
}

void TestSecretStore::realKeychain()
{
    // Without a session bus no keychain service can answer: the store must say
    // so plainly, quickly, and never fall back to a file. With one, a round trip
    // would touch the desktop's real keychain, so it runs only when asked.
    const bool sessionBus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    const bool optIn = qEnvironmentVariableIsSet("HOOKDESK_TEST_KEYCHAIN");
    if (sessionBus && !optIn)
        QSKIP("a desktop keychain may be present; set HOOKDESK_TEST_KEYCHAIN=1 to test it");

    QStandardPaths::setTestModeEnabled(true);
    const QString service = QStringLiteral("hookdesk-test-%1")
                                    .arg(QRandomGenerator::global()->generate(), 0, 16);
    KeychainSecretStore store(service, QStringLiteral("tagmango-api-key"));
    QVERIFY(store.isPersistent());
    std::optional<SecretResult> result;
    store.write(QStringLiteral("k-roundtrip-42"), [&](const SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    if (!sessionBus) {
        QCOMPARE(result->status, Status::Unavailable);
        QVERIFY(!result->message.isEmpty());
        // No insecure fallback: nothing under the settings folder holds the secret.
        QDirIterator files(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains("k-roundtrip-42"), qPrintable(file.fileName()));
        }
        result.reset();
        store.read([&](const SecretResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QCOMPARE(result->status, Status::Unavailable);
        QVERIFY(result->secret.isEmpty());
        return;
    }
    QCOMPARE(result->status, Status::Ok);
    result.reset();
    store.read([&](const SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(result->secret, QStringLiteral("k-roundtrip-42"));
    result.reset();
    store.remove([&](const SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QCOMPARE(result->status, Status::Ok);
}

namespace {

// Runs this test binary again as a separate process (a restarted HookDesk) and
// returns what its childPrintsKey() read from the keychain for `service`.
QByteArray readInAnotherProcess(const QString &service)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOOKDESK_KEYCHAIN_CHILD"), service);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childPrintsKey")});
    if (!child.waitForFinished(30000))
        return "child did not finish";
    const QByteArray out = child.readAllStandardOutput();
    const int at = out.indexOf("keychain-child:");
    return at < 0 ? "child printed nothing: " + out + child.readAllStandardError()
                  : out.mid(at).split('\n').first();
}

} // namespace

// The API key's round trip through a real Secret Service (gnome-keyring in a
// private D-Bus session, tests/unit/with-secret-service.sh): stored by one
// process, read back by the next one, forgotten, gone for the next one, and
// never written anywhere in plain text.
void TestSecretStore::survivesARestart()
{
    if (!qEnvironmentVariableIsSet("HOOKDESK_TEST_KEYCHAIN") || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("runs inside tests/unit/with-secret-service.sh (the keychain_secret_service test)");
    const QString service = QStringLiteral("hookdesk-restart-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
    const QString secret = QStringLiteral("k-restart-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
    std::optional<SecretResult> result;
    {
        KeychainSecretStore store(service, QStringLiteral("tagmango-api-key"));
        store.write(secret, [&](const SecretResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->isOk(), qPrintable(result->message));
    }
    QCOMPARE(readInAnotherProcess(service), QByteArray("keychain-child: ok ") + secret.toUtf8());

    // Nothing under the home folder holds the key in plain text (the keyring
    // file is encrypted).
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int looked = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.size() < 4 * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
            ++looked;
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY2(looked > 0, "the keyring wrote no file under HOME");

    {
        KeychainSecretStore store(service, QStringLiteral("tagmango-api-key"));
        result.reset();
        store.remove([&](const SecretResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->isOk(), qPrintable(result->message));
    }
    QCOMPARE(readInAnotherProcess(service), QByteArray("keychain-child: not found"));
}

// Not a check on its own: the "restarted app" half of survivesARestart().
void TestSecretStore::childPrintsKey()
{
    const QString service = qEnvironmentVariable("HOOKDESK_KEYCHAIN_CHILD");
    if (service.isEmpty())
        QSKIP("the child process of survivesARestart");
    KeychainSecretStore store(service, QStringLiteral("tagmango-api-key"));
    std::optional<SecretResult> result;
    store.read([&](const SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    const QByteArray line = result->isOk() ? "ok " + result->secret.toUtf8()
            : result->status == SecretResult::Status::NotFound ? QByteArray("not found")
                                                               : "unavailable " + result->message.toUtf8();
    fprintf(stdout, "keychain-child: %s\n", line.constData());
    fflush(stdout);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_SecretStore.moc"
