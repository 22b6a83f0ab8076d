// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace hookdesk {

// What the user asked to see, turned into a parameterised SQL condition over the
// `attendees` table or the `registrants` view (source()), selected under alias
// `a`. User text is only ever bound, never spliced.
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
// folds it: hookdesk_contains in SqlFunctions). Over attendees, terms of 3+
// characters use the trigram full-text index; shorter ones, and every term over
// registrations (which have no such index), are a scan. At most MaxTerms
// terms and MaxTextLength characters: beyond that SQLite's expression tree
// grows past its limit, and no person types such a filter.
class AttendeeFilter
{
public:
    static constexpr int MaxTerms = 50;
    static constexpr int MaxTextLength = 1000;
    static constexpr int MinPhoneDigits = 6;

    // Whose rows: people who attended (the attendees table), who registered
    // (registrations), registered and did not attend a session that is over
    // (no-shows), or attended without a registration HookDesk saw (walk-ins).
    enum class People { Attended, Registered, NoShows, WalkIns };
    // A session counts as over once its completion calls have begun, or this
    // long after its scheduled end when none came (nobody attended).
    static constexpr int OverMinutesAfterEnd = 30;

    People people = People::Attended;
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
    // No condition beyond the people and the webinar: the webinars' counters
    // answer how many rows there are.
    bool onlyPeopleAndWebinar() const;

    // The rows are registrations (the `registrants` view) rather than attendees.
    bool readsRegistrations() const
    {
        return people == People::Registered || people == People::NoShows;
    }
    // The table or view to select from, under alias `a`.
    QString source() const
    {
        return readsRegistrations() ? QStringLiteral("registrants") : QStringLiteral("attendees");
    }
    // A condition over webinars under alias `w`, with one bind (overCutoff()):
    // the session is over, so who did not come is a no-show.
    static QString sessionOverSql();
    static QString overCutoff(); // now minus OverMinutesAfterEnd, ISO 8601 UTC
    // The names people read in the window and the command line
    // (attended, registered, no-shows, walk-ins).
    static QString peopleKeyword(People people);
    static bool peopleFromKeyword(const QString &keyword, People *people);

    // Columns a term may name, as typed by the user.
    static QStringList columnKeywords();

private:
    static QStringList tokenize(const QString &text);
};

} // namespace hookdesk
