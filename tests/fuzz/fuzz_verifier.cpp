// SPDX-License-Identifier: GPL-3.0-or-later
// Any headers and body against a hook that demands a header secret and a
// Standard Webhooks signature: refused unless correctly signed, never a crash.
#include "intake/RequestVerifier.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using hookdesk::RequestVerifier;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Input: header lines "name: value\n", an empty line, then the body.
    const qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? input : input.left(split);
    const QByteArray body = split < 0 ? QByteArray() : input.mid(split + 2);
    RequestVerifier::Headers headers;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 1)});
    }
    hookdesk::VerificationPolicy policy;
    policy.headerName = "x-api-key";
    policy.headerSecret = "fuzz-secret";
    policy.hmacSecret = "whsec_" + QByteArray("fuzzing-signing-key-0123456789ab").toBase64();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    const auto result = RequestVerifier::verify(policy, headers, body, now);
    if (result.verdict == RequestVerifier::Verdict::Accepted) {
        // Only possible with the right header and a valid signature for this body.
        bool signedOk = false;
        for (const auto &h : headers) {
            if (h.first.trimmed().toLower() == "webhook-signature")
                signedOk = true;
        }
        if (!signedOk || result.webhookId.isEmpty())
            std::abort();
    } else if (result.reason.isEmpty()) {
        std::abort();
    }
    RequestVerifier::decodeSecret(input);
    return 0;
}
