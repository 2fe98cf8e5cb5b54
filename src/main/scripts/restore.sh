#!/usr/bin/env bash
# Puts a backup made by backup.sh back (README "Backup and restore"). Broer must be stopped.
# Everything done after the backup is undone: revocations, erasures, new cohorts, sign-ins.
# At its next start Broer re-publishes its revocation list from the restored data.
#
#   restore.sh derby <backup folder> <database folder> <key file>
#       Embedded Derby: the database folder (Broer's broer.database, e.g. data/broer) is moved
#       aside to <database folder>.replaced-<time> (not deleted) and the backup's copy put in its
#       place; the key file (broer.keys.file) likewise.
#   restore.sh postgres <backup folder> <key file>
#       PostgreSQL: pg_restore --clean --if-exists of the backup's broer.dump into the database
#       libpq's variables name (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE), in one
#       transaction; the key file as for Derby.
set -euo pipefail

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { echo "restore.sh: $*" >&2; exit 1; }
stamp=$(date -u +%Y%m%dT%H%M%SZ)

# The key file: the one in use is moved aside, the backup's copy put in place, owner-only.
restore_keys() {
  local backup=$1 keys=$2 copy
  copy=$(find "$backup" -maxdepth 1 -type f -name '*.json' | head -1)
  [ -n "$copy" ] || die "no key file in $backup"
  if [ -e "$keys" ]; then
    mv "$keys" "$keys.replaced-$stamp"
    echo "The key file in use is kept at $keys.replaced-$stamp"
  fi
  mkdir -p "$(dirname "$keys")"
  (umask 077 && cp "$copy" "$keys")
  chmod 600 "$keys"
}

# Any process of this user with a file of the database open (Derby keeps its files open while it runs).
database_in_use() {
  local folder=$1 link
  for link in /proc/[0-9]*/fd/*; do
    case $(readlink "$link" 2>/dev/null) in "$folder"/*) return 0 ;; esac
  done
  return 1
}

derby() {
  local backup=${1:-} database=${2:-} keys=${3:-}
  [ -n "$backup" ] && [ -n "$database" ] && [ -n "$keys" ] || usage
  [ -d "$backup" ] || die "no backup folder $backup"
  database=$(realpath -m "$database")
  local copy
  copy=$(dirname "$(find "$backup" -mindepth 2 -maxdepth 2 -name service.properties | head -1)")
  [ "$copy" != . ] || die "no Derby database in $backup"
  if [ -d "$database" ] && database_in_use "$database"; then
    die "the database $database is open: stop Broer first"
  fi
  if [ -e "$database" ]; then
    mv "$database" "$database.replaced-$stamp"
    echo "The database in use is kept at $database.replaced-$stamp"
  fi
  mkdir -p "$(dirname "$database")"
  (umask 077 && cp -r "$copy" "$database")
  restore_keys "$backup" "$keys"
  echo "Restored $database and $keys from $backup"
}

pg_tool() {
  local dir
  if dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1) && [ -x "$dir/$1" ]; then
    echo "$dir/$1"
  else
    command -v "$1" || die "$1 is not installed (apt-get install postgresql-client)"
  fi
}

postgres() {
  local backup=${1:-} keys=${2:-}
  [ -n "$backup" ] && [ -n "$keys" ] || usage
  [ -f "$backup/broer.dump" ] || die "no broer.dump in $backup"
  [ -n "${PGDATABASE:-}" ] || die "set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD as needed)"
  local others
  # Broer's pool keeps connections open while it runs: any other session means it still does.
  others=$("$(pg_tool psql)" -X -At -v ON_ERROR_STOP=1 -c \
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
  [ "$others" = 0 ] || die "$others other connection(s) to the database: stop Broer (every instance) first"
  "$(pg_tool pg_restore)" --clean --if-exists --no-owner --single-transaction --exit-on-error \
    --dbname="$PGDATABASE" "$backup/broer.dump"
  restore_keys "$backup" "$keys"
  echo "Restored database $PGDATABASE and $keys from $backup"
}

case ${1:-} in
  derby) derby "${2:-}" "${3:-}" "${4:-}" ;;
  postgres) postgres "${2:-}" "${3:-}" ;;
  *) usage ;;
esac
