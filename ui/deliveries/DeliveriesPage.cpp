// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveries/DeliveriesPage.h"

#include "core/Clock.h"
#include "deliveries/DeliveryDetailView.h"
#include "deliveries/DeliveryTableModel.h"
#include "simulate/DeliveryReplay.h"
#include "store/BackgroundReader.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace hookdesk {
namespace {

// Status combo values: the DeliveryFilter status, or an exact HTTP status.
constexpr int AnyStatus = -1;
constexpr int AcceptedStatus = -2;
constexpr int RefusedStatus = -3;

QString shortPath(const Hook &hook)
{
    return QStringLiteral("/hooks/") + hook.token.left(6) + QStringLiteral("…");
}

} // namespace

DeliveriesPage::DeliveriesPage(BackgroundReader *reader, ListenerSource listener, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_listener(std::move(listener))
{
    setObjectName(QStringLiteral("deliveriesPage"));
    m_model = new DeliveryTableModel(reader, this);
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show requests answered"));
    m_status->addItem(tr("All requests"), AnyStatus);
    m_status->addItem(tr("Accepted (2xx)"), AcceptedStatus);
    m_status->addItem(tr("Refused (4xx, 5xx)"), RefusedStatus);
    m_status->insertSeparator(m_status->count());
    const QList<int> codes = {400, 401, 404, 405, 408, 410, 413, 415, 422, 431, 503};
    for (const int code : codes)
        m_status->addItem(QStringLiteral("%1 %2").arg(code).arg(DeliveryTableModel::statusText(code, QString())), code);

    m_hook = new QComboBox(this);
    m_hook->setObjectName(QStringLiteral("hookFilter"));
    m_hook->setAccessibleName(tr("Show requests to hook"));
    m_hook->addItem(tr("All hooks"), qint64(0));
    m_hook->addItem(tr("No known hook"), DeliveryFilter::NoHook);
    m_hook->setItemData(1, tr("Requests to an unknown token or another path, and requests refused "
                              "before their path was read."),
                        Qt::ToolTipRole);

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeFilter"));
    m_range->setAccessibleName(tr("Show requests received"));
    m_range->addItem(tr("Any time"), int(Range::Any));
    m_range->addItem(tr("Last 15 minutes"), int(Range::Last15Minutes));
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("deliveryCount"));

    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_status);
    bar->addWidget(showLabel);
    bar->addWidget(m_status);
    auto *hookLabel = new QLabel(tr("&Hook:"), this);
    hookLabel->setBuddy(m_hook);
    bar->addWidget(hookLabel);
    bar->addWidget(m_hook);
    auto *rangeLabel = new QLabel(tr("&Received:"), this);
    rangeLabel->setBuddy(m_range);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addStretch();
    bar->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deliveryTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Columns as wide as their usual content; the reason takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    auto fit = [this, &metrics](int column, const QString &sample) {
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 20);
    };
    fit(DeliveryTableModel::TimeColumn, QStringLiteral("88:88:88"));
    fit(DeliveryTableModel::StatusColumn, QStringLiteral("422 ") + DeliveryTableModel::statusText(422, QString()));
    fit(DeliveryTableModel::HookColumn, tr("Hook %1").arg(88));
    DeliveryRow tunnelled;
    tunnelled.remote = QStringLiteral("127.0.0.1");
    tunnelled.forwardedFor = QStringLiteral("888.888.888.888");
    fit(DeliveryTableModel::FromColumn, DeliveryTableModel::senderText(tunnelled));
    fit(DeliveryTableModel::RequestColumn, QStringLiteral("POST /hooks/MMMMMM…"));

    m_detail = new DeliveryDetailView(this);
    m_action = new QLabel(this);
    m_action->setObjectName(QStringLiteral("deliveryAction"));
    m_action->setWordWrap(true);
    m_action->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_action);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("deliverySplitter"));
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({840, 500});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_hook, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_range, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_model, &DeliveryTableModel::countChanged, this, [this] { m_count->setText(countText()); });
    connect(m_model, &DeliveryTableModel::loaded, this, [this] {
        m_count->setText(countText());
        // Keep the first request in view selected once the first page is in.
        if (!m_table->selectionModel()->hasSelection() && m_model->rowCount() > 0 && !m_detail->delivery())
            m_table->selectRow(0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveriesPage::showSelected);
    connect(m_detail, &DeliveryDetailView::copyAsCurlRequested, this, &DeliveriesPage::copyAsCurl);
    connect(m_detail, &DeliveryDetailView::replayRequested, this, &DeliveriesPage::replay);

    reloadHooks();
    applyFilter();
}

DeliveriesPage::~DeliveriesPage() = default;

DeliveryFilter DeliveriesPage::filterFor(const QDateTime &now) const
{
    DeliveryFilter filter;
    const int status = m_status->currentData().toInt();
    if (status == AcceptedStatus)
        filter.status = DeliveryFilter::Status::Accepted;
    else if (status == RefusedStatus)
        filter.status = DeliveryFilter::Status::Refused;
    else if (status > 0) {
        filter.status = DeliveryFilter::Status::Exact;
        filter.exactStatus = status;
    }
    filter.subscriptionId = m_hook->currentData().toLongLong();
    switch (Range(m_range->currentData().toInt())) {
    case Range::Any: break;
    case Range::Last15Minutes: filter.from = now.addSecs(-15 * 60); break;
    case Range::LastHour: filter.from = now.addSecs(-3600); break;
    case Range::Last24Hours: filter.from = now.addDays(-1); break;
    case Range::Last7Days: filter.from = now.addDays(-7); break;
    }
    return filter;
}

void DeliveriesPage::setStatusFilter(DeliveryFilter::Status status, int exactStatus)
{
    int value = AnyStatus;
    switch (status) {
    case DeliveryFilter::Status::Any: value = AnyStatus; break;
    case DeliveryFilter::Status::Accepted: value = AcceptedStatus; break;
    case DeliveryFilter::Status::Refused: value = RefusedStatus; break;
    case DeliveryFilter::Status::Exact: value = exactStatus; break;
    }
    const int index = m_status->findData(value);
    if (index < 0) {
        m_status->addItem(QStringLiteral("%1 %2").arg(value).arg(DeliveryTableModel::statusText(value, QString())), value);
        m_status->setCurrentIndex(m_status->count() - 1);
    } else {
        m_status->setCurrentIndex(index);
    }
}

void DeliveriesPage::setHookFilter(qint64 subscriptionId)
{
    const int index = m_hook->findData(subscriptionId);
    if (index >= 0)
        m_hook->setCurrentIndex(index);
}

void DeliveriesPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void DeliveriesPage::applyFilter()
{
    ++m_detailRequest; // a detail on its way belongs to the old filter
    m_detail->clear();
    m_model->setFilter(filterFor(Clock::currentDateTimeUtc()));
    m_count->setText(countText());
}

void DeliveriesPage::reload()
{
    applyFilter();
}

void DeliveriesPage::refresh()
{
    m_model->refresh();
}

void DeliveriesPage::reloadHooks()
{
    QPointer<DeliveriesPage> self(this);
    m_reader->run<QList<Hook>>(
            [](SqliteDatabase &db, QString *error) { return HookRepository::list(db, error); },
            [self](const QList<Hook> &hooks, const QString &error) {
                if (!self || !error.isEmpty())
                    return;
                // Unchanged (the usual case, read once a second during a burst): leave
                // the filter alone, it may be open.
                bool same = hooks.size() == self->m_hooks.size();
                for (const Hook &hook : hooks) {
                    const auto known = self->m_hooks.constFind(hook.id);
                    same = same && known != self->m_hooks.constEnd() && known->isRetired() == hook.isRetired()
                            && known->verifyHeaderSecret == hook.verifyHeaderSecret
                            && known->hmacSecret == hook.hmacSecret;
                }
                if (same)
                    return;
                self->m_hooks.clear();
                QHash<qint64, QString> names;
                QHash<qint64, QString> tooltips;
                for (const Hook &hook : hooks) {
                    self->m_hooks.insert(hook.id, hook);
                    names.insert(hook.id, self->hookName(hook.id));
                    tooltips.insert(hook.id, self->hookDescription(hook.id));
                }
                self->m_model->setHookNames(names, tooltips);
                // The hook filter lists every hook; the choice survives the reload.
                const qint64 chosen = self->m_hook->currentData().toLongLong();
                const QSignalBlocker blocker(self->m_hook);
                while (self->m_hook->count() > 2)
                    self->m_hook->removeItem(2);
                for (const Hook &hook : hooks)
                    self->m_hook->addItem(self->hookDescription(hook.id), hook.id);
                self->m_hook->setCurrentIndex(std::max(0, self->m_hook->findData(chosen)));
            });
}

QString DeliveriesPage::hookName(qint64 id) const
{
    const auto it = m_hooks.constFind(id);
    if (it != m_hooks.constEnd() && it->isRetired())
        return tr("Hook %1 (retired)").arg(id);
    return tr("Hook %1").arg(id);
}

QString DeliveriesPage::hookDescription(qint64 id) const
{
    const auto it = m_hooks.constFind(id);
    if (it == m_hooks.constEnd())
        return hookName(id);
    return tr("%1 · %2").arg(hookName(id), shortPath(*it));
}

QString DeliveriesPage::countText() const
{
    const qint64 count = m_model->matchingCount();
    if (count < 0)
        return tr("Counting…");
    if (!m_model->lastError().isEmpty())
        return tr("Cannot read the delivery log: %1").arg(m_model->lastError());
    if (count == 0)
        return tr("No requests match");
    return tr("%Ln request(s), newest first", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max())));
}

