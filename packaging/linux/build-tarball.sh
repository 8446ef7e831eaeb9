#!/bin/sh
# Wrap the PyInstaller folder (dist/exportaudit) as dist/ExportAudit-VERSION-linux-ARCH.tar.gz with a .desktop file,
# an icon and a per-user installer.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/exportaudit/__init__.py")
arch=$(uname -m)
name="ExportAudit-$version-linux-$arch"
stage="$root/build/$name"
rm -rf "$stage"
mkdir -p "$stage"
cp -a "$root/dist/exportaudit" "$stage/exportaudit"
cp "$root/packaging/linux/exportaudit.desktop" "$root/packaging/linux/exportaudit-mime.xml" "$root/packaging/linux/install.sh" "$stage/"
cp "$root/packaging/icons/exportaudit-256.png" "$stage/exportaudit.png"
cp "$root/packaging/README-user.txt" "$stage/README.txt"
tar -C "$root/build" -czf "$root/dist/$name.tar.gz" "$name"
echo "$root/dist/$name.tar.gz"
