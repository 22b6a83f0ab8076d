// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportDialog.h"

#include "core/Clock.h"
#include "export/ExportJob.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace hookdesk {
namespace {

constexpr int ColumnRole = Qt::UserRole;

// The combo box's item for the workbook; the CSV items hold their CsvWriter::Profile.
constexpr int WorkbookItem = -1;

// "UTC+05:30", the zone's offset now; "UTC" when there is none.
QString offsetText(const QTimeZone &zone)
{
    const int seconds = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
            .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString defaultChooseFile(QWidget *parent, const QString &suggestedPath)
{
    const bool workbook = suggestedPath.endsWith(QLatin1String(".xlsx"));
    return QFileDialog::getSaveFileName(parent, ExportDialog::tr("Export attendees"),
                                        suggestedPath,
                                        workbook ? ExportDialog::tr("Excel workbooks (*.xlsx);;All files (*)")
                                                 : ExportDialog::tr("CSV files (*.csv);;All files (*)"));
}

} // namespace

ExportDialog::ExportDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_chooseFile(defaultChooseFile)
{
    setWindowTitle(tr("Export attendees"));
    m_job = new ExportJob(this);
    connect(m_job, &ExportJob::progress, this, &ExportDialog::showProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::exportFinished);

    const AttendeeFilter::People people = m_context.currentFilter.people;
    auto *scopeBox = new QGroupBox(peopleTitle(people), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    const QString filterText = m_context.currentFilter.text.trimmed();
    m_scopeFilter = new QRadioButton(
            filterText.isEmpty() ? tr("As the table shows them now")
                                 : tr("Matching the current filter: %1").arg(filterText),
            scopeBox);
    m_scopeFilter->setObjectName(QStringLiteral("scopeFilter"));
    m_scopeWebinar = new QRadioButton(
            m_context.selectedWebinarId.isEmpty()
                    ? tr("Of the selected webinar (none is selected)")
                    : tr("Of the selected webinar: %1")
                              .arg(m_context.selectedWebinarTitle.isEmpty()
                                           ? m_context.selectedWebinarId
                                           : m_context.selectedWebinarTitle),
            scopeBox);
    m_scopeWebinar->setObjectName(QStringLiteral("scopeWebinar"));
    m_scopeWebinar->setEnabled(!m_context.selectedWebinarId.isEmpty());
    m_scopeAll = new QRadioButton(everyWebinarText(people), scopeBox);
    m_scopeAll->setObjectName(QStringLiteral("scopeAll"));
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_scopeFilter);
    scopeGroup->addButton(m_scopeWebinar);
    scopeGroup->addButton(m_scopeAll);
    m_scopeFilter->setChecked(true);
    scopeLayout->addWidget(m_scopeFilter);
    scopeLayout->addWidget(m_scopeWebinar);
    scopeLayout->addWidget(m_scopeAll);
    // Which people go into the file, as the table's selector chose them.
    m_peopleNote = new QLabel(scopeBox);
    m_peopleNote->setObjectName(QStringLiteral("peopleNote"));
    m_peopleNote->setWordWrap(true);
    scopeLayout->addWidget(m_peopleNote);
    for (QRadioButton *button : {m_scopeFilter, m_scopeWebinar, m_scopeAll})
        connect(button, &QRadioButton::toggled, this, &ExportDialog::updatePeopleNote);
    updatePeopleNote();
    if (!m_context.currentFilter.includeTestData) {
        auto *note = new QLabel(tr("Test deliveries are left out, as in the table."), scopeBox);
        note->setEnabled(false);
        scopeLayout->addWidget(note);
    }
    auto *orderNote = new QLabel(tr("Rows in the table's order: %1.").arg(orderText(m_context.order)),
                                 scopeBox);
    orderNote->setObjectName(QStringLiteral("orderNote"));
    orderNote->setWordWrap(true);
    orderNote->setEnabled(false);
    scopeLayout->addWidget(orderNote);

    auto *columnBox = new QGroupBox(tr("Columns, in file order"), this);
    auto *columnLayout = new QHBoxLayout(columnBox);
    m_columns = new QListWidget(columnBox);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    buildColumnList();
    m_up = new QToolButton(columnBox);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move the column earlier"));
    m_down = new QToolButton(columnBox);
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move the column later"));
    auto *moveLayout = new QVBoxLayout;
    moveLayout->addWidget(m_up);
    moveLayout->addWidget(m_down);
    moveLayout->addStretch();
    columnLayout->addWidget(m_columns);
    columnLayout->addLayout(moveLayout);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentColumn(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentColumn(+1); });
    connect(m_columns, &QListWidget::currentRowChanged, this, &ExportDialog::updateButtons);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->addItem(tr("CSV for Excel, LibreOffice and Google Sheets"),
                       int(CsvWriter::Profile::Spreadsheet));
    m_profile->addItem(tr("Excel workbook (.xlsx)"), WorkbookItem);
    m_profile->addItem(tr("CSV for mail tools, CRMs and programs"), int(CsvWriter::Profile::Rfc4180));
    m_profileHint = new QLabel(this);
    m_profileHint->setWordWrap(true);
    m_profileHint->setEnabled(false);
    auto updateHint = [this] {
        const int item = m_profile->currentData().toInt();
        if (item == WorkbookItem)
            m_profileHint->setText(tr("A real workbook: phone numbers and IDs stay text, times are "
                                      "real date cells, recording links can be clicked and the "
                                      "header row stays in view."));
        else if (item == int(CsvWriter::Profile::Spreadsheet))
            m_profileHint->setText(tr("Opens correctly in spreadsheets. Cells that would run as a "
                                      "formula get a leading apostrophe; phone numbers, IDs and "
                                      "dates show exactly as received."));
        else
            m_profileHint->setText(tr("Every value exactly as stored, UTF-8 without a byte order "
                                      "mark. Do not open it in a spreadsheet if attendees can type "
                                      "their own names."));
    };
    connect(m_profile, &QComboBox::currentIndexChanged, this, updateHint);
    updateHint();
    m_times = new QComboBox(this);
    m_times->setObjectName(QStringLiteral("times"));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    //: %1 is the computer's time zone, e.g. "Asia/Kolkata, UTC+05:30".
    m_times->addItem(tr("Local time (%1), as the table shows")
                             .arg(QString::fromUtf8(zone.id()) + QStringLiteral(", ") + offsetText(zone)),
                     int(AttendeeExporter::Times::Local));
    m_times->addItem(tr("UTC (ISO 8601, the same on every computer)"),
                     int(AttendeeExporter::Times::Utc));
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_profile);
    form->addRow(QString(), m_profileHint);
    form->addRow(tr("Times:"), m_times);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(columnBox, 1);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    // Stop the worker while this object is whole: it reports progress to us.
    m_job->cancel();
    m_job->wait();
}

