#!/usr/bin/env bash
# Makes sure Debian's chromium (with its French resources) is present for the end-to-end tests;
# playwright-core cannot download its own browser here.
set -euo pipefail
missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
# Without chromium-l10n, date and time fields render in US English whatever the page's locale.
dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
# pdftoppm turns the report's printed PDF into page images (test-results/) for people to look at.
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# Post-its and screenshots show emoji as boxes without a colour emoji font.
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || missing+=(fonts-noto-color-emoji)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
elif [ -x /usr/lib/chromium/chromium ]; then
  echo "Note: ${missing[*]} missing; screenshots may show English date fields, emoji as boxes, and no PDF page images." >&2
else
  echo "The end-to-end tests need Debian's chromium: run 'sudo apt-get install chromium chromium-l10n' and try again." >&2
  exit 1
fi
