#!/usr/bin/env bash
# Prints the path of a GraalVM 25 home that can build native images, assembling one first when
# GRAALVM_HOME does not already point at a GraalVM CE / Mandrel / Liberica NIK 25.
#
# No GraalVM distribution can be downloaded here, so the home is put together from pieces that
# can: the Temurin 25 JDK (it has JVMCI), the native-image builder jars from Maven Central,
# static JDK libraries built from Debian's OpenJDK source package, and this project's own
# native-image driver (native/driver) and C support libraries (native/clib).
#
#   native/toolchain.sh               assemble if needed; last line of stdout is the home
#   native/toolchain.sh --print-home  only print where the home is (or would be)
#   native/toolchain.sh --check       also build and run a HelloWorld image with it
#
# Idempotent: every expensive step leaves a stamp under ~/.cache/newsgraph, a second run takes
# seconds. Progress goes to stderr. Needs root (or sudo) for apt-get on a fresh machine.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${NEWSGRAPH_CACHE:-$HOME/.cache/newsgraph}
GRAAL_HOME=$CACHE/graalvm
WORK=$CACHE/work
BUILD_JDK=${NEWSGRAPH_BUILD_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
# Debian serves the sources of these OpenJDK packages only; 26's native code works under 25's classes.
OPENJDK_SOURCE_PACKAGE=openjdk-26
OPENJDK_SOURCE_SUITE=sid
GRAALVM_VERSION=$(sed -n 's:.*<graalvm.version>\(.*\)</graalvm.version>.*:\1:p' "$ROOT/native/pom.xml")

APT_PACKAGES=(gcc g++ make autoconf zip unzip file dpkg-dev xz-utils zlib1g-dev
  libx11-dev libxext-dev libxrender-dev libxrandr-dev libxtst-dev libxt-dev
  libcups2-dev libasound2-dev libfontconfig1-dev libfreetype-dev libffi-dev)
STATIC_LIBS=(libjava libnio libnet libzip libjimage libverify libextnet libmanagement libmanagement_ext)

START=$SECONDS
log() { printf '[toolchain %3ds] %s\n' $((SECONDS - START)) "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# step NAME KEY FUNCTION: runs FUNCTION unless the stamp of NAME records KEY (its inputs).
step() {
  local name=$1 key=$2 fn=$3 stamp=$WORK/stamps/$1
  if [[ -f $stamp && $(cat "$stamp") == "$key" ]]; then
    log "$name: up to date"
    return
  fi
  log "$name: running"
  local t0=$SECONDS
  "$fn"
  mkdir -p "$WORK/stamps"
  printf '%s' "$key" > "$stamp"
  log "$name: done in $((SECONDS - t0))s"
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# A GraalVM CE / Mandrel / Liberica NIK 25 other than the one this script assembles (that one is
# always brought up to date).
is_graalvm_25() {
  [[ $(readlink -f "$1") != $(readlink -f "$GRAAL_HOME") ]] || return 1
  local version
  version=$("$1/bin/native-image" --version 2>/dev/null | sed -n '2p') || return 1
  [[ $version =~ (GraalVM\ CE|Mandrel-|Liberica-NIK-)[^0-9]*25\. ]]
}

install_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if ((${#missing[@]})); then
    log "apt-get install ${missing[*]}"
    as_root apt-get update -q >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
  fi
}

fetch_builder_jars() {
  rm -rf "$WORK/jars"
  (cd "$ROOT" && ./mvnw -q -B -f native/pom.xml dependency:copy-dependencies -DoutputDirectory="$WORK/jars") >&2
}

# The source comes from Debian's sid through a private apt configuration: the system's sources
# and package lists stay as they are.
build_static_jdk_libs() {
  local apt=$WORK/apt src=$WORK/openjdk-src
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$WORK/openjdk-download"
  echo "deb-src http://deb.debian.org/debian $OPENJDK_SOURCE_SUITE main" > "$apt/sources.list"
  local opts=(-o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" -o APT::Sandbox::User=root)
  local srclog=$WORK/openjdk-source.log
  log "  apt-get source $OPENJDK_SOURCE_PACKAGE ($OPENJDK_SOURCE_SUITE; log: $srclog)"
  {
    apt-get "${opts[@]}" -q update &&
      (cd "$WORK/openjdk-download" && rm -f ./*.dsc && apt-get "${opts[@]}" -q source --download-only "$OPENJDK_SOURCE_PACKAGE") &&
      rm -rf "$src" &&
      dpkg-source -x "$WORK"/openjdk-download/*.dsc "$src"
  } > "$srclog" 2>&1 || die "fetching the OpenJDK source failed, see $srclog"
  log "  $(basename "$WORK"/openjdk-download/*.dsc .dsc)"
  log "  configure"
  (cd "$src" && bash configure --with-boot-jdk="$BUILD_JDK" --with-debug-level=release --with-jvm-variants=server \
    --enable-headless-only --with-native-debug-symbols=none --disable-warnings-as-errors \
    --disable-precompiled-headers --with-pcsclite=bundled --with-version-string=26 > "$WORK/openjdk-configure.log" 2>&1) ||
    die "OpenJDK configure failed, see $WORK/openjdk-configure.log"
  log "  make static libraries (a few minutes; log: $WORK/openjdk-make.log)"
  (cd "$src" && make JOBS="$(nproc)" java.base-static-libs java.management-static-libs \
    jdk.management-static-libs jdk.net-static-libs > "$WORK/openjdk-make.log" 2>&1) ||
    die "OpenJDK make failed, see $WORK/openjdk-make.log"
  rm -rf "$WORK/jdk-static"
  mkdir -p "$WORK/jdk-static"
  for lib in "${STATIC_LIBS[@]}"; do
    cp "$(find "$src/build" -path "*/static/$lib.a" | head -1)" "$WORK/jdk-static/"
  done
  rm -rf "$src" "$WORK/openjdk-download"
}

# Symbols the JDK archives call but neither they nor jvm.c define get a stub that names itself.
generate_jvm_stubs() {
  local archives=("$WORK"/jdk-static/*.a)
  comm -23 \
    <(nm -u "${archives[@]}" 2>/dev/null | awk '$1 == "U" && $2 ~ /^(JVM_|jio_|JDK_)/ {print $2}' | sort -u) \
    <(nm --defined-only "${archives[@]}" "$1" 2>/dev/null | awk 'NF == 3 {print $3}' | sort -u) |
    {
      echo '/* Generated by native/toolchain.sh from the static JDK libraries: see jvm.c. */'
      echo 'void jvm_unsupported(const char *name);'
      while read -r symbol; do echo "void $symbol(void) { jvm_unsupported(\"$symbol\"); }"; done
    }
}

assemble_home() {
  local tmp=$GRAAL_HOME.tmp obj=$WORK/obj
  rm -rf "$tmp" "$obj"
  mkdir -p "$obj"
  cp -a "$BUILD_JDK/." "$tmp"

  local svm=$tmp/lib/svm clibs=$tmp/lib/svm/clibraries/linux-amd64 static=$tmp/lib/static/linux-amd64/glibc
  mkdir -p "$svm/builder" "$svm/compiler" "$svm/builder/lib" "$svm/driver" "$clibs/include" "$static"
  cp "$WORK"/jars/*.jar "$svm/builder/"
  mv "$svm/builder/compiler-$GRAALVM_VERSION.jar" "$svm/compiler/"
  cp "$WORK"/jdk-static/*.a "$static/"

  log "  compile C support libraries"
  local cflags=(-O2 -fPIC -Wall -Wextra -Wno-unused-parameter -I"$tmp/include" -I"$tmp/include/linux" -I"$ROOT/native/clib/include")
  for c in jvm chelper cpufeatures container; do
    gcc "${cflags[@]}" -c "$ROOT/native/clib/$c.c" -o "$obj/$c.o"
  done
  generate_jvm_stubs "$obj/jvm.o" > "$obj/jvm_stubs.c"
  gcc "${cflags[@]}" -c "$obj/jvm_stubs.c" -o "$obj/jvm_stubs.o"
  ar rcs "$static/libjvm.a" "$obj/jvm.o" "$obj/jvm_stubs.o"
  # The builder links @CLibrary("libchelper") as -llibchelper.
  ar rcs "$clibs/liblibchelper.a" "$obj/chelper.o" "$obj/cpufeatures.o"
  ar rcs "$clibs/libsvm_container.a" "$obj/container.o"
  cp "$ROOT"/native/clib/include/*.h "$clibs/include/"
  gcc "${cflags[@]}" -shared -o "$svm/builder/lib/libreporterchelper.so" "$ROOT/native/clib/reporterchelper.c"

  log "  compile the native-image driver"
  "$tmp/bin/javac" -d "$svm/driver" "$ROOT/native/driver/NativeImage.java"
  log "  compile the start-up code layout"
  local builder_jars=("$svm"/builder/*.jar "$svm"/compiler/*.jar)
  "$tmp/bin/javac" -d "$obj/layout" --add-modules jdk.internal.vm.ci \
    --add-exports jdk.internal.vm.ci/jdk.vm.ci.meta=ALL-UNNAMED \
    -cp "$(IFS=:; echo "${builder_jars[*]}")" "$ROOT"/native/layout/*.java
  mkdir -p "$svm/layout"
  "$tmp/bin/jar" --create --file "$svm/layout/startup-code-layout.jar" -C "$obj/layout" .
  {
    echo "builder.version=$GRAALVM_VERSION"
    # The release date native-image --version shows: when the svm jar was packed.
    echo "builder.date=$(unzip -l "$svm/builder/svm-$GRAALVM_VERSION.jar" META-INF/MANIFEST.MF | awk 'NR == 4 {print $2}')"
  } > "$svm/native-image-release.properties"
  cat > "$tmp/bin/native-image" <<'EOF'
#!/usr/bin/env bash
# native-image for this assembled home: see newsgraph's native/driver/NativeImage.java.
home=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
exec "$home/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$home/lib/svm/driver" NativeImage "$@"
EOF
  chmod +x "$tmp/bin/native-image"

  rm -rf "$GRAAL_HOME"
  mv "$tmp" "$GRAAL_HOME"
}

check_hello_world() {
  local dir=$WORK/hello
  rm -rf "$dir"
  mkdir -p "$dir"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello from a native image"); } }\n' > "$dir/Hello.java"
  "$GRAAL_HOME/bin/javac" -d "$dir" "$dir/Hello.java"
  (cd "$dir" && "$GRAAL_HOME/bin/native-image" -J-Xmx2g --no-fallback -cp . Hello hello > build.log 2>&1) ||
    die "HelloWorld image failed, see $dir/build.log"
  local out
  out=$("$dir/hello")
  [[ $out == "Hello from a native image" ]] || die "HelloWorld image printed: $out"
  log "HelloWorld image runs: $out"
}

main() {
  case ${1:-} in
    --print-home)
      if [[ -n ${GRAALVM_HOME:-} ]] && is_graalvm_25 "$GRAALVM_HOME"; then echo "$GRAALVM_HOME"; else echo "$GRAAL_HOME"; fi
      return ;;
    --check | "") ;;
    *) die "usage: $0 [--print-home | --check]" ;;
  esac
  if [[ -n ${GRAALVM_HOME:-} ]] && is_graalvm_25 "$GRAALVM_HOME"; then
    log "GRAALVM_HOME is a GraalVM 25 already: $GRAALVM_HOME"
    echo "$GRAALVM_HOME"
    return
  fi
  [[ -x $BUILD_JDK/bin/java ]] || die "no JDK 25 at $BUILD_JDK (set NEWSGRAPH_BUILD_JDK)"
  "$BUILD_JDK/bin/java" --list-modules | grep -q '^jdk.internal.vm.ci@' || die "$BUILD_JDK has no JVMCI module"
  [[ -n $GRAALVM_VERSION ]] || die "no graalvm.version in native/pom.xml"
  log "assembling a GraalVM $GRAALVM_VERSION home in $GRAAL_HOME (build JDK $BUILD_JDK)"

  step packages "${APT_PACKAGES[*]}" install_packages
  step builder-jars "$GRAALVM_VERSION" fetch_builder_jars
  step jdk-static-libs "$OPENJDK_SOURCE_PACKAGE $BUILD_JDK ${STATIC_LIBS[*]}" build_static_jdk_libs
  local inputs
  inputs=$( (cat "${BASH_SOURCE[0]}" "$ROOT/native/pom.xml" "$ROOT"/native/clib/*.c "$ROOT"/native/clib/include/*.h \
    "$ROOT/native/driver/NativeImage.java" "$ROOT"/native/layout/*.java; "$BUILD_JDK/bin/java" -version 2>&1) | sha256sum | cut -d' ' -f1)
  [[ -x $GRAAL_HOME/bin/native-image ]] || rm -f "$WORK/stamps/home"
  step home "$inputs" assemble_home
  if [[ ${1:-} == --check ]]; then
    step hello-world "$inputs" check_hello_world
  fi
  log "ready: $("$GRAAL_HOME/bin/native-image" --version | head -1)"
  echo "$GRAAL_HOME"
}

main "$@"
