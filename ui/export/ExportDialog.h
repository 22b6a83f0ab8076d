// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/AttendeeExporter.h"
#include "store/AttendeeFilter.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace hookdesk {

class ExportJob;

// Collects what to export (scope, columns and their order, profile), asks for a
// file, and runs the export on a worker thread with progress and Cancel. The
// export itself is AttendeeExporter's; this class only gathers options.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { CurrentFilter, SelectedWebinar, Everything };

    // What the attendee table shows when the user asks for an export.
    struct Context
    {
        QString databasePath;
        AttendeeFilter currentFilter;
        QString selectedWebinarId;    // empty: no webinar selected
        QString selectedWebinarTitle;
        // The table's sort: every scope is written in this order.
        AttendeeOrder order{AttendeeOrder::Key::Received, true};
        // Where the last export went (AppSettings::lastExportFolder); may be gone.
        QString lastFolder;
    };

    // "name, A to Z", "newest first": how `order` reads in a sentence.
    static QString orderText(const AttendeeOrder &order);
    // "Rows: no-shows of <webinar>": the people an export writes.
    static QString peopleText(AttendeeFilter::People people, const QString &webinar);

    // Asks for the file to write; returns "" when the user backs out. Replaceable
    // so tests (and other front ends) can answer it.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    explicit ExportDialog(const Context &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    Scope scope() const;
    void setScope(Scope scope);
    // The export the dialog would run now.
    AttendeeExporter::Options options() const;
    bool isExporting() const { return m_exporting; }

signals:
    // The file is complete; the dialog closes after this.
    void exported(const QString &path, qint64 rows);

public slots:
    // Asks for a file and starts the export.
    void startExport();
    // Cancels a running export, or closes the dialog.
    void reject() override;

private:
    static QString peopleTitle(AttendeeFilter::People people);
    static QString everyWebinarText(AttendeeFilter::People people);
    void updatePeopleNote();
    void buildColumnList();
    void moveCurrentColumn(int delta);
    void updateButtons();
    void setExporting(bool exporting);
    void showProgress(qint64 done, qint64 total);
    void exportFinished(bool ok, bool cancelled, qint64 rows, const QString &path,
                        const QString &error);
    QString suggestedPath() const;
    // Where the save dialog starts: the last export's folder, else Documents,
    // else the home folder; always one that exists.
    QString startFolder() const;

    Context m_context;
    FileChooser m_chooseFile;
    ExportJob *m_job = nullptr;
    bool m_exporting = false;

    QRadioButton *m_scopeFilter = nullptr;
    QRadioButton *m_scopeWebinar = nullptr;
    QRadioButton *m_scopeAll = nullptr;
    QLabel *m_peopleNote = nullptr;
    QListWidget *m_columns = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileHint = nullptr;
    QComboBox *m_times = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace hookdesk
