#!/usr/bin/env bash
# Makes every icon from the SVG master (needs ImageMagick 6+; run from anywhere):
#   bash assets/icons/make-icons.sh
# PNGs 16-512 (the hicolor theme sizes the .deb installs), oneview-console.png (256, jpackage's
# Linux icon), oneview-console.ico (Windows MSI) and oneview-console.icns (macOS DMG).
set -euo pipefail
cd "$(dirname "$0")"
master=oneview-console.svg
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  # Rendered at the master's own 512 px, then scaled down: small sizes stay sharp.
  convert -background none -density 96 "$master" -resize "${size}x${size}" \
    -define png:bit-depth=8 -strip "PNG32:oneview-console-$size.png"
done
cp oneview-console-256.png oneview-console.png
convert oneview-console-16.png oneview-console-24.png oneview-console-32.png oneview-console-48.png \
  oneview-console-64.png oneview-console-128.png oneview-console-256.png oneview-console.ico

# .icns: 'icns' + length, then (type, length, PNG) entries, lengths big-endian (Apple's format).
be32() { printf '%08x' "$1" | sed 's/../\\x&/g' | xargs -0 printf; }
entries=(ic11:32 ic12:64 ic07:128 ic13:256 ic08:256 ic14:512 ic09:512)
total=8
for entry in "${entries[@]}"; do
  total=$((total + 8 + $(stat -c %s "oneview-console-${entry#*:}.png")))
done
{
  printf 'icns'; be32 "$total"
  for entry in "${entries[@]}"; do
    file="oneview-console-${entry#*:}.png"
    printf '%s' "${entry%%:*}"; be32 $((8 + $(stat -c %s "$file"))); cat "$file"
  done
} > oneview-console.icns
echo "icons made from $master: ${sizes[*]} px, .ico, .icns"
