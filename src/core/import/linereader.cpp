// SPDX-License-Identifier: MIT
#include "linereader.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace runledger {

LineReader::LineReader(size_t chunkBytes, size_t maxLineBytes, size_t padding)
    : m_chunk(chunkBytes)
    , m_maxLine(maxLineBytes)
    , m_padding(padding) {}

LineReader::~LineReader() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool LineReader::open(const std::string& path, int64_t offset, std::string* error) {
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        *error = std::strerror(errno);
        return false;
    }
    if (offset > 0 && ::lseek(m_fd, offset, SEEK_SET) != offset) {
        *error = std::strerror(errno);
        return false;
    }
    m_buf.assign(m_chunk + m_padding, 0);
    m_bufOffset = offset;
    if (offset == 0) {
        if (!fill())
            return false;
        if (m_end >= 3 && std::memcmp(m_buf.data(), "\xEF\xBB\xBF", 3) == 0)
            m_begin = 3;
    }
    return true;
}

// Moves unconsumed bytes to the front and reads more; grows the buffer when a
// single line fills it. Returns false on a read error.
bool LineReader::fill() {
    if (m_begin > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_begin, m_end - m_begin);
        m_bufOffset += static_cast<int64_t>(m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    size_t capacity = m_buf.size() - m_padding;
    if (m_end == capacity) {
        const size_t grown = std::min(capacity * 2, m_maxLine + m_chunk);
        m_buf.resize(grown + m_padding);
        capacity = grown;
    }
    while (m_end < capacity) {
        const ssize_t n = ::read(m_fd, m_buf.data() + m_end, capacity - m_end);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_error = std::strerror(errno);
            return false;
        }
        if (n == 0) {
            m_eof = true;
            break;
        }
        m_end += static_cast<size_t>(n);
        break;
    }
    std::memset(m_buf.data() + m_end, 0, m_padding);
    return true;
}

LineReader::Status LineReader::next(Line* out) {
    for (;;) {
        const char* start = m_buf.data() + m_begin;
        const size_t avail = m_end - m_begin;
        const void* nl =
            avail > m_scan ? std::memchr(start + m_scan, '\n', avail - m_scan) : nullptr;
        if (nl) {
            const size_t len = static_cast<const char*>(nl) - start;
            const int64_t lineStart = m_bufOffset + static_cast<int64_t>(m_begin);
            m_begin += len + 1;
            m_scan = 0;
            out->startOffset = lineStart;
            out->endOffset = lineStart + static_cast<int64_t>(len) + 1;
            out->terminated = true;
            if (m_skipping) {
                m_skipping = false;
                out->text = {};
                return Status::TooLong;
            }
            size_t textLen = len;
            if (textLen > 0 && start[textLen - 1] == '\r')
                --textLen;
            out->text = {start, textLen};
            return Status::Line;
        }
        m_scan = avail;
        if (m_eof) {
            if (avail == 0 && !m_skipping)
                return Status::End;
            const int64_t lineStart = m_bufOffset + static_cast<int64_t>(m_begin);
            m_begin = m_end;
            m_scan = 0;
            out->startOffset = lineStart;
            out->endOffset = lineStart + static_cast<int64_t>(avail);
            out->terminated = false;
            if (m_skipping) {
                m_skipping = false;
                out->text = {};
                return Status::TooLong;
            }
            out->text = {start, avail};
            return Status::Line;
        }
        if (avail >= m_maxLine) {
            // Too long to keep: drop what we hold and look for the next LF.
            m_skipping = true;
            m_bufOffset += static_cast<int64_t>(m_end);
            m_begin = m_end = m_scan = 0;
        }
        if (!fill())
            return Status::Error;
    }
}

} // namespace runledger
