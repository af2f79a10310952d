// SPDX-License-Identifier: MIT
#pragma once

#include "folderwalk.h"
#include "importreport.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace runledger {

class Database;

// Imports files and folders into an open database. Each file is one
// transaction: a file that fails (I/O error, cancel) leaves the database as
// it was before that file. Re-importing is incremental (only what was
// appended is read) and idempotent (records are deduplicated by content).
// Runs on the thread that owns `db`; parsing runs on one extra thread.
class Importer {
public:
    using ProgressFn = std::function<void(const ImportProgress&)>;

    explicit Importer(Database& db);

    void setProgressCallback(ProgressFn fn) { m_progress = std::move(fn); }
    // When set and true, the import stops: the current file rolls back.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

    ImportReport importPaths(const QStringList& paths);

    // Files a folder import would consider, in import order: rotated parts of
    // a stream before its current file, the main event log before debug.jsonl.
    // Folders that cannot be listed and links that cannot be followed go to
    // `unreadable`.
    static QStringList collectFiles(const QStringList& paths, QStringList* missing,
                                    QList<UnreadablePath>* unreadable = nullptr);

    // Experiment folder implied by the Persona layout (<name>/logs/<file> or
    // <name>/outputs/<run>/<file>), or an empty string.
    static QString experimentFolderOf(const QString& filePath);

    // Lines longer than this are rejected without being held in memory.
    static constexpr size_t kMaxLineBytes = 64u << 20;

private:
    struct Impl;
    Database& m_db;
    ProgressFn m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace runledger
