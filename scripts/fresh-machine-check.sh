#!/usr/bin/env bash
# Proves the README's two commands on a fresh machine (docs/fresh-machine.md): builds a minimal
# Debian bookworm root with debootstrap (python3, python3-venv, make, git, ca-certificates and
# nothing else: no Chromium, Dovecot or PostgreSQL), then in a chroot
#   1. as an unprivileged user, `make test` must stop at once with one line naming apt-get;
#   2. as root, `.ci/run` (make test, then make demo) on a clean clone must pass, `make test`
#      installing what it needs itself.
# Usage (as root): scripts/fresh-machine-check.sh [ROOT [BRANCH]]
#   ROOT    where the Debian root lives (default /var/tmp/tactful-fresh-root); an existing root is
#           reused, but then Chromium & co. may already be there: give a new ROOT for a first-install
#           proof.
#   BRANCH  the branch of this repository to clone (default: the one checked out).
# Mounts (proc, sys, dev) are undone on exit, and processes left running in the root are stopped.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-machine-check: needs root (it runs debootstrap, mount and chroot): sudo $0${*:+ $*}" >&2
  exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
root="$(realpath -m "${1:-/var/tmp/tactful-fresh-root}")"
branch="${2:-$(git -C "$repo" rev-parse --abbrev-ref HEAD)}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
log="/var/tmp/tactful-fresh-check-$stamp.log"
[ "$root" != / ] || { echo "fresh-machine-check: ROOT must not be /" >&2; exit 2; }

stop_and_unmount() {
  # Anything still running inside the root (a server a failed test left behind) is ours.
  for proc in /proc/[0-9]*; do
    [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ] && kill "${proc#/proc/}" 2>/dev/null
  done
  sleep 1
  for mounted in "$root/dev" "$root/sys" "$root/proc"; do
    if mountpoint -q "$mounted"; then umount -R "$mounted" 2>/dev/null || umount -R -l "$mounted"; fi
  done
  if grep -q " $root/" /proc/mounts; then
    echo "fresh-machine-check: still mounted under $root:" >&2
    grep " $root/" /proc/mounts >&2
  fi
}
trap stop_and_unmount EXIT

if [ ! -x "$root/usr/bin/python3" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
  echo "== debootstrap bookworm into $root"
  debootstrap --variant=minbase --include=python3,python3-venv,make,git,ca-certificates \
    bookworm "$root" "$mirror" >"$log.debootstrap" 2>&1 ||
    { tail -20 "$log.debootstrap" >&2; exit 1; }
fi
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF

# The network, as any machine on it has: name servers, and the certificate authorities the host
# trusts beyond Debian's (a TLS-inspecting proxy's, say). pip and node read their own lists unless
# PIP_CERT and NODE_EXTRA_CA_CERTS name the system's, so both are passed on below.
cp /etc/resolv.conf "$root/etc/resolv.conf"
shopt -s nullglob
for ca in /usr/local/share/ca-certificates/*.crt /etc/ssl/certs/*.pem; do
  [ -f "$ca" ] && [ ! -L "$ca" ] || continue
  cp "$ca" "$root/usr/local/share/ca-certificates/host-$(basename "${ca%.*}").crt"
done
chroot "$root" update-ca-certificates >/dev/null 2>&1

mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"

bundle=/etc/ssl/certs/ca-certificates.crt
environment=(HOME=/root TERM=dumb LANG=C.UTF-8 PIP_CERT=$bundle NODE_EXTRA_CA_CERTS=$bundle
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
for name in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY PIP_INDEX_URL; do
  [ -n "${!name:-}" ] && environment+=("$name=${!name}")
done
in_root() { chroot "$root" /usr/bin/env -i "${environment[@]}" "$@"; }

echo "== the non-root path"
if [ -e "$root/usr/bin/chromium" ] && [ -e "$root/usr/sbin/dovecot" ]; then
  echo "skipped: this root already has Chromium and Dovecot (give a new ROOT to check it)"
else
  in_root id -u dev >/dev/null 2>&1 || in_root useradd -m dev
  rm -rf "$root/home/dev/tactful"
  git clone -q -b "$branch" "$repo" "$root/home/dev/tactful"
  chown -R "$(in_root id -u dev):$(in_root id -g dev)" "$root/home/dev/tactful"
  set +e
  output="$(in_root runuser -u dev -- bash -lc 'cd ~/tactful && make test' 2>&1)"
  status=$?
  set -e
  echo "$output"
  if [ $status -eq 0 ] || ! grep -q "apt-get install" <<<"$output" ||
    grep -q Traceback <<<"$output" || [ -e "$root/home/dev/tactful/.venv" ]; then
    echo "fresh-machine-check: FAILED: without root, make test must stop first with one line" >&2
    exit 1
  fi
  echo "ok: stopped with exit $status before setting anything up"
fi

echo "== .ci/run as root on a clean clone of $branch ($(git -C "$repo" rev-parse --short "$branch"))"
git clone -q -b "$branch" "$repo" "$root/root/tactful-$stamp"
start=$(date +%s)
set +e
in_root bash -lc "cd /root/tactful-$stamp && ./.ci/run" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
seconds=$(($(date +%s) - start))
echo "== $(date -u +%FT%TZ): .ci/run exited $status after $((seconds / 60)) min $((seconds % 60)) s"
grep -E '[0-9]+ passed|^TOTAL|make demo: ok|make test: installing' "$log" || true
echo "full log: $log"
exit "$status"
