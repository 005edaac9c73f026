#!/usr/bin/env bash
# Build Knute.app and dist/Knute-VERSION.dmg on macOS (needs Xcode's command line tools for
# codesign and hdiutil; it cannot run on Linux).
#
#   installers/macos/build.sh
#
# CODESIGN_IDENTITY signs with a Developer ID (default "-": ad-hoc, enough to run on the machine
# that built it; Gatekeeper on other Macs wants a Developer ID and notarisation: see
# installers/README.md).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c "import desktop_app; print(desktop_app.__version__)")
APP=dist/Knute.app

"$PYTHON" -m PyInstaller installers/knute.spec --noconfirm --distpath dist --workpath build/pyinstaller
[ -d "$APP" ] || { echo "build.sh: $APP was not built" >&2; exit 1; }

# The icon Finder shows for .knute files (Info.plist: CFBundleTypeIconFile, UTTypeIconFile).
cp build/icons/knute-document.icns "$APP/Contents/Resources/knute-document.icns"
# Changing the bundle voids PyInstaller's signature: sign again. With a Developer ID: the hardened
# runtime notarisation requires, with the entitlements an embedded Python needs.
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --entitlements installers/macos/entitlements.plist \
        --sign "$CODESIGN_IDENTITY" "$APP"
else
    codesign --force --deep --sign - "$APP"
fi
codesign --verify --deep --strict "$APP"
plutil -lint "$APP/Contents/Info.plist"

# The disk image: Knute.app and a link to /Applications to drag it onto.
STAGE=build/dmg
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG=dist/Knute-$VERSION-macos-$(uname -m).dmg
hdiutil create -volname "Knute $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
hdiutil verify "$DMG"
echo "app: $APP ($(du -sh "$APP" | cut -f1))"
echo "dmg: $DMG ($(du -h "$DMG" | cut -f1))"
