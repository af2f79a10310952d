// SPDX-License-Identifier: MIT
#pragma once

#include "model/types.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace runledger {

struct RejectedLine {
    qint64 line = 0;
    QString reason;
};

// What one file contributed to an import. `lines` counts physical lines read
// this time (blank and console lines included, a pending tail excluded).
struct FileReport {
    QString path;
    FileKind kind = FileKind::Unknown;
    qint64 lines = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 skipped = 0; // console lines between structured JSON lines
    qint64 blank = 0;
    qint64 pendingBytes = 0;
    qint64 bytesRead = 0;
    bool unchanged = false;            // nothing new since the last import
    bool restarted = false;            // truncated or rewritten since the last import: read again
    QList<RejectedLine> rejectedLines; // capped at kMaxRejectedLinesListed
    qint64 rejectedNotListed = 0;
    QStringList notes;  // e.g. zone-less timestamps, metadata fields ignored
    QString error;      // the file failed as a whole: nothing of it was kept
    QString skipReason; // unknown kind: why it was not imported
    // Not a file that was read but a folder that could not be listed or a link
    // that could not be followed; `error` says why.
    bool unreadable = false;
};

struct ImportTotals {
    qint64 files = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 skippedFiles = 0;
    qint64 failedFiles = 0;
    qint64 unreadablePaths = 0; // folders and links that could not be read
    qint64 bytes = 0;
};

struct ImportReport {
    QList<FileReport> files;
    ImportTotals totals;
    double seconds = 0;
    bool cancelled = false;
    QStringList missingPaths; // inputs that do not exist
    QString error;            // the import could not run at all (database)
};

struct ImportProgress {
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 linesDone = 0;
    QString currentFile;
};

constexpr int kMaxRejectedLinesListed = 10000;

} // namespace runledger

Q_DECLARE_METATYPE(runledger::ImportProgress)
Q_DECLARE_METATYPE(runledger::ImportReport)
