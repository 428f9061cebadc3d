#!/bin/sh
# Runs the screenshot tour twice and fails unless every picture of the second run is
# pixel-identical to the first (the tour compares them itself: --compare-with).
# Usage: src/tour/compare-runs.sh [OUT]   (default OUT: target/tour-compare)
# Needs Xvfb (xvfb-run) and GTK 3; extra Maven flags via MVN_FLAGS (e.g. MVN_FLAGS=-o).
set -eu
cd "$(dirname "$0")/../.."
out=${1:-target/tour-compare}
rm -rf "$out"
mkdir -p "$out"
mvn -q -B ${MVN_FLAGS:-} compile
tour() {
    xvfb-run -a -s "-screen 0 1280x800x24" mvn -q -B ${MVN_FLAGS:-} javafx:run -Djavafx.args="$*"
}
tour --screenshots "$out/first"
tour --screenshots "$out/second" --compare-with "$out/first"
echo "Tour runs compared: $(ls "$out/second"/*.png | wc -l) pictures, identical to the first run"
