// SPDX-License-Identifier: MIT
#include "model/components.h"

#include <openssl/crypto.h>
#include <simdjson.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace runledger {

QList<Component> components() {
    return {
        {QStringLiteral("RunLedger"), QStringLiteral(RUNLEDGER_VERSION), QStringLiteral("MIT")},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        // Qt Charts is not offered under the LGPL.
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()),
         QStringLiteral("GPL-3.0-only")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
         QStringLiteral("public domain")},
        {QStringLiteral("simdjson"),
         QStringLiteral("%1.%2.%3")
             .arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
             .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
             .arg(int(simdjson::SIMDJSON_VERSION_REVISION)),
         QStringLiteral("Apache-2.0 OR MIT")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         QStringLiteral("Apache-2.0")},
    };
}

} // namespace runledger
