// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DeliveryQuery.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace hookdesk {

// One request of the delivery log in full: what HookDesk answered and why, the
// headers (secret values were masked before they were stored, and say so), and
// the body, pretty-printed when it is JSON.
class DeliveryDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveryDetailView(QWidget *parent = nullptr);

    void showDelivery(const DeliveryDetail &delivery, const QString &hookName);
    void clear(const QString &message = QString());
    std::optional<DeliveryDetail> delivery() const { return m_delivery; }

    // The body as shown: indented JSON, the text as it came, or a note for bytes.
    static QString bodyText(const QByteArray &body);

    QString summaryText() const;
    QString bodyShown() const;
    // Header name -> value as shown.
    QList<QPair<QString, QString>> headersShown() const;
    void setReplayEnabled(bool enabled, const QString &why);

signals:
    void copyAsCurlRequested();
    void replayRequested();

private:
    std::optional<DeliveryDetail> m_delivery;
    QLabel *m_summary;
    QTableWidget *m_headers;
    QLabel *m_bodyNote;
    QPlainTextEdit *m_body;
    QPushButton *m_copyCurl;
    QPushButton *m_replay;
};

} // namespace hookdesk
