// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace runledger {

// The About text: what RunLedger is, the database in use, and the version and
// licence of RunLedger and of each library it runs with.
QString aboutText(const QString& databasePath);

void showAboutDialog(QWidget* parent, const QString& databasePath);

} // namespace runledger
