// SPDX-License-Identifier: MIT
// Checksums: statuses on real files (symlinks, folders, missing), path
// resolution and mappings, stored results, drift, run comparison, and golden
// reports in all four formats (the PDF read back through pdftotext).
#include "domain/budget.h"
#include "integrity/checksumverifier.h"
#include "integrity/runcomparison.h"
#include "integrity/sha256file.h"
#include "report/reportbuilder.h"
#include "storage/runlookup.h"
#include "testsupport.h"
#include "text/textescape.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace runledger;
using namespace runledger::test;

namespace {

QString sha(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// A run's metadata.json in the Persona layout, with the given data checksums.
QByteArray metadata(const QString& runId, const QString& start, const QJsonObject& checksums,
                    const QJsonObject& config) {
    QJsonObject generation{{QStringLiteral("experiment_id"), QStringLiteral("exp-int")},
                           {QStringLiteral("run_id"), runId},
                           {QStringLiteral("timestamp_start"), start},
                           {QStringLiteral("timestamp_end"), start}};
    QJsonObject sources{{QStringLiteral("files"), QJsonArray::fromStringList(checksums.keys())},
                        {QStringLiteral("checksums"), checksums}};
    return QJsonDocument(QJsonObject{{QStringLiteral("metadata_version"), QStringLiteral("1.0")},
                                     {QStringLiteral("generation"), generation},
                                     {QStringLiteral("configuration"), config},
                                     {QStringLiteral("environment"),
                                      QJsonObject{{QStringLiteral("python_version"),
                                                   QStringLiteral("3.12.0")}}},
                                     {QStringLiteral("data_sources"), sources}})
        .toJson();
}

} // namespace

class TestIntegrity : public QObject {
    Q_OBJECT
private slots:
    void normalize_data() {
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<bool>("valid");
        const QString hex = QString(64, QLatin1Char('a'));
        QTest::newRow("prefixed") << QStringLiteral("sha256:") + hex << true;
        QTest::newRow("bare") << hex << true;
        QTest::newRow("upper case") << QStringLiteral("SHA256:") + hex.toUpper() << true;
        QTest::newRow("md5") << QStringLiteral("md5:d41d8cd98f00b204e9800998ecf8427e") << false;
        QTest::newRow("short") << QStringLiteral("sha256:abc") << false;
        QTest::newRow("not hex") << QStringLiteral("sha256:") + QString(64, QLatin1Char('z'))
                                 << false;
        QTest::newRow("empty") << QString() << false;
    }
    void normalize() {
        QFETCH(QString, recorded);
        QFETCH(bool, valid);
        const auto n = ChecksumVerifier::normalizeChecksum(recorded);
        QCOMPARE(n.has_value(), valid);
        if (n)
            QCOMPARE(*n, QString(64, QLatin1Char('a')));
    }

    void candidatePaths() {
        const QString meta =
            QStringLiteral("/x/experiments/exp/outputs/20250101_000000/metadata.json");
        QCOMPARE(
            ChecksumVerifier::candidatePaths(QStringLiteral("data/a.csv"), meta, {}),
            (QStringList{QStringLiteral("/x/experiments/exp/outputs/20250101_000000/data/a.csv"),
                         QStringLiteral("/x/experiments/exp/outputs/data/a.csv"),
                         QStringLiteral("/x/experiments/exp/data/a.csv")}));
        // Outside the layout: only the metadata file's folder.
        QCOMPARE(ChecksumVerifier::candidatePaths(QStringLiteral("a.csv"),
                                                  QStringLiteral("/tmp/m/metadata.json"), {}),
                 QStringList{QStringLiteral("/tmp/m/a.csv")});
        // Absolute: the longest matching mapping first, then the path itself.
        const QList<PathMapping> maps = {
            {QStringLiteral("/Users/alice"), QStringLiteral("/home/a")},
            {QStringLiteral("/Users/alice/research"), QStringLiteral("/data/r")}};
        QCOMPARE(ChecksumVerifier::candidatePaths(QStringLiteral("/Users/alice/research/p/x.csv"),
                                                  meta, maps),
                 (QStringList{QStringLiteral("/data/r/p/x.csv"),
                              QStringLiteral("/Users/alice/research/p/x.csv")}));
        // A prefix that is not a whole path component does not match.
        QCOMPARE(ChecksumVerifier::candidatePaths(QStringLiteral("/Users/alicex/y"), meta, maps),
                 QStringList{QStringLiteral("/Users/alicex/y")});
        QVERIFY(!ChecksumVerifier::parseMapping(QStringLiteral("nothing")));
        QCOMPARE(ChecksumVerifier::parseMapping(QStringLiteral("/a=/b"))->to, QStringLiteral("/b"));
    }

