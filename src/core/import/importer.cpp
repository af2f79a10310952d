// SPDX-License-Identifier: MIT
#include "importer.h"

#include "importtext.h"

#include "batchwriter.h"
#include "domain/runderiver.h"
#include "fileparser.h"
#include "formatsniffer.h"
#include "hash64.h"
#include "metadataimporter.h"
#include "storage/callrollup.h"
#include "storage/database.h"
#include "storage/textsearch.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace runledger {

namespace {

constexpr qint64 kHeadFingerprintBytes = 4096;
constexpr qint64 kLongSniffBytes = 16 << 20;
constexpr qint64 kMaxMetadataBytes = 64 << 20;
// Below this size a bulk load keeps secondary indexes; above it, into an
// empty table, dropping and rebuilding them is cheaper.
constexpr qint64 kBulkLoadBytes = 8 << 20;

struct KnownFile {
    qint64 id = 0;
    FileKind kind = FileKind::Unknown;
    qint64 size = 0;
    qint64 mtimeUs = 0;
    qint64 headHash = 0;
    qint64 headLength = 0;
    qint64 consumedBytes = 0;
    qint64 consumedLines = 0;
    bool tailUnterminated = false;
    qint64 pendingBytes = 0;
    qint64 tailHash = 0; // fingerprint of the bytes just before consumedBytes
    qint64 tailLength = 0;
};

RowTable tableOf(FileKind kind) {
    switch (kind) {
    case FileKind::Structured:
        return RowTable::Structured;
    case FileKind::TokenUsage:
        return RowTable::LlmCalls;
    case FileKind::CostRecords:
        return RowTable::CostRecords;
    default:
        return RowTable::Events;
    }
}

qint64 fingerprint(const QByteArray& head) {
    Hash64 h;
    h.add(std::string_view(head.constData(), static_cast<size_t>(head.size())));
    return h.signedValue();
}

// Rotated parts ("experiment_20250914_080000.jsonl") sort before the current
// file of their stream, and the main event log before its debug copy, so that
// a stream imports in order and debug.jsonl is the one that shows duplicates.
QString sortKey(const QString& path) {
    static const QRegularExpression rotated(QStringLiteral("^(.*)_(\\d{8}_\\d{6})(\\.[^.]+)$"));
    const QFileInfo info(path);
    QString name = info.fileName();
    int priority = 2;
    const QRegularExpressionMatch m = rotated.match(name);
    if (m.hasMatch()) {
        priority = 0;
        name = m.captured(1) + m.captured(3) + QLatin1Char('@') + m.captured(2);
    } else if (name == QLatin1String("experiment.jsonl")) {
        priority = 1;
    }
    return info.path() + QLatin1Char('\x01') + QString::number(priority) + name;
}

bool isCandidateName(const QString& name) {
    static const QStringList suffixes = {QStringLiteral(".jsonl"), QStringLiteral(".json"),
                                         QStringLiteral(".ndjson"), QStringLiteral(".log")};
    for (const QString& s : suffixes) {
        if (name.endsWith(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

struct Importer::Impl {
    Database& db;
    sqlite3* handle;
    BatchWriter writer;
    QHash<QString, KnownFile> known;
    const std::atomic_bool* cancel;
    const ProgressFn& progress;
    ImportProgress state;
    SqliteStatement insertRejected;

    Impl(Database& database, const std::atomic_bool* cancelFlag, const ProgressFn& progressFn)
        : db(database)
        , handle(database.handle())
        , writer(database.handle())
        , cancel(cancelFlag)
        , progress(progressFn) {}

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    QString loadKnownFiles() {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral(
                "SELECT id, path, kind, size, mtime_us, head_hash, head_length, consumed_bytes, "
                "consumed_lines, tail_unterminated, pending_bytes, tail_hash, tail_length FROM "
                "source_files")))
            return q.lastError().text();
        while (q.next()) {
            KnownFile k;
            k.id = q.value(0).toLongLong();
            k.kind = static_cast<FileKind>(q.value(2).toInt());
            k.size = q.value(3).toLongLong();
            k.mtimeUs = q.value(4).toLongLong();
            k.headHash = q.value(5).toLongLong();
            k.headLength = q.value(6).toLongLong();
            k.consumedBytes = q.value(7).toLongLong();
            k.consumedLines = q.value(8).toLongLong();
            k.tailUnterminated = q.value(9).toBool();
            k.pendingBytes = q.value(10).toLongLong();
            k.tailHash = q.value(11).toLongLong();
            k.tailLength = q.value(12).toLongLong();
            known.insert(q.value(1).toString(), k);
        }
        return {};
    }

    void report(qint64 bytesInFile, qint64 lines) {
        if (!progress)
            return;
        ImportProgress p = state;
        p.bytesDone += bytesInFile;
        p.linesDone += lines;
        progress(p);
    }

    // Returns the source_files id, creating or updating its identity row.
    qint64 upsertSource(const QString& path, FileKind kind, const KnownFile& record,
                        const QString& experimentName, QString* error) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO source_files(path, kind, size, mtime_us, head_hash, head_length, "
            "consumed_bytes, consumed_lines, tail_unterminated, pending_bytes, experiment_name, "
            "imported_at_us, tail_hash, tail_length) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(path) DO UPDATE SET kind = excluded.kind, size = excluded.size, "
            "mtime_us = excluded.mtime_us, head_hash = excluded.head_hash, "
            "head_length = excluded.head_length, consumed_bytes = excluded.consumed_bytes, "
            "consumed_lines = excluded.consumed_lines, "
            "tail_unterminated = excluded.tail_unterminated, "
            "pending_bytes = excluded.pending_bytes, experiment_name = excluded.experiment_name, "
            "imported_at_us = excluded.imported_at_us, tail_hash = excluded.tail_hash, "
            "tail_length = excluded.tail_length RETURNING id"));
        q.addBindValue(path);
        q.addBindValue(static_cast<int>(kind));
        q.addBindValue(record.size);
        q.addBindValue(record.mtimeUs);
        q.addBindValue(record.headHash);
        q.addBindValue(record.headLength);
        q.addBindValue(record.consumedBytes);
        q.addBindValue(record.consumedLines);
        q.addBindValue(record.tailUnterminated ? 1 : 0);
        q.addBindValue(record.pendingBytes);
        q.addBindValue(experimentName.isEmpty() ? QVariant() : QVariant(experimentName));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() * 1000);
        q.addBindValue(record.tailHash);
        q.addBindValue(record.tailLength);
        if (!q.exec() || !q.next()) {
            *error = q.lastError().text();
            return 0;
        }
        return q.value(0).toLongLong();
    }

