#!/usr/bin/env bash
# HTTP benchmark of the API on the real archive (loopback only; bounded in time; stops its own server).
#
#   bench/http-bench.sh [archive-dir]          (default ../shared/twir-archive)
#
# 1. starts target/twir-archive.jar on a fresh index directory and measures first start to ready
#    (process launch -> /actuator/health/readiness answers 200: parse and index build included), then restarts
#    it on the same index (a cold JVM, index reused, fingerprint unchanged), then restarts it in the Docker
#    image's form (extracted jar + a CDS archive recorded by a training start);
# 2. runs wrk (Debian package `wrk`) at 64 connections against /api/search with a rotating set of the dev
#    queries (../shared/queries-dev.json, via a generated wrk Lua script) and against /api/ping, RUNS times
#    each, alternating, and prints requests/s and p99 latency per run, their medians, and the ratio
#    search/ping (targets: cold start <= 10 s, ratio >= 50 %, search p99 <= 20 ms).
#
# 3. runs wrk the same way with a unique query per request (random word pairs of the dev queries' titles), so
#    the per-generation result cache rarely answers: the engine's own throughput and p99.
#
# Environment: SERVER_OPTS (extra JVM options, e.g. -Dtwir.search.cache-entries=0), RUNS (default 3), DURATION (wrk seconds per run, default 15), PORT (default 18080),
# THREADS (wrk threads, default 2), JAVA_HOME (a JDK 21+; default: the newest under /usr/lib/jvm).
set -euo pipefail
cd "$(dirname "$0")/.."

ARCHIVE=$(cd "${1:-../shared/twir-archive}" && pwd)
RUNS=${RUNS:-3}
DURATION=${DURATION:-15}
PORT=${PORT:-18080}
THREADS=${THREADS:-2}
QUERIES=${QUERIES:-../shared/queries-dev.json}
BASE="http://127.0.0.1:$PORT"

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -1)
fi
JAVA="$JAVA_HOME/bin/java"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f target/twir-archive.jar ] || JAVA_HOME=$JAVA_HOME ./mvnw -B -ntp -q -DskipTests package

WORK=$(mktemp -d)
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap 'stop_server; rm -rf "$WORK"' EXIT

# Starts the server and sets READY_MS to the milliseconds from launch to readiness (gives up after 10 min).
# Not called in $(...): it must set SERVER_PID in this shell so that stop_server can stop it.
READY_MS=0
# $1: the jar to run (default the fat jar); $2: extra JVM options (e.g. a CDS archive).
start_server() {
  local start now jar=${1:-target/twir-archive.jar}
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  "$JAVA" --add-modules jdk.incubator.vector -Xshare:auto ${2:-} ${SERVER_OPTS:-} -jar "$jar" \
    --server.port="$PORT" --twir.archive.dir="$ARCHIVE" --twir.archive.remote= \
    --twir.index.dir="$WORK/index" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 12000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ]; then
      now=$(date +%s%N); READY_MS=$(( (now - start) / 1000000 )); return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died; see log:" >&2; tail -30 "$WORK/server.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "server not ready after 10 min" >&2; tail -30 "$WORK/server.log" >&2; exit 1
}

# The wrk script: one request path per dev query, used in turn.
python3 - "$QUERIES" "$WORK/search.lua" "$WORK/unique.lua" <<'PY'
import json, sys, urllib.parse
queries = [q["query"] for q in json.load(open(sys.argv[1]))]
with open(sys.argv[2], "w") as out:
    out.write("local paths = {\n")
    for q in queries:
        out.write('  "/api/search?q=%s",\n' % urllib.parse.quote(q, safe=""))
    out.write("}\nlocal i = math.random(#paths)\n")
    out.write("request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n")
# Uncached: each request is a random pair of words from the dev queries' titles (tens of thousands of pairs),
# so the result cache almost never answers and the engine itself is measured.
words = sorted({w for q in json.load(open(sys.argv[1])) for w in q["title"].lower().split()
                if w.isalpha() and len(w) >= 4})
with open(sys.argv[3], "w") as out:
    out.write("local words = {%s}\n" % ", ".join('"%s"' % w for w in words))
    out.write("math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))\n")
    out.write("request = function()\n  local q = words[math.random(#words)] .. \"%20\" .. words[math.random(#words)]\n")
    out.write("  return wrk.format(\"GET\", \"/api/search?q=\" .. q)\nend\n")
PY

if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/ping")" != 000 ]; then
  echo "something already listens on port $PORT; set PORT" >&2; exit 1
