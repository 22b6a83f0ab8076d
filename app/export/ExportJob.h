// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/AttendeeExporter.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace hookdesk {

// Runs one AttendeeExporter::exportToFile() on a thread of its own, so a window
// stays responsive; reports progress and the outcome as queued signals. Cancel
// with cancel(); destroying the job cancels and waits for the thread.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    // False when an export is already running.
    bool start(const AttendeeExporter::Options &options, const QString &path);
    void cancel();
    bool isRunning() const;
    // Blocks until the thread has finished (tests, shutdown).
    void wait();

signals:
    void progress(qint64 rowsDone, qint64 rowsTotal);
    // ok: the file is complete. Otherwise cancelled or error says why, and the
    // file at `path` is as it was before.
    void finished(bool ok, bool cancelled, qint64 rows, const QString &path, const QString &error);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace hookdesk
