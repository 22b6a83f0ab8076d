// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireText.h"

namespace hookdesk {

QString WireText::translated(const QString &englishReason)
{
    if (englishReason.isEmpty())
        return englishReason;
    const QByteArray source = englishReason.toUtf8();
    const QString exact = QCoreApplication::translate("WireText", source.constData());
    if (exact != englishReason)
        return exact;
    static const char *const templates[] = {
            WireTemplate::BodyTooLarge,    WireTemplate::HeadersTooLarge,
            WireTemplate::TrailersTooLarge, WireTemplate::TooManyFields,
            WireTemplate::UnsupportedEncoding, WireTemplate::NotCompleted,
            WireTemplate::ConnectionLimit, WireTemplate::Shed,
    };
    for (const char *text : templates) {
        const QString pattern = QString::fromUtf8(text);
        const qsizetype at = pattern.indexOf(QLatin1String("%1"));
        const QString head = pattern.left(at);
        const QString tail = pattern.mid(at + 2);
        if (englishReason.size() > head.size() + tail.size() && englishReason.startsWith(head)
            && englishReason.endsWith(tail)) {
            const QString argument =
                    englishReason.mid(head.size(), englishReason.size() - head.size() - tail.size());
            return QCoreApplication::translate("WireText", text).arg(argument);
        }
    }
    return englishReason;
}

} // namespace hookdesk
