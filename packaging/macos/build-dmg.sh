#!/bin/sh
# Build dist/ExportAudit-VERSION-macos.dmg from the .app that `pyinstaller packaging/exportaudit.spec` makes on macOS.
# Needs only macOS's own hdiutil. Signing and notarisation (optional, needs an Apple Developer ID):
#   codesign --deep --force --options runtime --sign "Developer ID Application: NAME (TEAMID)" dist/ExportAudit.app
#   xcrun notarytool submit dist/ExportAudit-*.dmg --keychain-profile PROFILE --wait && xcrun stapler staple dist/*.dmg
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/exportaudit/__init__.py")
app="$root/dist/ExportAudit.app"
[ -d "$app" ] || { echo "missing $app: run pyinstaller packaging/exportaudit.spec on macOS first" >&2; exit 1; }
stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
out="$root/dist/ExportAudit-$version-macos.dmg"
rm -f "$out"
hdiutil create -volname "ExportAudit $version" -srcfolder "$stage" -ov -format UDZO "$out"
rm -rf "$stage"
echo "$out"
