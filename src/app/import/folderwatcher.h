// SPDX-License-Identifier: MIT
#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace runledger {

// Follows a Persona experiments folder: a file system watcher on its folders
// and log files, and a polling fallback (for file systems that send no
// notifications) that compares sizes and modification times. Changes are
// coalesced into one changed() signal within kDebounceMs.
class FolderWatcher : public QObject {
    Q_OBJECT
public:
    explicit FolderWatcher(QObject* parent = nullptr);

    void watch(const QString& folder);
    void stop();
    QString folder() const { return m_folder; }
    bool isWatching() const { return !m_folder.isEmpty(); }

    static constexpr int kDebounceMs = 250;
    static constexpr int kPollMs = 1000;

signals:
    void changed();

private:
    void rescan();
    static QHash<QString, QPair<qint64, qint64>> snapshotOf(const QString& folder);

    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_poll;
    QHash<QString, QPair<qint64, qint64>> m_last;
    bool m_polling = false;
};

} // namespace runledger
