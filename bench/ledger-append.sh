#!/usr/bin/env bash
# Transparency log throughput on a fresh embedded H2 file database (or, with "postgresql", a
# throwaway database on the local PostgreSQL server): appends in batches of 10,000 and 100, single
# appends, N more in batches of 10,000, then inclusion/consistency proofs per second and checkpoint signing.
#   bench/ledger-append.sh [N, default 100000] [postgresql]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" campus.bench.LedgerAppendBench "${1:-100000}" ${2:-}
