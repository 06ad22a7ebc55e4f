#!/usr/bin/env bash
# Loads the public credential verification endpoint (GET /api/credentials/{id}/verification, random
# ids among N issued credentials) with wrk: 100 connections, 2 threads, for S seconds.
#   bench/credentials-http.sh [seconds=30] [credentials=1000] [path=/api/credentials/{id}/verification]
# Needs wrk (apt-get install -y wrk). The platform runs on a fresh embedded database on port 18089.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"; count="${2:-1000}"; default_path="/api/credentials/{id}/verification"; path="${3:-$default_path}"
command -v wrk >/dev/null || { echo "install wrk: apt-get install -y wrk" >&2; exit 2; }
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
ids="target/bench-credential-ids.txt"; rm -f "$ids"
java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" campus.bench.CredentialHttpBench 18089 "$count" "$ids" > target/bench-http-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do [ -s "$ids" ] && break; sleep 1; done
[ -s "$ids" ] || { echo "the platform did not start: see target/bench-http-app.log" >&2; exit 1; }
cat > target/bench-http.lua <<LUA
local ids = {}
for line in io.lines("$ids") do ids[#ids + 1] = line end
local template = "$path"
math.randomseed(2026)
request = function()
  local p = template:gsub("{id}", ids[math.random(#ids)])
  return wrk.format("GET", p, {["Accept"] = "application/json"})
end
done = function(summary, latency, requests)
  io.write(string.format("requests/s %.0f, p50 %.1f ms, p99 %.1f ms, errors %d (non-2xx %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
LUA
# warm-up, then the measured run
wrk -t2 -c100 -d10s -s target/bench-http.lua http://127.0.0.1:18089 > /dev/null
wrk -t2 -c100 -d"${seconds}s" --latency -s target/bench-http.lua http://127.0.0.1:18089
