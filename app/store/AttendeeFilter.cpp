// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeFilter.h"

#include "PhoneNumber.h"
#include "Records.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

namespace hookdesk {
namespace {

// lupdate sees this context too, so the .ts file and the lookup agree.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AttendeeFilter)
};

struct Column
{
    const char *keyword;
    const char *column;
};

// Keyword typed by the user -> column of attendees and of attendees_fts.
const Column textColumns[] = {
        {"name", "name"},
        {"email", "email"},
        {"phone", "phone"},
        {"webinar", "webinar_title"},
};

QString ftsPhrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The trigram index needs three characters (code points) to look anything up.
bool indexable(const QString &term)
{
    return term.toUcs4().size() >= 3;
}

// Digits, "+", "-", "." and parentheses only, with at least one digit.
bool phoneLike(const QString &term)
{
    bool digit = false;
    for (const QChar c : term) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digit = true;
        else if (c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('(')
                 && c != QLatin1Char(')') && c != QLatin1Char('.') && c != QLatin1Char(' '))
            return false;
    }
    return digit;
}

QString digitsOf(const QString &term)
{
    QString digits;
    for (const QChar c : term) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    return digits;
}

// E.164 has at most 15 digits; a trunk or international prefix adds two or so.
constexpr int MaxPhoneDigits = 18;

} // namespace

QStringList AttendeeFilter::columnKeywords()
{
    QStringList keywords;
    for (const Column &c : textColumns)
        keywords.append(QString::fromLatin1(c.keyword));
    keywords << QStringLiteral("id") << QStringLiteral("after") << QStringLiteral("before");
    return keywords;
}

QStringList AttendeeFilter::tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    bool quoted = false;
    bool hasToken = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            hasToken = true;
            continue;
        }
        if (c.isSpace() && !quoted) {
            if (hasToken)
                tokens.append(current);
            current.clear();
            hasToken = false;
            continue;
        }
        current.append(c);
        hasToken = true;
    }
    if (hasToken)
        tokens.append(current);
    return tokens;
}

bool AttendeeFilter::isEmpty() const
{
    return people == People::Attended && onlyPeopleAndWebinar() && webinarId.isEmpty();
}

bool AttendeeFilter::onlyPeopleAndWebinar() const
{
    return text.trimmed().isEmpty() && !receivedFrom.isValid() && !receivedUntil.isValid()
            && includeTestData;
}

QString AttendeeFilter::sessionOverSql()
{
    return QStringLiteral("(w.attendee_count > 0 OR w.ends_at < ?)");
}

QString AttendeeFilter::overCutoff()
{
    return isoTimestamp(Clock::currentDateTimeUtc().addSecs(-60 * OverMinutesAfterEnd));
}

QString AttendeeFilter::peopleKeyword(People people)
{
    switch (people) {
    case People::Attended:
        return QStringLiteral("attended");
    case People::Registered:
        return QStringLiteral("registered");
    case People::NoShows:
        return QStringLiteral("no-shows");
    case People::WalkIns:
        break;
    }
    return QStringLiteral("walk-ins");
}

bool AttendeeFilter::peopleFromKeyword(const QString &keyword, People *people)
{
    for (const People p : {People::Attended, People::Registered, People::NoShows, People::WalkIns}) {
        if (keyword == peopleKeyword(p)) {
            *people = p;
            return true;
        }
    }
    return false;
}

