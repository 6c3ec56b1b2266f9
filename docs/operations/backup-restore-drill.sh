#!/usr/bin/env bash
# Backup and restore drill. On a throwaway PostgreSQL 15 cluster (initdb into /tmp, port 55439: never the machine's
# shared cluster): Plenary's jar loads the demo data into "plenary" and stops; pg_dump (custom format) dumps it;
# pg_restore restores it into a fresh database "plenary_restored"; Plenary boots on the restored database (Flyway
# validates the schema, readiness UP, the line-up page answers); the row counts of every table are compared.
# Usage (from the repository, after ./mvnw -q package -DskipTests): docs/operations/backup-restore-drill.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source docs/operations/cluster.sh
trap cleanup EXIT

counts() { # database -> "table rows" per line, every table of the schema
  psql_drill "$1" -At -F ' ' -c "
    select format('select %L, count(*) from %I;', table_name, table_name) from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name" |
    psql_drill "$1" -At -F ' '
}

cluster_start
psql_drill postgres -c "create database plenary"
app_start plenary --plenary.demo=true
# Something users wrote, beyond the demo: a session and a failed login.
curl -s -o /dev/null -c "$DRILL_DIR/cookies" "http://127.0.0.1:$APP_PORT/login"
app_stop

START=$(date +%s.%N)
pg_dump -h 127.0.0.1 -p "$PGPORT_DRILL" -U postgres -Fc -f "$DRILL_DIR/plenary.dump" plenary
DUMPED=$(date +%s.%N)
psql_drill postgres -c "create database plenary_restored"
pg_restore -h 127.0.0.1 -p "$PGPORT_DRILL" -U postgres -d plenary_restored --no-owner --exit-on-error \
  "$DRILL_DIR/plenary.dump"
RESTORED=$(date +%s.%N)

app_start plenary_restored --plenary.demo=false
BOOTED=$(date +%s.%N)
LINEUP=$(curl -s -o /dev/null -w '%{http_code}' \
  "http://127.0.0.1:$APP_PORT/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15")
READY=$(curl -s "http://127.0.0.1:$APP_PORT/actuator/health/readiness")
app_stop

counts plenary >"$DRILL_DIR/counts-source"
counts plenary_restored >"$DRILL_DIR/counts-restored"
echo "dump: $(du -h "$DRILL_DIR/plenary.dump" | cut -f1), $(awk -v a="$START" -v b="$DUMPED" 'BEGIN{printf "%.1f", b-a}') s;" \
  "restore: $(awk -v a="$DUMPED" -v b="$RESTORED" 'BEGIN{printf "%.1f", b-a}') s;" \
  "Plenary ready on the restored database after $(awk -v a="$RESTORED" -v b="$BOOTED" 'BEGIN{printf "%.1f", b-a}') s"
echo "readiness on the restored database: $READY; line-up page: HTTP $LINEUP"
echo "tables: $(wc -l <"$DRILL_DIR/counts-source"), rows: $(awk '{s+=$2} END {print s}' "$DRILL_DIR/counts-source")"
echo "row counts, source vs restored (the restored node's own start-up writes, if any, show here):"
join -a1 -a2 -e missing -o 0,1.2,2.2 "$DRILL_DIR/counts-source" "$DRILL_DIR/counts-restored" |
  awk '{ mark = ($2 == $3) ? "" : "  <- differs"; printf "  %-28s %9s %9s%s\n", $1, $2, $3, mark; if ($2 != $3) d++ }
       END { print (d ? d " tables differ" : "every table has the same row count") }'
