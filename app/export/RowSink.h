// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace hookdesk {

// What an exported cell holds; each file format writes it its own way.
enum class CellKind {
    Text,      // reads back exactly as stored: names, phones, IDs
    Number,    // a count
    Timestamp, // an instant as stored, ISO 8601 UTC ("2026-11-27T04:35:44.038Z")
    Link,      // a web address
};

struct SheetColumn
{
    QString title;
    CellKind kind = CellKind::Text;
    double width = 20; // in characters, where the format keeps widths
};

// Where AttendeeExporter streams its rows: a CSV file or a workbook.
class RowSink
{
public:
    virtual ~RowSink() = default;
    // The header row; called once, first.
    virtual void begin(const QList<SheetColumn> &columns) = 0;
    virtual void addCell(QByteArrayView utf8) = 0;
    // False once writing has failed.
    virtual bool endRow() = 0;
    virtual bool finish() = 0;
    virtual QString errorString() const = 0;
};

} // namespace hookdesk
