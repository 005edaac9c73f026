#!/bin/sh
# Install Knute for this user from the unpacked tarball, without root:
#   the program in ~/.local/opt/knute, the `knute` command in ~/.local/bin, the menu entry,
#   the .knute file type (Knute its default application) and the icons in ~/.local/share.
#
#   ./install.sh              install (again: replaces the previous copy)
#   ./install.sh --uninstall  remove all of it (your maps are never touched)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=${KNUTE_PREFIX:-$HOME/.local/opt/knute}
BIN=$HOME/.local/bin

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX"
    if [ -L "$BIN/knute" ]; then rm -f "$BIN/knute"; fi
    rm -f "$DATA/applications/knute.desktop" "$DATA/mime/packages/knute.xml"
    find "$DATA/icons/hicolor" \( -name knute.png -o -name knute.svg -o -name application-x-knute.png \
        -o -name application-x-knute.svg \) -delete 2>/dev/null || true
    refresh
    echo "Knute is uninstalled."
    exit 0
fi

rm -rf "$PREFIX"
mkdir -p "$PREFIX" "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/icons"
cp -a "$HERE/knute/." "$PREFIX/"
ln -sf "$PREFIX/knute" "$BIN/knute"
sed -e "s|^Exec=knute|Exec=\"$PREFIX/knute\"|" -e "s|^TryExec=knute|TryExec=$PREFIX/knute|" \
    "$HERE/share/applications/knute.desktop" > "$DATA/applications/knute.desktop"
cp "$HERE/share/mime/packages/knute.xml" "$DATA/mime/packages/knute.xml"
cp -a "$HERE/share/icons/." "$DATA/icons/"
refresh
if command -v xdg-mime >/dev/null 2>&1; then xdg-mime default knute.desktop application/x-knute || true; fi
echo "Knute is installed: $PREFIX (command: $BIN/knute)."
