// SPDX-License-Identifier: MIT
#pragma once

#include "importreport.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace runledger {

class BatchWriter;

// Imports one run's metadata.json: replaces what an earlier version of the
// same run's metadata stored, keeps every configuration key (extras marked),
// the environment, data sources with their recorded checksums as written
// (whatever their format), output checksums, errors and warnings. Runs inside
// the caller's transaction; reports into `report`.
class MetadataImporter {
public:
    MetadataImporter(QSqlDatabase& db, BatchWriter& writer);
    // Returns false when the file must be rejected as a whole (reason in the
    // report's rejectedLines with the line of the error); true otherwise.
    bool import(const QByteArray& content, qint64 fileRef, FileReport* report, QString* fatalError);

private:
    QSqlDatabase& m_db;
    BatchWriter& m_writer;
};

} // namespace runledger
