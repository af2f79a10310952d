// SPDX-License-Identifier: MIT
#include "import/formatsniffer.h"

#include <QTest>

using namespace runledger;

class TestFormatSniffer : public QObject {
    Q_OBJECT
private slots:
    void sniff_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        const QByteArray event =
            R"({"timestamp": "2025-09-14T08:05:12Z", "level": "info", "event": "x", "experiment_id": "e", "run_id": "r", "payload": {}, "message": ""})";
        const QByteArray structured =
            R"({"timestamp": "2025-09-14T08:05:12Z", "level": "info", "event": "generation_completed", "step": "s", "input_tokens": 3})";
        const QByteArray call =
            R"({"timestamp": "2025-09-14T08:05:12Z", "event": "llm_call", "run_id": "r", "tokens": {"input": 1, "output": 2}})";
        const QByteArray cost =
            R"({"timestamp": "2025-09-14T08:05:12Z", "experiment_id": "e", "run_id": "r", "costs": {"actual": 0.1}})";
        QTest::newRow("events, any name") << event + "\n"
                                          << "whatever.log" << int(FileKind::Events);
        QTest::newRow("structured by extra keys") << structured + "\n"
                                                  << "a.jsonl" << int(FileKind::Structured);
        QTest::newRow("structured by console lines")
            << event.left(event.indexOf(", \"payload\"")) + "}\n2025-09-14 08:05:12 [info     ] x\n"
            << "a.jsonl" << int(FileKind::Structured);
        QTest::newRow("token usage") << call << "renamed.txt" << int(FileKind::TokenUsage);
        QTest::newRow("cost records") << cost + "\n"
                                      << "x.jsonl" << int(FileKind::CostRecords);
        QTest::newRow("metadata pretty")
            << QByteArray("{\n  \"metadata_version\": \"1.0\",\n  \"generation\": {}\n}")
            << "m.json" << int(FileKind::Metadata);
        QTest::newRow("truncated metadata")
            << QByteArray("{\n  \"metadata_version\": \"1.0\",\n  \"gener") << "m.json"
            << int(FileKind::Metadata);
        QTest::newRow("bom first") << "\xEF\xBB\xBF" + event + "\r\n"
                                   << "x" << int(FileKind::Events);
        QTest::newRow("empty") << QByteArray() << "experiment.jsonl" << int(FileKind::Unknown);
        QTest::newRow("json array")
            << QByteArray("[{\"name\": \"p\"}]") << "personas.json" << int(FileKind::Unknown);
        QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage\xff", 11) << "blob.bin"
                                << int(FileKind::Unknown);
        QTest::newRow("damaged log keeps its name")
            << QByteArray("not json\n{broken\n") << "token_usage.jsonl"
            << int(FileKind::TokenUsage);
        QTest::newRow("plain text")
            << QByteArray("hello\nworld\n") << "notes.log" << int(FileKind::Unknown);
    }
    void sniff() {
        QFETCH(QByteArray, head);
        QFETCH(QString, name);
        QFETCH(int, kind);
        const SniffResult r = sniffFormat(std::string_view(head.constData(), head.size()), name);
        QCOMPARE(int(r.kind), kind);
        if (r.kind == FileKind::Unknown)
            QVERIFY(!r.reason.isEmpty());
    }
    void enumSpellings() {
        QCOMPARE(canonicalEventName("EventType.EXPERIMENT_STARTED"),
                 std::string_view("experiment_started"));
        QCOMPARE(canonicalEventName("PERSONA_CREATED"), std::string_view("persona_created"));
        QCOMPARE(canonicalEventName("my.custom.thing"), std::string_view("my.custom.thing"));
        Level l = Level::Debug;
        QVERIFY(parseLevel("LogLevel.WARNING", &l));
        QCOMPARE(l, Level::Warn);
        QVERIFY(!parseLevel("loud", &l));
    }

    void consoleLine() {
        QVERIFY(isConsoleLine("2025-09-20 16:41:03 [info     ] generation_completed key=value"));
        QVERIFY(isConsoleLine("2025-09-20 16:41:03.123 [warning  ] x"));
        QVERIFY(!isConsoleLine("{\"timestamp\": \"2025-09-20 16:41:03\"}"));
        QVERIFY(!isConsoleLine("2025-09-20 something else"));
        QVERIFY(isConsoleLine("\x1b[2m2025-09-20 16:41:03\x1b[0m [\x1b[32m\x1b[1minfo     \x1b[0m] "
                              "\x1b[1mgeneration_completed\x1b[0m"));
    }
};

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "tst_formatsniffer.moc"
