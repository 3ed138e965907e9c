#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests, in a temporary folder
# on a free local port, and stops it when the calling shell exits (even when
# tests fail). Sourced by test.sh; exports COMITE_TEST_PG_URL on success.
# Run as root, the server runs as the unprivileged `postgres` user.

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL is not installed: its tests will be skipped." >&2
  return 0 2>/dev/null || exit 0
fi

PG_DIR="$(mktemp -d /tmp/comite-pg.XXXXXX)"
PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$PG_DIR"
  as_pg=(runuser -u postgres --)
fi

comite_stop_postgres() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap comite_stop_postgres EXIT

if "${as_pg[@]}" "$pg_bin/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync >"$PG_DIR/initdb.log" 2>&1 \
  && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
       -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null; then
  export COMITE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL test cluster on port $PG_PORT."
else
  echo "Could not start the PostgreSQL test cluster: its tests will be skipped." >&2
  cat "$PG_DIR"/*.log >&2 || true
fi
