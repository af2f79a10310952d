// SPDX-License-Identifier: MIT
#include "metadataimporter.h"

#include "importtext.h"

#include "batchwriter.h"
#include "hash64.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace runledger {

namespace {

const std::array<QLatin1String, 9> kKnownConfigKeys = {
    QLatin1String("model"),      QLatin1String("provider"),     QLatin1String("persona_count"),
    QLatin1String("complexity"), QLatin1String("detail_level"), QLatin1String("temperature"),
    QLatin1String("max_tokens"), QLatin1String("workflow"),     QLatin1String("seed")};

QString jsonText(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
}

// The JSON encoding of a value, so that numbers, strings and objects keep their type.
QString jsonEncoded(const QJsonValue& v) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QVariant optionalNumber(const QJsonObject& o, const QString& key, const QString& section,
                        FileReport* report) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isDouble()) {
        report->notes << importText(
            QT_TRANSLATE_NOOP("ImportText", "%1.%2 is not a number; ignored"), {section, key});
        return {};
    }
    return v.toDouble();
}

QVariant timestampMicros(const QJsonValue& v, const QString& key, FileReport* report) {
    if (!v.isString())
        return {};
    const QByteArray utf8 = v.toString().toUtf8();
    ParsedTimestamp ts;
    if (!parseIsoTimestamp(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())),
                           &ts)) {
        report->notes << importText(
            QT_TRANSLATE_NOOP("ImportText", "generation.%1 '%2' is not a valid timestamp"),
            {key, v.toString().left(40)});
        return {};
    }
    if (!ts.hadZone)
        report->notes << importText(
            QT_TRANSLATE_NOOP("ImportText", "generation.%1 has no time zone; treated as UTC"),
            {key});
    return QVariant::fromValue<qint64>(ts.utcMicros);
}

// The run's start, to tell runs of one id apart when the metadata names no
// experiment (0 when unknown).
int64_t metadataTime(const QJsonObject& generation) {
    const QByteArray utf8 = generation.value(QStringLiteral("timestamp_start")).toString().toUtf8();
    ParsedTimestamp ts;
    return parseIsoTimestamp(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())),
                             &ts)
               ? ts.utcMicros
               : 0;
}

QJsonObject objectSection(const QJsonObject& root, const QString& key, FileReport* report) {
    const QJsonValue v = root.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        report->notes << importText(
            QT_TRANSLATE_NOOP("ImportText", "'%1' is not an object; ignored"), {key});
        return {};
    }
    return v.toObject();
}

} // namespace

MetadataImporter::MetadataImporter(QSqlDatabase& db, BatchWriter& writer)
    : m_db(db)
    , m_writer(writer) {}

