#!/usr/bin/env bash
# Install Piyue's desktop integration (and the PyInstaller bundle, when built) for one user or system-wide.
#
#   packaging/linux/install.sh                    # into ~/.local: bundle → ~/.local/lib/piyue, ~/.local/bin/piyue,
#                                                 # menu entry, AppStream metainfo, icons
#   packaging/linux/install.sh --prefix /usr/local   # system-wide (as root)
#   packaging/linux/install.sh --no-bundle        # only the menu entry, metainfo and icons (piyue installed by pip)
#   packaging/linux/install.sh --uninstall        # remove what the same command line installed
#
# With the bundle, the installed .desktop file names the executable by its full path (a desktop session's PATH
# often lacks ~/.local/bin); without it, Exec stays `piyue` and must be on PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prefix="${HOME}/.local"
bundle="$root/dist/piyue"
with_bundle=1
uninstall=0
while (($#)); do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --bundle) bundle="$2"; shift 2 ;;
    --no-bundle) with_bundle=0; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

app_id=app.piyue.Piyue
share="$prefix/share"
icons="$share/icons/hicolor"
refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t -f "$icons" || true
}

if ((uninstall)); then
  rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
  find "$icons" -path "*/apps/$app_id.*" -delete 2>/dev/null || true
  if ((with_bundle)); then
    [ -L "$prefix/bin/piyue" ] && rm -f "$prefix/bin/piyue"
    rm -rf "$prefix/lib/piyue"
  fi
  refresh
  echo "install.sh: removed Piyue from $prefix"
  exit 0
fi

exec_line="piyue"
if ((with_bundle)); then
  if [ ! -x "$bundle/piyue" ]; then
    echo "install.sh: no bundle at $bundle (build it with packaging/build.sh, or pass --no-bundle)" >&2
    exit 2
  fi
  mkdir -p "$prefix/lib" "$prefix/bin"
  rm -rf "$prefix/lib/piyue"
  cp -a "$bundle" "$prefix/lib/piyue"
  ln -sfn "$prefix/lib/piyue/piyue" "$prefix/bin/piyue"
  exec_line="$prefix/bin/piyue"
fi

install -d "$share/applications" "$share/metainfo"
sed "s|^Exec=piyue\b|Exec=$exec_line|" "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
install -m 644 "$here/$app_id.metainfo.xml" "$share/metainfo/$app_id.metainfo.xml"
# The icon theme tree made by packaging/icons.py: hicolor/{16x16…512x512,scalable}/apps/app.piyue.Piyue.*
(cd "$root/resources/icons/hicolor" && find . -path "*/apps/$app_id.*" -type f) | while read -r icon; do
  install -D -m 644 "$root/resources/icons/hicolor/$icon" "$icons/$icon"
done
refresh
echo "install.sh: installed Piyue into $prefix (Exec=$exec_line)"
