// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <optional>

namespace runledger {

enum class VerifyStatus { Ok, Mismatch, Missing, Unreadable, InvalidChecksum };
// Every status, in the order in which totals list them.
inline constexpr std::array<VerifyStatus, 5> kVerifyStatuses = {
    VerifyStatus::Ok, VerifyStatus::Mismatch, VerifyStatus::Missing, VerifyStatus::Unreadable,
    VerifyStatus::InvalidChecksum};
// "ok", "mismatch", "missing", "unreadable", "invalid_checksum".
QString verifyStatusName(VerifyStatus s);
std::optional<VerifyStatus> verifyStatusFromName(const QString& name);

// A recorded path prefix from another machine and the local folder it is at now.
struct PathMapping {
    QString from, to;
    bool operator==(const PathMapping&) const = default;
};

// Which runs to verify: the given ones, an experiment's, or all.
struct VerifyScope {
    enum class Kind { All, Runs, Experiment };
    Kind kind = Kind::All;
    QList<qint64> runKeys; // Kind::Runs
    qint64 experimentKey = 0;

    static VerifyScope all() { return {}; }
    static VerifyScope runs(const QList<qint64>& keys) { return {Kind::Runs, keys, 0}; }
    static VerifyScope experiment(qint64 key) { return {Kind::Experiment, {}, key}; }
};

// One data file of one run to check.
struct VerifyTarget {
    qint64 runKey = 0;
    QString experimentId;
    QString runId;
    QString path;           // as recorded
    QString recorded;       // the recorded checksum, as written
    QStringList candidates; // where the file may be, in order
};

struct VerifyResult {
    qint64 runKey = 0;
    QString experimentId, runId, path, resolvedPath;
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

// Files per status.
struct VerifyTotals {
    std::array<int, kVerifyStatuses.size()> files{};

    void add(VerifyStatus s) { ++files[static_cast<size_t>(s)]; }
    int count(VerifyStatus s) const { return files[static_cast<size_t>(s)]; }
    int total() const;
    int problems() const { return total() - count(VerifyStatus::Ok); }
};

// What verifying a scope did. A cancelled verification has checked (and
// stored) only some of the scope's files.
struct VerifySummary {
    VerifyTotals totals;
    int runs = 0;       // runs with at least one file checked
    int filesTotal = 0; // files of the scope
    bool cancelled = false;
    QString error;      // the targets could not be read: nothing was verified
    QString storeError; // the first slice of results that could not be stored
    // Every result, or only those that are not ok (see verifyScope).
    QList<VerifyResult> results;
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

    // The data sources of the scope's runs, and for each run that recorded a
    // "config" output checksum its experiment's config.yaml (path
    // "output:config"), in run start order.
    static QList<VerifyTarget> targets(QSqlDatabase& db, const VerifyScope& scope,
                                       const QList<PathMapping>& mappings, QString* error);
    // One run (runKey > 0) or all runs.
    static QList<VerifyTarget> targets(QSqlDatabase& db, qint64 runKey,
                                       const QList<PathMapping>& mappings, QString* error) {
        return targets(db, runKey > 0 ? VerifyScope::runs({runKey}) : VerifyScope::all(), mappings,
                       error);
    }
    // Hashes on `threads` threads; returns results in the targets' order.
    static QList<VerifyResult>
    verify(const QList<VerifyTarget>& targets, qint64 nowUs,
           const std::atomic_bool* cancel = nullptr,
           const std::function<void(const VerifyProgress&)>& progress = {}, int threads = 2);
    static VerifyResult verifyOne(const VerifyTarget& target, qint64 nowUs,
                                  const std::atomic_bool* cancel = nullptr);
    // Verifies the scope's targets and stores the results slice by slice as
    // they are done (each with the time it was checked), so that a cancelled
    // or interrupted verification keeps what it checked. `progress` is called
    // on the hashing threads, one call at a time. keepOk = false keeps only
    // the results that are not ok in the summary.
    static VerifySummary
    verifyScope(QSqlDatabase& db, const VerifyScope& scope, const QList<PathMapping>& mappings,
                const std::atomic_bool* cancel = nullptr,
                const std::function<void(const VerifyProgress&)>& progress = {}, bool keepOk = true,
                int threads = 2);
    // Stores (replaces) results with their time; returns an empty string or the error.
    static QString store(QSqlDatabase& db, const QList<VerifyResult>& results);
    static QList<VerifyResult> stored(QSqlDatabase& db, qint64 runKey, QString* error);
};

} // namespace runledger

Q_DECLARE_METATYPE(runledger::VerifySummary)
