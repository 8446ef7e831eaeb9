#!/bin/sh
# Install ExportAudit for the current user from the unpacked tarball: no root, no Python needed.
#   ./install.sh            installs to ~/.local/opt/exportaudit with a menu entry and an `exportaudit` command
#   ./install.sh --remove   removes them again (your stores and evidence are never touched)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/exportaudit"
bin="$HOME/.local/bin"
if [ "${1:-}" = "--remove" ]; then
  rm -rf "$opt" "$bin/exportaudit" "$prefix/applications/exportaudit.desktop" \
         "$prefix/icons/hicolor/256x256/apps/exportaudit.png" "$prefix/mime/packages/exportaudit.xml"
  echo "ExportAudit removed."
  exit 0
fi
mkdir -p "$opt" "$bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps" "$prefix/mime/packages"
rm -rf "$opt"
cp -a "$here/exportaudit" "$opt"
ln -sf "$opt/exportaudit" "$bin/exportaudit"
cp "$here/exportaudit.png" "$prefix/icons/hicolor/256x256/apps/exportaudit.png"
sed "s|^Exec=exportaudit|Exec=$opt/exportaudit|" "$here/exportaudit.desktop" > "$prefix/applications/exportaudit.desktop"
cp "$here/exportaudit-mime.xml" "$prefix/mime/packages/exportaudit.xml"  # stores and .eaudit packages open on double-click
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$prefix/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$prefix/applications" || true
echo "ExportAudit installed: start it from the menu or run $bin/exportaudit"
