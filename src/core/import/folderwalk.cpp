// SPDX-License-Identifier: MIT
#include "folderwalk.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace runledger {

namespace {

class DirHandle {
public:
    explicit DirHandle(const QString& path)
        : m_dir(opendir(QFile::encodeName(path).constData())) {}
    ~DirHandle() {
        if (m_dir)
            closedir(m_dir);
    }
    DirHandle(const DirHandle&) = delete;
    DirHandle& operator=(const DirHandle&) = delete;
    DIR* get() const { return m_dir; }

private:
    DIR* m_dir;
};

// Lists one folder; its subfolders go to `subfolders`, to be walked once this
// folder is closed (so a deep tree holds one descriptor at a time).
void list(const QString& folder, bool (*accept)(const QString&), FolderWalk* out,
          QStringList* subfolders) {
    const DirHandle dir(folder);
    if (!dir.get()) {
        const int error = errno;
        out->unreadable.append(
            {folder, QStringLiteral("cannot list folder: ") + systemErrorText(error)});
        return;
    }
    const int fd = dirfd(dir.get());
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    for (;;) {
        errno = 0;
        const dirent* entry = readdir(dir.get());
        if (!entry) {
            const int error = errno;
            if (error != 0)
                out->unreadable.append(
                    {folder, QStringLiteral("cannot list folder: ") + systemErrorText(error)});
            return;
        }
        if (entry->d_name[0] == '.')
            continue; // hidden, and "." and ".."
        const QString name = QFile::decodeName(entry->d_name);
        struct stat st {};
        if (fstatat(fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            const int error = errno;
            if (accept(name) || entry->d_type == DT_DIR || entry->d_type == DT_UNKNOWN)
                out->unreadable.append(
                    {prefix + name, QStringLiteral("cannot read: ") + systemErrorText(error)});
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            subfolders->append(prefix + name);
            continue;
        }
        if (!accept(name))
            continue;
        if (S_ISLNK(st.st_mode) && fstatat(fd, entry->d_name, &st, 0) != 0) {
            const int error = errno;
            out->unreadable.append(
                {prefix + name, QStringLiteral("cannot follow link: ") + systemErrorText(error)});
            continue;
        }
        if (S_ISREG(st.st_mode))
            out->files << prefix + name;
    }
}

void walk(const QString& folder, bool (*accept)(const QString&), FolderWalk* out) {
    QStringList subfolders;
    list(folder, accept, out, &subfolders);
    for (const QString& sub : std::as_const(subfolders))
        walk(sub, accept, out);
}

} // namespace

QString systemErrorText(int error) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
    if (const char* text = strerrordesc_np(error))
        return QString::fromUtf8(text);
#endif
    return QString::fromLocal8Bit(std::strerror(error));
}

std::optional<UnreadablePath> brokenLink(const QString& path) {
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    if (lstat(name.constData(), &st) != 0 || !S_ISLNK(st.st_mode) ||
        stat(name.constData(), &st) == 0)
        return std::nullopt;
    const int error = errno;
    return UnreadablePath{path, QStringLiteral("cannot follow link: ") + systemErrorText(error)};
}

FolderWalk walkFolder(const QString& folder, bool (*accept)(const QString& name)) {
    FolderWalk out;
    walk(QDir::cleanPath(folder), accept, &out);
    return out;
}

} // namespace runledger
