// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace hookdesk {

// What the user asked to see, turned into a parameterised SQL condition over the
// `attendees` table (alias-free). User text is only ever bound, never spliced.
//
// Filter text grammar (docs/filtering.md):
//   word            attendees whose name, email, phone or webinar title contains it
//   "two words"     the phrase, as one term
//   name:x  email:x  phone:x  webinar:x    the term in that column only
//   id:X            webinar ID equal to X
//   after:YYYY-MM-DD  before:YYYY-MM-DD     first received on/after, before that day (UTC)
//   -word / -email:x  leave out what matches
// A term made only of digits, "+", "-", "." and parentheses with at least
// MinPhoneDigits digits (adjacent such words count as one: 099422 31962) also
// finds attendees whose phone_e164 is its E.164 form (read with phoneRegion) or
// ends with its digits (leading zeros dropped), so 9942231962, +919942231962 and
// 099422 31962 all find "+91 99422 31962".
// Terms combine with AND. Matching ignores case (for every letter, as the index
// folds it: hookdesk_contains in SqlFunctions). Terms of 3+ characters use the
// trigram full-text index; shorter ones fall back to a scan. At most MaxTerms
// terms and MaxTextLength characters: beyond that SQLite's expression tree
// grows past its limit, and no person types such a filter.
class AttendeeFilter
{
public:
    static constexpr int MaxTerms = 50;
    static constexpr int MaxTextLength = 1000;
    static constexpr int MinPhoneDigits = 6;

    QString text;
    QString webinarId;       // empty: all webinars
    QDateTime receivedFrom;  // inclusive; invalid: open
    QDateTime receivedUntil; // exclusive; invalid: open
    bool includeTestData = true;
    // How a phone term without a country code is read (PhoneNumber::toE164).
    QString phoneRegion = QStringLiteral("IN");

    struct Sql
    {
        QString where;       // "" or a condition to put after WHERE
        QVariantList binds;  // positional, in order of the ? in `where`
        QString error;       // a term the grammar does not understand

        // The same condition in two parts, for queries that join attendees_fts
        // themselves so the index can also deliver rows in rowid order. Only
        // valid while the search index covers every attendee (nothing beyond
        // search_index_state.last_indexed_id); `where` is always valid. Then it
        // selects the rows of "id IN (SELECT rowid FROM attendees_fts WHERE
        // attendees_fts MATCH match) AND rest".
        bool usesSearchIndex = false; // some term is looked up in attendees_fts
        QString match;           // FTS5 expression every row must match; "" for none
        QString rest;            // the other conditions; "" for none
        QVariantList restBinds;  // in order of the ? in `rest`
    };

    Sql toSql() const;
    bool isEmpty() const;

    // Columns a term may name, as typed by the user.
    static QStringList columnKeywords();

private:
    static QStringList tokenize(const QString &text);
};

} // namespace hookdesk
