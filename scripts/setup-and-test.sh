#!/usr/bin/env bash
# Fresh machine (Debian, Node 20, root) → everything installed → every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
MISSING=()
# Chromium for the end-to-end tests; apache2 (with mod_dav) is the real WebDAV server the sync
# tests start on 127.0.0.1 (scripts/webdav-server.mjs).
[ -x /usr/bin/chromium ] || MISSING+=(chromium)
[ -x /usr/sbin/apache2 ] || MISSING+=(apache2)
if [ ${#MISSING[@]} -gt 0 ]; then
  echo "Installing Debian's ${MISSING[*]} for the tests…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
npm test
