# Sourced by the drills: a throwaway PostgreSQL 15 cluster of our own (initdb into /tmp, its own port), never the
# machine's shared cluster, and Plenary's packaged jar started on it. Only 127.0.0.1.
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
DRILL_DIR=${DRILL_DIR:-/tmp/plenary-drill}
PGPORT_DRILL=${PGPORT_DRILL:-55439}
APP_PORT=${APP_PORT:-8097}
JAR=${JAR:-$(ls target/plenary-*.jar 2>/dev/null | head -1)}

as_postgres() { # initdb and pg_ctl refuse to run as root
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

cluster_start() {
  if [ -f "$DRILL_DIR/pgdata/postmaster.pid" ]; then cluster_stop; fi
  rm -rf "$DRILL_DIR"; mkdir -p "$DRILL_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DRILL_DIR"
  as_postgres "$PGBIN/initdb -D $DRILL_DIR/pgdata -U postgres --auth=trust -E UTF8 >/dev/null"
  cluster_up
}

cluster_up() {
  as_postgres "$PGBIN/pg_ctl -D $DRILL_DIR/pgdata -l $DRILL_DIR/postgres.log -w \
    -o '-p $PGPORT_DRILL -k $DRILL_DIR -c listen_addresses=127.0.0.1' start >/dev/null"
}

cluster_restart() { # fast shutdown (open connections are cut, as in a real restart), then start
  as_postgres "$PGBIN/pg_ctl -D $DRILL_DIR/pgdata -l $DRILL_DIR/postgres.log -w -m fast \
    -o '-p $PGPORT_DRILL -k $DRILL_DIR -c listen_addresses=127.0.0.1' restart >/dev/null"
}

cluster_stop() {
  as_postgres "$PGBIN/pg_ctl -D $DRILL_DIR/pgdata -w -m fast stop >/dev/null" || true
}

psql_drill() { # database, then psql arguments
  local db=$1; shift
  psql -X -q -h 127.0.0.1 -p "$PGPORT_DRILL" -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"
}

APP_PID=
app_start() { # database [extra args...]: starts the jar, waits until it is ready (at most 300 s)
  local db=$1; shift
  [ -f "$JAR" ] || { echo "no jar: run ./mvnw -q package -DskipTests first" >&2; return 2; }
  java -jar "$JAR" --server.port="$APP_PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT_DRILL/$db" --spring.datasource.username=postgres \
    "$@" >"$DRILL_DIR/app-$db.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    if curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/readyz"; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$DRILL_DIR/app-$db.log" >&2; return 1; }
    sleep 1
  done
  echo "Plenary did not become ready" >&2; return 1
}

app_stop() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=
  return 0
}

cleanup() { # the drills' EXIT trap: whatever failed, leave no server running
  set +e
  app_stop
  cluster_stop
}
