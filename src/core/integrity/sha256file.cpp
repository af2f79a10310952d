// SPDX-License-Identifier: MIT
#include "sha256file.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace runledger {

namespace {

struct EvpContext {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~EvpContext() { EVP_MD_CTX_free(ctx); }
};

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

FileHash sha256File(const QString& path, const std::atomic_bool* cancel,
                    const std::function<void(qint64)>& progress) {
    FileHash result;
    const QByteArray native = path.toLocal8Bit();
    struct stat before {};
    if (::stat(native.constData(), &before) != 0) {
        result.outcome = errno == ENOENT || errno == ENOTDIR ? FileHash::Outcome::Missing
                                                             : FileHash::Outcome::Unreadable;
        result.detail = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
    if (!S_ISREG(before.st_mode)) {
        result.outcome = FileHash::Outcome::NotAFile;
        result.detail = S_ISDIR(before.st_mode) ? QStringLiteral("a folder, not a file")
                                                : QStringLiteral("not a regular file");
        return result;
    }
    Fd file;
    file.fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (file.fd < 0) {
        result.outcome = FileHash::Outcome::Unreadable;
        result.detail = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    EvpContext evp;
    if (!evp.ctx || EVP_DigestInit_ex(evp.ctx, EVP_sha256(), nullptr) != 1) {
        result.outcome = FileHash::Outcome::Unreadable;
        result.detail = QStringLiteral("SHA-256 is not available");
        return result;
    }
    std::vector<unsigned char> buffer(1u << 20);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.outcome = FileHash::Outcome::Cancelled;
            result.detail = QStringLiteral("cancelled");
            return result;
        }
        const ssize_t n = ::read(file.fd, buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            result.outcome = FileHash::Outcome::Unreadable;
            result.detail = QString::fromLocal8Bit(std::strerror(errno));
            return result;
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(evp.ctx, buffer.data(), static_cast<size_t>(n));
        result.bytes += n;
        if (progress)
            progress(result.bytes);
    }
    struct stat after {};
    if (::fstat(file.fd, &after) != 0 || after.st_size != before.st_size ||
        after.st_mtim.tv_sec != before.st_mtim.tv_sec ||
        after.st_mtim.tv_nsec != before.st_mtim.tv_nsec || result.bytes != after.st_size) {
        result.outcome = FileHash::Outcome::Changed;
        result.detail = QStringLiteral("the file changed while it was being read");
        return result;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(evp.ctx, digest, &length);
    result.hex = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex());
    return result;
}

} // namespace runledger