bool MetadataImporter::import(const QByteArray& content, qint64 fileRef, FileReport* report,
                              QString* fatalError) {
    report->lines = content.count('\n') + (content.endsWith('\n') || content.isEmpty() ? 0 : 1);
    auto reject = [&](qint64 line, const QString& reason) {
        report->rejected = 1;
        report->rejectedLines.append({line, reason});
        return false;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qint64 line = content.left(parseError.offset).count('\n') + 1;
        return reject(line, importText(QT_TRANSLATE_NOOP("ImportText", "invalid JSON: %1"),
                                       {parseError.errorString()}));
    }
    if (!doc.isObject())
        return reject(1,
                      importText(QT_TRANSLATE_NOOP("ImportText", "metadata is not a JSON object")));
    const QJsonObject root = doc.object();
    const QJsonObject generation = objectSection(root, QStringLiteral("generation"), report);
    const QJsonValue runIdValue = generation.value(QStringLiteral("run_id"));
    if (!runIdValue.isString() || runIdValue.toString().isEmpty())
        return reject(
            1, importText(QT_TRANSLATE_NOOP("ImportText", "metadata has no generation.run_id")));

    std::string error;
    int64_t experiment = 0;
    const QJsonValue experimentIdValue = generation.value(QStringLiteral("experiment_id"));
    if (experimentIdValue.isString() && !experimentIdValue.toString().isEmpty())
        experiment = m_writer.experimentKey(experimentIdValue.toString().toStdString(), &error);
    const int64_t run = error.empty()
                            ? m_writer.runKey(runIdValue.toString().toStdString(), experiment,
                                              metadataTime(generation), &error)
                            : 0;
    if (!error.empty()) {
        *fatalError = QString::fromStdString(error);
        return false;
    }

    const QByteArray canonical = QJsonDocument(root).toJson(QJsonDocument::Compact);
    Hash64 h;
    h.addInt(static_cast<uint64_t>(FileKind::Metadata));
    h.add(std::string_view(canonical.constData(), static_cast<size_t>(canonical.size())));
    const qint64 contentHash = h.signedValue();

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content_hash FROM run_metadata WHERE run_ref = ?"));
    q.addBindValue(QVariant::fromValue<qint64>(run));
    if (q.exec() && q.next() && q.value(0).toLongLong() == contentHash) {
        report->duplicates = 1;
        return true;
    }

    const QJsonObject configuration = objectSection(root, QStringLiteral("configuration"), report);
    const QJsonObject environment = objectSection(root, QStringLiteral("environment"), report);
    const QJsonObject dataSources = objectSection(root, QStringLiteral("data_sources"), report);
    const QJsonObject costs = objectSection(root, QStringLiteral("costs"), report);
    const QJsonObject checksums = objectSection(root, QStringLiteral("checksums"), report);

    auto exec = [&](QSqlQuery& query) {
        if (!query.exec()) {
            *fatalError = query.lastError().text();
            return false;
        }
        return true;
    };
    const QVariant runRef = QVariant::fromValue<qint64>(run);
    for (const char* table :
         {"run_config", "run_environment", "data_sources", "output_checksums", "run_messages"}) {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE run_ref = ?").arg(QLatin1String(table)));
        del.addBindValue(runRef);
        if (!exec(del))
            return false;
    }

    const QString sectionCosts = QStringLiteral("costs");
    const QString sectionData = QStringLiteral("data_sources");
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO run_metadata(run_ref, file_ref, content_hash, metadata_version, "
        "experiment_ref, started_us, started_text, ended_us, ended_text, duration_seconds, "
        "input_tokens, output_tokens, total_cost_usd, cost_per_persona, data_total_files, "
        "data_total_tokens, data_total_bytes, raw) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QJsonValue start = generation.value(QStringLiteral("timestamp_start"));
    const QJsonValue end = generation.value(QStringLiteral("timestamp_end"));
    ins.addBindValue(runRef);
    ins.addBindValue(QVariant::fromValue<qint64>(fileRef));
    ins.addBindValue(QVariant::fromValue<qint64>(contentHash));
    ins.addBindValue(root.value(QStringLiteral("metadata_version")).isString()
                         ? QVariant(root.value(QStringLiteral("metadata_version")).toString())
                         : QVariant());
    ins.addBindValue(experiment ? QVariant::fromValue<qint64>(experiment) : QVariant());
    ins.addBindValue(timestampMicros(start, QStringLiteral("timestamp_start"), report));
    ins.addBindValue(start.isString() ? QVariant(start.toString()) : QVariant());
    ins.addBindValue(timestampMicros(end, QStringLiteral("timestamp_end"), report));
    ins.addBindValue(end.isString() ? QVariant(end.toString()) : QVariant());
    ins.addBindValue(optionalNumber(generation, QStringLiteral("duration_seconds"),
                                    QStringLiteral("generation"), report));
    ins.addBindValue(optionalNumber(costs, QStringLiteral("input_tokens"), sectionCosts, report));
    ins.addBindValue(optionalNumber(costs, QStringLiteral("output_tokens"), sectionCosts, report));
    ins.addBindValue(optionalNumber(costs, QStringLiteral("total_cost_usd"), sectionCosts, report));
    ins.addBindValue(
        optionalNumber(costs, QStringLiteral("cost_per_persona"), sectionCosts, report));
    ins.addBindValue(
        optionalNumber(dataSources, QStringLiteral("total_files"), sectionData, report));
    ins.addBindValue(
        optionalNumber(dataSources, QStringLiteral("total_tokens"), sectionData, report));
    ins.addBindValue(
        optionalNumber(dataSources, QStringLiteral("total_bytes"), sectionData, report));
    ins.addBindValue(QString::fromUtf8(canonical));
    if (!exec(ins))
        return false;

    QSqlQuery config(m_db);
    config.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO run_config(run_ref, key, value, is_extra) VALUES (?,?,?,?)"));
    for (auto it = configuration.begin(); it != configuration.end(); ++it) {
        const bool known = std::find(kKnownConfigKeys.begin(), kKnownConfigKeys.end(), it.key()) !=
                           kKnownConfigKeys.end();
        config.addBindValue(runRef);
        config.addBindValue(it.key());
        config.addBindValue(jsonEncoded(it.value()));
        config.addBindValue(known ? 0 : 1);
        if (!exec(config))
            return false;
    }
    QSqlQuery env(m_db);
    env.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO run_environment(run_ref, key, value) VALUES (?,?,?)"));
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        env.addBindValue(runRef);
        env.addBindValue(it.key());
        env.addBindValue(jsonText(it.value()));
        if (!exec(env))
            return false;
    }

    // Every listed file is a data source; the checksum map adds the ones with a recorded hash.
    QMap<QString, QString> sources;
    const QJsonValue files = dataSources.value(QStringLiteral("files"));
    if (files.isArray()) {
        for (const QJsonValue f : files.toArray()) {
            if (f.isString())
                sources.insert(f.toString(), QString());
        }
    } else if (!files.isUndefined() && !files.isNull()) {
        report->notes << importText(
            QT_TRANSLATE_NOOP("ImportText", "data_sources.files is not a list; ignored"));
    }
    const QJsonValue dataChecksums = dataSources.value(QStringLiteral("checksums"));
    if (dataChecksums.isObject()) {
        const QJsonObject map = dataChecksums.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            sources.insert(it.key(), jsonText(it.value()));
    } else if (!dataChecksums.isUndefined() && !dataChecksums.isNull()) {
        report->notes << importText(
            QT_TRANSLATE_NOOP("ImportText", "data_sources.checksums is not an object; ignored"));
    }
    QSqlQuery src(m_db);
    src.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO data_sources(run_ref, path, recorded_checksum) VALUES (?,?,?)"));
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        src.addBindValue(runRef);
        src.addBindValue(it.key());
        src.addBindValue(it.value().isEmpty() ? QVariant() : QVariant(it.value()));
        if (!exec(src))
            return false;
    }
    QSqlQuery out(m_db);
    out.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO output_checksums(run_ref, label, checksum) VALUES (?,?,?)"));
    for (auto it = checksums.begin(); it != checksums.end(); ++it) {
        out.addBindValue(runRef);
        out.addBindValue(it.key());
        out.addBindValue(jsonText(it.value()));
        if (!exec(out))
            return false;
    }
    QSqlQuery msg(m_db);
    msg.prepare(QStringLiteral(
        "INSERT INTO run_messages(run_ref, kind, position, message) VALUES (?,?,?,?)"));
    for (const auto& [key, kind] :
         {std::pair{QStringLiteral("errors"), QStringLiteral("error")},
          std::pair{QStringLiteral("warnings"), QStringLiteral("warning")}}) {
        const QJsonValue list = root.value(key);
        if (list.isUndefined() || list.isNull())
            continue;
        if (!list.isArray()) {
            report->notes << importText(
                QT_TRANSLATE_NOOP("ImportText", "'%1' is not a list; ignored"), {key});
            continue;
        }
        int position = 0;
        for (const QJsonValue m : list.toArray()) {
            msg.addBindValue(runRef);
            msg.addBindValue(kind);
            msg.addBindValue(position++);
            msg.addBindValue(jsonText(m));
            if (!exec(msg))
                return false;
        }
    }
    m_writer.touchRun(run);
    report->imported = 1;
    return true;
}

} // namespace runledger
