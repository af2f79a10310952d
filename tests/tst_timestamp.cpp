// SPDX-License-Identifier: MIT
#include "import/timestamp.h"

#include <QTest>

using namespace runledger;

class TestTimestamp : public QObject {
    Q_OBJECT
private slots:
    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<bool>("hadZone");
        // 2025-09-14T08:05:12Z = 1757837112 s
        QTest::newRow("python isoformat")
            << "2025-09-14T08:05:12.480211+00:00" << true << qint64(1757837112480211) << true;
        QTest::newRow("zulu") << "2025-09-14T08:05:12.480211Z" << true << qint64(1757837112480211)
                              << true;
        QTest::newRow("no fraction")
            << "2025-09-14T08:05:12Z" << true << qint64(1757837112000000) << true;
        QTest::newRow("milliseconds")
            << "2025-09-14T08:05:12.48Z" << true << qint64(1757837112480000) << true;
        QTest::newRow("nanoseconds truncated")
            << "2025-09-14T08:05:12.480211999Z" << true << qint64(1757837112480211) << true;
        QTest::newRow("offset") << "2025-09-14T10:05:12+02:00" << true << qint64(1757837112000000)
                                << true;
        QTest::newRow("negative offset")
            << "2025-09-14T03:05:12-05:00" << true << qint64(1757837112000000) << true;
        QTest::newRow("compact offset")
            << "2025-09-14T10:05:12+0200" << true << qint64(1757837112000000) << true;
        QTest::newRow("no zone") << "2025-09-14T08:05:12" << true << qint64(1757837112000000)
                                 << false;
        QTest::newRow("space separator")
            << "2025-09-14 08:05:12.5" << true << qint64(1757837112500000) << false;
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << true << qint64(1709164800000000)
                                  << true;
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << true << qint64(0) << true;
        QTest::newRow("not a leap year") << "2025-02-29T00:00:00Z" << false << qint64(0) << false;
        QTest::newRow("month 13") << "2025-13-01T00:00:00Z" << false << qint64(0) << false;
        QTest::newRow("hour 24") << "2025-01-01T24:00:00Z" << false << qint64(0) << false;
        QTest::newRow("garbage") << "yesterday" << false << qint64(0) << false;
        QTest::newRow("empty") << "" << false << qint64(0) << false;
        QTest::newRow("trailing junk") << "2025-09-14T08:05:12Zjunk" << false << qint64(0) << false;
        QTest::newRow("empty fraction") << "2025-09-14T08:05:12.Z" << false << qint64(0) << false;
        QTest::newRow("date only") << "2025-09-14" << false << qint64(0) << false;
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, micros);
        QFETCH(bool, hadZone);
        const QByteArray utf8 = text.toUtf8();
        ParsedTimestamp ts;
        QCOMPARE(parseIsoTimestamp(std::string_view(utf8.constData(), utf8.size()), &ts), valid);
        if (valid) {
            QCOMPARE(qint64(ts.utcMicros), micros);
            QCOMPARE(ts.hadZone, hadZone);
        }
    }
    void canonicalRoundTrip() {
        for (const qint64 us : {qint64(0), qint64(1757837112480211), qint64(951782400000001),
                                qint64(4102444799999999)}) {
            char buf[32];
            formatCanonicalTimestamp(us, buf);
            ParsedTimestamp ts;
            QVERIFY(parseIsoTimestamp(std::string_view(buf, 32), &ts));
            QCOMPARE(qint64(ts.utcMicros), us);
            QVERIFY(isCanonicalTimestamp(std::string_view(buf, 32), us));
        }
        QVERIFY(isCanonicalTimestamp("2025-09-14T08:05:12.480211+00:00", 1757837112480211));
        QVERIFY(!isCanonicalTimestamp("2025-09-14T08:05:12.480211Z", 1757837112480211));
        QVERIFY(!isCanonicalTimestamp("2025-09-14T10:05:12.480211+02:00", 1757837112480211));
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
