// SPDX-License-Identifier: MIT
#pragma once

#include "integrity/checksumverifier.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace runledger {

// One data file as a JSON report records it.
struct ReportDataFile {
    QString path;         // as recorded in the run's metadata
    QString resolvedPath; // where the report's author found it; may be empty
    QString recorded;     // the recorded checksum, as written
};

// What verification needs from a JSON report.
struct ReportListing {
    QString experimentId, runId, generatedAt;
    QList<ReportDataFile> files;
};

// The report file against the "<report>.sha256" beside it (sha256sum format,
// as writeReport() writes it).
struct ReportChecksum {
    enum class Status { Ok, Absent, Mismatch, OtherFile, Malformed, Unreadable };
    Status status = Status::Absent;
    QString file;     // "<report>.sha256"
    QString expected; // the value the .sha256 gives for the report, when it names it
    QString actual;   // the report's SHA-256 (lower-case hex)
    QString detail;   // what is wrong, when something is
    // A .sha256 lies beside the report and does not vouch for it.
    bool problem() const { return status != Status::Ok && status != Status::Absent; }
};
// "ok", "absent", "mismatch", "other_file", "malformed", "unreadable".
QString reportChecksumStatusName(ReportChecksum::Status s);

struct ReportVerification {
    QString reportPath; // absolute
    ReportListing listing;
    ReportChecksum checksum;
    QList<VerifyResult> files; // in the report's order; only finished ones when cancelled
    bool cancelled = false;

    int count(VerifyStatus s) const;
    // Data files that do not verify, plus one when the .sha256 does not vouch
    // for the report.
    int problems() const;
};

// Re-checks, offline, a JSON report: the report against its .sha256, and every
// data file it lists against the checksum it records. Paths resolve as
// ChecksumVerifier resolves them, with the report file in the place of the
// run's metadata file; hashing is ChecksumVerifier's.
class ReportVerifier {
public:
    static constexpr qint64 kMaxReportBytes = qint64(64) << 20;
    static constexpr qint64 kMaxChecksumFileBytes = qint64(64) << 10;

    // The one place that reads a report's JSON. nullopt, with the reason, for
    // anything that is not a RunLedger run report.
    static std::optional<ReportListing> parse(const QByteArray& json, QString* error);
    // The report's bytes against "<reportPath>.sha256".
    static ReportChecksum checkChecksum(const QString& reportPath, const QByteArray& reportBytes);
    // Where a listed file may be, in order: the resolved and the recorded path
    // through the mappings, the resolved path as written, then the recorded
    // path (relative: against the report's folder and its ancestors up to the
    // experiment folder).
    static QStringList candidates(const ReportDataFile& file, const QString& reportPath,
                                  const QList<PathMapping>& mappings);
    // Reads the report and verifies it. Input that cannot be used (no such
    // file, not a regular file, over kMaxReportBytes, not JSON, not a
    // RunLedger report) gives nullopt and the reason.
    static std::optional<ReportVerification>
    verify(const QString& reportPath, const QList<PathMapping>& mappings, QString* error,
           const std::atomic_bool* cancel = nullptr,
           const std::function<void(const VerifyProgress&)>& progress = {});
};

} // namespace runledger
