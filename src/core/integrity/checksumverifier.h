// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace runledger {

enum class VerifyStatus { Ok, Mismatch, Missing, Unreadable, InvalidChecksum };
QString verifyStatusName(VerifyStatus s);

// A recorded path prefix from another machine and the local folder it is at now.
struct PathMapping {
    QString from, to;
    bool operator==(const PathMapping&) const = default;
};

// One data file of one run to check.
struct VerifyTarget {
    qint64 runKey = 0;
    QString runId;
    QString path;           // as recorded
    QString recorded;       // the recorded checksum, as written
    QStringList candidates; // where the file may be, in order
};

struct VerifyResult {
    qint64 runKey = 0;
    QString runId, path, resolvedPath;
    QString expected; // normalised (lower-case hex) when valid, else as recorded
    QString actual;   // lower-case hex when the file could be read
    VerifyStatus status = VerifyStatus::Missing;
    QString detail;
    qint64 verifiedAtUs = 0;
};

struct VerifyProgress {
    int filesDone = 0, filesTotal = 0;
    qint64 bytesDone = 0;
};

// Re-hashes the data files recorded in run metadata and compares them with the
// recorded SHA-256. Paths resolve as the input spec says: relative ones against
// the metadata file's folder and its ancestors up to the experiment folder
// (the parent of outputs/), absolute ones through the user's prefix mappings.
class ChecksumVerifier {
public:
    // "sha256:<64 hex>" or a bare 64-hex value, any case; nullopt otherwise.
    static std::optional<QString> normalizeChecksum(const QString& recorded);
    static QStringList candidatePaths(const QString& recorded, const QString& metadataFile,
                                      const QList<PathMapping>& mappings);
    // An absolute path through the mapping with the longest matching prefix;
    // nullopt for a relative path or when no mapping matches.
    static std::optional<QString> mappedPath(const QString& recorded,
                                             const QList<PathMapping>& mappings);
    // The first candidate that exists, else the first (where the file belongs).
    static QString resolve(const QStringList& candidates);
    // Parses "FROM=TO".
    static std::optional<PathMapping> parseMapping(const QString& text);

    // The data sources of one run (runKey > 0) or all runs.
    static QList<VerifyTarget> targets(QSqlDatabase& db, qint64 runKey,
                                       const QList<PathMapping>& mappings, QString* error);
    // Hashes on `threads` threads; returns results in the targets' order.
    static QList<VerifyResult>
    verify(const QList<VerifyTarget>& targets, qint64 nowUs,
           const std::atomic_bool* cancel = nullptr,
           const std::function<void(const VerifyProgress&)>& progress = {}, int threads = 2);
    static VerifyResult verifyOne(const VerifyTarget& target, qint64 nowUs,
                                  const std::atomic_bool* cancel = nullptr);
    // Stores (replaces) results with their time; returns an empty string or the error.
    static QString store(QSqlDatabase& db, const QList<VerifyResult>& results);
    static QList<VerifyResult> stored(QSqlDatabase& db, qint64 runKey, QString* error);
};

} // namespace runledger
