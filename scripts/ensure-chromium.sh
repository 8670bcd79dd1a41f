#!/usr/bin/env bash
# The browser tests use Debian's Chromium (Playwright cannot download its own here).
# Installs it when it is missing and we are root; otherwise says how.
set -euo pipefail
CHROMIUM="${MONTAUK_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "[test] installing Debian's chromium for the browser tests (about a minute)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "[test] Chromium is missing at $CHROMIUM. Install it with: sudo apt-get install -y chromium" >&2
echo "[test] (or point MONTAUK_CHROMIUM at a Chromium binary)" >&2
exit 1