    bool recordRejections(qint64 fileRef, const std::vector<Rejection>& rejections, FileReport* fr,
                          std::string* error) {
        for (const Rejection& r : rejections) {
            insertRejected.bindInt(1, fileRef);
            insertRejected.bindInt(2, r.line);
            insertRejected.bindText(3, r.reason);
            if (insertRejected.execute() != SQLITE_DONE) {
                *error = sqlite3_errmsg(handle);
                return false;
            }
            ++fr->rejected;
            if (fr->rejectedLines.size() < kMaxRejectedLinesListed)
                fr->rejectedLines.append({r.line, QString::fromStdString(r.reason)});
            else
                ++fr->rejectedNotListed;
        }
        return true;
    }

    // Streams a JSON Lines file through the parser thread into the writer.
    bool importLines(const QString& path, const KnownFile& from, FileKind kind, qint64 fileRef,
                     bool bulk, FileReport* fr, ParseEnd* end, QString* error) {
        ParseStart start;
        start.path = QFile::encodeName(path).toStdString();
        start.kind = kind;
        start.offset = from.consumedBytes;
        start.linesBefore = from.consumedLines;
        start.afterUnterminated = from.tailUnterminated;
        start.bulk = bulk;
        BatchQueue queue(3);
        std::thread parserThread([&] { parseJsonLinesFile(start, queue, end); });
        std::string writeError;
        int64_t zoneless = 0, nonFinite = 0;
        bool ok = true;
        while (auto batch = queue.pop()) {
            WriteCounts counts;
            if (cancelled()) {
                ok = false;
                *error = importText(QT_TRANSLATE_NOOP("ImportText", "cancelled"));
                break;
            }
            if (!writer.write(*batch, &counts, &writeError) ||
                !recordRejections(fileRef, batch->rejections, fr, &writeError)) {
                ok = false;
                *error = QString::fromStdString(writeError);
                break;
            }
            fr->imported += counts.imported;
            fr->duplicates += counts.duplicates;
            fr->lines += batch->lines;
            fr->blank += batch->blank;
            fr->skipped += batch->skipped;
            zoneless += batch->zonelessTimestamps;
            nonFinite += batch->nonFinite;
            report(batch->bytesConsumed - from.consumedBytes, fr->lines);
        }
        queue.close();
        parserThread.join();
        if (ok && !end->error.empty()) {
            ok = false;
            *error = importText(QT_TRANSLATE_NOOP("ImportText", "read error: %1"),
                                {QString::fromStdString(end->error)});
        }
        if (nonFinite > 0)
            fr->notes << importText(
                QT_TRANSLATE_NOOP("ImportText",
                                  "lines with NaN or Infinity (not JSON), stored as null: %1"),
                {QString::number(nonFinite)});
        if (zoneless > 0)
            fr->notes << importText(
                QT_TRANSLATE_NOOP("ImportText", "timestamps without a time zone, read as UTC: %1"),
                {QString::number(zoneless)});
        return ok;
    }

