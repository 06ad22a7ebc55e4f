#!/usr/bin/env bash
# What a live platform's report costs once the read model moved on: the index held brought up to date with a
# few changes (learners enrolling, answers, views) and the year's report, in memory over N synthetic enrolments,
# against the full rebuild it replaces. Checks the patched index against a rebuild once.
#   bench/index-patch.sh [enrolments, default 1000000] [learners enrolling per change, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
java -Xmx12g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" campus.reporting.internal.IndexPatchBench "${1:-1000000}" "${2:-10}"