QString ExportDialog::peopleTitle(AttendeeFilter::People people)
{
    switch (people) {
    case AttendeeFilter::People::Attended:
        return tr("Attendees");
    case AttendeeFilter::People::Registered:
        return tr("Registrants");
    case AttendeeFilter::People::NoShows:
        return tr("No-shows");
    case AttendeeFilter::People::WalkIns:
        return tr("Walk-ins");
    }
    return {};
}

QString ExportDialog::everyWebinarText(AttendeeFilter::People people)
{
    switch (people) {
    case AttendeeFilter::People::Attended:
        return tr("All attendees of every webinar");
    case AttendeeFilter::People::Registered:
        return tr("All registrants of every webinar");
    case AttendeeFilter::People::NoShows:
        return tr("All no-shows of every webinar");
    case AttendeeFilter::People::WalkIns:
        return tr("All walk-ins of every webinar");
    }
    return {};
}

QString ExportDialog::peopleText(AttendeeFilter::People people, const QString &webinar)
{
    //: %1 is a webinar's title, or "all webinars".
    switch (people) {
    case AttendeeFilter::People::Attended:
        return tr("Rows: attendees of %1").arg(webinar);
    case AttendeeFilter::People::Registered:
        return tr("Rows: registrants of %1").arg(webinar);
    case AttendeeFilter::People::NoShows:
        return tr("Rows: no-shows of %1").arg(webinar);
    case AttendeeFilter::People::WalkIns:
        return tr("Rows: walk-ins of %1").arg(webinar);
    }
    return {};
}

