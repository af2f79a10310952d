// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace runledger {

// Incremental 64-bit hash (MurmurHash64A mixing) used as the persistent
// identity of imported records. The values are stored in the database, so the
// algorithm must never change. Not cryptographic: collisions between distinct
// records are possible in theory (about 1e-8 for a million records).
class Hash64 {
public:
    explicit Hash64(uint64_t seed = 0x52554e4c45444752ULL)
        : m_h(seed) {}

    void add(std::string_view bytes) {
        addInt(bytes.size());
        const char* p = bytes.data();
        size_t n = bytes.size();
        while (n >= 8) {
            uint64_t k;
            std::memcpy(&k, p, 8);
            mix(k);
            p += 8;
            n -= 8;
        }
        if (n > 0) {
            uint64_t k = 0;
            std::memcpy(&k, p, n);
            mix(k ^ (uint64_t{0xa5} << 56));
        }
    }
    void addInt(uint64_t v) { mix(v ^ 0x9e3779b97f4a7c15ULL); }

    uint64_t value() const {
        uint64_t h = m_h;
        h ^= h >> 47;
        h *= kM;
        h ^= h >> 47;
        return h;
    }
    // SQLite integers are signed.
    int64_t signedValue() const { return static_cast<int64_t>(value()); }

private:
    static constexpr uint64_t kM = 0xc6a4a7935bd1e995ULL;
    void mix(uint64_t k) {
        k *= kM;
        k ^= k >> 47;
        k *= kM;
        m_h ^= k;
        m_h *= kM;
    }
    uint64_t m_h;
};

} // namespace runledger
