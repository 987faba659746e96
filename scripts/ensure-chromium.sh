#!/usr/bin/env bash
# Makes sure Debian's chromium is present for the end-to-end tests (playwright-core cannot download its own here).
set -euo pipefail
if [ -x /usr/lib/chromium/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
else
  echo "The end-to-end tests need Debian's chromium: run 'sudo apt-get install chromium' and try again." >&2
  exit 1
fi