void ExportDialog::updatePeopleNote()
{
    // The webinar options() exports for the scope (options() needs the whole dialog).
    QString webinarId;
    if (scope() == Scope::CurrentFilter)
        webinarId = m_context.currentFilter.webinarId;
    else if (scope() == Scope::SelectedWebinar)
        webinarId = m_context.selectedWebinarId;
    QString webinar;
    if (webinarId.isEmpty())
        //: Fills "Rows: no-shows of %1".
        webinar = tr("all webinars");
    else if (webinarId == m_context.selectedWebinarId && !m_context.selectedWebinarTitle.isEmpty())
        webinar = m_context.selectedWebinarTitle;
    else
        webinar = webinarId;
    QString text = peopleText(m_context.currentFilter.people, webinar);
    if (scope() == Scope::CurrentFilter && !m_context.currentFilter.onlyPeopleAndWebinar())
        text = tr("%1, as filtered").arg(text);
    m_peopleNote->setText(text);
}

void ExportDialog::buildColumnList()
{
    QList<AttendeeExporter::Column> order = AttendeeExporter::defaultColumns();
    const QList<AttendeeExporter::Column> defaults = order;
    for (const auto column : AttendeeExporter::allColumns()) {
        if (!order.contains(column))
            order.append(column);
    }
    for (const auto column : order) {
        auto *item = new QListWidgetItem(AttendeeExporter::title(column), m_columns);
        item->setData(ColumnRole, int(column));
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsDropEnabled);
        item->setCheckState(defaults.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setCurrentRow(0);
}

void ExportDialog::moveCurrentColumn(int delta)
{
    const int row = m_columns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentRow(target);
}

void ExportDialog::updateButtons()
{
    const int row = m_columns->currentRow();
    m_up->setEnabled(!m_exporting && row > 0);
    m_down->setEnabled(!m_exporting && row >= 0 && row < m_columns->count() - 1);
    bool anyChecked = false;
    for (int i = 0; i < m_columns->count(); ++i)
        anyChecked = anyChecked || m_columns->item(i)->checkState() == Qt::Checked;
    m_exportButton->setEnabled(!m_exporting && anyChecked);
    m_exportButton->setToolTip(anyChecked ? QString() : tr("Choose at least one column."));
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_scopeWebinar->isChecked())
        return Scope::SelectedWebinar;
    if (m_scopeAll->isChecked())
        return Scope::Everything;
    return Scope::CurrentFilter;
}

void ExportDialog::setScope(Scope scope)
{
    switch (scope) {
    case Scope::CurrentFilter:
        m_scopeFilter->setChecked(true);
        break;
    case Scope::SelectedWebinar:
        if (m_scopeWebinar->isEnabled())
            m_scopeWebinar->setChecked(true);
        break;
    case Scope::Everything:
        m_scopeAll->setChecked(true);
        break;
    }
}

AttendeeExporter::Options ExportDialog::options() const
{
    AttendeeExporter::Options options;
    options.databasePath = m_context.databasePath;
    switch (scope()) {
    case Scope::CurrentFilter:
        options.filter = m_context.currentFilter;
        break;
    case Scope::SelectedWebinar:
        options.filter = AttendeeFilter();
        options.filter.webinarId = m_context.selectedWebinarId;
        break;
    case Scope::Everything:
        options.filter = AttendeeFilter();
        break;
    }
    // Every scope exports the people the table shows (attended, no-shows, ...).
    options.filter.people = m_context.currentFilter.people;
    // Test deliveries are either shown everywhere or nowhere.
    options.filter.includeTestData = m_context.currentFilter.includeTestData;
    options.order = m_context.order;
    options.times = AttendeeExporter::Times(m_times->currentData().toInt());
    options.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            options.columns.append(AttendeeExporter::Column(item->data(ColumnRole).toInt()));
    }
    const int item = m_profile->currentData().toInt();
    if (item == WorkbookItem)
        options.format = AttendeeExporter::Format::Xlsx;
    else
        options.profile = CsvWriter::Profile(item);
    return options;
}

