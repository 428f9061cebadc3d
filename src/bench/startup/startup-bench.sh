#!/usr/bin/env bash
# Start-up benchmark, all in one run (issue 8): the console's jlink image (with its own CDS archive)
# beside a bare JavaFX hello-world jlink image WITH its own AppCDS archive (the goal: <= 1.1x) and
# the same hello world with no archive at all (the first milestone: <= 0.8x), started alternately
# under one Xvfb; prints the medians, the ratios, the image sizes and the .deb size.
#
#   bash src/bench/startup/startup-bench.sh [RUNS]        (default 15 runs of each, after a warm-up)
#   SKIP_BUILD=1 bash src/bench/startup/startup-bench.sh   (reuse target/image and the .deb)
#
# Needs JDK 17 with jmods, Maven, Xvfb (xvfb-run). Figures are noisy on a loaded machine: the runs
# are interleaved so that load hits every variant alike, and the load average is printed.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-15}
out=target/bench-startup
fx=${JAVAFX_VERSION:-$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml)}
repo=${MAVEN_REPO:-$HOME/.m2/repository}/org/openjfx
opens="--add-opens=javafx.controls/javafx.scene.control.skin=org.controlsfx.controls"

if [[ -z ${SKIP_BUILD:-} || ! -x target/image/bin/oneview-console ]]; then
  mvn -B -q --no-transfer-progress -Pimage,installer package
fi

# The hello world, linked like the console's image (jlink options of the pom's javafx-maven-plugin).
rm -rf "$out" && mkdir -p "$out/classes"
jars=""
for m in base graphics controls; do jars+="$repo/javafx-$m/$fx/javafx-$m-$fx-linux.jar:"; done
javac -d "$out/classes" --module-path "$jars" $(find src/bench/startup/hello -name '*.java')
jlink --module-path "${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}/jmods:$jars$out/classes" \
  --add-modules com.ovconsole.hello --strip-debug --no-header-files --no-man-pages --compress=2 \
  --launcher hello=com.ovconsole.hello/com.ovconsole.hello.HelloWorld --output "$out/hello-plain"
# JavaFX's natives into lib/ as the pom does for the console (no unpacking into ~/.openjfx at start).
unzip -q -o -j "$repo/javafx-graphics/$fx/javafx-graphics-$fx-linux.jar" '*.so' -d "$out/hello-plain/lib"
cp -a "$out/hello-plain" "$out/hello-cds"
java jlink/CdsArchive.java "$out/hello-cds" com.ovconsole.hello/com.ovconsole.hello.HelloWorld "$out/cds" -- --exit-when-shown
[[ ! -e $out/hello-plain/lib/server/classes.jsa ]]

xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" java src/bench/startup/StartupBench.java "$runs" \
  "$(ls target/installer/oneview-console_*.deb 2>/dev/null | head -1)" \
  "console image + own CDS" target/image "target/image/bin/oneview-console --exit-when-shown --config-dir @CONFIG@" \
  "hello world image + own CDS" "$out/hello-cds" "$out/hello-cds/bin/hello --exit-when-shown" \
  "hello world image, no archive" "$out/hello-plain" "$out/hello-plain/bin/hello --exit-when-shown"
