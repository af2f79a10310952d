// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace runledger {

// Reads a file as lines from a byte offset with bounded memory. Line ends are
// LF or CRLF (the CR is stripped); a UTF-8 BOM at offset 0 is skipped. Every
// returned view stays valid, with at least `padding` readable bytes after it,
// until the next call to next(). Lines longer than maxLineBytes are reported
// as TooLong and skipped without being held in memory.
// Not thread-safe; one reader per thread.
class LineReader {
public:
    enum class Status { Line, TooLong, End, Error };

    struct Line {
        std::string_view text;
        int64_t startOffset = 0; // file offset of the first byte
        int64_t endOffset = 0;   // offset after the line terminator (or after the text at EOF)
        bool terminated = true;  // false for a last line without LF
    };

    LineReader(size_t chunkBytes, size_t maxLineBytes, size_t padding);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    bool open(const std::string& path, int64_t offset, std::string* error);
    Status next(Line* out);
    const std::string& error() const { return m_error; }

private:
    bool fill();

    int m_fd = -1;
    std::vector<char> m_buf;
    size_t m_chunk;
    size_t m_maxLine;
    size_t m_padding;
    size_t m_begin = 0;      // first unconsumed byte in m_buf
    size_t m_end = 0;        // end of valid data in m_buf
    size_t m_scan = 0;       // bytes after m_begin already known to hold no LF
    int64_t m_bufOffset = 0; // file offset of m_buf[0]
    bool m_eof = false;
    bool m_skipping = false; // inside a too-long line
    std::string m_error;
};

} // namespace runledger
