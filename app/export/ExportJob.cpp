// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportJob.h"

#include <QThread>

namespace hookdesk {
namespace {

// What the worker leaves behind for the owning thread; read only after the
// worker has been joined.
struct Outcome
{
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    QString error;
};

} // namespace

ExportJob::ExportJob(QObject *parent) : QObject(parent) { }

ExportJob::~ExportJob()
{
    cancel();
    wait();
    delete m_thread;
}

bool ExportJob::isRunning() const
{
    return m_thread != nullptr;
}

void ExportJob::cancel()
{
    m_cancel.store(true);
}

void ExportJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool ExportJob::start(const AttendeeExporter::Options &options, const QString &path)
{
    if (m_thread)
        return false;
    m_cancel.store(false);
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([this, options, path, outcome] {
        AttendeeExporter exporter(options);
        exporter.setCancelFlag(&m_cancel);
        // Emitted on this thread; receivers in the GUI thread get it queued.
        exporter.setProgressCallback(
                [this](qint64 done, qint64 total) { emit progress(done, total); });
        outcome->ok = exporter.exportToFile(path);
        outcome->cancelled = exporter.wasCancelled();
        outcome->rows = exporter.rowsWritten();
        outcome->error = exporter.errorString();
    });
    m_thread->setObjectName(QStringLiteral("hookdesk-export"));
    // QThread::finished comes from the worker just before it ends; join it here,
    // on the job's own thread, so a receiver of finished() may start the next export.
    connect(m_thread, &QThread::finished, this, [this, path, outcome] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished(outcome->ok, outcome->cancelled, outcome->rows, path, outcome->error);
    }, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

} // namespace hookdesk
