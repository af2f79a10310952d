// SPDX-License-Identifier: MIT
// The bundled sample project, written the way Persona writes its files,
// imports with exactly the counts resources/sample/EXPECTED.json states.
#include "storage/ledgerqueries.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace runledger;
using namespace runledger::test;

class TestSampleProject : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        m_expected = readJson(sourcePath(QStringLiteral("resources/sample/EXPECTED.json")));
        QVERIFY(!m_expected.isEmpty());
        QVERIFY(m_db.ok);
        m_report = m_db.import({sourcePath(QStringLiteral("resources/sample"))});
    }

    void totals() {
        const QJsonObject totals = m_expected.value(QStringLiteral("totals")).toObject();
        QCOMPARE(m_report.totals.imported, totals.value(QStringLiteral("imported")).toInteger());
        QCOMPARE(m_report.totals.duplicates,
                 totals.value(QStringLiteral("duplicates")).toInteger());
        QCOMPARE(m_report.totals.rejected, 0);
        QCOMPARE(m_report.totals.failedFiles, 0);
        QCOMPARE(rollupMismatches(m_db.db), 0);
        qint64 skipped = 0;
        for (const FileReport& f : m_report.files)
            skipped += f.skipped;
        QCOMPARE(skipped, m_expected.value(QStringLiteral("structured"))
                              .toObject()
                              .value(QStringLiteral("console_lines_skipped"))
                              .toInteger());
    }

    void summary() {
        QString error;
        QJsonObject got = LedgerQueries(m_db.db.connection()).summary(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject want = m_expected.value(QStringLiteral("summary")).toObject();
        for (const char* key : {"experiments", "runs", "llm_calls", "cost_records"})
            QCOMPARE(got.value(QLatin1String(key)).toInteger(),
                     want.value(QLatin1String(key)).toInteger());
        QCOMPARE(got.value(QStringLiteral("events")), want.value(QStringLiteral("events")));
        QVERIFY(qAbs(got.value(QStringLiteral("cost_actual_total")).toDouble() -
                     want.value(QStringLiteral("cost_actual_total")).toDouble()) < 1e-9);
        const QJsonObject gotModels = got.value(QStringLiteral("tokens_by_model")).toObject();
        const QJsonObject wantModels = want.value(QStringLiteral("tokens_by_model")).toObject();
        QCOMPARE(gotModels.keys(), wantModels.keys());
        for (const QString& model : wantModels.keys()) {
            const QJsonObject g = gotModels.value(model).toObject();
            const QJsonObject w = wantModels.value(model).toObject();
            for (const char* key : {"calls", "input", "output"})
                QCOMPARE(g.value(QLatin1String(key)).toInteger(),
                         w.value(QLatin1String(key)).toInteger());
            QVERIFY(qAbs(g.value(QStringLiteral("cost_usd")).toDouble() -
                         w.value(QStringLiteral("cost_usd")).toDouble()) < 1e-9);
        }
    }

    void runs_data() {
        QTest::addColumn<QJsonObject>("want");
        for (const QJsonValue v : m_expected.value(QStringLiteral("run_list")).toArray())
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("run_id")).toString()))
                << v.toObject();
    }

    void runs() {
        QFETCH(QJsonObject, want);
        QString error;
        const QJsonArray all = LedgerQueries(m_db.db.connection()).runs(0, &error);
        QJsonObject got;
        for (const QJsonValue v : all) {
            if (v.toObject().value(QStringLiteral("run_id")) ==
                want.value(QStringLiteral("run_id")))
                got = v.toObject();
        }
        QVERIFY(!got.isEmpty());
        for (const char* key :
             {"experiment_id", "experiment_name", "status", "model", "cost_source"})
            QCOMPARE(got.value(QLatin1String(key)).toString(),
                     want.value(QLatin1String(key)).toString());
        for (const char* key :
             {"input_tokens", "output_tokens", "events", "structured_entries", "llm_calls"})
            QCOMPARE(got.value(QLatin1String(key)).toInteger(),
                     want.value(QLatin1String(key)).toInteger());
        QVERIFY(qAbs(got.value(QStringLiteral("cost_usd")).toDouble() -
                     want.value(QStringLiteral("cost_usd")).toDouble()) < 1e-9);
        QVERIFY(qAbs(got.value(QStringLiteral("duration_seconds")).toDouble() -
                     want.value(QStringLiteral("duration_seconds")).toDouble()) < 1e-3);
        // Same instant, whatever the spelling.
        for (const char* key : {"started", "ended"}) {
            const QDateTime g =
                QDateTime::fromString(got.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
            const QDateTime w =
                QDateTime::fromString(want.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
            QCOMPARE(g.toMSecsSinceEpoch(), w.toMSecsSinceEpoch());
        }
    }

    void reimportChangesNothing() {
        const ImportReport again = m_db.import({sourcePath(QStringLiteral("resources/sample"))});
        QCOMPARE(again.totals.imported, 0);
        QCOMPARE(again.totals.rejected, 0);
        for (const FileReport& f : again.files)
            QVERIFY(f.unchanged || f.kind == FileKind::Unknown);
    }

private:
    QJsonObject m_expected;
    TempDatabase m_db;
    ImportReport m_report;
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