    // The indexes of `table`, as their SQL.
    QList<QPair<QString, QString>> indexesOf(const char* table) {
        QList<QPair<QString, QString>> out;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = ? AND sql IS NOT NULL"));
        q.addBindValue(QString::fromLatin1(table));
        if (q.exec()) {
            while (q.next())
                out.append({q.value(0).toString(), q.value(1).toString()});
        }
        return out;
    }

    bool tableEmpty(const char* table) {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table))) &&
               !q.next();
    }

    // After an unchecked bulk load: deletes each flagged record whose
    // identity (run, time, hash) an earlier row already has. Returns the
    // number removed (or -1), and the runs whose event aggregates must be
    // recomputed.
    qint64 removeBulkDuplicates(RowTable table, const std::vector<int64_t>& suspects,
                                std::unordered_set<int64_t>* runs, QString* error) {
        const QString name = QString::fromLatin1(BatchWriter::tableName(table));
        QSqlQuery find(db.connection());
        find.prepare(QStringLiteral("SELECT t.run_ref FROM %1 t WHERE t.id = ? AND EXISTS ("
                                    "SELECT 1 FROM %1 o WHERE o.run_ref IS t.run_ref AND "
                                    "o.ts_us = t.ts_us AND o.record_hash = t.record_hash AND "
                                    "o.id < t.id)")
                         .arg(name));
        QSqlQuery delChildren(db.connection());
        delChildren.prepare(QStringLiteral("DELETE FROM cost_breakdown WHERE cost_record_ref = ?"));
        QSqlQuery del(db.connection());
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(name));
        qint64 removed = 0;
        for (const int64_t id : suspects) {
            find.addBindValue(QVariant::fromValue<qint64>(id));
            if (!find.exec()) {
                *error = find.lastError().text();
                return -1;
            }
            if (!find.next())
                continue;
            const qint64 run = find.value(0).toLongLong();
            find.finish();
            for (QSqlQuery* q : {&delChildren, &del}) {
                if (q == &delChildren && table != RowTable::CostRecords)
                    continue;
                q->addBindValue(QVariant::fromValue<qint64>(id));
                if (!q->exec()) {
                    *error = q->lastError().text();
                    return -1;
                }
            }
            ++removed;
            if (run != 0)
                runs->insert(run);
        }
        return removed;
    }

    void importFile(const QString& path, FileReport* fr);
};

