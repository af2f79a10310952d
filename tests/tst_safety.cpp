// SPDX-License-Identifier: MIT
// Hostile log content and unreadable paths: terminal output with controls
// escaped, Markdown reports that render as the text, CSV cells a spreadsheet
// cannot run, folders and links that cannot be read reported (exit 1).
#include "domain/budget.h"
#include "domain/pricetable.h"
#include "import/importreportexport.h"
#include "report/reportbuilder.h"
#include "storage/runlookup.h"
#include "testsupport.h"
#include "text/csvwriter.h"
#include "text/textescape.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace runledger;
using namespace runledger::test;

namespace {

// The run id of tests/data/hostile: clears the screen and plants an OSC 8 link.
const QString kHostileRun = QStringLiteral("run-\x1b[2J\x1b]8;;https://evil.example/\alink"
                                           "\x1b]8;;\a");
const QString kHostileRunShown =
    QStringLiteral("run-\\x1b[2J\\x1b]8;;https://evil.example/\\x07link\\x1b]8;;\\x07");

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Without the two capabilities that let root read any folder, a root-run CLI
// meets permission bits as every other user does.
void dropReadAnyFolder() {
    ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
    ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
}

Result cli(const QStringList& args, bool asUnprivilegedRoot = false) {
    QProcess p;
    if (asUnprivilegedRoot)
        p.setChildProcessModifier(dropReadAnyFolder);
    p.start(QStringLiteral(RUNLEDGER_CLI_PATH), args);
    Result r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Raw terminal controls that must never reach a terminal: ESC, BEL, C1 CSI
// (U+009B) and RIGHT-TO-LEFT OVERRIDE (U+202E), as UTF-8.
bool holdsRawControls(const QByteArray& text) {
    return text.contains('\x1b') || text.contains('\a') || text.contains("\xc2\x9b") ||
           text.contains("\xe2\x80\xae");
}

// True when this process may drop capabilities from its children's bounding set.
bool canDropCapabilities() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("CapEff:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> CAP_SETPCAP) & 1;
    }
    return false;
}

QJsonObject fileEntry(const QJsonObject& report, const QString& path) {
    for (const QJsonValue v : report.value(QStringLiteral("files")).toArray()) {
        if (v.toObject().value(QStringLiteral("path")).toString() == path)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        const Result r = cli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                              dataPath(QStringLiteral("hostile")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
    }

    void terminalSafe_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("CSI") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
        QTest::newRow("OSC 8") << kHostileRun << kHostileRunShown;
        QTest::newRow("tab, LF, CR")
            << QStringLiteral("a\tb\nc\rd") << QStringLiteral("a\\tb\\nc\\rd");
        QTest::newRow("NUL and DEL")
            << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b\x7f"))
            << QStringLiteral("a\\x00b\\x7f");
        QTest::newRow("C1 CSI") << QStringLiteral("csi\u009b31m")
                                << QStringLiteral("csi\\u009b31m");
        QTest::newRow("bidi override")
            << QStringLiteral("invoice\u202efdp.exe") << QStringLiteral("invoice\\u202efdp.exe");
        QTest::newRow("bidi isolates")
            << QStringLiteral("\u2066x\u2069\u202a") << QStringLiteral("\\u2066x\\u2069\\u202a");
        QTest::newRow("kept") << QStringLiteral("Grüße – 日本 <b>\\x")
                              << QStringLiteral("Grüße – 日本 <b>\\x");
    }
    void terminalSafe() {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(runledger::terminalSafe(text), shown);
    }

    void markdownInline_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                                << QStringLiteral("&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
        QTest::newRow("javascript link") << QStringLiteral("[x](javascript:alert(1))")
                                         << QStringLiteral("\\[x\\]\\(javascript:alert\\(1\\)\\)");
        QTest::newRow("remote image")
            << QStringLiteral("![t](https://evil.example/t.png)")
            << QStringLiteral("\\!\\[t\\]\\(https://evil.example/t.png\\)");
        QTest::newRow("emphasis, code, heading, cell")
            << QStringLiteral("*b* _i_ `c` # h | p ~s~ \\")
            << QStringLiteral("\\*b\\* \\_i\\_ \\`c\\` \\# h \\| p \\~s\\~ \\\\");
        QTest::newRow("line breaks")
            << QStringLiteral("a\nb\r\nc\td\re") << QStringLiteral("a b c d e");
        QTest::newRow("entity") << QStringLiteral("a & b") << QStringLiteral("a &amp; b");
        QTest::newRow("terminal escape")
            << QStringLiteral("x\x1b[31m") << QStringLiteral("x\\\\x1b\\[31m");
        QTest::newRow("plain") << QStringLiteral("run-1 2025-10-06 0.5")
                               << QStringLiteral("run-1 2025-10-06 0.5");
    }
    void markdownInline() {
        QFETCH(QString, text);
        QFETCH(QString, markdown);
        QCOMPARE(runledger::markdownInline(text), markdown);
    }

    void csvNeutralisesFormulasButNotNumbers() {
        CsvWriter csv({QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("n")}, {2});
        csv.addRow({QStringLiteral("=HYPERLINK(\"https://evil.example\",\"click\")"),
                    QStringLiteral("+1"), QStringLiteral("-3.5")});
        csv.addRow({QStringLiteral("@SUM(A1)"), QStringLiteral("-2+3"), QStringLiteral("1e-06")});
        csv.addRow({QStringLiteral("\tx"), QStringLiteral("\ry"), QStringLiteral("12")});
        csv.addRow({QStringLiteral("plain, with comma"), QStringLiteral("say \"hi\""),
                    QStringLiteral("=1+1")});
        csv.addRow({QStringLiteral("multi\nline"), QStringLiteral("-3.5"), QString()});
        csv.addRow({QStringLiteral("Grüße"), QString(), QStringLiteral("-")});
        QCOMPARE(csv.data(),
                 QByteArray("key,value,n\r\n"
                            "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\","
                            "\"'+1\",-3.5\r\n"
                            "\"'@SUM(A1)\",\"'-2+3\",1e-06\r\n"
                            "\"'\tx\",\"'\ry\",12\r\n"
                            "\"plain, with comma\",\"say \"\"hi\"\"\",\"'=1+1\"\r\n"
                            "\"multi\nline\",\"'-3.5\",\r\n"
                            "Gr\xc3\xbc\xc3\x9f"
                            "e,,\"'-\"\r\n"));
    }

    void rejectedLinesCsvIsNeutralised() {
        ImportReport report;
        FileReport f;
        f.path = QStringLiteral("=cmd|' /C calc'!A0.jsonl");
        f.rejectedLines = {{3, QStringLiteral("-bad line")}};
        report.files << f;
        FileReport folder;
        folder.path = QStringLiteral("/data/locked");
        folder.error = QStringLiteral("cannot list folder: Permission denied");
        folder.unreadable = true;
        report.files << folder;
        QCOMPARE(rejectedLinesCsv(report),
                 QByteArray("file,line,reason\r\n"
                            "\"'=cmd|' /C calc'!A0.jsonl\",3,\"'-bad line\""
                            "\r\n"
                            "/data/locked,,not read: cannot list folder: Permission denied\r\n"));
    }

    void cliTablesEscapeControls() {
        Result r = cli({QStringLiteral("--db"), m_db, QStringLiteral("runs")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!holdsRawControls(r.out), r.out.constData());
        QVERIFY2(
            r.out.split('\n').value(1).startsWith(QByteArray(kHostileRunShown.toUtf8() + "  ")),
            r.out.constData());
        // --json keeps the exact value (JSON escapes controls itself).
        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("runs"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("run_id")).toString(),
                 kHostileRun);

        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("timeline"), kHostileRun});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!holdsRawControls(r.out), r.out.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 7); // header, 5 events, final newline
        const QList<QByteArray> messages = {
            "<script>alert(1)</script>", "=HYPERLINK(\"https://evil.example\",\"click\")",
            "invoice\\u202efdp.exe", "csi\\u009b31m red",
            "[x](javascript:alert(1)) ![t](https://evil.example/t.png) <img src=x "
            "onerror=alert(1)> *b* _i_ `c` # h | p\\nsecond line"};
        for (int i = 0; i < messages.size(); ++i)
            QVERIFY2(lines.at(i + 1).endsWith(QByteArray("  " + messages.at(i))),
                     lines.at(i + 1).constData());

        r = cli({QStringLiteral("--db"), m_db, QStringLiteral("timeline"), kHostileRun,
                 QStringLiteral("--json")});
        QCOMPARE(r.json().array().at(3).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("csi\u009b31m red"));
    }

    void cliErrorsEscapeQuotedText() {
        const Result r = cli({QStringLiteral("--db"), m_db, QStringLiteral("timeline"),
                              QStringLiteral("\x1b[2Jnope")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray("runledger-cli: no run '\\x1b[2Jnope'"
                                   "\n"));
    }

    void cliImportReportEscapesPathsAndReasons() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad\x1b[31m.jsonl"));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("events_bad_lines.jsonl")), file));
        const Result r = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")),
                              QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!holdsRawControls(r.out), r.out.constData());
        const QString shown = dir.path() + QStringLiteral("/bad\\x1b[31m.jsonl");
        QVERIFY2(r.out.contains((shown + QStringLiteral(":4: rejected: invalid JSON")).toUtf8()),
                 r.out.constData());
    }

    void markdownReportRendersAsText() {
        TempDatabase t;
        QCOMPARE(t.import({dataPath(QStringLiteral("hostile"))}).totals.rejected, 0);
        ReportBuilder builder(t.db.connection(), PriceTable::defaults(), BudgetLimits{});
        QString error;
        const QJsonObject report =
            builder.build(resolveRun(t.db.connection(), kHostileRun).key,
                          QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC), &error);
        QVERIFY2(!report.isEmpty(), qPrintable(error));
        const QString md = reportMarkdown(report);
        QVERIFY(md.startsWith(QStringLiteral(
            "# Reproducibility report: run-\\\\x1b\\[2J\\\\x1b\\]8;;https://evil.example/"
            "\\\\x07link\\\\x1b\\]8;;\\\\x07"
            "\n\n")));
        const QStringList lines = md.split(QLatin1Char('\n'));
        for (const QString& expected :
             {QStringLiteral("| note | &lt;script&gt;alert\\(1\\)&lt;/script&gt; | extra |"),
              QStringLiteral("| prompt\\_variant | \\[x\\]\\(javascript:alert\\(1\\)\\) "
                             "\\!\\[t\\]\\(https://evil.example/t.png\\) &lt;img src=x "
                             "onerror=alert\\(1\\)&gt; \\*b\\* \\_i\\_ \\`c\\` \\# h \\| p second "
                             "line | extra |"),
              QStringLiteral(
                  "| 2025-10-06T10:00:04.000000Z | experiment\\_failed | \\[x\\]\\(javascript:"
                  "alert\\(1\\)\\) \\!\\[t\\]\\(https://evil.example/t.png\\) &lt;img src=x "
                  "onerror=alert\\(1\\)&gt; \\*b\\* \\_i\\_ \\`c\\` \\# h \\| p second line |"),
              QStringLiteral("| error | =HYPERLINK\\(\"https://evil.example\",\"click\"\\) |")})
            QVERIFY2(lines.contains(expected), qPrintable(expected + QStringLiteral("\n\n") + md));
        QVERIFY(!md.contains(QLatin1Char('<')));
        QVERIFY(!holdsRawControls(md.toUtf8()));
        // The HTML report escapes the same values.
        const QString html = reportHtml(report);
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(!html.contains(QLatin1String("<img")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    // A link loop cannot be followed, not even by root: reported, exit 1.
    void linkLoopIsReported() {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(logs));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("events_good.jsonl")),
                            logs + QStringLiteral("/experiment.jsonl")));
        const QString loop = logs + QStringLiteral("/loop.jsonl");
        QCOMPARE(::symlink("loop.jsonl", QFile::encodeName(loop).constData()), 0);
        const QString dangling = dir.filePath(QStringLiteral("gone.jsonl"));
        QCOMPARE(::symlink("nowhere.jsonl", QFile::encodeName(dangling).constData()), 0);

        TempDatabase t;
        const ImportReport report = t.import({logs});
        QCOMPARE(report.totals.imported, 20);
        QCOMPARE(report.totals.unreadablePaths, 1);
        QCOMPARE(report.totals.failedFiles, 0);
        QCOMPARE(report.files.first().path, loop);
        QVERIFY(report.files.first().unreadable);
        QCOMPARE(report.files.first().error,
                 QStringLiteral("cannot follow link: Too many levels of symbolic links"));

        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        Result r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), logs, dangling});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(
                     (loop + QStringLiteral(": FAILED, not read: cannot follow link: Too many "
                                            "levels of symbolic links\n"))
                         .toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains((dangling + QStringLiteral(": FAILED, not read: cannot follow "
                                                           "link: No such file or directory\n"))
                                    .toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains(", 2 paths not readable in "), r.out.constData());
        r = cli(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), logs});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("unreadable_paths"))
                     .toInt(),
                 1);
        const QJsonObject entry = fileEntry(o, loop);
        QCOMPARE(entry.value(QStringLiteral("unreadable")).toBool(), true);
        QCOMPARE(entry.value(QStringLiteral("error")).toString(),
                 QStringLiteral("cannot follow link: Too many levels of symbolic links"));
    }

    // A folder without read permission, below the walk and as the top folder.
    // Root reads any folder, so as root the CLI runs without that capability.
    void permissionDeniedFolderIsReported() {
        const bool root = ::geteuid() == 0;
        if (root && !canDropCapabilities())
            QSKIP("running as root without CAP_SETPCAP: cannot take away reading any folder");
        QTemporaryDir dir;
        const QString top = dir.filePath(QStringLiteral("experiments"));
        const QString locked = top + QStringLiteral("/locked");
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QDir().mkpath(top + QStringLiteral("/open")));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("events_good.jsonl")),
                            top + QStringLiteral("/open/experiment.jsonl")));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("events_dup_within.jsonl")),
                            locked + QStringLiteral("/experiment.jsonl")));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));

        Result r = cli(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import"), top},
            root);
        QCOMPARE(r.exitCode, 1);
        QJsonObject o = r.json().object();
        QCOMPARE(
            o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("imported")).toInt(),
            20);
        QCOMPARE(fileEntry(o, locked).value(QStringLiteral("error")).toString(),
                 QStringLiteral("cannot list folder: Permission denied"));

        r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), locked}, root);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(
                     (locked +
                      QStringLiteral(": FAILED, not read: cannot list folder: Permission denied\n"))
                         .toUtf8()),
                 r.out.constData());

        if (!root) { // the same through the core, in this process
            TempDatabase t;
            const ImportReport report = t.import({top});
            QCOMPARE(report.totals.unreadablePaths, 1);
            QCOMPARE(report.files.first().path, locked);
        }
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
