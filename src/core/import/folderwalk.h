// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace runledger {

// A path under a folder that could not be read.
struct UnreadablePath {
    QString path;
    QString reason; // e.g. "cannot list folder: Permission denied"
};

struct FolderWalk {
    QStringList files; // absolute paths, in directory order
    QList<UnreadablePath> unreadable;
};

// Every file under `folder` (recursively) whose name `accept` takes: regular
// files and links to them. Hidden entries (names starting with '.') are
// skipped, links to folders are not followed, fifos, sockets and devices are
// ignored. A folder that cannot be listed (the top one included), an entry
// that cannot be examined and an accepted name whose link cannot be followed
// (dangling, or a loop) are reported, never skipped in silence.
FolderWalk walkFolder(const QString& folder, bool (*accept)(const QString& name));

// For a path that is neither a file nor a folder: why, when it is a link
// that cannot be followed (dangling, or a loop).
std::optional<UnreadablePath> brokenLink(const QString& path);

// The system's description of an errno value, in English.
QString systemErrorText(int error);

} // namespace runledger
