// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AppSettings.h"
#include "store/AttendeeFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;

namespace hookdesk {

// The filter text (AttendeeFilter's grammar), the received-date range and the
// "N of M attendees" line. Says when the text does not parse, and keeps the
// last filter that did.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Text and date range; the webinar is chosen elsewhere.
    AttendeeFilter filter() const;
    QString text() const;
    void setText(const QString &text);
    AppSettings::ReceivedRange range() const;
    QDate customFrom() const;
    QDate customUntil() const;
    void setRange(AppSettings::ReceivedRange range, const QDate &from, const QDate &until);
    void clear();

    // `matching` is -1 while counting; `searching` while the first rows are read.
    void setCounts(qint64 matching, qint64 total, bool searching = false);
    void focusText();
    QLineEdit *textEdit() const { return m_text; }

    static QString grammarHelp();

signals:
    // The filter changed and parses.
    void filterChanged();

private:
    void onInputChanged();
    void updateSummary();

    QLineEdit *m_text;
    QToolButton *m_help;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QLabel *m_summary;
    QString m_error;
    qint64 m_matching = -1;
    qint64 m_total = 0;
    bool m_searching = false;
};

} // namespace hookdesk
