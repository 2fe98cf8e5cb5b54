#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the integration tests, started and stopped by the build
# (pre- and post-integration-test, so it stops also when tests fail).
#   cluster.sh start <folder> <port>    initdb (as the postgres user: initdb refuses root), start,
#                                      create the role broer and the tests' databases
#   cluster.sh stop <folder>            stop it (fast shutdown) if it runs
# Its data and socket live in <folder>; it listens on 127.0.0.1:<port> only.
set -euo pipefail
action=$1 dir=$(realpath -m "$2")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case $action in
start)
  port=$3
  "$0" stop "$dir" || true
  rm -rf "$dir" && mkdir -p "$dir/socket"
  [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
  psql() { as_owner "$bin/psql" -h "$dir/socket" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
  psql -c "CREATE ROLE broer LOGIN PASSWORD 'broer-tests'"
  for db in broer_api broer_instances broer_upgrade broer_backup; do psql -c "CREATE DATABASE $db OWNER broer"; done
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port ($dir)"
  ;;
stop)
  [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null && echo "PostgreSQL for the tests stopped"
  exit 0
  ;;
esac
