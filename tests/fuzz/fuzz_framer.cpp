// SPDX-License-Identifier: GPL-3.0-or-later
// Any byte stream on a connection, in any split: the framer accepts, asks for
// more or refuses with an HTTP status; fed whole or in pieces it agrees.
#include "intake/HttpFramer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t step = 1 + data[0] % 17;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    const hookdesk::HttpFramer::Limits limits{1024, 4096, 100};

    hookdesk::HttpFramer whole(limits);
    const auto all = whole.feed(bytes, length);

    hookdesk::HttpFramer pieces(limits);
    QList<hookdesk::HttpRequest> requests;
    int rejected = 0;
    for (qsizetype at = 0; at < length && !rejected; at += qsizetype(step)) {
        const auto part = pieces.feed(bytes + at, qMin<qsizetype>(qsizetype(step), length - at));
        requests += part.requests;
        rejected = part.rejectStatus;
    }
    const int allowed[] = {0, 400, 413, 431, 501};
    bool known = false;
    for (int status : allowed)
        known = known || status == all.rejectStatus;
    if (!known || all.rejectStatus != rejected || requests.size() != all.requests.size())
        std::abort();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests[i].canonical() != all.requests[i].canonical())
            std::abort();
    }
    return 0;
}
