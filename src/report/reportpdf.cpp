// SPDX-License-Identifier: MIT
#include "reportpdf.h"

#include "report/reportbuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace runledger {

void fillReportDocument(const QJsonObject& report, QTextDocument* doc) {
    // The HTML report, with its inline SVG chart replaced by the same chart as
    // an image (QTextDocument does not draw inline SVG).
    const QString svg = reportChartSvg(report);
    QString html = reportHtml(report);
    html.replace(svg, QStringLiteral("<img src=\"runledger:chart\" width=\"560\" height=\"190\">"));
    // The page is the measure on paper: no centred column.
    html.replace(QStringLiteral("max-width:60em;margin:2em auto;"), QString());
    QSvgRenderer renderer(svg.toUtf8());
    QImage chart(1120, 380, QImage::Format_ARGB32_Premultiplied);
    chart.fill(Qt::white);
    {
        QPainter p(&chart);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
    }
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("runledger:chart")), chart);
    doc->setDefaultStyleSheet(
        QStringLiteral("table{border-collapse:collapse} th,td{border:1px solid #999;padding:2px}"));
    doc->setHtml(html);
}

QString writeReportPdf(const QJsonObject& report, const QString& path) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("RunLedger reproducibility report"));
    writer.setCreator(QStringLiteral("RunLedger"));
    QTextDocument doc;
    fillReportDocument(report, &doc);
    doc.print(&writer);
    return QFileInfo(path).size() > 0 ? QString() : QStringLiteral("cannot write %1").arg(path);
}

QString writeReport(const QJsonObject& report, const QString& format, const QString& path) {
    QString error;
    if (format == QLatin1String("pdf")) {
        error = writeReportPdf(report, path);
    } else {
        QByteArray content;
        if (format == QLatin1String("md"))
            content = reportMarkdown(report).toUtf8();
        else if (format == QLatin1String("html"))
            content = reportHtml(report).toUtf8();
        else if (format == QLatin1String("json"))
            content = QJsonDocument(report).toJson(QJsonDocument::Indented);
        else
            return QStringLiteral("unknown report format '%1'").arg(format);
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
            error = QStringLiteral("cannot write %1").arg(path);
    }
    if (!error.isEmpty())
        return error;
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read back %1").arg(path);
    QSaveFile sum(path + QStringLiteral(".sha256"));
    const QByteArray line = sha256Line(written.readAll(), QFileInfo(path).fileName());
    if (!sum.open(QIODevice::WriteOnly) || sum.write(line) != line.size() || !sum.commit())
        return QStringLiteral("cannot write %1.sha256").arg(path);
    return QString();
}

} // namespace runledger
