#!/usr/bin/env bash
# Fresh-machine setup (as root, or with password-less sudo as on GitHub runners): the Debian packages the tests
# use (Chromium for the browser test, raptor2's rapper as an independent RDF parser, Apache httpd to prove the
# w3id redirects), then exactly the npm packages of the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rapper >/dev/null 2>&1 || missing+=(raptor2-utils)
command -v apache2 >/dev/null 2>&1 || [ -x /usr/sbin/apache2 ] || missing+=(apache2)
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  [ "$(id -u)" -eq 0 ] || ! sudo -n true 2>/dev/null || as_root=(sudo -n)
  if [ "$(id -u)" -eq 0 ] || [ ${#as_root[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install the Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi
npm ci --no-audit --no-fund