fi
start_server; cold=$READY_MS
echo "cold start to ready (index built): ${cold} ms"
grep -E "Archive .* loaded" "$WORK/server.log" | sed 's/^.*Archive/  Archive/' || true
stop_server
start_server; warm=$READY_MS
echo "restart to ready (index reused):   ${warm} ms"
stop_server
# The deployment form (Dockerfile): the jar extracted, plus a class-data-sharing archive recorded by a training
# start that exits once the context is refreshed.
"$JAVA" -Djarmode=tools -jar target/twir-archive.jar extract --destination "$WORK/app" >/dev/null
# The jar's path must be the same string as in the run below, or the JVM refuses the archive (silently).
TWIR_ARCHIVE_REMOTE= TWIR_ARCHIVE_DIR="$WORK/no-archive" TWIR_INDEX_DIR="$WORK/cds-index" \
  "$JAVA" --add-modules jdk.incubator.vector -XX:ArchiveClassesAtExit="$WORK/app/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$WORK/app/twir-archive.jar" >"$WORK/cds.log" 2>&1 || true
start_server "$WORK/app/twir-archive.jar" "-XX:SharedArchiveFile=$WORK/app/app.jsa"; deployed=$READY_MS
echo "restart to ready, extracted jar + CDS (the Docker image's form): ${deployed} ms"
stop_server
start_server

# wrk prints "Requests/sec: N" and, with --latency, "99% Xms|us|s"; convert p99 to milliseconds.
run_wrk() {
  local out rps p99
  out=$(wrk -t"$THREADS" -c64 -d"${DURATION}s" --latency "$@")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  echo "$rps $p99"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# The JIT needs about 20 s of this load before the figures settle (the first 10 s run at a third of the rate).
# The measured order's first workload (search) comes last, so that its first run starts warm.
echo "warm-up (10 s uncached search, 10 s ping, 20 s search)"
wrk -t"$THREADS" -c64 -d10s -s "$WORK/unique.lua" "$BASE" >/dev/null
wrk -t"$THREADS" -c64 -d10s "$BASE/api/ping" >/dev/null
wrk -t"$THREADS" -c64 -d20s -s "$WORK/search.lua" "$BASE" >/dev/null

: >"$WORK/search.txt"; : >"$WORK/ping.txt"; : >"$WORK/unique.txt"
for run in $(seq 1 "$RUNS"); do
  s=$(run_wrk -s "$WORK/search.lua" "$BASE"); echo "$s" >>"$WORK/search.txt"
  p=$(run_wrk "$BASE/api/ping"); echo "$p" >>"$WORK/ping.txt"
  u=$(run_wrk -s "$WORK/unique.lua" "$BASE"); echo "$u" >>"$WORK/unique.txt"
  echo "run $run: search ${s% *} req/s p99 ${s#* } ms | ping ${p% *} req/s p99 ${p#* } ms | uncached search ${u% *} req/s p99 ${u#* } ms"
done
unique_rps=$(cut -d' ' -f1 "$WORK/unique.txt" | median)
unique_p99=$(cut -d' ' -f2 "$WORK/unique.txt" | median)
search_rps=$(cut -d' ' -f1 "$WORK/search.txt" | median)
search_p99=$(cut -d' ' -f2 "$WORK/search.txt" | median)
ping_rps=$(cut -d' ' -f1 "$WORK/ping.txt" | median)
ping_p99=$(cut -d' ' -f2 "$WORK/ping.txt" | median)
ratio=$(awk -v s="$search_rps" -v p="$ping_rps" 'BEGIN {printf "%.1f", 100 * s / p}')
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $("$JAVA" -version 2>&1 | head -1)"
echo "medians of $RUNS runs, 64 connections, ${DURATION} s each, $THREADS wrk threads:"
echo "  /api/search  ${search_rps} req/s  p99 ${search_p99} ms   (target p99 <= 20 ms)"
echo "  /api/ping    ${ping_rps} req/s  p99 ${ping_p99} ms"
echo "  ratio search/ping ${ratio} %   (target >= 50 %)"
echo "  /api/search uncached (random title word pairs) ${unique_rps} req/s  p99 ${unique_p99} ms  ($(awk -v s="$unique_rps" -v p="$ping_rps" 'BEGIN {printf "%.1f", 100 * s / p}') % of ping)"
echo "  first start to ready (parse + index build) ${cold} ms, restart on reused index ${warm} ms (target <= 10000),"
echo "  restart in the Docker image's form (extracted jar + CDS) ${deployed} ms"
