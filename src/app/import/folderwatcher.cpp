// SPDX-License-Identifier: MIT
#include "folderwatcher.h"

#include "import/importer.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>

namespace runledger {

namespace {
constexpr int kMaxWatchedPaths = 4000; // inotify watches are a shared, limited resource
}

FolderWatcher::FolderWatcher(QObject* parent)
    : QObject(parent) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this]() {
        m_last = snapshot();
        rescan();
        emit changed();
    });
    // A file written continuously must not postpone the import forever: the
    // first change starts the timer, later ones within it do not restart it.
    auto changedSoon = [this]() {
        if (!m_debounce.isActive())
            m_debounce.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changedSoon);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changedSoon);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this]() {
        if (m_debounce.isActive())
            return;
        const auto now = snapshot();
        if (now != m_last)
            m_debounce.start();
    });
}

void FolderWatcher::watch(const QString& folder) {
    stop();
    m_folder = QFileInfo(folder).absoluteFilePath();
    rescan();
    m_last = snapshot();
    m_poll.start();
}

void FolderWatcher::stop() {
    m_poll.stop();
    m_debounce.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folder.clear();
    m_last.clear();
}

void FolderWatcher::rescan() {
    if (m_folder.isEmpty())
        return;
    QStringList paths{m_folder};
    QDirIterator dirs(m_folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext() && paths.size() < kMaxWatchedPaths)
        paths << dirs.next();
    const QStringList files = Importer::collectFiles({m_folder}, nullptr);
    for (const QString& f : files) {
        if (paths.size() >= kMaxWatchedPaths)
            break;
        paths << f;
    }
    QStringList fresh;
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    for (const QString& p : std::as_const(paths)) {
        if (!watched.contains(p))
            fresh << p;
    }
    if (!fresh.isEmpty())
        m_watcher.addPaths(fresh);
}

QHash<QString, QPair<qint64, qint64>> FolderWatcher::snapshot() const {
    QHash<QString, QPair<qint64, qint64>> out;
    if (m_folder.isEmpty())
        return out;
    for (const QString& f : Importer::collectFiles({m_folder}, nullptr)) {
        const QFileInfo info(f);
        out.insert(f, {info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
    return out;
}

} // namespace runledger
