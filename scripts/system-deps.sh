#!/bin/sh
# Install the few Debian packages ExportAudit needs that pip cannot provide, only when they are missing.
#   venv: python3-venv, to create the virtual environment
#   test: Qt's runtime libraries for the offscreen platform, fontconfig, and poppler-utils (pdftotext,
#         pdffonts) which the report tests use to read the PDFs back.
set -eu
case "${1:-test}" in
  venv) packages="python3-venv" ;;
  test) packages="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 poppler-utils" ;;
  *) echo "usage: $0 venv|test" >&2; exit 2 ;;
esac
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Debian 13 renamed some library packages with a t64 suffix; accept either name.
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Please install:$missing (not a Debian system, so they cannot be installed automatically)" >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing system packages:$missing"
$SUDO apt-get update -qq
for p in $missing; do
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p" >/dev/null 2>&1 \
    || $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${p}t64" >/dev/null
done
