// SPDX-License-Identifier: MIT
#include "reportverifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace runledger {

namespace {

// What verification says to people: English in runledger-cli, the app's
// language in the app (as ImportText).
QString say(const char* source) {
    return QCoreApplication::translate("ReportVerifier", source);
}

// The report's bytes, or the reason they cannot be used.
QString readReport(const QString& path, QByteArray* bytes) {
    const QFileInfo info(path);
    if (!info.exists())
        return say(QT_TRANSLATE_NOOP("ReportVerifier", "no such file"));
    if (info.isDir())
        return say(QT_TRANSLATE_NOOP("ReportVerifier", "a folder, not a report file"));
    if (!info.isFile())
        return say(QT_TRANSLATE_NOOP("ReportVerifier", "not a regular file"));
    const QString tooLarge =
        say(QT_TRANSLATE_NOOP("ReportVerifier", "too large for a RunLedger report (over %1 MiB)"))
            .arg(ReportVerifier::kMaxReportBytes >> 20);
    if (info.size() > ReportVerifier::kMaxReportBytes)
        return tooLarge;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return f.errorString();
    *bytes = f.read(ReportVerifier::kMaxReportBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return f.errorString();
    if (bytes->size() > ReportVerifier::kMaxReportBytes)
        return tooLarge;
    if (bytes->trimmed().isEmpty())
        return say(QT_TRANSLATE_NOOP("ReportVerifier", "an empty file, not a RunLedger report"));
    return QString();
}

// Whether a file name written in a .sha256 file names the report.
bool namesReport(const QString& name, const QString& checksumFile, const QString& reportPath) {
    const QString named =
        QDir::isAbsolutePath(name) ? name : QFileInfo(checksumFile).absoluteDir().filePath(name);
    return QDir::cleanPath(named) == QDir::cleanPath(QFileInfo(reportPath).absoluteFilePath());
}

} // namespace

QString reportChecksumStatusName(ReportChecksum::Status s) {
    switch (s) {
    case ReportChecksum::Status::Ok:
        return QStringLiteral("ok");
    case ReportChecksum::Status::Mismatch:
        return QStringLiteral("mismatch");
    case ReportChecksum::Status::OtherFile:
        return QStringLiteral("other_file");
    case ReportChecksum::Status::Malformed:
        return QStringLiteral("malformed");
    case ReportChecksum::Status::Unreadable:
        return QStringLiteral("unreadable");
    case ReportChecksum::Status::Absent:
        break;
    }
    return QStringLiteral("absent");
}

int ReportVerification::count(VerifyStatus s) const {
    return static_cast<int>(std::count_if(files.cbegin(), files.cend(),
                                          [s](const VerifyResult& r) { return r.status == s; }));
}

int ReportVerification::problems() const {
    return static_cast<int>(files.size()) - count(VerifyStatus::Ok) + (checksum.problem() ? 1 : 0);
}

std::optional<ReportListing> ReportVerifier::parse(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = say(QT_TRANSLATE_NOOP("ReportVerifier", "not valid JSON (%1 at byte %2)"))
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonObject generator = root.value(QStringLiteral("generator")).toObject();
    if (!doc.isObject() ||
        generator.value(QStringLiteral("name")).toString() != QLatin1String("RunLedger")) {
        *error = say(QT_TRANSLATE_NOOP("ReportVerifier",
                                       "not a RunLedger report (no generator.name \"RunLedger\")"));
        return std::nullopt;
    }
    const QJsonValue sources = root.value(QStringLiteral("data_sources"));
    if (!sources.isArray()) {
        *error = say(QT_TRANSLATE_NOOP("ReportVerifier",
                                       "not a RunLedger run report (no data_sources list)"));
        return std::nullopt;
    }
    ReportListing listing;
    const QJsonObject run = root.value(QStringLiteral("run")).toObject();
    listing.experimentId = run.value(QStringLiteral("experiment_id")).toString();
    listing.runId = run.value(QStringLiteral("run_id")).toString();
    listing.generatedAt = generator.value(QStringLiteral("generated_at")).toString();
    const QJsonArray array = sources.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ReportDataFile f;
        f.path = o.value(QStringLiteral("path")).toString();
        if (f.path.isEmpty()) {
            *error =
                say(QT_TRANSLATE_NOOP("ReportVerifier", "data_sources[%1] has no path")).arg(i);
            return std::nullopt;
        }
        f.resolvedPath = o.value(QStringLiteral("resolved_path")).toString();
        f.recorded = o.value(QStringLiteral("recorded_checksum")).toString();
        listing.files.append(f);
    }
    return listing;
}

