#!/bin/bash
# Builds the Debian package scan-station_<version>_all.deb from the station's jar and the files
# in deploy/. Used by './mvnw -Pdist package' (station-app's dist profile) and by DebianPackageIT.
#   deploy/build-deb.sh STATION_JAR PROJECT_VERSION OUT_DIR
# Needs dpkg-deb and a Java 17+ (the udev rules are written by the jar's 'station udev-rule').
set -eu

[ "$#" -eq 3 ] || { echo "usage: $0 STATION_JAR PROJECT_VERSION OUT_DIR" >&2; exit 2; }
jar=$1
# Debian orders '~' before anything, so 0.1.0~SNAPSHOT comes before the 0.1.0 release.
version=${2//-/\~}
out=$3
here=$(cd "$(dirname -- "$0")" && pwd)
repo=$(dirname -- "$here")

[ -f "$jar" ] || { echo "build-deb: no jar at '$jar'; build it first: ./mvnw -B package -DskipTests" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build-deb: dpkg-deb not found; install the Debian package 'dpkg'" >&2; exit 1; }

mkdir -p -- "$out"
root=$(mktemp -d "$out/.deb-root-XXXXXX")
trap 'rm -rf -- "$root"' EXIT
chmod 0755 -- "$root"

put() { # MODE SOURCE TARGET: one file into the package tree
  install -D -m "$1" -- "$2" "$root$3"
}
put 0644 "$jar" /usr/share/scan-station/station.jar
put 0755 "$here/bin/station" /usr/bin/station
put 0755 "$here/kiosk/scan-station-kiosk" /usr/bin/scan-station-kiosk
put 0755 "$here/bin/scan-station-backup" /usr/lib/scan-station/scan-station-backup
for unit in scan-station.service scan-station-backup.service scan-station-backup.timer; do
  put 0644 "$here/systemd/$unit" "/lib/systemd/system/$unit"
done
put 0644 "$here/kiosk/scan-station-kiosk.desktop" /etc/xdg/autostart/scan-station-kiosk.desktop
put 0640 "$here/etc/station.env" /etc/scan-station/station.env
# The example configuration with every key, its data directory the service's state directory.
sed 's|^data-dir=.*|data-dir=/var/lib/scan-station|' "$repo/config/station.example.properties" \
  >"$root/station.properties"
put 0640 "$root/station.properties" /etc/scan-station/station.properties
rm -f -- "$root/station.properties"
put 0644 "$repo/docs/operations.md" /usr/share/doc/scan-station/operations.md

# udev rules for the devices in udev/devices.txt, written by the same code as 'station udev-rule'.
rules="$root/lib/udev/rules.d/70-scan-station.rules"
mkdir -p -- "$(dirname -- "$rules")"
echo "# Scan Station (package scan-station): USB scanners and printers for group scanstation-devices." >"$rules"
echo "# More devices: station udev-rule --vid VVVV --pid PPPP --group scanstation-devices" >>"$rules"
while IFS=: read -r vid pid; do
  [ -n "$vid" ] || continue
  echo "# USB device $vid:$pid" >>"$rules"
  # Its own comments say where to save a rule by hand; here the package has put it.
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar" udev-rule --vid "$vid" --pid "$pid" \
    --group scanstation-devices | grep -v '^#' >>"$rules"
done <"$here/udev/devices.txt"
chmod 0644 -- "$rules"

install -d -m 0755 -- "$root/DEBIAN"
for f in postinst prerm postrm; do
  install -m 0755 -- "$here/debian/$f" "$root/DEBIAN/$f"
done
install -m 0644 -- "$here/debian/conffiles" "$root/DEBIAN/conffiles"
size=$(du -sk --exclude=DEBIAN -- "$root" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@SIZE@|$size|" "$here/debian/control" >"$root/DEBIAN/control"

deb="$out/scan-station_${version}_all.deb"
# --root-owner-group: every file root:root whoever builds; postinst sets the station's own.
# gzip, not xz: the jar is compressed already, and xz took five times as long to save 5 %.
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "$deb"
