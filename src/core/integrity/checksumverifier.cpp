// SPDX-License-Identifier: MIT
#include "checksumverifier.h"

#include "sha256file.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <mutex>
#include <thread>

namespace runledger {

QString verifyStatusName(VerifyStatus s) {
    switch (s) {
    case VerifyStatus::Ok:
        return QStringLiteral("ok");
    case VerifyStatus::Mismatch:
        return QStringLiteral("mismatch");
    case VerifyStatus::Unreadable:
        return QStringLiteral("unreadable");
    case VerifyStatus::InvalidChecksum:
        return QStringLiteral("invalid_checksum");
    case VerifyStatus::Missing:
        break;
    }
    return QStringLiteral("missing");
}

std::optional<QString> ChecksumVerifier::normalizeChecksum(const QString& recorded) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    QString value = recorded.trimmed();
    if (value.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        value = value.mid(7);
    else if (value.contains(QLatin1Char(':')))
        return std::nullopt; // another algorithm, e.g. md5:
    if (!hex.match(value).hasMatch())
        return std::nullopt;
    return value.toLower();
}

std::optional<PathMapping> ChecksumVerifier::parseMapping(const QString& text) {
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1)
        return std::nullopt;
    return PathMapping{text.left(eq), text.mid(eq + 1)};
}

std::optional<QString> ChecksumVerifier::mappedPath(const QString& recorded,
                                                    const QList<PathMapping>& mappings) {
    if (!QDir::isAbsolutePath(recorded))
        return std::nullopt;
    const PathMapping* best = nullptr;
    for (const PathMapping& m : mappings) {
        const QString from = QDir::cleanPath(m.from);
        const bool matches = recorded == from || recorded.startsWith(from + QLatin1Char('/'));
        if (matches && (!best || from.size() > QDir::cleanPath(best->from).size()))
            best = &m;
    }
    if (!best)
        return std::nullopt;
    return QDir::cleanPath(best->to + recorded.mid(QDir::cleanPath(best->from).size()));
}

QStringList ChecksumVerifier::candidatePaths(const QString& recorded, const QString& metadataFile,
                                             const QList<PathMapping>& mappings) {
    QStringList out;
    if (QDir::isAbsolutePath(recorded)) {
        if (const std::optional<QString> mapped = mappedPath(recorded, mappings))
            out << *mapped;
        out << QDir::cleanPath(recorded);
        return out;
    }
    // The metadata's folder, then its ancestors up to the experiment folder
    // (worked out on the path text: the folders need not exist).
    const QString start = QDir::cleanPath(QFileInfo(metadataFile).absolutePath());
    QString experiment;
    for (QString up = start; !up.isEmpty() && up != QLatin1String("/"); up = QFileInfo(up).path()) {
        if (QFileInfo(up).fileName() == QLatin1String("outputs")) {
            experiment = QFileInfo(up).path();
            break;
        }
    }
    QString dir = start;
    for (int guard = 0; guard < 64; ++guard) {
        out << QDir::cleanPath(dir + QLatin1Char('/') + recorded);
        if (experiment.isEmpty() || dir == experiment || dir == QLatin1String("/"))
            break;
        dir = QFileInfo(dir).path();
    }
    return out;
}

namespace {

// Run keys per query of a VerifyScope::Runs (well below every database's
// limit on bound values).
constexpr qsizetype kKeysPerQuery = 500;
// Files verified between two stores of the results.
constexpr qsizetype kFilesPerSlice = 64;

// The data sources of the runs `where` selects (on runs r), then their
// config output checksums, ordered by run start, run and path.
QString targetsSql(const QString& where) {
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" AND ") + where;
    return QStringLiteral(
               "SELECT d.run_ref, e.experiment_id, r.run_id, d.path, d.recorded_checksum, "
               "f.path, NULL, r.started_us FROM data_sources d JOIN runs r ON r.id = d.run_ref "
               "LEFT JOIN experiments e ON e.id = r.experiment_ref "
               "LEFT JOIN run_metadata m ON m.run_ref = d.run_ref "
               "LEFT JOIN source_files f ON f.id = m.file_ref WHERE 1 = 1%1 "
               "UNION ALL SELECT o.run_ref, e.experiment_id, r.run_id, 'output:config', "
               "o.checksum, NULL, e.folder, r.started_us FROM output_checksums o "
               "JOIN runs r ON r.id = o.run_ref JOIN experiments e ON e.id = r.experiment_ref "
               "WHERE o.label = 'config' AND coalesce(e.folder, '') <> ''%1 "
               "ORDER BY 8, 3, 4")
        .arg(filter);
}

