#!/usr/bin/env bash
# Build Knute for Linux: the frozen bundle, a tarball and a .deb.
#
#   installers/linux/build.sh [--no-freeze]
#
#   dist/knute/                                the PyInstaller bundle (installers/knute.spec)
#   dist/knute-VERSION-linux-ARCH.tar.gz       the bundle + share/ + install.sh (per-user, no root)
#   dist/knute_VERSION_ARCH.deb                /opt/knute, /usr/bin/knute, the .desktop entry,
#                                              the application/x-knute type and the hicolor icons
#
# --no-freeze packs the dist/knute/ that is already there. PYTHON picks the interpreter
# (default: python3; it needs PyInstaller and Knute's dependencies).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
HERE=installers/linux
VERSION=$("$PYTHON" -c "import desktop_app; print(desktop_app.__version__)")
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)

if [ "${1:-}" != "--no-freeze" ]; then
    "$PYTHON" -m PyInstaller installers/knute.spec --noconfirm --distpath dist --workpath build/pyinstaller
fi
[ -x dist/knute/knute ] || { echo "build.sh: dist/knute/knute is missing" >&2; exit 1; }
[ -f build/icons/png/48/knute.png ] || "$PYTHON" installers/render_icons.py build/icons >/dev/null

# share/: the desktop entry, the MIME type and the icons, under PREFIX/share
stage_share() {
    local share=$1
    install -Dm644 "$HERE/knute.desktop" "$share/applications/knute.desktop"
    install -Dm644 "$HERE/knute-mime.xml" "$share/mime/packages/knute.xml"
    for png in build/icons/png/*/knute.png; do
        local size
        size=$(basename "$(dirname "$png")")
        install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/knute.png"
        install -Dm644 "build/icons/png/$size/application-x-knute.png" \
            "$share/icons/hicolor/${size}x${size}/mimetypes/application-x-knute.png"
    done
    install -Dm644 resources/icons/knute.svg "$share/icons/hicolor/scalable/apps/knute.svg"
    install -Dm644 resources/icons/knute-document.svg "$share/icons/hicolor/scalable/mimetypes/application-x-knute.svg"
}

# The Debian packages of the system libraries the bundle links to directly (the spec leaves the
# desktop's own libraries out of the bundle): every DT_NEEDED name that no file of the bundle
# provides, found with ldconfig, owned per dpkg -S; and the newest glibc symbol version used.
debian_depends() {
    local bundle=$1 elves needed bundled lib path real package packages="" glibc
    elves=$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
        'for f; do [ "$(head -c 4 "$f" | od -An -tx1 | tr -d " ")" = 7f454c46 ] && echo "$f"; done' sh {} +)
    needed=$(echo "$elves" | xargs objdump -p 2>/dev/null | awk '/NEEDED/ {print $2}' | sort -u)
    bundled=$(find "$bundle" \( -type f -o -type l \) -name 'lib*' -printf '%f\n' | sort -u)
    for lib in $(comm -23 <(echo "$needed") <(echo "$bundled")); do
        path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib && /x86-64|AArch64|64bit/ {print $NF; exit}')
        [ -z "$path" ] && path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib {print $NF; exit}')
        if [ -z "$path" ]; then
            # Libraries of optional plugins (Wayland) the build machine may lack: their Debian names.
            case $lib in
                libwayland-cursor.so.0) packages="$packages libwayland-cursor0" ;;
                libwayland-egl.so.1) packages="$packages libwayland-egl1" ;;
                *) echo "build.sh: warning: $lib (needed by the bundle) is not on this system" >&2 ;;
            esac
            continue
        fi
        real=$(readlink -f "$path")
        for candidate in "$real" "${real#/usr}" "$path"; do
            if package=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$package" ]; then
                packages="$packages $package"
                break
            fi
        done
    done
    glibc=$(echo "$elves" | xargs objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
    echo "$packages" | tr ' ' '\n' | grep -v '^$' | grep -v '^libc6$' | sort -u \
        | sed "1i libc6 (>= $glibc)" | paste -sd, | sed 's/,/, /g'
}

rm -rf build/linux
mkdir -p build/linux dist

# ---- tarball --------------------------------------------------------------------------------------
STAGE=build/linux/knute-$VERSION
mkdir -p "$STAGE"
cp -a dist/knute "$STAGE/knute"
stage_share "$STAGE/share"
install -m755 "$HERE/install.sh" "$STAGE/install.sh"
install -m644 LICENSE "$STAGE/LICENSE"
TARBALL=dist/knute-$VERSION-linux-$ARCH.tar.gz
tar -C build/linux -czf "$TARBALL" "knute-$VERSION"

# ---- .deb -----------------------------------------------------------------------------------------
PKG=build/linux/deb
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/doc/knute"
cp -a dist/knute "$PKG/opt/knute"
ln -s /opt/knute/knute "$PKG/usr/bin/knute"
stage_share "$PKG/usr/share"
# Debian's copyright file: Knute's licence (the LICENSE file, word for word) and what the bundle carries.
{
    cat <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Knute

Files: *
Copyright: 2026 The Knute developers
License: MIT

Files: opt/knute/_internal/*
Copyright: their authors, as below
License: various
 Bundled with Knute, each under its own licence: Python (PSF licence), Qt 6 and PySide6
 (LGPL-3.0), numpy and OpenBLAS (BSD), networkx (BSD), reportlab (BSD), Pillow (MIT-CMU), pypdfium2
 and PDFium (Apache-2.0 / BSD), SQLite (public domain), DejaVu fonts (Bitstream Vera licence,
 /opt/knute/_internal/desktop_app/resources/fonts/LICENSE).

License: MIT
EOF
    sed -e 's/^$/./' -e 's/^/ /' LICENSE
} > "$PKG/usr/share/doc/knute/copyright"
DEPENDS=$(debian_depends dist/knute)
cat > "$PKG/DEBIAN/control" <<EOF
Package: knute
Version: $VERSION
Architecture: $ARCH
Maintainer: The Knute developers
Installed-Size: $(du -sk "$PKG" | cut -f1)
Depends: $DEPENDS
Recommends: xdg-utils, shared-mime-info, desktop-file-utils, fonts-dejavu-core
Section: misc
Priority: optional
Description: relationship maps for key account management
 Knute maps the people and organisations around a key account and the ties
 between them, rates each tie, finds where an account hangs on one person,
 and prints the network plan. Works offline; each map is one .knute file.
 In Norwegian bokmål and English.
EOF
install -m755 "$HERE/postinst" "$PKG/DEBIAN/postinst"
install -m755 "$HERE/postrm" "$PKG/DEBIAN/postrm"
DEB=dist/knute_${VERSION}_$ARCH.deb
# zstd packs in seconds (dpkg 1.21.18+: Debian 12, Ubuntu 21.10+); DEB_COMPRESS=xz packs ~25 % smaller,
# for every dpkg, in minutes (the release workflow uses it).
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-zstd}" --build "$PKG" "$DEB" >/dev/null

echo "bundle:  dist/knute ($(du -sh dist/knute | cut -f1))"
echo "tarball: $TARBALL ($(du -h "$TARBALL" | cut -f1))"
echo "deb:     $DEB ($(du -h "$DEB" | cut -f1))"
