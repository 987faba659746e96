#!/usr/bin/env bash
# Makes sure Debian's chromium (with its French resources) is present for the end-to-end tests;
# playwright-core cannot download its own browser here.
set -euo pipefail
missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
# Without chromium-l10n, date and time fields render in US English whatever the page's locale.
dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
elif [ -x /usr/lib/chromium/chromium ]; then
  echo "Note: chromium-l10n is missing; date fields will show in English in screenshots." >&2
else
  echo "The end-to-end tests need Debian's chromium: run 'sudo apt-get install chromium chromium-l10n' and try again." >&2
  exit 1
fi
