// SPDX-License-Identifier: MIT
#include "reportpdf.h"

#include "report/reportbuilder.h"

#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace runledger {

QString writeReportPdf(const QJsonObject& report, const QString& path) {
    // The HTML report, with its inline SVG chart replaced by the same chart as
    // an image (QTextDocument does not draw inline SVG).
    const QString svg = reportChartSvg(report);
    QString html = reportHtml(report);
    html.replace(svg, QStringLiteral("<img src=\"runledger:chart\" width=\"560\" height=\"190\">"));
    QSvgRenderer renderer(svg.toUtf8());
    QImage chart(1120, 380, QImage::Format_ARGB32_Premultiplied);
    chart.fill(Qt::white);
    {
        QPainter p(&chart);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("RunLedger reproducibility report"));
    writer.setCreator(QStringLiteral("RunLedger"));
    QTextDocument doc;
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("runledger:chart")), chart);
    doc.setDefaultStyleSheet(
        QStringLiteral("table{border-collapse:collapse} th,td{border:1px solid #999;padding:2px}"));
    doc.setHtml(html);
    doc.print(&writer);
    return QString();
}

} // namespace runledger
