#!/usr/bin/env bash
# Import and report benchmark on the embedded database (issue: outreach and results report).
#   bench/history.sh [enrolments, default 100000] [postgresql]
# With "postgresql" the verbs work on a throwaway database on the local server (127.0.0.1:5432, user postgres).
# Makes a synthetic interchange folder (bench/make_history.py), imports it with the `import` verb (rows
# per second, JVM start included), then times `report --year 2024` right after a start (a new JVM, start
# included): the first builds the results index from the read model and keeps it as a snapshot, the
# second starts from that snapshot; last a partner's report (the partner has one activity in 200), which
# reads only that partner's rows. The verbs run as the README says, through bin/campus (prepared before
# the clock starts); BENCH_LAUNCH=jar runs them with plain `java -jar` instead. The warm, in-process
# figure: bench/report-compute.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
if [ "${2:-}" = postgresql ]; then
  db=campus_bench_$$
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE $db"
  export CAMPUS_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$db CAMPUS_DATABASE_USER=postgres CAMPUS_SQL_DIALECT=POSTGRES
fi
[ -f target/campus-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B package -DskipTests
jar=$PWD/target/campus-0.1.0-SNAPSHOT.jar
if [ "${BENCH_LAUNCH:-campus}" = jar ]; then
  campus() { java -jar "$jar" "$@"; }
else
  launcher=$PWD/bin/campus
  "$launcher" --prepare
  campus() { "$launcher" "$@"; }
fi
dir=$(mktemp -d)
trap 'cd /; rm -rf "$dir"; [ -z "${db:-}" ] || psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db"' EXIT
python3 bench/make_history.py "$dir/folder" "$n"
rows=$(cat "$dir"/folder/*.csv | wc -l)
rows=$((rows - 10))
cd "$dir"
start=$(date +%s.%N)
campus import "$dir/folder" 2> import.log || { cat import.log; exit 1; }
end=$(date +%s.%N)
echo "import: $rows rows ($n enrolments) in $(echo "$end - $start" | bc) s = $(echo "$rows / ($end - $start)" | bc) rows/s"
start=$(date +%s.%N)
campus report --year 2024 > report.json 2> report.log || { cat report.log; exit 1; }
end=$(date +%s.%N)
echo "report --year 2024, new JVM (start included): $(echo "$end - $start" | bc) s"
start=$(date +%s.%N)
campus report --year 2024 > report2.json 2> report2.log || { cat report2.log; exit 1; }
end=$(date +%s.%N)
cmp -s report.json report2.json || { echo "the second report differs from the first"; exit 1; }
echo "report --year 2024 again, new JVM, from the snapshot (start included): $(echo "$end - $start" | bc) s"
start=$(date +%s.%N)
campus report --year 2024 --partner PN1 > partner.json 2> partner.log || { cat partner.log; exit 1; }
end=$(date +%s.%N)
echo "report --year 2024 --partner PN1 (one activity in 200), new JVM, from the snapshot (start included): $(echo "$end - $start" | bc) s"