AttendeeFilter::Sql AttendeeFilter::toSql() const
{
    Sql sql;
    // Each condition carries its own binds so they stay in textual order.
    struct Condition
    {
        QString text;
        QVariantList binds;
    };
    QList<Condition> conditions;
    QStringList ftsPositive;  // phrases for one MATCH expression
    QStringList ftsNegative;
    Condition tailLikes;      // the same indexed terms as scans, for rows not yet indexed

    // Where the index cannot answer, a scan with hookdesk_contains, which
    // ignores case exactly as the index does (LIKE would do so for ASCII only,
    // and "ÄRGER" would be found by "ärger" only once indexed).
    auto likeCondition = [](const QString &term, const char *column, bool negate) {
        Condition c;
        QStringList likes;
        if (column) {
            likes.append(QStringLiteral("hookdesk_contains(%1, ?)").arg(QLatin1String(column)));
            c.binds.append(term);
        } else {
            for (const Column &col : textColumns) {
                likes.append(QStringLiteral("hookdesk_contains(%1, ?)").arg(QLatin1String(col.column)));
                c.binds.append(term);
            }
        }
        c.text = QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        if (negate)
            c.text.prepend(QStringLiteral("NOT "));
        return c;
    };

    // Registrations have no search index: every term is a scan there.
    const bool indexed = !readsRegistrations();
    auto addText = [&](const QString &term, const char *column, bool negate) {
        if (!indexed || !indexable(term)) {
            conditions.append(likeCondition(term, column, negate));
            return;
        }
        const QString phrase = column
                ? QStringLiteral("%1 : %2").arg(QLatin1String(column), ftsPhrase(term))
                : ftsPhrase(term);
        (negate ? ftsNegative : ftsPositive).append(phrase);
        const Condition like = likeCondition(term, column, negate);
        if (!tailLikes.text.isEmpty())
            tailLikes.text += QStringLiteral(" AND ");
        tailLikes.text += like.text;
        tailLikes.binds += like.binds;
    };

    static const QString watermark = QStringLiteral("(SELECT last_indexed_id FROM search_index_state)");

    // One term as a condition of its own (index for indexed rows, scan for the
    // tail), for terms that are OR-ed with a phone match.
    auto standaloneText = [&](const QString &term, const char *column) {
        Condition like = likeCondition(term, column, false);
        if (!indexed || !indexable(term))
            return like;
        Condition c;
        c.text = QStringLiteral("((id <= %1 AND id IN (SELECT rowid FROM attendees_fts WHERE "
                                "attendees_fts MATCH ?)) OR (id > %1 AND %2))")
                         .arg(watermark, like.text);
        c.binds.append(column ? QStringLiteral("%1 : %2").arg(QLatin1String(column), ftsPhrase(term))
                              : ftsPhrase(term));
        c.binds += like.binds;
        return c;
    };

    // `words` are what the user typed (one or several adjacent words); the
    // text match stays as it was (each word, AND), the phone match is added.
    auto addPhone = [&](const QStringList &words, const char *column, bool negate) {
        const QString joined = words.join(QLatin1Char(' '));
        QStringList parts;
        QVariantList binds;
        for (const QString &word : words) {
            const Condition c = standaloneText(word, column);
            parts.append(c.text);
            binds += c.binds;
        }
        QString sqlText = parts.size() == 1
                ? parts.first()
                : QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        const QString e164 = PhoneNumber::toE164(joined, phoneRegion);
        if (!e164.isEmpty()) {
            sqlText += QStringLiteral(" OR phone_e164 = ?");
            binds.append(e164);
        }
        QString digits = digitsOf(joined);
        while (digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        if (digits.size() >= MinPhoneDigits) {
            sqlText += QStringLiteral(" OR phone_e164 LIKE ?");
            binds.append(QLatin1Char('%') + digits);
        }
        sqlText = QLatin1Char('(') + sqlText + QLatin1Char(')');
        if (negate)
            sqlText.prepend(QStringLiteral("NOT "));
        conditions.append({sqlText, binds});
    };
    auto isPhoneTerm = [](const QString &joined) {
        const qsizetype digits = digitsOf(joined).size();
        return phoneLike(joined) && digits >= MinPhoneDigits && digits <= MaxPhoneDigits;
    };

    QStringList tokens = tokenize(text);
    tokens.removeAll(QString());
    if (tokens.size() > MaxTerms) {
        sql.error = Text::tr("the filter has %n terms; at most %1 are allowed", nullptr,
                             int(tokens.size()))
                            .arg(MaxTerms);
        return sql;
    }
    if (text.size() > MaxTextLength) {
        sql.error = Text::tr("the filter is %n characters long; at most %1 are allowed", nullptr,
                             int(text.size()))
                            .arg(MaxTextLength);
        return sql;
    }
    QDate firstDay, endDay;     // the days the after:/before: terms leave: [firstDay, endDay)
    QString firstTerm, endTerm; // as typed, for the error
    for (qsizetype at = 0; at < tokens.size(); ++at) {
        QString token = tokens.at(at);
        if (token.isEmpty())
            continue; // a stray quote: nothing to look for
        // Adjacent words of a phone number typed with spaces: 099422 31962.
        if (phoneLike(token) && !token.startsWith(QLatin1Char('-'))) {
            qsizetype end = at + 1;
            while (end < tokens.size() && phoneLike(tokens.at(end))
                   && !tokens.at(end).startsWith(QLatin1Char('+'))
                   && !tokens.at(end).startsWith(QLatin1Char('-')))
                ++end;
            // The longest run starting here that reads as one phone number.
            for (; end > at + 1; --end) {
                const QStringList run = tokens.mid(at, end - at);
                if (isPhoneTerm(run.join(QLatin1Char(' '))))
                    break;
            }
            if (end > at + 1) {
                addPhone(tokens.mid(at, end - at), nullptr, false);
                at = end - 1;
                continue;
            }
        }
        bool negate = false;
        if (token.size() > 1 && token.startsWith(QLatin1Char('-'))) {
            negate = true;
            token.remove(0, 1);
        }
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const QString keyword = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1) : token;

        const Column *column = nullptr;
        for (const Column &c : textColumns) {
            if (keyword == QLatin1String(c.keyword))
                column = &c;
        }
        if (column) {
            const bool phoneColumn = qstrcmp(column->column, "phone") == 0;
            if (!value.isEmpty() && phoneColumn && isPhoneTerm(value))
                addPhone({value}, column->column, negate);
            else if (!value.isEmpty())
                addText(value, column->column, negate);
        } else if (keyword == QLatin1String("id")) {
            if (!value.isEmpty())
                conditions.append({negate ? QStringLiteral("webinar_id <> ?") : QStringLiteral("webinar_id = ?"),
                                   {value}});
        } else if (keyword == QLatin1String("after") || keyword == QLatin1String("before")) {
            const QDate day = QDate::fromString(value, Qt::ISODate);
            if (!day.isValid()) {
                sql.error = Text::tr("%1: expects a date like 2026-11-27").arg(keyword);
                return sql;
            }
            const bool after = keyword == QLatin1String("after");
            // after:X and -before:X keep X and later; before:X and -after:X, earlier days.
            if (after != negate) {
                if (!firstDay.isValid() || day > firstDay) {
                    firstDay = day;
                    firstTerm = negate ? QLatin1Char('-') + token : token;
                }
            } else if (!endDay.isValid() || day < endDay) {
                endDay = day;
                endTerm = negate ? QLatin1Char('-') + token : token;
            }
            conditions.append({after != negate ? QStringLiteral("first_received_at >= ?")
                                               : QStringLiteral("first_received_at < ?"),
                               {isoTimestamp(day.startOfDay(Qt::UTC))}});
        } else {
            // Not a keyword we know (e.g. a URL with "https:"): search it as text.
            if (isPhoneTerm(token))
                addPhone({token}, nullptr, negate);
            else
                addText(token, nullptr, negate);
        }
    }

    if (firstDay.isValid() && endDay.isValid() && firstDay >= endDay) {
        //: %1 and %2 are filter terms as typed, e.g. "after:2026-03-01" and "before:2026-02-01".
        sql.error = Text::tr("%1 is not earlier than %2: no day is left between them")
                            .arg(firstTerm, endTerm);
        return sql;
    }
    if (receivedFrom.isValid() && receivedUntil.isValid() && receivedFrom >= receivedUntil) {
        // receivedUntil is exclusive: the last day included is the day before.
        //: %1 and %2 are dates: the range's first and last day.
        sql.error = Text::tr("the date range starts on %1, after its last day %2")
                            .arg(receivedFrom.date().toString(Qt::ISODate),
                                 receivedUntil.addMSecs(-1).date().toString(Qt::ISODate));
        return sql;
    }

    if (!webinarId.isEmpty())
        conditions.append({QStringLiteral("webinar_id = ?"), {webinarId}});
    if (receivedFrom.isValid())
        conditions.append({QStringLiteral("first_received_at >= ?"), {isoTimestamp(receivedFrom)}});
    if (receivedUntil.isValid())
        conditions.append({QStringLiteral("first_received_at < ?"), {isoTimestamp(receivedUntil)}});
    if (!includeTestData)
        conditions.append({QStringLiteral("is_test = 0"), {}});
    switch (people) {
    case People::Attended:
    case People::Registered:
        break;
    case People::WalkIns:
        // attendees.registered, kept by triggers (schema 8), has a partial index.
        conditions.append({QStringLiteral("a.registered = 0"), {}});
        break;
    case People::NoShows:
        // registrations.attended, kept by triggers (schema 8), has a partial index by name.
        conditions.append({QStringLiteral("a.attended = 0 "
                                          // "+": no index for this term, so that an order's
                                          // index walks the rows instead of a sort of them.
                                          "AND +a.webinar_id IN (SELECT w.webinar_id FROM webinars w WHERE %1)")
                                   .arg(sessionOverSql()),
                           {overCutoff()}});
        break;
    }

    // The fast-path parts: the other conditions alone, and the index's MATCH
    // expression (valid once the index covers every attendee).
    QStringList restParts;
    for (const Condition &c : conditions) {
        restParts.append(c.text);
        sql.restBinds += c.binds;
    }
    if (!ftsPositive.isEmpty()) {
        sql.match = ftsPositive.join(QStringLiteral(" AND "));
        if (!ftsNegative.isEmpty())
            sql.match += QStringLiteral(" NOT (") + ftsNegative.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    } else if (!ftsNegative.isEmpty()) {
        // FTS5 cannot start with NOT: exclude the matches instead.
        restParts.prepend(QStringLiteral("id NOT IN (SELECT rowid FROM attendees_fts WHERE attendees_fts MATCH ?)"));
        sql.restBinds.prepend(ftsNegative.join(QStringLiteral(" OR ")));
    }
    sql.rest = restParts.join(QStringLiteral(" AND "));

    sql.usesSearchIndex = !ftsPositive.isEmpty() || !ftsNegative.isEmpty();
    if (sql.usesSearchIndex) {
        // Indexed rows are answered by the index; the few rows the writer has not
        // indexed yet (right after a burst) by a scan of the same terms.
        Condition search;
        if (!ftsPositive.isEmpty()) {
            QString match = ftsPositive.join(QStringLiteral(" AND "));
            if (!ftsNegative.isEmpty())
                match += QStringLiteral(" NOT (") + ftsNegative.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            search.text = QStringLiteral("((id <= %1 AND id IN (SELECT rowid FROM attendees_fts "
                                       "WHERE attendees_fts MATCH ?))").arg(watermark);
            search.binds.append(match);
        } else {
            search.text = QStringLiteral("((id <= %1 AND id NOT IN (SELECT rowid FROM attendees_fts "
                                       "WHERE attendees_fts MATCH ?))").arg(watermark);
            search.binds.append(ftsNegative.join(QStringLiteral(" OR ")));
        }
        search.text += QStringLiteral(" OR (id > %1 AND %2))").arg(watermark, tailLikes.text);
        search.binds += tailLikes.binds;
        conditions.prepend(search);
    }
    QStringList parts;
    for (const Condition &c : conditions) {
        parts.append(c.text);
        sql.binds += c.binds;
    }
    sql.where = parts.join(QStringLiteral(" AND "));
    return sql;
}

} // namespace hookdesk
