// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace runledger {

// A fixed-size Bloom filter over 64-bit record hashes. During a bulk load it
// flags the records that may repeat an earlier one, so only those are checked
// against the database afterwards: memory stays bounded whatever the input
// size, and results stay exact (a false positive costs one lookup).
class BloomFilter {
public:
    explicit BloomFilter(size_t bytes = 4u << 20)
        : m_bits(bytes / 8, 0)
        , m_mask(bytes * 8 - 1) {}

    // Adds the hash; returns true if it may have been added before.
    bool testAndSet(uint64_t hash) {
        const uint64_t h1 = hash;
        const uint64_t h2 = (hash >> 29 | hash << 35) * 0x9e3779b97f4a7c15ULL | 1;
        bool seen = true;
        for (uint64_t i = 0; i < kProbes; ++i) {
            const uint64_t bit = (h1 + i * h2) & m_mask;
            uint64_t& word = m_bits[bit >> 6];
            const uint64_t mask = uint64_t{1} << (bit & 63);
            seen = seen && (word & mask) != 0;
            word |= mask;
        }
        return seen;
    }

private:
    static constexpr uint64_t kProbes = 4;
    std::vector<uint64_t> m_bits;
    uint64_t m_mask; // bytes * 8 must be a power of two
};

} // namespace runledger
