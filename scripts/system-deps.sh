#!/bin/sh
# Install the few Debian packages ExportAudit needs that pip cannot provide, only when they are missing.
#   venv: python3-venv, to create the virtual environment
#   test: Qt's runtime libraries for the offscreen platform, fontconfig, and poppler-utils (pdftotext,
#         pdffonts) which the report tests use to read the PDFs back.
#   run:  Qt's runtime libraries for a window on an X11 desktop: the libraries the xcb platform plugin and its
#         GL integrations link to directly (objdump -p .../plugins/platforms/libqxcb.so, libQt6XcbQpa.so.6,
#         plugins/xcbglintegrations/*.so of the PySide6 wheel); apt brings what those link to.
set -eu
qt="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0"
xcb="libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
     libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
     libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"
case "${1:-test}" in
  venv) packages="python3-venv" ;;
  test) packages="$qt poppler-utils" ;;
  run) packages="$qt $xcb" ;;
  *) echo "usage: $0 venv|test|run" >&2; exit 2 ;;
esac
installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}
missing=""
for p in $packages; do
  # Debian 13 renamed some library packages with a t64 suffix (libglib2.0-0t64); either name will do.
  installed "$p" || installed "${p}t64" || missing="$missing $p"
done
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
