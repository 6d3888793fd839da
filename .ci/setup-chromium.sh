#!/usr/bin/env bash
# Installs Debian's chromium for tests/it/html.rs (the HTML report in a headless browser).
# Idempotent: does nothing when chromium is already there.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 chromium
