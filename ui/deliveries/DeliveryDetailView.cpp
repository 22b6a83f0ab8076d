// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveries/DeliveryDetailView.h"

#include "deliveries/DeliveryTableModel.h"
#include "intake/WireText.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hookdesk {

DeliveryDetailView::DeliveryDetailView(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deliverySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_headers = new QTableWidget(0, 2, this);
    m_headers->setObjectName(QStringLiteral("deliveryHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->setVisible(false);
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setWordWrap(false);
    m_headers->verticalHeader()->setDefaultSectionSize(m_headers->fontMetrics().height() + 6);
    m_headers->setAccessibleName(tr("Request headers"));

    m_bodyNote = new QLabel(this);
    m_bodyNote->setObjectName(QStringLiteral("deliveryBodyNote"));
    m_bodyNote->setWordWrap(true);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("deliveryBody"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_body->setAccessibleName(tr("Request body"));

    m_copyCurl = new QPushButton(tr("Copy as curl"), this);
    m_copyCurl->setObjectName(QStringLiteral("copyAsCurl"));
    m_copyCurl->setToolTip(tr("Copies a curl command that sends this request again. Secret header "
                              "values were never stored and stay out; the hook token is a "
                              "placeholder, so the command is safe to share."));
    m_replay = new QPushButton(tr("Replay into HookDesk"), this);
    m_replay->setObjectName(QStringLiteral("replayDelivery"));
    m_replay->setToolTip(tr("Sends the stored request to this HookDesk's listener again, through "
                            "the same checks and storage as a call from TagMango."));
    connect(m_copyCurl, &QPushButton::clicked, this, &DeliveryDetailView::copyAsCurlRequested);
    connect(m_replay, &QPushButton::clicked, this, &DeliveryDetailView::replayRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_replay);
    buttons->addStretch();

    auto *headersBox = new QWidget(this);
    auto *headersLayout = new QVBoxLayout(headersBox);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->addWidget(new QLabel(tr("<b>Headers</b>"), headersBox));
    headersLayout->addWidget(m_headers);
    auto *bodyBox = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto *bodyTitle = new QLabel(tr("<b>Body</b>"), bodyBox);
    bodyLayout->addWidget(bodyTitle);
    bodyLayout->addWidget(m_bodyNote);
    bodyLayout->addWidget(m_body);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(headersBox);
    split->addWidget(bodyBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 280});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    clear();
}

QString DeliveryDetailView::bodyText(const QByteArray &body)
{
    if (body.isEmpty())
        return QString();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() == body && !body.contains('\0'))
        return text;
    // Bytes that are not text: show them as hex, 16 a line.
    QStringList lines;
    for (qsizetype i = 0; i < body.size(); i += 16)
        lines.append(QString::fromLatin1(body.mid(i, 16).toHex(' ')));
    return lines.join(QLatin1Char('\n'));
}

void DeliveryDetailView::showDelivery(const DeliveryDetail &delivery, const QString &hookName)
{
    m_delivery = delivery;
    const DeliveryRow &row = delivery.row;
    const QLocale locale;
    const QString answer = QStringLiteral("%1 %2").arg(row.status).arg(DeliveryTableModel::statusText(row.status, row.outcome));
    const QString colour = row.isRefused() ? QStringLiteral("#b3261e") : QStringLiteral("#1b6e20");
    QString summary = tr("<span style='font-size:large; color:%1'><b>%2</b></span>")
                              .arg(colour, answer.toHtmlEscaped());
    if (!row.reason.isEmpty())
        summary += QStringLiteral(" — ") + WireText::translated(row.reason).toHtmlEscaped(); // stored in English
    summary += QStringLiteral("<br>")
            + tr("%1 · from %2 · %3 %4 · hook: %5")
                      .arg(locale.toString(row.receivedAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(),
                           row.remote.isEmpty() ? tr("unknown address")
                                                : DeliveryTableModel::senderText(row).toHtmlEscaped(),
                           row.method.toHtmlEscaped(),
                           row.path.isEmpty() ? tr("(no path: refused before it was read)") : row.path.toHtmlEscaped(),
                           hookName.toHtmlEscaped());
    m_summary->setText(summary);

    const QJsonObject headers = QJsonDocument::fromJson(delivery.headersJson).object();
    m_headers->setRowCount(0);
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        const int r = m_headers->rowCount();
        m_headers->insertRow(r);
        auto *name = new QTableWidgetItem(it.key());
        QString value = it.value().toString();
        auto *valueItem = new QTableWidgetItem(value);
        if (value.contains(QLatin1String("***"))) {
            valueItem->setText(tr("••• secret, not kept"));
            valueItem->setToolTip(tr("HookDesk masks secret header values (tokens, keys, "
                                     "signatures) before it stores a request."));
            valueItem->setForeground(m_headers->palette().brush(QPalette::PlaceholderText));
        } else {
            valueItem->setToolTip(value);
        }
        m_headers->setItem(r, 0, name);
        m_headers->setItem(r, 1, valueItem);
    }
    m_headers->resizeColumnToContents(0);

    QString note;
    if (delivery.row.bodySize == 0 && delivery.body.isEmpty())
        note = delivery.row.path.isEmpty() ? tr("HookDesk refused this request before reading its body.")
                                           : tr("The request had no body.");
    else if (delivery.isBodyTruncated())
        note = tr("The body was %1; the delivery log keeps the first %2.")
                       .arg(locale.formattedDataSize(delivery.row.bodySize),
                            locale.formattedDataSize(delivery.body.size()));
    else
        note = tr("%1, as received%2.")
                       .arg(locale.formattedDataSize(delivery.row.bodySize),
                            QJsonDocument::fromJson(delivery.body).isNull() ? QString() : tr(", shown indented"));
    m_bodyNote->setText(note);
    m_body->setPlainText(bodyText(delivery.body));
    m_copyCurl->setEnabled(true);
    m_replay->setEnabled(true);
    m_replay->setToolTip(tr("Sends the stored request to this HookDesk's listener again, through "
                            "the same checks and storage as a call from TagMango."));
}

void DeliveryDetailView::clear(const QString &message)
{
    m_delivery.reset();
    m_summary->setText(message.isEmpty() ? tr("Select a request to see its headers and body.") : message);
    m_headers->setRowCount(0);
    m_bodyNote->clear();
    m_body->clear();
    m_copyCurl->setEnabled(false);
    m_replay->setEnabled(false);
}

void DeliveryDetailView::setReplayEnabled(bool enabled, const QString &why)
{
    m_replay->setEnabled(enabled && m_delivery.has_value());
    if (!why.isEmpty())
        m_replay->setToolTip(why);
}

QString DeliveryDetailView::summaryText() const
{
    return m_summary->text();
}

QString DeliveryDetailView::bodyShown() const
{
    return m_body->toPlainText();
}

QList<QPair<QString, QString>> DeliveryDetailView::headersShown() const
{
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < m_headers->rowCount(); ++r)
        out.append({m_headers->item(r, 0)->text(), m_headers->item(r, 1)->text()});
    return out;
}

} // namespace hookdesk
