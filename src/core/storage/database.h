// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace runledger {

// One named QtSql connection to a RunLedger database, opened with the
// settings every reader and writer shares (WAL, foreign keys, busy timeout)
// and migrated to the latest schema. Owned by one thread: Qt cannot move a
// connection between threads, so each thread opens its own Database.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. Returns false and sets error().
    // With mustExist, a missing file is an error instead of a new database.
    bool open(const QString& path, bool mustExist = false);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    const QString& error() const { return m_error; }

    // The SQLite handle behind the QtSql connection, for bulk work through the
    // C API. Valid while the connection is open.
    sqlite3* handle() const { return sqliteHandle(m_db); }
    static sqlite3* sqliteHandle(const QSqlDatabase& db);

    // The desktop app's default database in the per-user data folder.
    static QString defaultPath();

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
};

} // namespace runledger
