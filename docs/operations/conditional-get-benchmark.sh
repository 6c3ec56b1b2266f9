#!/usr/bin/env bash
# Conditional GET and compression, in one run. On a throwaway PostgreSQL 15 cluster (initdb into /tmp, port 55439:
# never the machine's shared cluster) with the demo data and the 10x benchmark data
# (docs/benchmarks/generate-positions.sql), Plenary's jar with full JIT:
#  1. throughput of the line-up page rendered in full vs answered 304 to its ETag (If-None-Match), with hey;
#  2. bytes on the wire for the line-up and the matrix, without and with Accept-Encoding: gzip.
# Usage (from the repository, after ./mvnw -q package -DskipTests):
#   docs/operations/conditional-get-benchmark.sh [requests] [concurrency] [cap-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-2000}
C=${2:-4}
CAP=${3:-60}
command -v hey >/dev/null || { echo "hey is not installed (apt-get install hey)" >&2; exit 2; }
source docs/operations/cluster.sh
trap cleanup EXIT

cluster_start
psql_drill postgres -c "create database plenary"
app_start plenary --plenary.demo=true
# Triggers off while generating (audit rows for 600,000 generated positions are not what is measured).
PGOPTIONS="-c session_replication_role=replica" psql_drill plenary -f docs/benchmarks/generate-positions.sql >/dev/null
BASE="http://127.0.0.1:$APP_PORT"
LINEUP="$BASE/processes/bench-01/issues/issue-07/lineup?asOf=2018-05-01&compareWith=2018-03-01"
MATRIX="$BASE/processes/bench-01/matrix?asOf=2018-05-01"
ETAG=$(curl -s -D - -o /dev/null "$LINEUP" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')
[ -n "$ETAG" ] || { echo "the line-up page has no ETag" >&2; exit 1; }

hey_run() { # name requests url [header] -> "name|req/s|p95_ms|statuses"
  local out
  if [ -n "${4:-}" ]; then
    timeout -s INT "$CAP" hey -n 200 -c "$C" -H "$4" "$3" >/dev/null || true
    out=$(timeout -s INT "$CAP" hey -n "$2" -c "$C" -H "$4" "$3" || true)
  else
    timeout -s INT "$CAP" hey -n 200 -c "$C" "$3" >/dev/null || true
    out=$(timeout -s INT "$CAP" hey -n "$2" -c "$C" "$3" || true)
  fi
  printf '%s|%s|%s|%s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '/ 95% in / {print $3*1000}' <<<"$out")" \
    "$(awk '/\[[0-9]+\][[:space:]]+[0-9]+ responses/ {printf "%s%s", sep, $1 $2; sep=","}' <<<"$out")"
}
FULL=$(hey_run "line-up, full render" "$((N / 4))" "$LINEUP")
NOT_MODIFIED=$(hey_run "line-up, 304 to its ETag" "$N" "$LINEUP" "If-None-Match: $ETAG")
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (before the run: hey shares the cores)"
echo "throughput, concurrency $C:"
printf '  %-26s %9s %8s  %s\n' page req/s p95_ms statuses
for line in "$FULL" "$NOT_MODIFIED"; do
  IFS='|' read -r name rps p95 statuses <<<"$line"
  printf '  %-26s %9.1f %8.1f  %s\n' "$name" "$rps" "$p95" "$statuses"
done
awk -v f="$(cut -d'|' -f2 <<<"$FULL")" -v n="$(cut -d'|' -f2 <<<"$NOT_MODIFIED")" \
  'BEGIN { printf "  304 / full render: %.1fx\n", n / f }'

echo "bytes on the wire (body; headers not counted):"
for page in "line-up $LINEUP" "matrix $MATRIX"; do
  name=${page%% *}; url=${page#* }
  plain=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  gzip=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$url")
  printf '  %-8s uncompressed %9d B   gzip %8d B   (%.1f%%)\n' "$name" "$plain" "$gzip" \
    "$(awk -v a="$gzip" -v b="$plain" 'BEGIN{print 100*a/b}')"
done
