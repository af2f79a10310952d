// SPDX-License-Identifier: MIT
#include "database.h"

#include "migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <sqlite3.h>

namespace runledger {

namespace {
std::atomic<int> g_connectionCounter{0};
}

Database::~Database() {
    close();
}

bool Database::open(const QString& path, bool mustExist) {
    close();
    m_path = path;
    if (mustExist && !QFileInfo::exists(path)) {
        m_error = QStringLiteral("database not found: %1").arg(path);
        return false;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    m_connectionName = QStringLiteral("runledger-%1").arg(g_connectionCounter.fetch_add(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
        close();
        return false;
    }
    QSqlQuery q(m_db);
    // Only takes effect on a new, empty file (before WAL mode is set).
    q.exec(QStringLiteral("PRAGMA page_size=8192"));
    // A file that is not SQLite fails on the first statement.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        m_error = QStringLiteral("%1 is not a usable SQLite database: %2")
                      .arg(path, q.lastError().text());
        close();
        return false;
    }
    for (const char* pragma :
         {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-16384"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_error = QStringLiteral("cannot configure %1: %2").arg(path, q.lastError().text());
            close();
            return false;
        }
    }
    const QString migrationError = Migrations::migrate(m_db);
    if (!migrationError.isEmpty()) {
        m_error = migrationError;
        close();
        return false;
    }
    m_error.clear();
    return true;
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA optimize"));
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

sqlite3* Database::sqliteHandle(const QSqlDatabase& db) {
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("runledger.sqlite"));
}

} // namespace runledger
