#!/usr/bin/env bash
# Records which methods the native binary runs from exec to its first GraphQL answers, into
# native/startup-methods.txt, the profile by which native/layout puts them first in the code.
#
#   native/startup-profile.sh [BINARY]
#
# BINARY (default: target/*-runner) must keep its symbols; build it with
#   ./mvnw package -Dnative -DskipTests -Dquarkus.native.additional-build-args-append=-H:-DeleteLocalSymbols
# It runs under valgrind's callgrind (apt-get install valgrind), about a hundred times slower than
# usual, against a copy of seeds/ already ingested, as a restarted server meets its database.
# Rerun it when start-up changes; a stale profile only costs memory (the build prints how many
# of its methods it still finds).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BINARY=${1:-$(find "$ROOT/target" -maxdepth 1 -name '*-runner' -type f -perm -u+x | head -1)}
OUT=$ROOT/native/startup-methods.txt
[[ -x $BINARY ]] || { echo "no binary: build one as the header of $0 says" >&2; exit 1; }
command -v valgrind > /dev/null || { echo "valgrind is missing: apt-get install valgrind" >&2; exit 1; }
nm "$BINARY" > /dev/null 2>&1 || { echo "$BINARY has no symbols: build it with -H:-DeleteLocalSymbols" >&2; exit 1; }

log() { echo "[startup-profile $(date +%H:%M:%S)] $*" >&2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$ROOT/seeds" "$WORK/seeds"

exec python3 - "$BINARY" "$WORK" "$OUT" <<'PY'
import http.client, json, re, signal, socket, subprocess, sys, time

binary, work, out = sys.argv[1:]
queries = [
    # bench/startup.sh's query, then what a front-end asks first: an article with its graph.
    "{ people(first: 1) { totalCount } }",
    "{ articles(first: 1) { nodes { title statements { text speaker { name role } }"
    " deployments { origin hostCountry troops status } } } }",
]

def log(message):
    print(f"[startup-profile {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def ask(port, query):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request("POST", "/graphql", json.dumps({"query": query}), {"Content-Type": "application/json"})
        response = conn.getresponse()
        body = json.loads(response.read())
    finally:
        conn.close()
    if response.status != 200 or body.get("errors"):
        raise SystemExit(f"query failed ({response.status}): {body}")

def serve(command, port, profile):
    server = subprocess.Popen(command, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.monotonic()
    for query in queries:
        while True:
            try:
                ask(port, query)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() - start > 600:
                    raise SystemExit(f"{binary} did not answer (exit code {server.returncode})")
                time.sleep(0.2)
    log(f"{'profiled' if profile else 'seeded'}: answered {len(queries)} queries after {time.monotonic() - start:.0f} s")
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=600)

log("first start: ingests the seeds, unprofiled")
port = free_port()
serve([binary, f"-Dquarkus.http.port={port}"], port, False)
log("second start, under callgrind (a minute or two)")
port = free_port()
trace = f"{work}/callgrind.out"
serve(["valgrind", "--tool=callgrind", f"--callgrind-out-file={trace}", "--compress-strings=no",
       "--compress-pos=no", binary, f"-Dquarkus.http.port={port}"], port, True)

# Callgrind names every function that ran, callee or caller, in fn=/cfn= lines.
ran = set()
for line in open(trace, errors="replace"):
    match = re.match(r"c?fn=(?:\(\d+\) )?(.+)", line)
    if match:
        ran.add(match.group(1).strip())
symbols = {line.split()[-1] for line in subprocess.run(["nm", "--defined-only", binary], capture_output=True,
                                                    text=True, check=True).stdout.splitlines() if line.strip()}
methods = sorted(name for name in ran if name in symbols)
with open(out, "w") as f:
    f.write("# Methods the native binary runs from exec to its first answers: native/startup-profile.sh\n")
    f.writelines(name + "\n" for name in methods)
log(f"{len(methods)} methods written to {out}")
PY
