#!/usr/bin/env bash
# Credentials benchmarks.
#   bench/credentials.sh proof [N=10000]   sign and verify N credentials in memory (the cryptosuite alone)
#   bench/credentials.sh issue [N=10000]   issue N credentials in one batch on the embedded database
#                                          (sign, append to the transparency log, store), then verify
#                                          them in-process through the platform's verifier
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
case "${1:-proof}" in
  proof) java -Xmx2g -cp "$cp" campus.bench.CredentialProofBench "${2:-10000}" ;;
  issue) java -Xmx4g -cp "$cp" campus.bench.CredentialIssueBench "${2:-10000}" ;;
  *) echo "usage: bench/credentials.sh proof|issue [N]" >&2; exit 2 ;;
esac