    void statusesOnRealFiles() {
        QTemporaryDir dir;
        const QString exp = dir.filePath(QStringLiteral("experiments/exp-int"));
        const QByteArray a = "alpha\n", b = "beta\n";
        QVERIFY(writeFile(exp + QStringLiteral("/data/a.csv"), a));
        QVERIFY(writeFile(exp + QStringLiteral("/data/b.csv"), b));
        QVERIFY(writeFile(exp + QStringLiteral("/config.yaml"), "model: x\n"));
        QVERIFY(QDir().mkpath(exp + QStringLiteral("/data/folder.csv")));
        QVERIFY(QFile::link(exp + QStringLiteral("/data/a.csv"),
                            exp + QStringLiteral("/data/link.csv")));
        QVERIFY(QFile::link(exp + QStringLiteral("/data/gone.csv"),
                            exp + QStringLiteral("/data/dangling.csv")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("elsewhere/remote/d.csv")), a));
        const QString ha = QStringLiteral("sha256:") + sha(a);
        const QJsonObject checksums{{QStringLiteral("data/a.csv"), ha},
                                    {QStringLiteral("data/b.csv"), ha}, // edited since
                                    {QStringLiteral("data/missing.csv"), ha},
                                    {QStringLiteral("data/bare.csv"), sha(a)}, // bare hex
                                    {QStringLiteral("data/folder.csv"), ha},
                                    {QStringLiteral("data/link.csv"), ha},
                                    {QStringLiteral("data/dangling.csv"), ha},
                                    {QStringLiteral("data/md5.csv"), QStringLiteral("md5:00")},
                                    {QStringLiteral("/Users/alice/research/d.csv"), ha}};
        QVERIFY(writeFile(exp + QStringLiteral("/data/bare.csv"), a));
        QVERIFY(writeFile(exp + QStringLiteral("/data/md5.csv"), a));
        QVERIFY(writeFile(exp + QStringLiteral("/outputs/20250101_000000/metadata.json"),
                          metadata(QStringLiteral("run-1"), QStringLiteral("2025-01-01T00:00:00Z"),
                                   checksums, QJsonObject())));
        TempDatabase t;
        QCOMPARE(t.import({exp}).totals.rejected, 0);
        const QList<PathMapping> maps = {{QStringLiteral("/Users/alice/research"),
                                          dir.filePath(QStringLiteral("elsewhere/remote"))}};
        QString error;
        const QList<VerifyTarget> targets =
            ChecksumVerifier::targets(t.db.connection(), 0, maps, &error);
        QCOMPARE(targets.size(), checksums.size());
        const qint64 now = 1760000000000000;
        const QList<VerifyResult> results = ChecksumVerifier::verify(targets, now);
        QHash<QString, VerifyResult> by;
        for (const VerifyResult& r : results)
            by.insert(r.path, r);
        QCOMPARE(by.value(QStringLiteral("data/a.csv")).status, VerifyStatus::Ok);
        QCOMPARE(by.value(QStringLiteral("data/a.csv")).actual, sha(a));
        QCOMPARE(by.value(QStringLiteral("data/b.csv")).status, VerifyStatus::Mismatch);
        QCOMPARE(by.value(QStringLiteral("data/b.csv")).actual, sha(b));
        QCOMPARE(by.value(QStringLiteral("data/missing.csv")).status, VerifyStatus::Missing);
        QCOMPARE(by.value(QStringLiteral("data/bare.csv")).status, VerifyStatus::Ok);
        QCOMPARE(by.value(QStringLiteral("data/folder.csv")).status, VerifyStatus::Unreadable);
        QVERIFY(
            by.value(QStringLiteral("data/folder.csv")).detail.contains(QLatin1String("folder")));
        QCOMPARE(by.value(QStringLiteral("data/link.csv")).status, VerifyStatus::Ok);
        QCOMPARE(by.value(QStringLiteral("data/dangling.csv")).status, VerifyStatus::Missing);
        QCOMPARE(by.value(QStringLiteral("data/md5.csv")).status, VerifyStatus::InvalidChecksum);
        QCOMPARE(by.value(QStringLiteral("/Users/alice/research/d.csv")).status, VerifyStatus::Ok);
        // Resolved against the experiment folder (the parent of outputs/).
        QCOMPARE(by.value(QStringLiteral("data/a.csv")).resolvedPath,
                 QDir::cleanPath(exp + QStringLiteral("/data/a.csv")));
        // Unreadable through permissions (not testable as root, who reads everything).
        if (::geteuid() != 0) {
            const QString locked = exp + QStringLiteral("/data/a.csv");
            QFile::setPermissions(locked, QFileDevice::Permissions());
            const auto target =
                std::find_if(targets.cbegin(), targets.cend(), [](const VerifyTarget& v) {
                    return v.path == QLatin1String("data/a.csv");
                });
            QVERIFY(target != targets.cend());
            QCOMPARE(ChecksumVerifier::verifyOne(*target, now).status, VerifyStatus::Unreadable);
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        // Stored with their time.
        QCOMPARE(ChecksumVerifier::store(t.db.connection(), results), QString());
        const QList<VerifyResult> stored =
            ChecksumVerifier::stored(t.db.connection(), targets.first().runKey, &error);
        QCOMPARE(stored.size(), results.size());
        QCOMPARE(stored.first().verifiedAtUs, now);
        // Two threads give the same results as one.
        const QList<VerifyResult> single = ChecksumVerifier::verify(targets, now, nullptr, {}, 1);
        for (qsizetype i = 0; i < single.size(); ++i)
            QCOMPARE(single.at(i).status, results.at(i).status);
    }

