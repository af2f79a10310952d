// SPDX-License-Identifier: MIT
#include "folderwatcher.h"

#include "import/importer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

namespace runledger {

namespace {
constexpr int kMaxWatchedPaths = 4000; // inotify watches are a shared, limited resource
}

FolderWatcher::FolderWatcher(QObject* parent)
    : QObject(parent) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this]() {
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
    // The polling fallback stats the whole tree: off the UI thread (slow on
    // network file systems), one poll at a time.
    connect(&m_poll, &QTimer::timeout, this, [this]() {
        if (m_polling || m_folder.isEmpty())
            return;
        m_polling = true;
        const QString folder = m_folder;
        QPointer<FolderWatcher> self(this);
        QThread* thread = QThread::create([self, folder]() {
            auto now = snapshotOf(folder);
            QMetaObject::invokeMethod(qApp, [self, folder, now = std::move(now)]() {
                if (!self)
                    return;
                self->m_polling = false;
                if (folder != self->m_folder)
                    return;
                if (now != self->m_last) {
                    self->m_last = now;
                    if (!self->m_debounce.isActive())
                        self->m_debounce.start();
                }
            });
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    });
}

void FolderWatcher::watch(const QString& folder) {
    stop();
    m_folder = QFileInfo(folder).absoluteFilePath();
    rescan();
    m_last = snapshotOf(m_folder);
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

QHash<QString, QPair<qint64, qint64>> FolderWatcher::snapshotOf(const QString& folder) {
    QHash<QString, QPair<qint64, qint64>> out;
    if (folder.isEmpty())
        return out;
    for (const QString& f : Importer::collectFiles({folder}, nullptr)) {
        const QFileInfo info(f);
        out.insert(f, {info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
    return out;
}

} // namespace runledger
