#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SHA-256 throughput on one large file: runledger-cli sha256 (OpenSSL EVP,
# streamed in 1 MiB reads) beside `openssl dgst -sha256` and `sha256sum`.
# Usage: benchmarks/hash_benchmark.sh [BUILD_DIR] [SIZE_MIB]   (defaults: build, 1024)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
size_mib="${2:-1024}"
cli="$build/src/cli/runledger-cli"
[ -x "$cli" ] || { echo "no $cli: build first (packaging/setup.sh build)" >&2; exit 2; }
command -v openssl >/dev/null || { echo "openssl is missing (apt-get install openssl)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="$work/blob.bin"
# Incompressible, deterministic content.
# (process substitution: openssl ends on SIGPIPE when head has enough)
head -c "$((size_mib * 1024 * 1024))" \
  < <(openssl enc -aes-128-ctr -pass pass:runledger -nosalt -pbkdf2 -in /dev/zero 2>/dev/null) > "$file"
cat "$file" > /dev/null # start with the file in the page cache for every tool

measure() { # name, command...
  local name="$1"; shift
  local best=""
  for _ in 1 2 3; do
    local start end secs
    start=$(date +%s.%N)
    "$@" > "$work/out.txt"
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc -l)" = 1 ]; then best=$secs; fi
  done
  local gbs
  gbs=$(echo "$size_mib * 1024 * 1024 / $best / 1000000000" | bc -l)
  printf '%-28s %8.3f s  %6.2f GB/s   %s\n' "$name" "$best" "$gbs" "$(cut -c1-16 "$work/out.txt")"
}

echo "SHA-256 of one ${size_mib} MiB file (best of 3; GB = 10^9 bytes)"
measure "runledger-cli sha256" "$cli" sha256 "$file"
measure "openssl dgst -sha256" openssl dgst -sha256 -r "$file"
measure "sha256sum" sha256sum "$file"
echo "target: runledger-cli >= 1.2 GB/s"
