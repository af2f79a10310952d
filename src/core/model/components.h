// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace runledger {

// A library RunLedger is built on, with the version it runs with (the
// run-time version where the library reports one) and its licence.
struct Component {
    QString name;
    QString version;
    QString license; // an SPDX expression, or "public domain"
};

// RunLedger itself first, then Qt, Qt Charts, SQLite, simdjson and OpenSSL.
QList<Component> components();

} // namespace runledger
