// SPDX-License-Identifier: MIT
#include "importworker.h"

#include "import/importer.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace runledger {

ImportWorker::ImportWorker(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportReport>();
}

void ImportWorker::start(const QStringList& paths, const QString& databasePath) {
    Database db;
    if (!db.open(databasePath)) {
        ImportReport failed;
        failed.error = db.error();
        emit finished(failed);
        return;
    }
    Importer importer(db);
    importer.setCancelFlag(&m_cancel);
    QElapsedTimer sinceLast;
    sinceLast.start();
    bool first = true;
    importer.setProgressCallback([&](const ImportProgress& p) {
        if (first || sinceLast.elapsed() >= 100) {
            first = false;
            sinceLast.restart();
            emit progress(p);
        }
    });
    const ImportReport report = importer.importPaths(paths);
    emit finished(report);
}

} // namespace runledger
