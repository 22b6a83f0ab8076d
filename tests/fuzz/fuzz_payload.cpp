// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a webhook body: the parser answers ok or a precise error, never crashes.
#include "intake/PayloadParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const hookdesk::ParseResult result = hookdesk::PayloadParser().parse(body);
    if (result.ok) {
        // What is accepted is what the store relies on.
        if (result.attendee.email.isEmpty() || result.attendee.webinarId.isEmpty()
            || !hookdesk::PayloadParser::looksLikeEmail(result.attendee.email))
            std::abort();
        hookdesk::PayloadParser::isOpenableLink(result.attendee.recordingUrl);
    } else if ((result.status != 400 && result.status != 422) || result.error.isEmpty()) {
        std::abort();
    }
    return 0;
}
