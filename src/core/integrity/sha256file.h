// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace runledger {

// Hashes a file's bytes with SHA-256 (OpenSSL EVP, which uses the CPU's SHA
// instructions), streamed in 1 MiB reads. Symlinks are followed. Thread-safe:
// any number may run at once.
struct FileHash {
    enum class Outcome { Ok, Missing, NotAFile, Unreadable, Changed, Cancelled };
    Outcome outcome = Outcome::Ok;
    QString hex;    // lower-case, 64 characters, when Ok
    QString detail; // the reason when not Ok
    qint64 bytes = 0;
};

FileHash sha256File(const QString& path, const std::atomic_bool* cancel = nullptr,
                    const std::function<void(qint64 bytesRead)>& progress = {});

} // namespace runledger
