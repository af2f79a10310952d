#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# One entry point for a fresh Debian 12 machine:
#   packaging/setup.sh deps       install the Debian packages the build, tests and
#                                 benchmarks need (only the missing ones)
#   packaging/setup.sh build      deps + configure + build (build/)
#   packaging/setup.sh run        build + start RunLedger on the bundled sample data
#   packaging/setup.sh test       build + run the whole test suite (offscreen)
#   packaging/setup.sh sanitize   the same suite built with ASan + UBSan (build-asan/)
#   packaging/setup.sh package    build + a .deb in build/ (runledger_<version>_<arch>.deb)
#   packaging/setup.sh package-check
#                                 package + install it with apt and import the
#                                 installed sample with the installed runledger-cli
#
# Works as root or through sudo; safe to run again.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Every package, and why it is here, is listed in README.md ("Dependencies").
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6opengl6-dev clang-format
  libsqlite3-dev libsimdjson-dev libssl-dev poppler-utils
  qt6-translations-l10n fonts-dejavu-core python3 time bc openssl desktop-file-utils appstream file
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

jobs() { nproc 2>/dev/null || echo 2; }

configure_and_build() {
  local dir="$1"; shift
  cmake -S . -B "$dir" -G Ninja "$@"
  cmake --build "$dir" --parallel "$(jobs)"
}

build() {
  deps
  configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRUNLEDGER_WERROR=ON
}

package() {
  rm -f build/runledger_*.deb
  (cd build && cpack -G DEB)
}

# Installs the package as a user would, then runs what it installed.
package_check() {
  local deb
  deb="$(ls "$here"/build/runledger_*.deb)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb"
  dpkg -L runledger | grep -x /usr/share/applications/runledger.desktop
  /usr/bin/runledger-cli --version
  QT_QPA_PLATFORM=offscreen /usr/bin/runledger --version
  local status=0
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  /usr/bin/runledger-cli --db "$scratch/ledger.sqlite" import /usr/share/runledger/sample || status=$?
  /usr/bin/runledger-cli --db "$scratch/ledger.sqlite" summary
  [ "$status" -eq 0 ] || { echo "import from the installed package exited with $status" >&2; exit 1; }
  dpkg-deb --field "$deb" Depends
}

run_tests() {
  local dir="$1"
  (cd "$dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(jobs)")
}

case "${1:-}" in
  deps) deps ;;
  build) build ;;
  run)
    build
    shift
    exec build/src/app/runledger --sample "$@"
    ;;
  test)
    build
    run_tests build
    ;;
  sanitize)
    deps
    configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DRUNLEDGER_SANITIZE=ON -DRUNLEDGER_WERROR=ON
    # Any report fails the run: ASan aborts, UBSan is fatal (-fno-sanitize-recover).
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      run_tests build-asan
    ;;
  package)
    build
    package
    ;;
  package-check)
    build
    package
    package_check
    ;;
  *)
    sed -n '4,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
