#!/usr/bin/env bash
# Extractor throughput on one core, warm, for ~600-word articles built from the dev set.
# Usage: bench/extractor.sh [SECONDS]   (default 5 s of measurement after 3 s of warm-up)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
# The extractor needs only its own classes; pin the JVM to one CPU when taskset is there.
pin=()
if command -v taskset >/dev/null 2>&1; then
    pin=(taskset -c 0)
fi
exec "${pin[@]}" java -XX:ActiveProcessorCount=1 -cp target/test-classes:target/classes \
    org.newsgraph.extract.ExtractorBenchmark "${1:-5}"