ReportChecksum ReportVerifier::checkChecksum(const QString& reportPath,
                                             const QByteArray& reportBytes) {
    ReportChecksum c;
    c.file = reportPath + QStringLiteral(".sha256");
    c.actual = QString::fromLatin1(
        QCryptographicHash::hash(reportBytes, QCryptographicHash::Sha256).toHex());
    const QFileInfo info(c.file);
    if (!info.exists() && !info.isSymLink())
        return c;
    auto fail = [&c](ReportChecksum::Status s, const QString& detail) {
        c.status = s;
        c.detail = detail;
        return c;
    };
    if (!info.isFile())
        return fail(ReportChecksum::Status::Unreadable,
                    say(QT_TRANSLATE_NOOP("ReportVerifier", "not a regular file")));
    if (info.size() > kMaxChecksumFileBytes)
        return fail(
            ReportChecksum::Status::Malformed,
            say(QT_TRANSLATE_NOOP("ReportVerifier", "%1 bytes: too large for a checksum file"))
                .arg(info.size()));
    QFile f(c.file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ReportChecksum::Status::Unreadable, f.errorString());
    const QByteArray text = f.read(kMaxChecksumFileBytes);
    static const QRegularExpression line(QStringLiteral("^([0-9a-fA-F]{64}) [ *](.+)$"));
    QStringList named;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray raw = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        if (raw.isEmpty())
            continue;
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            return fail(ReportChecksum::Status::Malformed,
                        say(QT_TRANSLATE_NOOP("ReportVerifier",
                                              "line %1 is not \"<64 hex digits>  <file name>\""))
                            .arg(i + 1));
        if (c.expected.isEmpty() && namesReport(m.captured(2), c.file, reportPath))
            c.expected = m.captured(1).toLower();
        named << m.captured(2);
    }
    if (named.isEmpty())
        return fail(ReportChecksum::Status::Malformed,
                    say(QT_TRANSLATE_NOOP("ReportVerifier", "no checksum line")));
    if (c.expected.isEmpty())
        return fail(ReportChecksum::Status::OtherFile,
                    say(QT_TRANSLATE_NOOP("ReportVerifier", "it is the checksum of %1, not of %2"))
                        .arg(named.join(QStringLiteral(", ")), QFileInfo(reportPath).fileName()));
    if (c.expected != c.actual)
        return fail(
            ReportChecksum::Status::Mismatch,
            say(QT_TRANSLATE_NOOP("ReportVerifier", "the report's SHA-256 is %1; %2 says %3"))
                .arg(c.actual, QFileInfo(c.file).fileName(), c.expected));
    c.status = ReportChecksum::Status::Ok;
    return c;
}

QStringList ReportVerifier::candidates(const ReportDataFile& file, const QString& reportPath,
                                       const QList<PathMapping>& mappings) {
    QStringList mapped, plain;
    for (const QString& p : {file.resolvedPath, file.path}) {
        if (p.isEmpty())
            continue;
        if (const std::optional<QString> m = ChecksumVerifier::mappedPath(p, mappings))
            mapped << *m;
        plain << ChecksumVerifier::candidatePaths(p, reportPath, {});
    }
    QStringList out = mapped + plain;
    out.removeDuplicates();
    return out;
}

std::optional<ReportVerification>
ReportVerifier::verify(const QString& reportPath, const QList<PathMapping>& mappings,
                       QString* error, const std::atomic_bool* cancel,
                       const std::function<void(const VerifyProgress&)>& progress) {
    ReportVerification v;
    v.reportPath = QFileInfo(reportPath).absoluteFilePath();
    QByteArray bytes;
    *error = readReport(v.reportPath, &bytes);
    if (!error->isEmpty())
        return std::nullopt;
    v.checksum = checkChecksum(v.reportPath, bytes);
    const std::optional<ReportListing> listing = parse(bytes, error);
    if (!listing) {
        if (v.checksum.problem())
            *error += say(QT_TRANSLATE_NOOP("ReportVerifier",
                                            "; its .sha256 does not vouch for it either (%1)"))
                          .arg(v.checksum.detail);
        return std::nullopt;
    }
    v.listing = *listing;
    QList<VerifyTarget> targets;
    for (const ReportDataFile& f : std::as_const(v.listing.files)) {
        VerifyTarget t;
        t.runId = v.listing.runId;
        t.path = f.path;
        t.recorded = f.recorded;
        t.candidates = candidates(f, v.reportPath, mappings);
        targets.append(t);
    }
    if (progress) // the count is known before the first file is hashed
        progress(VerifyProgress{0, static_cast<int>(targets.size()), 0});
    v.files = ChecksumVerifier::verify(targets, QDateTime::currentMSecsSinceEpoch() * 1000, cancel,
                                       progress);
    v.cancelled = cancel && cancel->load();
    return v;
}

} // namespace runledger
