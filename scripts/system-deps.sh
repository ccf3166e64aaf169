#!/usr/bin/env bash
# What the tests need that pip cannot bring: Debian's Chromium (browser tests), npm (it installs
# axe-core for them), libatomic1 (Playwright's bundled node needs it; a minimal Debian lacks it),
# Dovecot (a real IMAP server for the mail tests) and PostgreSQL (the hosted mode's database).
# Installed with apt-get when we run as root; otherwise one line names the command to run.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
compgen -G '/usr/lib/*/libatomic.so.1' >/dev/null || compgen -G '/lib/*/libatomic.so.1' >/dev/null ||
  missing+=(libatomic1)
[ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
[ -x /usr/lib/dovecot/lmtp ] || missing+=(dovecot-lmtpd)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "make test: installing ${missing[*]} with apt-get (once)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "make test: the tests need ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' and try again" >&2
exit 1
