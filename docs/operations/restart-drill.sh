#!/usr/bin/env bash
# PostgreSQL restart under bounded load. Starts a throwaway PostgreSQL 15 cluster (initdb into /tmp, port 55439:
# never the machine's shared cluster), Plenary's jar on it with the demo data, then a bounded load (readers on the
# line-up and matrix, one writer creating issues as the demo coordinator), restarts PostgreSQL mid-way (fast
# shutdown: open connections are cut) and reports failed requests, seconds to full recovery and half-written rows.
# Usage (from the repository, after ./mvnw -q package -DskipTests):
#   docs/operations/restart-drill.sh [seconds] [readers] [down-seconds]
# down-seconds 0 (default): pg_ctl restart; more: PostgreSQL stays stopped that long (a slow restart, a failover).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-40}
READERS=${2:-3}
DOWN=${3:-0}
BEFORE=$((DURATION / 3))
source docs/operations/cluster.sh
trap cleanup EXIT

cluster_start
psql_drill postgres -c "create database plenary"
app_start plenary --plenary.demo=true
PREFIX="restart-$(date +%s)"
python3 docs/operations/restart-load.py "http://127.0.0.1:$APP_PORT" "$DURATION" "$READERS" "$PREFIX" \
  >"$DRILL_DIR/requests.csv" &
LOAD=$!
sleep "$BEFORE"
T_RESTART=$(date +%s.%N)
if [ "$DOWN" = 0 ]; then
  cluster_restart
else
  cluster_stop; sleep "$DOWN"; cluster_up
fi
T_UP=$(date +%s.%N)
wait "$LOAD"

ISSUES=$(psql_drill plenary -At -c "select slug from issue where slug like '$PREFIX-%' order by slug")
HALF=$(psql_drill plenary -At -c "
  select count(*) from issue i where i.slug like '$PREFIX-%' and not exists (
    select 1 from audit_entry e where e.entity_type = 'Issue' and e.entity_id = i.id::text and e.action = 'CREATE')")

python3 - "$DRILL_DIR/requests.csv" "$T_RESTART" "$T_UP" "$HALF" "$ISSUES" <<'PY'
import sys
rows = [l.split(",") for l in open(sys.argv[1]).read().split("\n") if l]
t_restart, t_up, half = float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
in_db = set(sys.argv[5].split())
ok = lambda kind, status: status == ("200" if kind == "read" else "302")
failed = [r for r in rows if not ok(r[1], r[2])]
reads = [r for r in rows if r[1] == "read"]; writes = [r for r in rows if r[1] == "write"]
acked = {r[3] for r in writes if ok("write", r[2])}
unacked_in_db = {r[3] for r in writes if not ok("write", r[2])} & in_db
last_fail = max((float(r[0]) for r in failed), default=None)
recovered = min((float(r[0]) for r in rows if ok(r[1], r[2]) and last_fail is not None and float(r[0]) > last_fail),
                default=None)
print(f"requests: {len(rows)} ({len(reads)} reads, {len(writes)} writes) over the run")
print(f"PostgreSQL down (stop -m fast to started): {t_up - t_restart:.1f} s")
slow = max((float(r[4]) for r in rows), default=0)
around = [float(r[4]) for r in rows if t_restart - 1 <= float(r[0]) <= t_up + 10]
print(f"slowest request: {slow:.1f} s; requests started from 1 s before the restart to 10 s after it came back: "
      f"{len(around)}, slowest {max(around, default=0):.1f} s")
print(f"failed requests: {len(failed)} ({sum(1 for r in failed if r[1] == 'read')} reads, "
      f"{sum(1 for r in failed if r[1] == 'write')} writes); statuses: "
      f"{sorted({r[2] for r in failed})}")
if last_fail is None:
    print("seconds to full recovery: 0 (no request failed)")
else:
    first_fail = min(float(r[0]) for r in failed)
    print(f"failures from {first_fail - t_restart:+.1f} s to {last_fail - t_restart:+.1f} s after the restart began")
    print(f"seconds to full recovery (restart began -> first success after the last failure): "
          f"{(recovered - t_restart) if recovered else float('nan'):.1f} s")
print(f"acknowledged writes: {len(acked)}, of which missing from the database: {len(acked - in_db)}")
print(f"failed writes whose issue is in the database anyway: {len(unacked_in_db)} (committed, answer lost)")
print(f"half-written rows (issue without its audit entry): {half}")
PY