    // A selection of more runs than one query binds, an empty selection, and
    // a verification cancelled half-way: what was checked is stored, each
    // file once, and counted.
    void verifyScopeSlicesAndCancel() {
        QTemporaryDir dir;
        const QString exp = dir.filePath(QStringLiteral("experiments/exp-int"));
        const QByteArray a = "id,value\n1,2\n";
        QVERIFY(writeFile(exp + QStringLiteral("/data/a.csv"), a));
        constexpr int kRuns = 600;
        for (int i = 0; i < kRuns; ++i) {
            const QDateTime start =
                QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
            QVERIFY(writeFile(
                exp + start.toString(QStringLiteral("'/outputs/'yyyyMMdd_HHmmss'/metadata.json'")),
                metadata(QStringLiteral("run-%1").arg(i), start.toString(Qt::ISODate),
                         QJsonObject{{QStringLiteral("data/a.csv"),
                                      QString(QStringLiteral("sha256:") + sha(a))}},
                         QJsonObject())));
        }
        TempDatabase t;
        QCOMPARE(t.import({exp}).totals.imported, kRuns);
        QList<qint64> keys;
        QSqlQuery q(t.db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM runs")));
        while (q.next())
            keys << q.value(0).toLongLong();
        QCOMPARE(keys.size(), kRuns);
        QString error;
        QCOMPARE(ChecksumVerifier::targets(t.db.connection(), VerifyScope::runs(keys), {}, &error)
                     .size(),
                 kRuns);
        QVERIFY(ChecksumVerifier::targets(t.db.connection(), VerifyScope::runs({}), {}, &error)
                    .isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        std::atomic_bool cancel{false};
        int calls = 0;
        const VerifySummary s = ChecksumVerifier::verifyScope(
            t.db.connection(), VerifyScope::runs(keys), {}, &cancel, [&](const VerifyProgress& p) {
                ++calls;
                QVERIFY(p.filesTotal == kRuns && p.filesDone <= kRuns);
                if (p.filesDone >= 100)
                    cancel.store(true);
            });
        QVERIFY(s.cancelled);
        QCOMPARE(s.filesTotal, kRuns);
        QVERIFY(s.totals.total() >= 100 && s.totals.total() < kRuns);
        QCOMPARE(s.totals.count(VerifyStatus::Ok), s.totals.total());
        QCOMPARE(s.runs, s.totals.total());
        QCOMPARE(s.results.size(), s.totals.total());
        QVERIFY(s.storeError.isEmpty());
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM verification_results WHERE "
                                             "status = 'ok' AND verified_at_us > 0")),
                 s.totals.total());
        QVERIFY(calls >= 100);
        // Not cancelled: every file, only the problems kept when asked.
        const VerifySummary all = ChecksumVerifier::verifyScope(
            t.db.connection(), VerifyScope::all(), {}, nullptr, {}, false);
        QVERIFY(!all.cancelled);
        QCOMPARE(all.totals.total(), kRuns);
        QVERIFY(all.results.isEmpty());
        QCOMPARE(scalar(t.db, QStringLiteral("SELECT count(*) FROM verification_results")), kRuns);
    }