QString DeliveriesPage::actionText() const
{
    return m_action->text();
}

bool DeliveriesPage::selectDelivery(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void DeliveriesPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const std::optional<DeliveryRow> row = m_model->rowAt(current.row());
    if (!row) {
        m_detail->clear();
        return;
    }
    const quint64 request = ++m_detailRequest;
    const qint64 id = row->id;
    QPointer<DeliveriesPage> self(this);
    m_reader->run<std::optional<DeliveryDetail>>(
            [id](SqliteDatabase &db, QString *error) { return DeliveryQuery::detail(db, id, error); },
            [self, request](const std::optional<DeliveryDetail> &detail, const QString &error) {
                // Only the latest selection counts (arrow keys move fast).
                if (!self || request != self->m_detailRequest)
                    return;
                if (!detail) {
                    self->m_detail->clear(error.isEmpty() ? tr("This request is no longer in the delivery log.")
                                                          : tr("Cannot read this request: %1").arg(error));
                    return;
                }
                self->m_detail->showDelivery(*detail, detail->row.subscriptionId > 0
                                                              ? self->hookName(detail->row.subscriptionId)
                                                              : tr("none"));
                const ListenerStatus listener = self->m_listener();
                if (!listener.listening)
                    self->m_detail->setReplayEnabled(false, tr("The listener is not running."));
                else if (detail->row.subscriptionId <= 0)
                    self->m_detail->setReplayEnabled(false, tr("This request reached no known hook, so there is "
                                                               "nothing to send it to."));
                else if (detail->isBodyTruncated())
                    self->m_detail->setReplayEnabled(false, tr("Only the beginning of this request's body was "
                                                               "kept, so it cannot be sent again as it was."));
                self->showAction(QString());
            });
}