void Importer::Impl::importFile(const QString& path, FileReport* fr) {
    fr->path = path;
    const QFileInfo info(path);
    QFile file(path);
    if (info.isDir()) {
        fr->error =
            importText(QT_TRANSLATE_NOOP("ImportText", "a folder where a file was expected"));
        return;
    }
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        // Opening a pipe would wait for a writer forever.
        fr->error = importText(
            QT_TRANSLATE_NOOP("ImportText", "not a regular file (a pipe, socket or device)"));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fr->error =
            importText(QT_TRANSLATE_NOOP("ImportText", "cannot read: %1"), {file.errorString()});
        return;
    }
    KnownFile now;
    now.size = info.size();
    now.mtimeUs = info.lastModified().toMSecsSinceEpoch() * 1000;
    const auto knownIt = known.constFind(path);
    const bool isKnown = knownIt != known.constEnd() && knownIt->kind != FileKind::Unknown;
    KnownFile from; // where reading starts
    FileKind kind = FileKind::Unknown;
    if (isKnown) {
        const KnownFile& k = *knownIt;
        if (k.size == now.size && k.mtimeUs == now.mtimeUs) {
            fr->kind = k.kind;
            fr->unchanged = true;
            fr->pendingBytes = k.pendingBytes;
            return;
        }
        const QByteArray head = file.read(k.headLength);
        // The bytes just before the resume point must be the ones read last
        // time too: an edit past the first 4 KiB is a rewrite as well.
        bool tailMatches = true;
        if (k.tailLength > 0 && file.seek(k.consumedBytes - k.tailLength))
            tailMatches = fingerprint(file.read(k.tailLength)) == k.tailHash;
        if (head.size() == k.headLength && fingerprint(head) == k.headHash && tailMatches &&
            now.size >= k.consumedBytes && k.kind != FileKind::Metadata) {
            from = k;
            kind = k.kind;
        } else {
            fr->restarted = true;
        }
        file.seek(0);
    }
    const QByteArray head = file.read(std::max(kSniffBytes, kHeadFingerprintBytes));
    if (kind == FileKind::Unknown) {
        QByteArray sample = head;
        // A first line longer than the sample: read on to its end (bounded).
        if (!sample.contains('\n') && now.size > sample.size()) {
            file.seek(0);
            sample = file.read(kLongSniffBytes);
            const qsizetype nl = sample.indexOf('\n');
            if (nl > 0)
                sample.truncate(nl + 1);
        }
        const SniffResult sniff =
            sniffFormat(std::string_view(sample.constData(), static_cast<size_t>(sample.size())),
                        info.fileName());
        kind = sniff.kind;
        if (kind == FileKind::Unknown) {
            fr->skipReason = sniff.reason;
            return;
        }
    }
    fr->kind = kind;
    now.headLength = std::min<qint64>(head.size(), kHeadFingerprintBytes);
    now.headHash = fingerprint(head.left(now.headLength));

    const QString experimentFolder = experimentFolderOf(path);
    const QString experimentName =
        experimentFolder.isEmpty() ? QString() : QFileInfo(experimentFolder).fileName();
    writer.setFile(0, experimentName, experimentFolder);

    // The writer creates every parent row before its children, so the
    // per-row foreign key lookups are pure cost during an import.
    execSql(handle, "PRAGMA foreign_keys=OFF");
    std::string sqlError = execSql(handle, "BEGIN IMMEDIATE");
    if (!sqlError.empty()) {
        fr->error = importText(QT_TRANSLATE_NOOP("ImportText", "database busy or read-only: %1"),
                               {QString::fromStdString(sqlError)});
        return;
    }
    QString error;
    bool ok = true;
    std::unordered_set<int64_t> staleActivity; // runs whose aggregates need a recount
    qint64 fileRef = upsertSource(path, kind, from, experimentName, &error);
    ok = fileRef != 0;
    writer.setFile(fileRef, experimentName, experimentFolder);
    if (ok && fr->restarted) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("DELETE FROM rejected_lines WHERE file_ref = ?"));
        q.addBindValue(fileRef);
        ok = q.exec();
        if (!ok)
            error = q.lastError().text();
    }

    if (ok && kind == FileKind::Metadata) {
        if (now.size > kMaxMetadataBytes) {
            fr->rejected = 1;
            fr->rejectedLines.append({1, importText(QT_TRANSLATE_NOOP(
                                             "ImportText", "metadata file larger than 64 MiB"))});
        } else {
            file.seek(0);
            QByteArray content = file.readAll();
            if (content.startsWith("\xEF\xBB\xBF"))
                content.remove(0, 3);
            MetadataImporter metadata(db.connection(), writer);
            if (!metadata.import(content, fileRef, fr, &error) && !error.isEmpty())
                ok = false;
            std::vector<Rejection> rejections;
            for (const RejectedLine& r : std::as_const(fr->rejectedLines))
                rejections.push_back({r.line, r.reason.toStdString()});
            fr->rejectedLines.clear();
            fr->rejected = 0;
            std::string rejectError;
            if (ok && !recordRejections(fileRef, rejections, fr, &rejectError)) {
                ok = false;
                error = QString::fromStdString(rejectError);
            }
            now.consumedBytes = now.size;
            now.consumedLines = fr->lines;
        }
        fr->bytesRead = now.size;
    } else if (ok) {
        const RowTable table = tableOf(kind);
        const char* tableName = BatchWriter::tableName(table);
        QList<QPair<QString, QString>> dropped;
        const bool bulk =
            from.consumedBytes == 0 && now.size >= kBulkLoadBytes && tableEmpty(tableName);
        if (bulk) {
            // Loading into an empty table: insert without the per-row
            // duplicate check or index upkeep, then index and deduplicate.
            dropped = indexesOf(tableName);
            for (const auto& index : std::as_const(dropped)) {
                sqlError = execSql(handle, ("DROP INDEX " + index.first.toStdString()).c_str());
                if (!sqlError.empty()) {
                    ok = false;
                    error = QString::fromStdString(sqlError);
                }
            }
            writer.setUnchecked(table, true);
        }
        int64_t lastCallBefore = 0;
        if (ok && table == RowTable::LlmCalls &&
            !CallRollup::maxCallId(handle, &lastCallBefore, &sqlError)) {
            ok = false;
            error = QString::fromStdString(sqlError);
        }
        TextSearch::Position textBefore;
        if (ok && !TextSearch::position(handle, &textBefore, &sqlError)) {
            ok = false;
            error = QString::fromStdString(sqlError);
        }
        ParseEnd end;
        ok = ok && importLines(path, from, kind, fileRef, bulk, fr, &end, &error);
        writer.setUnchecked(table, false);
        // After a failure the rollback brings the dropped indexes back.
        if (!ok)
            dropped.clear();
        for (const auto& index : std::as_const(dropped)) {
            sqlError = execSql(handle, index.second.toStdString().c_str());
            if (ok && !sqlError.empty()) {
                ok = false;
                error = QString::fromStdString(sqlError);
            }
        }
        if (ok && bulk) {
            const qint64 removed =
                removeBulkDuplicates(table, writer.suspects(), &staleActivity, &error);
            ok = removed >= 0;
            if (removed > 0) {
                fr->imported -= removed;
                fr->duplicates += removed;
                for (const int64_t run : staleActivity)
                    writer.eraseActivity(run);
            }
        }
        if (ok && table == RowTable::LlmCalls &&
            !CallRollup::addCallsAfter(handle, lastCallBefore, &sqlError)) {
            ok = false;
            error = QString::fromStdString(sqlError);
        }
        // After the bulk repeats are gone, so the index never holds one.
        if (ok && !TextSearch::indexAfter(handle, textBefore, &sqlError)) {
            ok = false;
            error = QString::fromStdString(sqlError);
        }
        now.consumedBytes = end.consumedBytes;
        now.consumedLines = end.lines;
        now.tailUnterminated = end.endsUnterminated;
        now.pendingBytes = end.pendingBytes;
        fr->pendingBytes = end.pendingBytes;
        fr->bytesRead = end.consumedBytes - from.consumedBytes + end.pendingBytes;
    }

    if (ok && writer.ambiguousRecords() > 0) {
        QStringList ids;
        for (const std::string& id : writer.ambiguousRunIds())
            ids << QString::fromStdString(id);
        fr->notes << importText(
            QT_TRANSLATE_NOOP("ImportText",
                              "records without an experiment whose run id several experiments "
                              "share (%1): %2, each assigned to the run whose time span holds it"),
            {ids.join(QStringLiteral(", ")), QString::number(writer.ambiguousRecords())});
    }
    if (ok) {
        RunDeriver deriver(db.connection());
        for (const int64_t run : writer.mergedRuns()) {
            staleActivity.insert(run);
            writer.eraseActivity(run);
            writer.touchRun(run);
        }
        QString deriveError = deriver.applyActivity(writer.activity());
        if (deriveError.isEmpty())
            deriveError = deriver.recomputeActivity(staleActivity);
        if (deriveError.isEmpty())
            deriveError = deriver.derive(writer.touchedRuns());
        if (!deriveError.isEmpty()) {
            ok = false;
            error = deriveError;
        }
    }
    if (ok && kind != FileKind::Metadata) {
        now.tailLength = std::min<qint64>(now.consumedBytes, kHeadFingerprintBytes);
        if (now.tailLength > 0 && file.seek(now.consumedBytes - now.tailLength))
            now.tailHash = fingerprint(file.read(now.tailLength));
        else
            now.tailLength = 0;
    }
    if (ok && upsertSource(path, kind, now, experimentName, &error) == 0)
        ok = false;
    if (ok) {
        sqlError = execSql(handle, "COMMIT");
        if (!sqlError.empty()) {
            ok = false;
            error = QString::fromStdString(sqlError);
        }
    }
    writer.clearTouched();
    writer.clearSuspects();
    if (!ok)
        execSql(handle, "ROLLBACK");
    execSql(handle, "PRAGMA foreign_keys=ON");
    if (!ok) {
        writer.forgetKeys();
        fr->error =
            error.isEmpty() ? importText(QT_TRANSLATE_NOOP("ImportText", "import failed")) : error;
        // Nothing of the file was kept, so nothing of it is reported as read.
        fr->imported = fr->duplicates = fr->rejected = fr->lines = fr->blank = fr->skipped = 0;
        fr->bytesRead = fr->pendingBytes = fr->rejectedNotListed = 0;
        fr->rejectedLines.clear();
        return;
    }
    KnownFile stored = now;
    stored.id = fileRef;
    stored.kind = kind;
    known.insert(path, stored);
}