    void sha256MatchesKnownVectors() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("abc")), "abc"));
        QCOMPARE(
            sha256File(dir.filePath(QStringLiteral("abc"))).hex,
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("empty")), QByteArray()));
        QCOMPARE(
            sha256File(dir.filePath(QStringLiteral("empty"))).hex,
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        // More than one 1 MiB read.
        const QByteArray big(3 * 1024 * 1024 + 17, 'x');
        QVERIFY(writeFile(dir.filePath(QStringLiteral("big")), big));
        QCOMPARE(sha256File(dir.filePath(QStringLiteral("big"))).hex, sha(big));
        std::atomic_bool cancel{true};
        QCOMPARE(sha256File(dir.filePath(QStringLiteral("big")), &cancel).outcome,
                 FileHash::Outcome::Cancelled);
    }

    void driftChangesAndComparison() {
        QTemporaryDir dir;
        const QString exp = dir.filePath(QStringLiteral("experiments/exp-int"));
        const QString h1 = QString(QStringLiteral("sha256:") + sha("one"));
        const QString h2 = QString(QStringLiteral("sha256:") + sha("two"));
        QVERIFY(writeFile(
            exp + QStringLiteral("/outputs/20250101_000000/metadata.json"),
            metadata(
                QStringLiteral("run-1"), QStringLiteral("2025-01-01T00:00:00Z"),
                {{QStringLiteral("data/a.csv"), h1}, {QStringLiteral("data/b.csv"), h1}},
                {{QStringLiteral("model"), QStringLiteral("m1")}, {QStringLiteral("seed"), 1}})));
        QVERIFY(writeFile(
            exp + QStringLiteral("/outputs/20250102_000000/metadata.json"),
            metadata(QStringLiteral("run-2"), QStringLiteral("2025-01-02T00:00:00Z"),
                     {{QStringLiteral("data/a.csv"), h2}, {QStringLiteral("data/b.csv"), h1}},
                     {{QStringLiteral("model"), QStringLiteral("m1")},
                      {QStringLiteral("seed"), 2},
                      {QStringLiteral("extra"), true}})));
        TempDatabase t;
        QCOMPARE(t.import({exp}).totals.imported, 2);
        const qint64 r1 =
            scalar(t.db, QStringLiteral("SELECT id FROM runs WHERE run_id = 'run-1'"));
        const qint64 r2 =
            scalar(t.db, QStringLiteral("SELECT id FROM runs WHERE run_id = 'run-2'"));
        QCOMPARE(RunComparison::previousRun(t.db.connection(), r2), r1);
        QCOMPARE(RunComparison::previousRun(t.db.connection(), r1), 0);
        QString error;
        const RunFacts f1 = RunComparison::facts(t.db.connection(), r1, &error);
        const RunFacts f2 = RunComparison::facts(t.db.connection(), r2, &error);
        const QList<FactChange> changes = RunComparison::changes(f1, f2);
        QStringList keys;
        for (const FactChange& c : changes)
            keys << c.key;
        QCOMPARE(keys, (QStringList{QStringLiteral("checksum/data/a.csv"),
                                    QStringLiteral("configuration/extra"),
                                    QStringLiteral("configuration/seed")}));
        QCOMPARE(changes.at(1).before, QStringLiteral("(absent)"));
        QCOMPARE(changes.at(2).after, QStringLiteral("2"));
        // Drift: a.csv recorded with two hashes, b.csv stable.
        const QList<DriftEntry> drift =
            RunComparison::drift(t.db.connection(), f1.experimentKey, &error);
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().path, QStringLiteral("data/a.csv"));
        QCOMPARE(drift.first().checksums.size(), 2);
        // Comparison: differences only, transposed, Markdown.
        const Comparison all = RunComparison::compare({f1, f2});
        const Comparison diff = all.view(true, false);
        QVERIFY(diff.keys.size() < all.keys.size());
        QVERIFY(diff.keys.contains(QStringLiteral("configuration/seed")));
        QVERIFY(!diff.keys.contains(QStringLiteral("configuration/model")));
        const Comparison t2 = diff.view(false, true);
        QCOMPARE(t2.keys, (QStringList{QStringLiteral("run-1"), QStringLiteral("run-2")}));
        QCOMPARE(t2.runIds, diff.keys);
        const QString md = diff.markdown();
        QVERIFY(md.startsWith(QLatin1String("| | run-1 | run-2 |\n| --- | --- | --- |\n")));
        QVERIFY(md.contains(QLatin1String("| configuration/seed | 1 | 2 |")));
    }

    // Reports of a sample run match the golden files (paths of this checkout
    // and the verification time replaced by placeholders).
    void goldenReports_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("md") << QStringLiteral("md");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("json") << QStringLiteral("json");
    }
    void goldenReports() {
        QFETCH(QString, format);
        TempDatabase t;
        const QString root = t.dir.filePath(QStringLiteral("sample"));
        QVERIFY(copyTree(sourcePath(QStringLiteral("resources/sample")), root));
        QCOMPARE(t.import({root}).totals.rejected, 0);
        QString error;
        const qint64 run =
            scalar(t.db, QStringLiteral("SELECT id FROM runs WHERE run_id = 'run-19c6e4'"));
        const QList<VerifyTarget> targets =
            ChecksumVerifier::targets(t.db.connection(), run, {}, &error);
        QCOMPARE(ChecksumVerifier::store(t.db.connection(),
                                         ChecksumVerifier::verify(targets, 1760000000000000)),
                 QString());
        BudgetLimits limits;
        limits.daily = 0.5;
        limits.timeZone = "Europe/Berlin";
        ReportBuilder builder(t.db.connection(), PriceTable::defaults(), limits);
        const QJsonObject report =
            builder.build(resolveRun(t.db.connection(), QStringLiteral("run-19c6e4")).key,
                          QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString text =
            format == QLatin1String("md") ? reportMarkdown(report)
            : format == QLatin1String("html")
                ? reportHtml(report)
                : QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        text.replace(root, QStringLiteral("@SAMPLE@"));
        text.replace(markdownInline(root), QStringLiteral("@SAMPLE@")); // as Markdown writes it
        const QString golden = dataPath(QStringLiteral("golden/report.") + format);
        if (qEnvironmentVariableIsSet("RUNLEDGER_UPDATE_GOLDEN")) {
            QVERIFY(writeFile(golden, text.toUtf8()));
            QSKIP("golden file written");
        }
        QFile f(golden);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(golden));
        QCOMPARE(text, QString::fromUtf8(f.readAll()));
        // The same builder twice gives the same document.
        const QJsonObject again =
            builder.build(resolveRun(t.db.connection(), QStringLiteral("run-19c6e4")).key,
                          QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(again, report);
    }

    // The CLI writes the report and its .sha256; the PDF holds the facts.
    void cliReports() {
        TempDatabase t;
        QCOMPARE(t.import({sourcePath(QStringLiteral("resources/sample"))}).totals.rejected, 0);
        for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("md")}) {
            const QString out = t.dir.filePath(QStringLiteral("report.") + format);
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("RUNLEDGER_REPORT_TIME"),
                       QStringLiteral("2026-01-01T12:00:00Z"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), t.dir.filePath(QStringLiteral("config")));
            env.remove(QStringLiteral("DISPLAY"));
            p.setProcessEnvironment(env);
            // Markdown with --json: one document naming what was written.
            const bool json = format == QLatin1String("md");
            QStringList args = {QStringLiteral("--db"),     t.path(),
                                QStringLiteral("report"),   QStringLiteral("run-3f9b52"),
                                QStringLiteral("--format"), format,
                                QStringLiteral("-o"),       out};
            if (json)
                args << QStringLiteral("--json");
            p.start(QStringLiteral(RUNLEDGER_CLI_PATH), args);
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QFile written(out), sum(out + QStringLiteral(".sha256"));
            QVERIFY(written.open(QIODevice::ReadOnly) && sum.open(QIODevice::ReadOnly));
            const QByteArray bytes = written.readAll();
            QCOMPARE(sum.readAll(), sha256Line(bytes, QFileInfo(out).fileName()));
            const QJsonObject doc = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            if (json) {
                QCOMPARE(doc.value(QStringLiteral("run")).toString(), QStringLiteral("run-3f9b52"));
                QCOMPARE(doc.value(QStringLiteral("output")).toString(),
                         QFileInfo(out).absoluteFilePath());
                QCOMPARE(doc.value(QStringLiteral("bytes")).toInteger(), bytes.size());
                QCOMPARE(doc.value(QStringLiteral("sha256")).toString().toLatin1(),
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            } else {
                QVERIFY(doc.isEmpty());
            }
            if (format != QLatin1String("pdf"))
                continue;
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
            if (!text.waitForStarted(10000))
                QSKIP("pdftotext is not installed (Debian package poppler-utils)");
            QVERIFY(text.waitForFinished(30000));
            const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
            for (const char* expected : {"Reproducibility report: run-3f9b52", "Data sources",
                                         "How to reproduce", "exp-4c2d19", "failed", "Environment"})
                QVERIFY2(pdf.contains(QLatin1String(expected)), expected);
        }
        // An unknown run is a usage error.
        QProcess p;
        p.start(QStringLiteral(RUNLEDGER_CLI_PATH),
                {QStringLiteral("--db"), t.path(), QStringLiteral("report"),
                 QStringLiteral("run-nope"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("-o"), t.dir.filePath(QStringLiteral("x.json"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
    }

    // sha256 prints sha256sum lines, or with --json one document; an unreadable
    // file is reported and makes the exit status 2, the others are still hashed.
    void cliSha256() {
        QTemporaryDir dir;
        const QString abc = dir.filePath(QStringLiteral("abc.txt"));
        QFile f(abc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        const QString abcHash =
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QProcess p;
        p.start(QStringLiteral(RUNLEDGER_CLI_PATH), {QStringLiteral("sha256"), abc});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()),
                 abcHash + QStringLiteral("  ") + abc + QLatin1Char('\n'));

        p.start(QStringLiteral(RUNLEDGER_CLI_PATH),
                {QStringLiteral("--json"), QStringLiteral("sha256"), abc, missing});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QJsonArray files = QJsonDocument::fromJson(p.readAllStandardOutput())
                                     .object()
                                     .value(QStringLiteral("files"))
                                     .toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject().value(QStringLiteral("sha256")).toString(), abcHash);
        QCOMPARE(files[0].toObject().value(QStringLiteral("bytes")).toInt(), 3);
        QCOMPARE(files[1].toObject().value(QStringLiteral("path")).toString(), missing);
        QVERIFY(!files[1].toObject().value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(missing));
    }
};

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
