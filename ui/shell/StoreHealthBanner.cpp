// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/StoreHealthBanner.h"

#include "store/StoreWriter.h"

namespace hookdesk {

StoreHealthBanner::StoreHealthBanner(StoreWriter *writer, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("storeHealthBanner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(12, 8, 12, 8);
    setStyleSheet(QStringLiteral("QLabel#storeHealthBanner { background: #b3261e; color: white; }"));
    setAccessibleName(tr("Database problem"));
    hide();
    if (writer) {
        connect(writer, &StoreWriter::storeFailed, this, &StoreHealthBanner::showFailure);
        connect(writer, &StoreWriter::storeRecovered, this, &StoreHealthBanner::showRecovered);
    }
}

void StoreHealthBanner::showFailure(const QString &message)
{
    //: %1 is SQLite's own message, e.g. "database or disk is full".
    setText(tr("<b>HookDesk cannot save attendees right now:</b> %1.<br>"
               "TagMango's calls are answered “503, retry later”, so nothing is lost if the sender "
               "retries. Free some disk space or check that the database file is writable; "
               "HookDesk resumes by itself.")
                    .arg(message.toHtmlEscaped()));
    show();
}

void StoreHealthBanner::showRecovered()
{
    hide();
}

} // namespace hookdesk
