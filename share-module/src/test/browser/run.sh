#!/usr/bin/env bash
# LPO Desk's Share browser suite (README, "Share in a browser"): installs puppeteer-core from npm
# (no browser download) and walks a running Share as the demo users with Debian's Chromium.
# Without LPODESK_SHARE_URL and LPODESK_REPO_URL it says so and succeeds.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${LPODESK_SHARE_URL:-}" ] || [ -z "${LPODESK_REPO_URL:-}" ]; then
    echo "SKIPPED: set LPODESK_SHARE_URL and LPODESK_REPO_URL to a Share and repository running LPO Desk with its demo data."
    exit 0
fi
if ! command -v node >/dev/null 2>&1; then
    echo "The browser suite needs Node.js 18 or newer (node is not on the PATH)." >&2
    exit 1
fi
chromium="${LPODESK_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
    echo "No Chromium at $chromium: install Debian's chromium package or set LPODESK_CHROMIUM." >&2
    exit 1
fi
npm ci --no-audit --no-fund --silent
exec node share-walk.mjs
