#!/usr/bin/env bash
# Load benchmark of the public catalogue: the HTML page and the JSON API, each under 100
# concurrent connections on loopback with wrk. Not a test: run it on a quiet machine and compare.
#   bench/catalogue.sh [seconds per run, default 30] [extra platform options]
#   bench/catalogue.sh 30 --campus.catalogue.anonymous-cache=PT0S   (every request rendered: no micro-cache)
# Needs wrk (apt-get install -y wrk). Starts its own platform on port 8181 with demo content in a
# temporary embedded database, warms it up, measures, and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
shift || true
port=8181
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f target/campus-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B package -DskipTests
dir=$(mktemp -d)
java -Xms512m -Xmx1g -jar target/campus-0.1.0-SNAPSHOT.jar --server.port=$port --campus.demo.load=true \
  --spring.datasource.url="jdbc:h2:file:$dir/campus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --logging.level.root=WARN "$@" > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 90); do curl -sf -o /dev/null "http://127.0.0.1:$port/catalogue" && break; sleep 1; done

echo "warm-up (15 s each)"
wrk -t2 -c50 -d15s "http://127.0.0.1:$port/catalogue" > /dev/null
wrk -t2 -c50 -d15s "http://127.0.0.1:$port/api/activities" > /dev/null

for path in "/catalogue" "/catalogue?modality=self_guided&open=true" "/api/activities"; do
  echo
  echo "== GET $path  (100 connections, ${duration}s, gzip)"
  wrk -t2 -c100 -d"${duration}s" --latency -H 'Accept-Encoding: gzip' -H 'Accept-Language: en' \
    "http://127.0.0.1:$port$path" | grep -E "Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx|Socket errors"
done