Importer::Importer(Database& db)
    : m_db(db) {}

QString Importer::experimentFolderOf(const QString& filePath) {
    const QFileInfo info(filePath);
    const QDir parent = info.dir();
    if (parent.dirName() == QLatin1String("logs")) {
        const QString folder = QFileInfo(parent.absolutePath()).path();
        return QFileInfo(folder).fileName().isEmpty() ? QString() : folder;
    }
    const QString grand = QFileInfo(parent.absolutePath()).path();
    if (QFileInfo(grand).fileName() == QLatin1String("outputs")) {
        const QString folder = QFileInfo(grand).path();
        return QFileInfo(folder).fileName().isEmpty() ? QString() : folder;
    }
    return {};
}

QStringList Importer::collectFiles(const QStringList& paths, QStringList* missing,
                                   QList<UnreadablePath>* unreadable) {
    QStringList files;
    for (const QString& input : paths) {
        const QFileInfo info(input);
        if (!info.exists()) {
            const auto broken = brokenLink(info.absoluteFilePath());
            if (broken && unreadable)
                unreadable->append(*broken);
            else if (missing)
                missing->append(input);
            continue;
        }
        if (!info.isDir()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        const FolderWalk walk = walkFolder(info.absoluteFilePath(), isCandidateName);
        files += walk.files;
        if (unreadable)
            *unreadable += walk.unreadable;
    }
    std::sort(files.begin(), files.end(),
              [](const QString& a, const QString& b) { return sortKey(a) < sortKey(b); });
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

ImportReport Importer::importPaths(const QStringList& paths) {
    QElapsedTimer timer;
    timer.start();
    ImportReport result;
    QList<UnreadablePath> unreadable;
    const QStringList files = collectFiles(paths, &result.missingPaths, &unreadable);
    Impl impl(m_db, m_cancel, m_progress);
    std::string prepareError;
    if (!impl.handle || !impl.writer.prepare(&prepareError) ||
        !impl.insertRejected.prepare(
            impl.handle,
            "INSERT OR REPLACE INTO rejected_lines(file_ref, line, reason) VALUES (?,?,?)",
            &prepareError)) {
        result.error = impl.handle ? QString::fromStdString(prepareError)
                                   : QStringLiteral("no SQLite handle behind the connection");
        return result;
    }
    result.error = impl.loadKnownFiles();
    if (!result.error.isEmpty())
        return result;
    for (const UnreadablePath& u : std::as_const(unreadable)) {
        FileReport fr;
        fr.path = u.path;
        fr.error = u.reason;
        fr.unreadable = true;
        result.files.append(std::move(fr));
        ++result.totals.unreadablePaths;
    }

    impl.state.filesTotal = files.size();
    for (const QString& f : files)
        impl.state.bytesTotal += QFileInfo(f).size();
    for (const QString& path : files) {
        if (impl.cancelled()) {
            result.cancelled = true;
            break;
        }
        impl.state.currentFile = path;
        FileReport fr;
        impl.importFile(path, &fr);
#ifdef __GLIBC__
        // Hand the parser's and writer's freed buffers back before the next
        // big file, so peak memory is that of the largest file, not the sum.
        if (fr.bytesRead > (8 << 20))
            malloc_trim(0);
#endif
        if (impl.cancelled())
            result.cancelled = true;
        impl.state.filesDone += 1;
        impl.state.bytesDone += QFileInfo(path).size();
        impl.state.linesDone += fr.lines;
        impl.report(0, 0);
        ImportTotals& t = result.totals;
        ++t.files;
        t.imported += fr.imported;
        t.duplicates += fr.duplicates;
        t.rejected += fr.rejected;
        t.bytes += fr.bytesRead;
        if (fr.kind == FileKind::Unknown && fr.error.isEmpty())
            ++t.skippedFiles;
        if (!fr.error.isEmpty())
            ++t.failedFiles;
        result.files.append(std::move(fr));
        if (result.cancelled)
            break;
    }
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace runledger
