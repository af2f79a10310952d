// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace runledger {

// The schema history. Every version is one step applied in its own
// transaction; PRAGMA user_version records the version reached. This list is
// the only definition of the schema.
class Migrations {
public:
    static int latestVersion();
    // Current schema version of an open database (0 for an empty file).
    static int currentVersion(QSqlDatabase& db);
    // Brings the database to `target` (default: latest). Returns an empty
    // string on success, else the reason; the database stays at the last
    // version that applied completely.
    static QString migrate(QSqlDatabase& db, int target = -1);

private:
    static QString runSteps(QSqlDatabase& db, int current, int target);
};

} // namespace runledger
