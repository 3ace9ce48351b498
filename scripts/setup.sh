#!/usr/bin/env bash
# Fresh-machine setup: the Debian packages the tests use (Chromium for the browser test, raptor2's rapper
# as an independent RDF parser), then exactly the npm packages of the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rapper >/dev/null 2>&1 || missing+=(raptor2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install the Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
npm ci --no-audit --no-fund
