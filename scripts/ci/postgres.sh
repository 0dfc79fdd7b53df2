#!/usr/bin/env bash
# A throwaway PostgreSQL for tests: a fresh cluster in a temporary folder,
# listening only on 127.0.0.1, gone again after pg_stop.
#
# Sourced (what .ci/run does):
#   source scripts/ci/postgres.sh
#   trap pg_stop EXIT
#   pg_start            # sets PG_URL, PG_DIR, PG_PORT
#
# Called (for developers):
#   scripts/ci/postgres.sh run npm test     # start, run with DATABASE_URL, stop
#   url=$(scripts/ci/postgres.sh start)     # prints the URL; stderr says how to stop
#   scripts/ci/postgres.sh stop /tmp/reise-pg.XXXXXX
#
# Settings: PG_PORT (first port to try, default 55432), PG_DB (reise_test),
# PG_USER (reise). pg_start returns non-zero (never exits) on failure, so a
# caller can report it and carry on.

PG_DIR=""
PG_URL=""

# Debian keeps initdb and pg_ctl in /usr/lib/postgresql/<major>/bin, off PATH.
pg_bin_dir() {
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  else
    return 1
  fi
}

# initdb refuses to run as root, so root runs the server as the postgres user.
_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    (cd "$PG_DIR" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

_pg_port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_start() {
  local bin port password
  bin=$(pg_bin_dir) || { echo "postgres.sh: no initdb found (install Debian's postgresql package)" >&2; return 1; }
  if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --shell /usr/sbin/nologin postgres || return 1
  fi

  # As root, /tmp: the postgres user may not be able to reach root's TMPDIR.
  local base=${TMPDIR:-/tmp}
  if [[ $EUID -eq 0 ]]; then base=/tmp; fi
  PG_DIR=$(mktemp -d "$base/reise-pg.XXXXXX") || return 1
  if [[ $EUID -eq 0 ]]; then chown postgres: "$PG_DIR" || return 1; fi

  # Local socket connections are trusted (only the owner can reach the socket
  # in PG_DIR); TCP needs the password, as the app's connection will.
  _pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust \
    --auth-host=scram-sha-256 --encoding=UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 || {
    echo "postgres.sh: initdb failed:" >&2; cat "$PG_DIR/initdb.log" >&2; return 1
  }

  port=${PG_PORT:-55432}
  while _pg_port_taken "$port"; do
    port=$((port + 1))
    if ((port > ${PG_PORT:-55432} + 50)); then echo "postgres.sh: no free port found" >&2; return 1; fi
  done

  # fsync and friends off: the data is thrown away, only speed matters.
  _pg_as_owner "$bin/pg_ctl" start -w -t 60 -D "$PG_DIR/data" -l "$PG_DIR/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    >/dev/null || {
    echo "postgres.sh: the server did not start:" >&2; tail -n 20 "$PG_DIR/server.log" >&2; return 1
  }
  PG_PORT=$port

  local user=${PG_USER:-reise} db=${PG_DB:-reise_test}
  password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  "$bin/psql" -h "$PG_DIR" -p "$port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE \"$user\" LOGIN PASSWORD '$password' CREATEDB" \
    -c "CREATE DATABASE \"$db\" OWNER \"$user\"" >/dev/null || {
    echo "postgres.sh: could not create the database" >&2; return 1
  }
  PG_URL="postgres://$user:$password@127.0.0.1:$port/$db"
  export PG_DIR PG_PORT PG_URL
}

# Safe to call twice, or when pg_start never ran or failed half-way.
pg_stop() {
  local dir=${1:-$PG_DIR} bin
  [[ -n "$dir" && -d "$dir" ]] || return 0
  if [[ -f "$dir/data/postmaster.pid" ]] && bin=$(pg_bin_dir); then
    PG_DIR=$dir _pg_as_owner "$bin/pg_ctl" stop -D "$dir/data" -m fast -w -t 30 >/dev/null 2>&1 ||
      PG_DIR=$dir _pg_as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  if [[ "$dir" == "$PG_DIR" ]]; then PG_DIR=""; PG_URL=""; fi
}

_pg_main() {
  set -euo pipefail
  case "${1:-}" in
    start)
      pg_start
      echo "PostgreSQL on port $PG_PORT. Stop it with: $0 stop $PG_DIR" >&2
      echo "$PG_URL"
      ;;
    stop)
      [[ -f "${2:-}/data/PG_VERSION" || -f "${2:-}/initdb.log" ]] || { echo "usage: $0 stop <folder printed by start>" >&2; exit 2; }
      pg_stop "$2"
      ;;
    run)
      shift
      [[ $# -gt 0 ]] || { echo "usage: $0 run <command…>" >&2; exit 2; }
      trap pg_stop EXIT
      trap 'exit 130' INT
      trap 'exit 143' TERM
      pg_start
      DATABASE_URL=$PG_URL "$@"
      ;;
    *)
      echo "usage: $0 start | stop <folder> | run <command…>" >&2
      exit 2
      ;;
  esac
}

# Run only when executed, not when sourced.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then _pg_main "$@"; fi
