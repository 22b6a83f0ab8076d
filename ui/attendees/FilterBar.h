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

// Whose rows (attended, registered, no-shows, walk-ins), the filter text
// (AttendeeFilter's grammar), the received-date range and the "N of M
// attendees" line. Says when the text does not parse, and keeps the
// last filter that did.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // People, text and date range; the webinar is chosen elsewhere.
    AttendeeFilter filter() const;
    AttendeeFilter::People people() const;
    void setPeople(AttendeeFilter::People people);
    QString text() const;
    void setText(const QString &text);
    AppSettings::ReceivedRange range() const;
    QDate customFrom() const;
    QDate customUntil() const;
    void setRange(AppSettings::ReceivedRange range, const QDate &from, const QDate &until);
    // Clears the text and the date range; the people stay as chosen.
    void clear();

    // `matching` is -1 while counting; `searching` while the first rows are read.
    // `total` counts the chosen people kind.
    void setCounts(qint64 matching, qint64 total, bool searching = false);
    void focusText();
    QLineEdit *textEdit() const { return m_text; }

    static QString grammarHelp();
    // The choice as the selector names it, and what it means.
    static QString peopleLabel(AttendeeFilter::People people);
    static QString peopleHelp(AttendeeFilter::People people);

signals:
    // The filter changed and parses.
    void filterChanged();

private:
    void onInputChanged();
    void updateSummary();

    QComboBox *m_people;
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
