// SPDX-License-Identifier: MIT
#include "dialogs/aboutdialog.h"

#include "model/components.h"

#include <QMessageBox>

namespace runledger {

QString AboutDialog::text(const QString& databasePath) {
    const QList<Component> parts = components();
    QString rows;
    for (const Component& part : parts)
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;%2&nbsp;</td><td>%3</td></tr>")
                    .arg(part.name.toHtmlEscaped(), part.version.toHtmlEscaped(),
                         part.license.toHtmlEscaped());
    return QStringLiteral("<h3>RunLedger %1</h3><p>%2</p><p>%3<br><code>%4</code></p>"
                          "<table><tr><th align=left>%5</th><th align=left>&nbsp;%6&nbsp;</th>"
                          "<th align=left>%7</th></tr>%8</table><p>%9</p>")
        .arg(parts.constFirst().version,
             tr("Experiment history, timelines, token usage, costs and reproducibility of "
                "Persona runs, kept in a local SQLite database."),
             tr("Database:"), databasePath.toHtmlEscaped(), tr("Component"), tr("Version"),
             tr("Licence"), rows,
             tr("RunLedger's source code is under the MIT licence. The desktop application "
                "links Qt Charts and is therefore distributed under the GPL-3.0; "
                "runledger-cli does not use Qt Charts. Each library's licence is that "
                "of its Debian package."));
}

void AboutDialog::show(QWidget* parent, const QString& databasePath) {
    QMessageBox::about(parent, tr("About RunLedger"), text(databasePath));
}

} // namespace runledger
