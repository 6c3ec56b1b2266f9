#!/usr/bin/env bash
# Server time of the search page (#8) on the data of generate-search-data.sql: one request at a time (no queueing
# behind our own requests), [requests] per query (default 200) after 20 warm-up requests, anonymous and signed in
# as the demo viewer. Prints p50, p95 and max in ms per query, from curl's time to the first byte (the server's time
# plus a loopback round trip). The first line per reader is the same page without a search, as a baseline: on a busy
# machine read the searches against it. Prerequisites: the application on 127.0.0.1 with the data loaded (see
# search-benchmark.md). Usage: docs/benchmarks/search-load.sh [base-url] [requests]
set -euo pipefail
BASE=${1:-http://127.0.0.1:8092}
N=${2:-200}
case "$BASE" in
  http://127.0.0.1:*) ;;
  *) echo "target must be http://127.0.0.1:<port>" >&2; exit 2 ;;
esac
curl -sf -o /dev/null "$BASE/search?q=firewall" || { echo "$BASE/search does not answer 200" >&2; exit 2; }
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
# Sign in as the demo viewer (form login with its CSRF token).
token=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=viewer&password=plenary-demo&_csrf=$token" "$BASE/login"
measure() { # label query [cookie-jar] -> "label p50 p95 max hits"
  local url="$BASE/search?q=$2" times hits
  for _ in $(seq 20); do curl -s -o /dev/null ${3:+-b "$3"} "$url"; done
  times=$(for _ in $(seq "$N"); do curl -s -o /dev/null ${3:+-b "$3"} -w '%{time_starttransfer}\n' "$url"; done | sort -n)
  hits=$(curl -s ${3:+-b "$3"} "$url" | sed -n 's/.*<p class="count" role="status">\([0-9,]*\) results\?<\/p>.*/\1/p' | head -1)
  awk -v label="$1" -v hits="${hits:-0}" '{t[NR]=$1*1000} END {
      printf "%-34s %8.1f %8.1f %8.1f %8s\n", label, t[int(NR*0.5)], t[int(NR*0.95)], t[NR], hits }' <<<"$times"
}
printf '%-34s %8s %8s %8s %8s\n' "query (reader)" p50_ms p95_ms max_ms results
for who in anonymous viewer; do
  cookies=""; [ "$who" = viewer ] && cookies="$jar"
  # Baseline of the machine's state in this run: the same page without a search (one statement: the filters).
  measure "(no search: baseline) ($who)" "" "$cookies"
  measure "firewall ($who)" "firewall" "$cookies"
  measure "detention ($who)" "detention" "$cookies"
  measure "child detention ($who)" "child+detention" "$cookies"
  measure "Turkiye firewall ($who)" "Turkiye+firewall" "$cookies"
  measure "\"last resort\" ($who)" "%22last+resort%22" "$cookies"
  measure "\"best interests principle\" ($who)" "%22best+interests+principle%22" "$cookies"
  measure "migration (very common) ($who)" "migration" "$cookies"
done
