#!/usr/bin/env bash
# Load benchmark: DURATION (default 60s) of mixed traffic, 90% paginated reads with nested fields and
# 10% ingests, at CONNECTIONS (default 32) against the packaged jar (or the native binary with
# NATIVE=1) on an in-memory database. Prints throughput, p50/p99 latency, the error count and the
# server's peak RSS, then checks that every ingest it was told succeeded is in the graph. Exits
# non-zero on any error or lost write.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-60s}
connections=${CONNECTIONS:-32}
port=${PORT:-18090}
say() { printf '[load %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

if ! command -v wrk > /dev/null; then
    say "installing wrk"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
fi
if [ -n "${NATIVE:-}" ]; then
    server_command=("$(find target -maxdepth 1 -name '*-runner' -type f -perm -u+x | head -1)")
    [ -n "${server_command[0]}" ] || { say "no target/*-runner: run ./mvnw package -Dnative first"; exit 1; }
else
    if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
        say "packaging the jar"
        ./mvnw -B -q package -DskipTests
    fi
    server_command=(java -jar target/quarkus-app/quarkus-run.jar)
fi

password=$(head -c 24 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')
say "starting ${server_command[*]} on port $port"
NEWSGRAPH_EDITOR_PASSWORD=$password QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:mem:load;DB_CLOSE_DELAY=-1" \
    "${server_command[@]}" > target/load-server.log 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 120); do
    curl -sf "http://localhost:$port/q/health/ready" > /dev/null && break
    sleep 0.5
done

count() {
    curl -sf "http://localhost:$port/graphql" -H 'Content-Type: application/json' \
        -d '{"query":"{ articles(first: 0) { totalCount } }"}' | sed -E 's/.*"totalCount":([0-9]+).*/\1/'
}
before=$(count)
say "running $duration at $connections connections"
wrk -t2 -c"$connections" -d"$duration" --timeout 30s --latency -s bench/load.lua "http://localhost:$port/graphql" -- "$password" \
    | tee target/load.txt
after=$(count)

created=$(sed -nE 's/^created: ([0-9]+)/\1/p' target/load.txt)
graphql_errors=$(sed -nE 's/^graphql errors: ([0-9]+)/\1/p' target/load.txt)
http_errors=$(sed -nE 's/.*Non-2xx or 3xx responses: ([0-9]+).*/\1/p' target/load.txt)
socket_errors=$(sed -nE 's/.*Socket errors: connect ([0-9]+), read ([0-9]+), write ([0-9]+), timeout ([0-9]+).*/\1+\2+\3+\4/p' target/load.txt)
errors=$(( ${http_errors:-0} + ${graphql_errors:-0} + ${socket_errors:-0} ))
added=$(( after - before ))
# wrk drops the answers still in flight when time is up, so a few more articles than it counted may be
# added; a lost write is the other way round: an ingest answered "created" that the graph lacks.
lost=$(( created > added ? created - added : 0 ))
say "throughput: $(sed -nE 's/^Requests\/sec: *([0-9.]+)/\1/p' target/load.txt) requests/s;" \
    "p50 $(sed -nE 's/^p50 ms: (.*)/\1/p' target/load.txt) ms, p99 $(sed -nE 's/^p99 ms: (.*)/\1/p' target/load.txt) ms"
say "errors: $errors; ingests answered created: $created; articles added: $added; lost writes: $lost"
say "server peak RSS: $(awk '/^VmHWM:/ { printf "%.1f MB", $2 / 1024 }' "/proc/$server/status")"
[ "$errors" -eq 0 ] && [ "$lost" -eq 0 ]
