#!/usr/bin/env bash
# Makes sure the end-to-end tests' two engines are present: Debian's chromium (with its French resources) and
# WebKitGTK (MiniBrowser driven by WebKitWebDriver under Xvfb); neither playwright-core nor anything else can
# download a browser here.
set -euo pipefail
missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
# Without chromium-l10n, date and time fields render in US English whatever the page's locale.
dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
# pdftoppm turns the report's printed PDF into page images (test-results/) for people to look at.
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# Post-its and screenshots show emoji as boxes without a colour emoji font.
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || missing+=(fonts-noto-color-emoji)
# xmllint validates the analysis export's project.qde against the REFI-QDA schema (unit and end-to-end tests).
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)

# WebKit, the engine of every browser on an iPad (tests/webkit): the driver brings libwebkit2gtk and its MiniBrowser;
# Xvfb is the private screen it draws on; xwd (x11-apps) takes the screenshots, since WebDriver's own hangs there.
webkit=()
[ -x /usr/bin/WebKitWebDriver ] || webkit+=(webkit2gtk-driver)
[ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || webkit+=(libwebkit2gtk-4.1-0)
command -v Xvfb >/dev/null 2>&1 || webkit+=(xvfb)
shots=()
command -v xwd >/dev/null 2>&1 || shots+=(x11-apps)

[ ${#missing[@]} -eq 0 ] && [ ${#webkit[@]} -eq 0 ] && [ ${#shots[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} ${webkit[*]} ${shots[*]} for the end-to-end tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  [ ${#missing[@]} -eq 0 ] || apt-get install -y -qq "${missing[@]}" >/dev/null
  # About 60 packages: recommends (GStreamer plugins, a full X stack) would double it for nothing the tests use.
  [ ${#webkit[@]} -eq 0 ] && [ ${#shots[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${webkit[@]}" "${shots[@]}" >/dev/null
  exit 0
fi
status=0
if [ ! -x /usr/lib/chromium/chromium ]; then
  echo "The end-to-end tests need Debian's chromium: run 'sudo apt-get install chromium chromium-l10n' and try again." >&2
  status=1
elif [ ${#missing[@]} -gt 0 ]; then
  echo "Note: ${missing[*]} missing; screenshots may show English date fields, emoji as boxes, no PDF page images, and the .qdpx export goes unvalidated." >&2
fi
if [ ${#webkit[@]} -gt 0 ]; then
  echo "The WebKit smoke test needs WebKitGTK: run 'sudo apt-get install --no-install-recommends webkit2gtk-driver xvfb x11-apps' and try again." >&2
  status=1
elif [ ${#shots[@]} -gt 0 ]; then
  echo "Note: x11-apps missing; the WebKit smoke runs without screenshots." >&2
fi
exit $status
