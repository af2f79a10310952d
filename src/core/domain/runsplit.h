// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace runledger {

// Splits runs whose records name more than one experiment (stored before
// runs were keyed by experiment and run id) into one run per experiment,
// inside the caller's transaction. Events, structured entries and cost
// records follow the experiment they name; the metadata, with its
// configuration, checksums and verification results, follows the metadata's
// experiment; LLM calls follow the experiment folder of their file, else the
// run whose time span holds them. The runs involved are derived again.
// Returns an empty string or the error.
QString splitRunsAcrossExperiments(QSqlDatabase& db);

} // namespace runledger
