#!/bin/sh
# Install DealerDesk from this unpacked archive: the program folder, a menu entry and the icon.
# As a normal user into ~/.local (no root needed), as root for everyone under /opt.
#   ./install.sh              install (again: replaces the program, keeps the database)
#   ./install.sh --uninstall  remove the program; the database in your data folder is kept
#   --user                    with either: into ~/.local even when run as root
# PREFIX=/some/dir ./install.sh puts the program folder elsewhere.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ACTION=install
SCOPE=$( [ "$(id -u)" = 0 ] && echo system || echo user )
for arg in "$@"; do
  case "$arg" in
    --uninstall) ACTION=uninstall ;;
    --user) SCOPE=user ;;
    *) echo "usage: install.sh [--user] [--uninstall]" >&2; exit 2 ;;
  esac
done
if [ "$SCOPE" = system ]; then
  PREFIX=${PREFIX:-/opt/dealerdesk}
  SHARE=/usr/local/share
  BIN=/usr/local/bin
else
  PREFIX=${PREFIX:-$HOME/.local/opt/dealerdesk}
  SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
  BIN=$HOME/.local/bin
fi
DESKTOP=$SHARE/applications/dealerdesk.desktop
PNG=$SHARE/icons/hicolor/256x256/apps/dealerdesk.png
SVG=$SHARE/icons/hicolor/scalable/apps/dealerdesk.svg

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$ACTION" = uninstall ]; then
  # Only what this script installed; a symlink in $BIN is removed only if it points at us.
  [ "$(readlink "$BIN/dealerdesk" 2>/dev/null || true)" = "$PREFIX/dealerdesk" ] && rm -f "$BIN/dealerdesk"
  rm -rf "$PREFIX"
  rm -f "$DESKTOP" "$PNG" "$SVG"
  refresh_menus
  echo "DealerDesk removed. Your database (in ~/.local/share/DealerDesk) was kept."
  exit 0
fi

[ -x "$HERE/dealerdesk" ] && [ -d "$HERE/_internal" ] || { echo "run install.sh from the unpacked archive" >&2; exit 2; }
rm -rf "$PREFIX"
mkdir -p "$PREFIX" "$(dirname "$DESKTOP")" "$(dirname "$PNG")" "$(dirname "$SVG")" "$BIN"
cp -a "$HERE/dealerdesk" "$HERE/_internal" "$PREFIX/"
cp "$HERE/_internal/resources/icons/dealerdesk.png" "$PNG"
cp "$HERE/_internal/resources/icons/dealerdesk.svg" "$SVG"
# The menu entry starts the installed program by its full path: $BIN may not be on PATH.
sed "s|^Exec=.*|Exec=\"$PREFIX/dealerdesk\"|" "$HERE/dealerdesk.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
ln -sfn "$PREFIX/dealerdesk" "$BIN/dealerdesk"
refresh_menus
echo "DealerDesk installed in $PREFIX; menu entry $DESKTOP; command $BIN/dealerdesk"
