// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendeeFilter.h"

#include "Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

namespace hookdesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AttendeeFilter", text);
}

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

QString likePattern(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The trigram index needs three characters (code points) to look anything up.
bool indexable(const QString &term)
{
    return term.toUcs4().size() >= 3;
}

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
    return text.trimmed().isEmpty() && webinarId.isEmpty() && !receivedFrom.isValid()
            && !receivedUntil.isValid() && includeTestData;
}

AttendeeFilter::Sql AttendeeFilter::toSql() const
{
    Sql sql;
    QStringList conditions;
    QStringList ftsTerms;      // combined into one MATCH expression
    QStringList ftsNegated;

    auto addText = [&](const QString &term, const char *column, bool negate) {
        if (indexable(term)) {
            const QString expression = column
                    ? QStringLiteral("%1 : %2").arg(QLatin1String(column), ftsPhrase(term))
                    : ftsPhrase(term);
            (negate ? ftsNegated : ftsTerms).append(expression);
            return;
        }
        QStringList columns;
        if (column) {
            columns.append(QLatin1String(column));
        } else {
            for (const Column &c : textColumns)
                columns.append(QLatin1String(c.column));
        }
        QStringList likes;
        for (const QString &name : columns) {
            likes.append(name + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            sql.binds.append(likePattern(term));
        }
        const QString any = QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        conditions.append(negate ? QStringLiteral("NOT ") + any : any);
    };

    auto parseDay = [&](const QString &value, const QString &keyword, QDateTime *out) {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!day.isValid()) {
            sql.error = tr("%1: expects a date like 2026-11-27").arg(keyword);
            return false;
        }
        *out = day.startOfDay(Qt::UTC);
        return true;
    };

    for (QString token : tokenize(text)) {
        if (token.isEmpty())
            continue; // a stray quote: nothing to look for
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
            if (!value.isEmpty())
                addText(value, column->column, negate);
        } else if (keyword == QLatin1String("id")) {
            if (!value.isEmpty()) {
                conditions.append(negate ? QStringLiteral("webinar_id <> ?")
                                         : QStringLiteral("webinar_id = ?"));
                sql.binds.append(value);
            }
        } else if (keyword == QLatin1String("after") || keyword == QLatin1String("before")) {
            QDateTime when;
            if (!parseDay(value, keyword, &when))
                return sql;
            const bool after = keyword == QLatin1String("after");
            conditions.append(after != negate ? QStringLiteral("first_received_at >= ?")
                                              : QStringLiteral("first_received_at < ?"));
            sql.binds.append(isoTimestamp(when));
        } else {
            // Not a keyword we know (e.g. a URL with "https:"): search it as text.
            addText(token, nullptr, negate);
        }
    }

    QString match = ftsTerms.join(QStringLiteral(" AND "));
    if (!ftsNegated.isEmpty()) {
        if (match.isEmpty()) {
            // FTS5 cannot start with NOT: exclude the matches instead.
            conditions.append(QStringLiteral(
                    "id NOT IN (SELECT rowid FROM attendees_fts WHERE attendees_fts MATCH ?)"));
            sql.binds.append(ftsNegated.join(QStringLiteral(" OR ")));
        } else {
            match += QStringLiteral(" NOT (") + ftsNegated.join(QStringLiteral(" OR "))
                    + QLatin1Char(')');
        }
    }
    if (!webinarId.isEmpty()) {
        conditions.append(QStringLiteral("webinar_id = ?"));
        sql.binds.append(webinarId);
    }
    if (receivedFrom.isValid()) {
        conditions.append(QStringLiteral("first_received_at >= ?"));
        sql.binds.append(isoTimestamp(receivedFrom));
    }
    if (receivedUntil.isValid()) {
        conditions.append(QStringLiteral("first_received_at < ?"));
        sql.binds.append(isoTimestamp(receivedUntil));
    }
    if (!includeTestData)
        conditions.append(QStringLiteral("is_test = 0"));

    sql.match = match;
    sql.rest = conditions.join(QStringLiteral(" AND "));
    sql.restBinds = sql.binds;
    if (!match.isEmpty()) {
        conditions.prepend(QStringLiteral(
                "id IN (SELECT rowid FROM attendees_fts WHERE attendees_fts MATCH ?)"));
        sql.binds.prepend(match);
    }
    sql.where = conditions.join(QStringLiteral(" AND "));
    return sql;
}

} // namespace hookdesk
