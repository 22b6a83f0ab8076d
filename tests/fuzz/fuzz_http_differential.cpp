// SPDX-License-Identifier: GPL-3.0-or-later
// HttpFramer against Qt 6.4's own request parser: every request the framer
// accepts, re-emitted canonically, must be read by Qt exactly as the framer read
// it. Any disagreement would let the two parsers frame one connection differently.
#include "HttpDifferential.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_http_differential";
    static char *argv[] = {name, nullptr};
    qputenv("QT_LOGGING_RULES", "qt.httpserver.warning=false");
    new QCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = hookdesk::test::httpDifferential(
            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "framer and Qt disagree: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
