#!/usr/bin/env bash
# Times one year's results report computed in memory over N synthetic enrolments (no database):
#   bench/report-compute.sh [enrolments, default 1000000] [--indexed-only]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
java -Xmx12g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" campus.bench.ReportComputeBench "${1:-1000000}" ${2:-}
