#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A pristine Debian 12 machine in a folder, as a newcomer's fresh install has it
# (minbase plus git, sudo and ca-certificates), to prove that the README's set-up
# installs everything it needs. Needs root; installs mmdebstrap when missing. The
# packages come from this machine's own apt sources. The base image is cached per
# day in ${TMPDIR:-/tmp}/runledger-pristine (about 250 MB).
#
#   .ci/pristine-root.sh make ROOT        lay a new root in ROOT (replacing what was there)
#   .ci/pristine-root.sh run ROOT CMD     run CMD with bash -c inside it, as root
#   .ci/pristine-root.sh clean ROOT       unmount and remove ROOT
set -euo pipefail
action=${1:-}
root=${2:-}
[ -n "$action" ] && [ -n "$root" ] || { sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

unmount() {
  local m
  for m in dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
}

case $action in
  make)
    cache=${TMPDIR:-/tmp}/runledger-pristine
    image=$cache/bookworm-minbase-$(date +%Y%m%d).tar
    mkdir -p "$cache"
    if ! command -v mmdebstrap >/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
    fi
    if [ ! -f "$image" ]; then
      sources=$(ls /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1 || true)
      [ -n "$sources" ] || sources=/etc/apt/sources.list
      rm -f "$cache"/bookworm-minbase-*.tar
      mmdebstrap --quiet --format=tar --variant=minbase --include=ca-certificates,git,sudo bookworm \
        "$image.part" "$sources" >/dev/null
      mv "$image.part" "$image"
    fi
    [ -d "$root" ] && unmount
    rm -rf "$root"
    mkdir -p "$root"
    tar -C "$root" -xf "$image"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    ;;
  run)
    shift 2
    mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
    mountpoint -q "$root/sys" || mount --rbind /sys "$root/sys"
    mountpoint -q "$root/dev" || mount --rbind /dev "$root/dev"
    status=0
    chroot "$root" /bin/bash -c "$*" || status=$?
    unmount
    exit $status
    ;;
  clean)
    unmount
    rm -rf "$root"
    ;;
  *)
    sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