bool appendTargets(QSqlDatabase& db, const QString& where, const QVariantList& values,
                   const QList<PathMapping>& mappings, QList<VerifyTarget>* out, QString* error) {
    QSqlQuery q(db);
    q.prepare(targetsSql(where));
    for (int branch = 0; branch < 2; ++branch) {
        for (const QVariant& v : values)
            q.addBindValue(v);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        VerifyTarget t;
        t.runKey = q.value(0).toLongLong();
        t.experimentId = q.value(1).toString();
        t.runId = q.value(2).toString();
        t.path = q.value(3).toString();
        t.recorded = q.value(4).toString();
        t.candidates =
            q.value(6).isNull()
                ? ChecksumVerifier::candidatePaths(t.path, q.value(5).toString(), mappings)
                : QStringList{
                      QDir::cleanPath(q.value(6).toString() + QStringLiteral("/config.yaml"))};
        out->append(t);
    }
    return true;
}

} // namespace

int VerifyTotals::total() const {
    int sum = 0;
    for (const int n : files)
        sum += n;
    return sum;
}

std::optional<VerifyStatus> verifyStatusFromName(const QString& name) {
    for (const VerifyStatus s : kVerifyStatuses) {
        if (verifyStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QList<VerifyTarget> ChecksumVerifier::targets(QSqlDatabase& db, const VerifyScope& scope,
                                              const QList<PathMapping>& mappings, QString* error) {
    QList<VerifyTarget> out;
    switch (scope.kind) {
    case VerifyScope::Kind::All:
        appendTargets(db, QString(), {}, mappings, &out, error);
        break;
    case VerifyScope::Kind::Experiment:
        appendTargets(db, QStringLiteral("r.experiment_ref = ?"), {scope.experimentKey}, mappings,
                      &out, error);
        break;
    case VerifyScope::Kind::Runs: {
        QList<qint64> keys = scope.runKeys;
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (qsizetype from = 0; from < keys.size(); from += kKeysPerQuery) {
            QVariantList values;
            for (const qint64 k : keys.mid(from, kKeysPerQuery))
                values << k;
            QStringList marks(values.size(), QStringLiteral("?"));
            if (!appendTargets(db, QStringLiteral("r.id IN (%1)").arg(marks.join(QLatin1Char(','))),
                               values, mappings, &out, error))
                break;
        }
        break;
    }
    }
    return out;
}

QString ChecksumVerifier::resolve(const QStringList& candidates) {
    for (const QString& c : candidates) {
        if (QFileInfo(c).exists()) // follows symlinks: a dangling link is missing
            return c;
    }
    return candidates.value(0);
}

VerifyResult ChecksumVerifier::verifyOne(const VerifyTarget& t, qint64 nowUs,
                                         const std::atomic_bool* cancel) {
    VerifyResult r;
    r.runKey = t.runKey;
    r.experimentId = t.experimentId;
    r.runId = t.runId;
    r.path = t.path;
    r.verifiedAtUs = nowUs;
    const std::optional<QString> expected = normalizeChecksum(t.recorded);
    r.expected = expected.value_or(t.recorded);
    r.resolvedPath = resolve(t.candidates);
    const FileHash h = sha256File(r.resolvedPath, cancel);
    switch (h.outcome) {
    case FileHash::Outcome::Ok:
        r.actual = h.hex;
        if (!expected) {
            r.status = VerifyStatus::InvalidChecksum;
            r.detail = t.recorded.isEmpty()
                           ? QStringLiteral("no checksum was recorded")
                           : QStringLiteral("not a SHA-256 checksum (sha256:<64 hex>)");
        } else {
            r.status = *expected == h.hex ? VerifyStatus::Ok : VerifyStatus::Mismatch;
        }
        break;
    case FileHash::Outcome::Missing:
        r.status = expected ? VerifyStatus::Missing : VerifyStatus::InvalidChecksum;
        r.detail =
            expected ? QStringLiteral("no file at %1").arg(t.candidates.join(QStringLiteral(", ")))
                     : QStringLiteral("not a SHA-256 checksum, and the file is missing");
        break;
    case FileHash::Outcome::Cancelled:
        r.status = VerifyStatus::Unreadable;
        r.detail = h.detail;
        break;
    default:
        r.status = expected ? VerifyStatus::Unreadable : VerifyStatus::InvalidChecksum;
        r.detail = h.detail;
        break;
    }
    return r;
}

QList<VerifyResult>
ChecksumVerifier::verify(const QList<VerifyTarget>& targets, qint64 nowUs,
                         const std::atomic_bool* cancel,
                         const std::function<void(const VerifyProgress&)>& progress, int threads) {
    QList<VerifyResult> results(targets.size());
    std::atomic<qsizetype> next{0};
    std::mutex progressMutex;
    VerifyProgress state;
    state.filesTotal = static_cast<int>(targets.size());
    auto work = [&]() {
        for (;;) {
            const qsizetype i = next.fetch_add(1);
            if (i >= targets.size() || (cancel && cancel->load()))
                return;
            results[i] = verifyOne(targets.at(i), nowUs, cancel);
            std::lock_guard lock(progressMutex);
            ++state.filesDone;
            state.bytesDone += QFileInfo(results.at(i).resolvedPath).size();
            if (progress)
                progress(state);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::max(1, threads); ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    if (cancel && cancel->load()) {
        // Unfinished entries are not results.
        QList<VerifyResult> done;
        for (const VerifyResult& r : std::as_const(results)) {
            if (r.verifiedAtUs != 0 && r.detail != QLatin1String("cancelled"))
                done.append(r);
        }
        return done;
    }
    return results;
}

VerifySummary
ChecksumVerifier::verifyScope(QSqlDatabase& db, const VerifyScope& scope,
                              const QList<PathMapping>& mappings, const std::atomic_bool* cancel,
                              const std::function<void(const VerifyProgress&)>& progress,
                              bool keepOk, int threads) {
    VerifySummary summary;
    const QList<VerifyTarget> all = targets(db, scope, mappings, &summary.error);
    summary.filesTotal = static_cast<int>(all.size());
    if (!summary.error.isEmpty())
        return summary;
    QSet<qint64> runs;
    VerifyProgress before;
    before.filesTotal = summary.filesTotal;
    for (qsizetype from = 0; from < all.size(); from += kFilesPerSlice) {
        if (cancel && cancel->load())
            break;
        qint64 sliceBytes = 0;
        const QList<VerifyResult> slice = verify(
            all.mid(from, kFilesPerSlice), QDateTime::currentMSecsSinceEpoch() * 1000, cancel,
            [&](const VerifyProgress& p) {
                sliceBytes = p.bytesDone;
                if (progress)
                    progress({before.filesDone + p.filesDone, before.filesTotal,
                              before.bytesDone + p.bytesDone});
            },
            threads);
        const QString failed = store(db, slice);
        if (summary.storeError.isEmpty())
            summary.storeError = failed;
        for (const VerifyResult& r : slice) {
            summary.totals.add(r.status);
            runs.insert(r.runKey);
            if (keepOk || r.status != VerifyStatus::Ok)
                summary.results.append(r);
        }
        before.filesDone += static_cast<int>(slice.size());
        before.bytesDone += sliceBytes;
    }
    summary.runs = static_cast<int>(runs.size());
    summary.cancelled = cancel && cancel->load() && before.filesDone < summary.filesTotal;
    return summary;
}

QString ChecksumVerifier::store(QSqlDatabase& db, const QList<VerifyResult>& results) {
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO verification_results(run_ref, path, "
                             "resolved_path, expected, actual, status, detail, verified_at_us) "
                             "VALUES (?,?,?,?,?,?,?,?)"));
    for (const VerifyResult& r : results) {
        q.addBindValue(r.runKey);
        q.addBindValue(r.path);
        q.addBindValue(r.resolvedPath);
        q.addBindValue(r.expected);
        q.addBindValue(r.actual.isEmpty() ? QVariant() : QVariant(r.actual));
        q.addBindValue(verifyStatusName(r.status));
        q.addBindValue(r.detail.isEmpty() ? QVariant() : QVariant(r.detail));
        q.addBindValue(r.verifiedAtUs);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            db.rollback();
            return error;
        }
    }
    return db.commit() ? QString() : db.lastError().text();
}

QList<VerifyResult> ChecksumVerifier::stored(QSqlDatabase& db, qint64 runKey, QString* error) {
    QList<VerifyResult> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT v.run_ref, e.experiment_id, r.run_id, v.path, "
                             "v.resolved_path, v.expected, v.actual, v.status, v.detail, "
                             "v.verified_at_us FROM verification_results v JOIN runs r ON r.id = "
                             "v.run_ref LEFT JOIN experiments e ON e.id = r.experiment_ref WHERE "
                             "v.run_ref = ? ORDER BY v.path"));
    q.addBindValue(runKey);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        VerifyResult r;
        r.runKey = q.value(0).toLongLong();
        r.experimentId = q.value(1).toString();
        r.runId = q.value(2).toString();
        r.path = q.value(3).toString();
        r.resolvedPath = q.value(4).toString();
        r.expected = q.value(5).toString();
        r.actual = q.value(6).toString();
        r.status = verifyStatusFromName(q.value(7).toString()).value_or(VerifyStatus::Missing);
        r.detail = q.value(8).toString();
        r.verifiedAtUs = q.value(9).toLongLong();
        out.append(r);
    }
    return out;
}

} // namespace runledger
