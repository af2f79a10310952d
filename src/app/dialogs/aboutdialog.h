// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace runledger {

// Help → About RunLedger: what RunLedger is, the database in use, and the
// version and licence of RunLedger and of each library it runs with.
class AboutDialog {
    Q_DECLARE_TR_FUNCTIONS(AboutDialog)

public:
    static QString text(const QString& databasePath);
    static void show(QWidget* parent, const QString& databasePath);
};

} // namespace runledger