QString ExportDialog::suggestedPath() const
{
    const QString folder = startFolder();
    const QString day = Clock::currentDate().toString(Qt::ISODate);
    const QString extension = options().format == AttendeeExporter::Format::Xlsx
            ? QStringLiteral(".xlsx")
            : QStringLiteral(".csv");
    QString name = tr("attendees-%1").arg(day) + extension;
    if (scope() == Scope::SelectedWebinar && !m_context.selectedWebinarTitle.isEmpty()) {
        // A file name from the title: letters, digits and dashes only.
        QString title;
        for (const QChar c : m_context.selectedWebinarTitle.left(60)) {
            if (c.isLetterOrNumber())
                title.append(c);
            else if (!title.endsWith(QLatin1Char('-')))
                title.append(QLatin1Char('-'));
        }
        while (title.endsWith(QLatin1Char('-')))
            title.chop(1);
        while (title.startsWith(QLatin1Char('-')))
            title.remove(0, 1);
        if (!title.isEmpty())
            name = tr("%1-attendees-%2").arg(title, day) + extension;
    }
    return QDir(folder).filePath(name);
}

QString ExportDialog::startFolder() const
{
    const QString &last = m_context.lastFolder;
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString ExportDialog::orderText(const AttendeeOrder &order)
{
    const bool down = order.descending;
    switch (order.key) {
    case AttendeeOrder::Key::Received:
        return down ? tr("newest first") : tr("oldest first");
    case AttendeeOrder::Key::Name:
        return down ? tr("name, Z to A") : tr("name, A to Z");
    case AttendeeOrder::Key::Email:
        return down ? tr("email, Z to A") : tr("email, A to Z");
    case AttendeeOrder::Key::Phone:
        return down ? tr("phone, highest first") : tr("phone, lowest first");
    case AttendeeOrder::Key::Webinar:
        return down ? tr("webinar, Z to A") : tr("webinar, A to Z");
    case AttendeeOrder::Key::Deliveries:
        return down ? tr("most deliveries first") : tr("fewest deliveries first");
    }
    return QString();
}

void ExportDialog::startExport()
{
    if (m_exporting)
        return;
    const AttendeeExporter::Options exportOptions = options();
    if (exportOptions.columns.isEmpty()) {
        m_status->setText(tr("Choose at least one column."));
        return;
    }
    const QString path = m_chooseFile ? m_chooseFile(this, suggestedPath()) : QString();
    if (path.isEmpty())
        return;
    if (!m_job->start(exportOptions, path))
        return;
    setExporting(true);
    m_progress->setValue(0);
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
}

void ExportDialog::reject()
{
    if (m_exporting) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_scopeFilter->setEnabled(!exporting);
    m_scopeWebinar->setEnabled(!exporting && !m_context.selectedWebinarId.isEmpty());
    m_scopeAll->setEnabled(!exporting);
    m_columns->setEnabled(!exporting);
    m_profile->setEnabled(!exporting);
    m_times->setEnabled(!exporting);
    m_progress->setVisible(exporting);
    QPushButton *close = m_buttons->button(QDialogButtonBox::Close);
    close->setText(exporting ? tr("Cancel") : tr("Close"));
    updateButtons();
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    if (!m_exporting)
        return;
    m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    const QLocale locale;
    //: Progress: %1 attendees written so far out of %Ln.
    m_status->setText(tr("Exported %1 of %Ln attendee(s)…", nullptr,
                         int(std::min<qint64>(total, std::numeric_limits<int>::max())))
                              .arg(locale.toString(done)));
}

void ExportDialog::exportFinished(bool ok, bool cancelled, qint64 rows, const QString &path,
                                  const QString &error)
{
    setExporting(false);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (ok) {
        m_status->setText(m_context.currentFilter.people == AttendeeFilter::People::Attended
                                  ? tr("Exported %Ln attendee(s) to %1.", nullptr, int(rows)).arg(shownPath)
                                  : tr("Exported %Ln row(s) to %1.", nullptr, int(rows)).arg(shownPath));
        emit exported(path, rows);
        accept();
        return;
    }
    if (cancelled) {
        m_status->setText(QFileInfo::exists(path)
                                  ? tr("Export cancelled. %1 was left as it was.").arg(shownPath)
                                  : tr("Export cancelled. No file was written."));
        return;
    }
    m_status->setText(QFileInfo::exists(path)
                              ? tr("The export failed: %1. %2 was left as it was.").arg(error, shownPath)
                              : tr("The export failed: %1. No file was written.").arg(error));
}

} // namespace hookdesk
