// SPDX-License-Identifier: MIT
// verify-report: a JSON report re-checked offline. ReportVerifier on the
// fixtures in tests/data/verify_report (what is not ours, .sha256 files, path
// resolution), then runledger-cli on reports written from a copy of the sample
// project: clean, an edited data file, a missing one, a tampered report, a
// .sha256 for another file, mapped paths, unusable input (exit 2).
#include "integrity/reportverifier.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace runledger;
using namespace runledger::test;

namespace {

QString fixture(const QString& name) {
    return dataPath(QStringLiteral("verify_report/") + name);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray sha(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

struct Result {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonObject file(const QString& path) const {
        for (const QJsonValue v : json().value(QStringLiteral("files")).toArray()) {
            if (v.toObject().value(QStringLiteral("path")).toString() == path)
                return v.toObject();
        }
        return {};
    }
    QString status(const QString& path) const {
        return file(path).value(QStringLiteral("status")).toString();
    }
    qint64 total(const char* key) const {
        return json()
            .value(QStringLiteral("totals"))
            .toObject()
            .value(QLatin1String(key))
            .toInteger(-1);
    }
    QJsonObject report() const { return json().value(QStringLiteral("report")).toObject(); }
};

// runledger-cli with its settings in `config` (no path mappings of this machine).
Result cli(const QStringList& args, const QString& config) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("RUNLEDGER_REPORT_TIME"), QStringLiteral("2026-01-01T12:00:00Z"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RUNLEDGER_CLI_PATH), args);
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestVerifyReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;
    QString m_db;
    QString m_sample;

    Result verifyReport(QStringList args) {
        return cli(QStringList{QStringLiteral("--json"), QStringLiteral("verify-report")} + args,
                   m_config);
    }
    // The JSON report of a run of the sample copy, written by runledger-cli
    // into `folder` (outside the sample: paths resolve through the report).
    QString writeReport(const QString& run, const QString& folder) {
        const QString path = QDir(folder).filePath(run + QStringLiteral(".json"));
        const Result r =
            cli({QStringLiteral("--db"), m_db, QStringLiteral("report"), run,
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), path},
                m_config);
        return r.exitCode == 0 ? path : QString();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_config = m_dir.filePath(QStringLiteral("config"));
        m_db = m_dir.filePath(QStringLiteral("ledger.sqlite"));
        m_sample = m_dir.filePath(QStringLiteral("sample"));
        QVERIFY(copyTree(sourcePath(QStringLiteral("resources/sample")), m_sample));
        QCOMPARE(cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), m_sample}, m_config)
                     .exitCode,
                 0);
    }

    // --- ReportVerifier: what it reads, and what it refuses -----------------

    void parseReadsTheDataFiles() {
        QString error;
        const auto listing = ReportVerifier::parse(
            readAll(fixture(QStringLiteral("study one/report.json"))), &error);
        QVERIFY2(listing, qPrintable(error));
        QCOMPARE(listing->experimentId, QStringLiteral("exp-v3r1f7"));
        QCOMPARE(listing->runId, QStringLiteral("run-5c0a11"));
        QCOMPARE(listing->generatedAt, QStringLiteral("2026-01-01T12:00:00Z"));
        QCOMPARE(listing->files.size(), 2);
        QCOMPARE(listing->files[0].path, QStringLiteral("data/données d'été.csv"));
        QCOMPARE(
            listing->files[0].resolvedPath,
            QStringLiteral("/home/alice/persona/experiments/study one/data/données d'été.csv"));
        QVERIFY(listing->files[0].recorded.startsWith(QLatin1String("sha256:")));
        QCOMPARE(listing->files[1].recorded.size(), 64); // bare upper-case hex
    }

    void parseRefusesWhatIsNotOurs_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("hello, world\n") << "not valid JSON";
        QTest::newRow("truncated")
            << readAll(fixture(QStringLiteral("truncated.json"))) << "not valid JSON";
        QTest::newRow("another JSON document")
            << readAll(fixture(QStringLiteral("not_ours.json"))) << "not a RunLedger report";
        QTest::newRow("a JSON array")
            << readAll(dataPath(QStringLiteral("not_a_log.json"))) << "not a RunLedger report";
        QTest::newRow("Persona metadata")
            << readAll(dataPath(QStringLiteral("metadata_good.json"))) << "not a RunLedger report";
        QTest::newRow("an empty object") << QByteArray("{}") << "not a RunLedger report";
        QTest::newRow("no data_sources")
            << QByteArray(R"({"generator": {"name": "RunLedger"}})") << "no data_sources";
        QTest::newRow("data_sources not a list")
            << QByteArray(R"({"generator": {"name": "RunLedger"}, "data_sources": {}})")
            << "no data_sources";
        QTest::newRow("an entry without path")
            << QByteArray(
                   R"({"generator": {"name": "RunLedger"}, "data_sources": [{"path": "a"}, 3]})")
            << "data_sources[1] has no path";
        QTest::newRow("deeply nested") << QByteArray(100000, '[') << "not valid JSON";
    }
    void parseRefusesWhatIsNotOurs() {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!ReportVerifier::parse(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // The .sha256 beside a report, in the forms sha256sum writes and others.
    void checksumFile_data() {
        QTest::addColumn<QByteArray>("content"); // "<sha>" stands for the report's SHA-256
        QTest::addColumn<QString>("status");
        QTest::newRow("as writeReport writes it") << QByteArray("<sha>  r e.json\n") << "ok";
        QTest::newRow("binary marker, CRLF") << QByteArray("<SHA> *r e.json\r\n") << "ok";
        QTest::newRow("among other files")
            << QByteArray("0000000000000000000000000000000000000000000000000000000000000000  "
                          "x.json\n<sha>  r e.json\n")
            << "ok";
        QTest::newRow("absolute path of the report") << QByteArray("<sha>  <path>\n") << "ok";
        QTest::newRow("another hash")
            << QByteArray("1111111111111111111111111111111111111111111111111111111111111111  "
                          "r e.json\n")
            << "mismatch";
        QTest::newRow("another file") << QByteArray("<sha>  other.json\n") << "other_file";
        QTest::newRow("same name in another folder")
            << QByteArray("<sha>  sub/r e.json\n") << "other_file";
        QTest::newRow("not a checksum line") << QByteArray("checksum: yes\n") << "malformed";
        QTest::newRow("63 hex digits")
            << QByteArray("000000000000000000000000000000000000000000000000000000000000000  "
                          "r e.json\n")
            << "malformed";
        QTest::newRow("one space") << QByteArray("<sha> r e.json\n") << "malformed";
        QTest::newRow("empty") << QByteArray() << "malformed";
        QTest::newRow("huge") << QByteArray(200000, 'a') << "malformed";
        QTest::newRow("absent") << QByteArray("<absent>") << "absent";
        QTest::newRow("a folder") << QByteArray("<folder>") << "unreadable";
    }
    void checksumFile() {
        QFETCH(QByteArray, content);
        QFETCH(QString, status);
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("r e.json"));
        const QByteArray bytes = readAll(fixture(QStringLiteral("study one/report.json")));
        QVERIFY(writeFile(report, bytes));
        const QString sumFile = report + QStringLiteral(".sha256");
        if (content == "<folder>") {
            QVERIFY(QDir().mkpath(sumFile));
        } else if (content != "<absent>") {
            content.replace("<sha>", sha(bytes)).replace("<SHA>", sha(bytes).toUpper());
            content.replace("<path>", report.toUtf8());
            QVERIFY(writeFile(sumFile, content));
        }
        const ReportChecksum c = ReportVerifier::checkChecksum(report, bytes);
        QCOMPARE(reportChecksumStatusName(c.status), status);
        QCOMPARE(c.actual.toLatin1(), sha(bytes));
        QCOMPARE(c.problem(), status != QLatin1String("ok") && status != QLatin1String("absent"));
        QCOMPARE(c.detail.isEmpty(), !c.problem());
    }

    void candidatesTryMappingsFirst() {
        const ReportDataFile f{QStringLiteral("data/a b.csv"),
                               QStringLiteral("/home/alice/exp/data/a b.csv"), QString()};
        const QString report = QStringLiteral("/reviewer/reports/r.json");
        QCOMPARE(ReportVerifier::candidates(f, report, {}),
                 QStringList({QStringLiteral("/home/alice/exp/data/a b.csv"),
                              QStringLiteral("/reviewer/reports/data/a b.csv")}));
        QCOMPARE(ReportVerifier::candidates(
                     f, report, {{QStringLiteral("/home/alice"), QStringLiteral("/mnt/copy")}}),
                 QStringList({QStringLiteral("/mnt/copy/exp/data/a b.csv"),
                              QStringLiteral("/home/alice/exp/data/a b.csv"),
                              QStringLiteral("/reviewer/reports/data/a b.csv")}));
        // A report kept in a run's outputs folder: relative paths resolve up to
        // the experiment folder, as for the run's metadata.
        const ReportDataFile relative{QStringLiteral("data/x.csv"), QString(), QString()};
        QCOMPARE(
            ReportVerifier::candidates(relative, QStringLiteral("/e/outputs/20250101/r.json"), {}),
            QStringList({QStringLiteral("/e/outputs/20250101/data/x.csv"),
                         QStringLiteral("/e/outputs/data/x.csv"),
                         QStringLiteral("/e/data/x.csv")}));
    }

    // --- runledger-cli verify-report on reports of the sample ---------------

    void cleanReportExitsZero() {
        QTemporaryDir reports;
        const QString report = writeReport(QStringLiteral("run-a81e07"), reports.path());
        QVERIFY(!report.isEmpty());
        // Never verified, its data files still say where they resolve.
        const QJsonArray sources = readJson(report).value(QStringLiteral("data_sources")).toArray();
        QCOMPARE(sources.size(), 2);
        for (const QJsonValue s : sources) {
            QCOMPARE(s[QStringLiteral("status")].toString(), QStringLiteral("not verified"));
            QVERIFY(s[QStringLiteral("resolved_path")].toString().startsWith(m_sample));
        }
        const Result r = verifyReport({report});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.total("files"), 2);
        QCOMPARE(r.total("ok"), 2);
        QCOMPARE(r.total("problems"), 0);
        QCOMPARE(r.report().value(QStringLiteral("path")).toString(), report);
        QCOMPARE(r.report().value(QStringLiteral("sha256_ok")).toBool(), true);
        QCOMPARE(r.report().value(QStringLiteral("run_id")).toString(),
                 QStringLiteral("run-a81e07"));
        QVERIFY(!r.report().value(QStringLiteral("experiment_id")).toString().isEmpty());
        const QJsonObject f = r.file(QStringLiteral("data/interview-01.md"));
        QCOMPARE(f.value(QStringLiteral("resolved_path")).toString(),
                 m_sample + QStringLiteral("/experiments/churn-interviews/data/interview-01.md"));
        QCOMPARE(f.value(QStringLiteral("actual")), f.value(QStringLiteral("expected")));
        // The table names each file and ends with the verdict.
        const Result human = cli({QStringLiteral("verify-report"), report}, m_config);
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("data/interview-02.md"));
        QVERIFY(human.out.contains("Report SHA-256: ok, matches run-a81e07.json.sha256"));
        QVERIFY2(human.out.trimmed().endsWith(
                     "OK: every data file matches the checksum the report records."),
                 human.out.constData());
    }

    void editedAndMissingDataFilesExitOne() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("sample"));
        QVERIFY(copyTree(m_sample, copy));
        QTemporaryDir reports;
        const QString report = writeReport(QStringLiteral("run-a81e07"), reports.path());
        const QString data = m_sample + QStringLiteral("/experiments/churn-interviews/data/");
        // Edit one file, remove the other; restore both afterwards.
        const QByteArray original = readAll(data + QStringLiteral("interview-01.md"));
        QVERIFY(writeFile(data + QStringLiteral("interview-01.md"), original + " "));
        QVERIFY(QFile::remove(data + QStringLiteral("interview-02.md")));
        const Result r = verifyReport({report});
        QVERIFY(writeFile(data + QStringLiteral("interview-01.md"), original));
        QVERIFY(QFile::copy(copy + QStringLiteral("/experiments/churn-interviews/data/"
                                                  "interview-02.md"),
                            data + QStringLiteral("interview-02.md")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.status(QStringLiteral("data/interview-01.md")), QStringLiteral("mismatch"));
        QCOMPARE(r.file(QStringLiteral("data/interview-01.md"))
                     .value(QStringLiteral("actual"))
                     .toString()
                     .toLatin1(),
                 sha(original + " "));
        QCOMPARE(r.status(QStringLiteral("data/interview-02.md")), QStringLiteral("missing"));
        QVERIFY(r.file(QStringLiteral("data/interview-02.md"))
                    .value(QStringLiteral("actual"))
                    .isNull());
        QCOMPARE(r.total("mismatch"), 1);
        QCOMPARE(r.total("missing"), 1);
        QCOMPARE(r.total("problems"), 2);
        QCOMPARE(r.report().value(QStringLiteral("sha256_ok")).toBool(), true);
        // Restored: clean again.
        QCOMPARE(verifyReport({report}).exitCode, 0);
    }

    void tamperedReportExitsOne() {
        QTemporaryDir reports;
        const QString report = writeReport(QStringLiteral("run-a81e07"), reports.path());
        QByteArray bytes = readAll(report);
        QVERIFY(bytes.contains("\"status\": \"completed\""));
        bytes.replace("\"status\": \"completed\"", "\"status\": \"failed\"");
        QVERIFY(writeFile(report, bytes));
        const Result r = verifyReport({report});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.report().value(QStringLiteral("sha256_ok")).toBool(true), false);
        QCOMPARE(r.report().value(QStringLiteral("sha256_status")).toString(),
                 QStringLiteral("mismatch"));
        QCOMPARE(r.report().value(QStringLiteral("sha256")).toString().toLatin1(), sha(bytes));
        QCOMPARE(r.total("ok"), 2); // the data files still verify
        QCOMPARE(r.total("problems"), 1);
        const Result human = cli({QStringLiteral("verify-report"), report}, m_config);
        QVERIFY(human.out.contains("Report SHA-256: MISMATCH"));
        QVERIFY(human.out.contains("FAILED: the report does not match its .sha256 (mismatch)."));
        // Without its .sha256 the report itself is not checked: its files are.
        QVERIFY(QFile::remove(report + QStringLiteral(".sha256")));
        const Result alone = verifyReport({report});
        QCOMPARE(alone.exitCode, 0);
        QVERIFY(alone.report().value(QStringLiteral("sha256_ok")).isNull());
        QCOMPARE(alone.report().value(QStringLiteral("sha256_status")).toString(),
                 QStringLiteral("absent"));
    }

    void checksumOfAnotherFileExitsOne() {
        QTemporaryDir reports;
        const QString report = writeReport(QStringLiteral("run-a81e07"), reports.path());
        const QString other = reports.filePath(QStringLiteral("copy.json"));
        QVERIFY(QFile::copy(report, other));
        QVERIFY(QFile::copy(report + QStringLiteral(".sha256"), other + QStringLiteral(".sha256")));
        const Result r = verifyReport({other});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.report().value(QStringLiteral("sha256_status")).toString(),
                 QStringLiteral("other_file"));
        QVERIFY(r.report()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("run-a81e07.json")));
        // The fixtures: the same for a renamed report, and a malformed .sha256.
        const Result renamed = verifyReport({fixture(QStringLiteral("study one/renamed.json"))});
        QCOMPARE(renamed.exitCode, 1);
        QCOMPARE(renamed.report().value(QStringLiteral("sha256_status")).toString(),
                 QStringLiteral("other_file"));
        const Result malformed =
            verifyReport({fixture(QStringLiteral("study one/malformed.json"))});
        QCOMPARE(malformed.exitCode, 1);
        QCOMPARE(malformed.report().value(QStringLiteral("sha256_status")).toString(),
                 QStringLiteral("malformed"));
        QCOMPARE(malformed.total("ok"), 2);
    }

    // run-6b2f8d records /Users/alice/research/pricing-study/data/competitors.csv.
    void mappedPaths() {
        QTemporaryDir reports;
        const QString report = writeReport(QStringLiteral("run-6b2f8d"), reports.path());
        const Result unmapped = verifyReport({report});
        QCOMPARE(unmapped.exitCode, 1);
        const QString alice =
            QStringLiteral("/Users/alice/research/pricing-study/data/competitors.csv");
        QCOMPARE(unmapped.status(alice), QStringLiteral("missing"));
        const QString map = QStringLiteral("/Users/alice/research/pricing-study=") + m_sample +
                            QStringLiteral("/experiments/pricing-study");
        const Result mapped = verifyReport({report, QStringLiteral("--map"), map});
        QCOMPARE(mapped.exitCode, 0);
        QCOMPARE(mapped.status(alice), QStringLiteral("ok"));
        QCOMPARE(mapped.total("ok"), 3);
        // The whole project moved: the resolved paths the report records are
        // gone, --map points at the new place.
        QTemporaryDir moved;
        QVERIFY(copyTree(m_sample, moved.filePath(QStringLiteral("elsewhere"))));
        const QString newPlace = moved.filePath(QStringLiteral("elsewhere"));
        const QString runA = writeReport(QStringLiteral("run-a81e07"), reports.path());
        QTemporaryDir hidden;
        QVERIFY(QDir().rename(m_sample, hidden.filePath(QStringLiteral("s"))));
        const Result gone = verifyReport({runA});
        const Result remapped =
            verifyReport({runA, QStringLiteral("--map"), m_sample + QLatin1Char('=') + newPlace});
        QVERIFY(QDir().rename(hidden.filePath(QStringLiteral("s")), m_sample));
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(gone.total("missing"), 2);
        QCOMPARE(remapped.exitCode, 0);
        QCOMPARE(remapped.file(QStringLiteral("data/interview-01.md"))
                     .value(QStringLiteral("resolved_path"))
                     .toString(),
                 newPlace + QStringLiteral("/experiments/churn-interviews/data/interview-01.md"));
        // A malformed --map is a usage error.
        QCOMPARE(verifyReport({runA, QStringLiteral("--map"), QStringLiteral("nothing")}).exitCode,
                 2);
    }

    // A report shipped in the experiment folder with its data verifies where
    // it lies: names with spaces and non-ASCII characters, relative paths.
    void reportBesideItsData() {
        const Result r = verifyReport({fixture(QStringLiteral("study one/report.json"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status(QStringLiteral("data/données d'été.csv")), QStringLiteral("ok"));
        QCOMPARE(r.status(QStringLiteral("data/plain.txt")), QStringLiteral("ok"));
        QCOMPARE(r.report().value(QStringLiteral("sha256_status")).toString(),
                 QStringLiteral("ok"));
    }

    void hostileStringsAreEscaped() {
        const Result r = cli(
            {QStringLiteral("verify-report"), fixture(QStringLiteral("hostile.json"))}, m_config);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\x07'), r.out.constData());
        QVERIFY(!r.out.contains("\u202e"));
        QVERIFY(r.out.contains("run-\\x1b[2J\\x1b]8;;https://evil.example/\\x07link"));
        QVERIFY(r.out.contains("data/\\x1b[2Jinvoice\\u202efdp.exe<script>"));
        // JSON keeps the value exactly.
        const Result j = verifyReport({fixture(QStringLiteral("hostile.json"))});
        QCOMPARE(j.json().value(QStringLiteral("files")).toArray().size(), 1);
        QVERIFY(j.json()
                    .value(QStringLiteral("files"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("path"))
                    .toString()
                    .contains(QChar(0x1b)));
    }

    void unusableInputExitsTwo_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not ours") << fixture(QStringLiteral("not_ours.json"))
                                  << "not a RunLedger report";
        QTest::newRow("truncated") << fixture(QStringLiteral("truncated.json")) << "not valid JSON";
        QTest::newRow("not JSON") << dataPath(QStringLiteral("binary.bin")) << "not valid JSON";
        QTest::newRow("empty") << dataPath(QStringLiteral("empty.jsonl")) << "empty file";
        QTest::newRow("no such file") << fixture(QStringLiteral("nowhere.json")) << "no such file";
        QTest::newRow("a folder") << fixture(QStringLiteral("study one")) << "a folder";
        QTest::newRow("a device") << QStringLiteral("/dev/zero") << "not a regular file";
        QTest::newRow("huge") << QStringLiteral("<huge>") << "too large";
    }
    void unusableInputExitsTwo() {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        if (path == QLatin1String("<huge>")) {
            // Sparse: 65 MiB that take no room.
            path = dir.filePath(QStringLiteral("huge.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(ReportVerifier::kMaxReportBytes + 1));
        }
        const Result r = verifyReport({path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.json().value(QStringLiteral("error")).toString().contains(reason),
                 r.out.constData());
        const Result human = cli({QStringLiteral("verify-report"), path}, m_config);
        QCOMPARE(human.exitCode, 2);
        QVERIFY(human.out.isEmpty());
        QVERIFY2(QString::fromUtf8(human.err).contains(reason), human.err.constData());
    }

    void usage() {
        QCOMPARE(cli({QStringLiteral("verify-report")}, m_config).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("verify-report"), fixture(QStringLiteral("hostile.json")),
                      fixture(QStringLiteral("not_ours.json"))},
                     m_config)
                     .exitCode,
                 2);
    }

    // A tampered report that is no longer JSON: exit 2, and the reason says
    // the .sha256 does not vouch for it either.
    void brokenAndTampered() {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("r.json"));
        const QByteArray good = readAll(fixture(QStringLiteral("study one/report.json")));
        QVERIFY(writeFile(report + QStringLiteral(".sha256"), sha(good) + "  r.json\n"));
        QVERIFY(writeFile(report, good.left(100)));
        const Result r = verifyReport({report});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.json()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("does not vouch for it either")));
    }
};

QTEST_GUILESS_MAIN(TestVerifyReport)
#include "tst_verifyreport.moc"