void DeliveriesPage::showAction(const QString &text, bool problem)
{
    m_action->setText(text);
    m_action->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

void DeliveriesPage::copyAsCurl()
{
    const std::optional<DeliveryDetail> delivery = m_detail->delivery();
    if (!delivery)
        return;
    const QString curl = DeliveryReplay::curlCommand(*delivery, m_listener().localBaseUrl);
    QApplication::clipboard()->setText(curl);
    const QString text = tr("Copied a curl command for this request. Replace TOKEN with your hook's token "
                            "before running it; secret headers were never stored and are left out.");
    showAction(text);
    emit message(tr("Copied the request as a curl command"));
}

void DeliveriesPage::replay()
{
    const std::optional<DeliveryDetail> delivery = m_detail->delivery();
    if (!delivery)
        return;
    const ListenerStatus listener = m_listener();
    std::optional<Hook> hook;
    if (m_hooks.contains(delivery->row.subscriptionId))
        hook = m_hooks.value(delivery->row.subscriptionId);
    QString error;
    const auto request = DeliveryReplay::prepare(*delivery, hook,
                                                 listener.listening ? QUrl(listener.localBaseUrl) : QUrl(),
                                                 Clock::currentDateTimeUtc(), &error);
    if (!request) {
        showAction(error, true);
        emit replayAnswered(0, error);
        return;
    }
    QNetworkRequest http(request->url);
    for (const auto &header : request->headers)
        http.setRawHeader(header.first, header.second);
    http.setTransferTimeout(15000);
    showAction(tr("Sending the request to %1…").arg(listener.localBaseUrl));
    QNetworkReply *reply = m_network->post(http, request->body);
    QPointer<DeliveriesPage> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply] {
        reply->deleteLater();
        if (!self)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            const QString text = tr("The replay got no answer: %1").arg(reply->errorString());
            self->showAction(text, true);
            emit self->replayAnswered(0, text);
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const int code = status.toInt();
        QString text;
        if (code == 200 && answer.value(QStringLiteral("status")).toString() == QLatin1String("stored"))
            text = tr("Replayed: HookDesk answered 200 and stored the attendee. The replay is the newest request above.");
        else if (code == 200 && answer.value(QStringLiteral("status")).toString() == QLatin1String("duplicate"))
            text = tr("Replayed: HookDesk answered 200 duplicate; this attendee was already stored.");
        else if (code < 400)
            text = tr("Replayed: HookDesk answered %1 %2.").arg(code).arg(answer.value(QStringLiteral("status")).toString());
        else
            text = tr("Replayed: HookDesk refused it again with %1: %2")
                           .arg(code)
                           .arg(answer.value(QStringLiteral("error")).toString());
        self->showAction(text, code >= 400);
        emit self->message(text);
        emit self->replayAnswered(code, text);
    });
}

} // namespace hookdesk
