// SPDX-License-Identifier: GPL-3.0-or-later
// The listener in one process for integration tests: real sockets, a real SQLite file.
#pragma once

#include "TestDatabase.h"
#include "intake/IntakeService.h"
#include "store/HookDirectory.h"
#include "store/HookRepository.h"
#include "store/SqliteDatabase.h"
#include "store/StoreWriter.h"

#include <QtTest>

namespace hookdesk::test {

// Store + listener on a temporary database with one active and one retired hook.
struct Harness
{
    explicit Harness(StoreWriter::Options storeOptions = {}, IntakeServer::Options options = {})
    {
        SqliteDatabase conn;
        conn.open(db.path(), SqliteDatabase::Mode::ReadWrite);
        writer.start({db.path()}, nullptr); // migrates
        writer.stop();
        QString error;
        hookPath = HookRepository::add(conn, QStringLiteral("webinar.completed.all"), QString(), &error)
                           ->path().toUtf8();
        const auto retired = HookRepository::add(conn, QStringLiteral("webinar.completed.all"), QString(), &error);
        HookRepository::retire(conn, retired->token, &error);
        retiredPath = retired->path().toUtf8();
        signedPath = HookRepository::add(conn, {QStringLiteral("webinar.completed.all"), QString(), {}, {}, signingSecret}, &error)
                             ->path().toUtf8();
        headerPath = HookRepository::add(conn, {QStringLiteral("webinar.completed.all"), QString(), "Authorization",
                                                "Bearer hd-test-secret", {}}, &error)
                             ->path().toUtf8();
        customHeaderPath = HookRepository::add(conn, {QStringLiteral("webinar.completed.all"), QString(),
                                                      "X-Custom-Auth", "custom-secret-value", {}}, &error)
                                   ->path().toUtf8();
        reminderPath = HookRepository::add(conn, QStringLiteral("webinar.reminder.all"), QString(), &error)
                               ->path().toUtf8();
        bookingPath = HookRepository::add(conn, QStringLiteral("webinar.created.recurring"), QString(), &error)
                              ->path().toUtf8();
        conn.close();

        storeOptions.databasePath = db.path();
        started = writer.start(storeOptions, &error);
        options.port = 0;
        started = started && intake.start(options, &error);
        if (!started)
            qWarning() << "harness failed:" << error;
        port = intake.port();
    }
    ~Harness()
    {
        intake.stop();
        writer.stop();
    }
    qint64 attendees() const { return db.count(QStringLiteral("SELECT count(*) FROM attendees")); }

    TestDatabase db;
    HookDirectory hooks;
    StoreWriter writer{&hooks};
    IntakeService intake{&writer, &hooks};
    bool started = false;
    quint16 port = 0;
    QByteArray hookPath;
    QByteArray retiredPath;
    QByteArray signedPath;
    QByteArray headerPath;
    QByteArray customHeaderPath; // verified by "X-Custom-Auth: custom-secret-value"
    QByteArray reminderPath;     // webinar.reminder.all
    QByteArray bookingPath;      // webinar.created.recurring
    static inline const QByteArray signingSecret = "whsec_" + QByteArray("hookdesk-test-signing-key-32byte").toBase64();
};

} // namespace hookdesk::test
