#!/usr/bin/env bash
# Startup benchmark: runs the packaged jar and the native binary in turn, RUNS times each,
# and prints the median time from exec to the first successful GraphQL response and the
# server's resident memory (VmRSS from /proc) at that moment.
#
#   bench/startup.sh [--query '{ __typename }'] [--runs 5] [--dir PROJECT]
#
# Needs target/quarkus-app/quarkus-run.jar (./mvnw package) and target/*-runner
# (./mvnw package -Dnative). One Python process starts each server and polls it over HTTP,
# so no per-poll process start-up is counted.
set -euo pipefail

QUERY='{ people(first: 1) { totalCount } }'
RUNS=5
DIR=$(dirname "${BASH_SOURCE[0]}")/..
while (($#)); do
  case $1 in
    --query) QUERY=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;;
    *) echo "usage: $0 [--query GRAPHQL] [--runs N] [--dir PROJECT]" >&2; exit 2 ;;
  esac
done
cd "$DIR"

JAR=target/quarkus-app/quarkus-run.jar
RUNNER=$(find target -maxdepth 1 -name '*-runner' -type f -perm -u+x | head -1)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[[ -f $JAR ]] || { echo "no $JAR: run ./mvnw package first" >&2; exit 1; }
[[ -n $RUNNER ]] || { echo "no target/*-runner: run ./mvnw package -Dnative first" >&2; exit 1; }

exec python3 - "$QUERY" "$RUNS" "$JAVA" "$JAR" "$RUNNER" <<'PY'
import http.client, json, os, signal, socket, statistics, subprocess, sys, time

query, runs, java, jar, runner = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
body = json.dumps({"query": query})

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")

def answered(port):
    """True once the server answers the query with data and no errors."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request("POST", "/graphql", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        payload = response.read()
    except OSError:
        return False
    finally:
        conn.close()
    if response.status == 200:
        result = json.loads(payload)
        if result.get("data") and not result.get("errors"):
            return True
        raise SystemExit(f"the server answered, but not the query {query!r}: {payload[:300]!r}")
    return False

def run(command, port):
    start = time.monotonic()
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not answered(port):
            if server.poll() is not None:
                raise SystemExit(f"{command[0]} exited with {server.returncode} before answering")
            if time.monotonic() - start > 60:
                raise SystemExit(f"{command[0]} did not answer within 60 s")
            time.sleep(0.001)
        elapsed = time.monotonic() - start
        return elapsed * 1000, rss_mb(server.pid)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

def bench(name, make_command):
    times, rsss = [], []
    for _ in range(runs):
        port = free_port()
        ms, rss = run(make_command(port), port)
        times.append(ms)
        rsss.append(rss)
    return name, statistics.median(times), statistics.median(rsss), min(times), max(times)

results = [
    bench("JVM (quarkus-run.jar)", lambda port: [java, f"-Dquarkus.http.port={port}", "-jar", jar]),
    bench(f"native ({os.path.basename(runner)})", lambda port: [runner, f"-Dquarkus.http.port={port}"]),
]
print(f"query: {query}   runs: {runs} each, median (min-max)")
print(f"{'':34} {'first response':>22} {'RSS':>10}")
for name, ms, rss, lo, hi in results:
    print(f"{name:34} {ms:8.0f} ms ({lo:.0f}-{hi:.0f}) {rss:8.1f} MB")
PY
