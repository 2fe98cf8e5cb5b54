#!/usr/bin/env bash
# Backs up a running Broer: the database and the issuer's key file (README "Backup and restore").
#
#   backup.sh derby
#       Embedded Derby: only Broer's own JVM can open it, so Broer makes the backup (Derby's online
#       backup, POST /api/backups) into a new folder under its broer.backup.dir, key file beside it.
#       BROER_URL             Broer's address (its broer.base-url), default http://localhost:8080
#       BROER_ADMIN           an admin's username
#       BROER_ADMIN_PASSWORD  their password (from the environment only: never on a command line,
#                             where every user of the machine can read it)
#   backup.sh postgres <folder>
#       PostgreSQL: pg_dump (custom format) of the database into <folder>/broer-<time>/broer.dump,
#       and a copy of the key file beside it. Broer may keep running: pg_dump reads one snapshot.
#       PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE  libpq's own variables (or ~/.pgpass)
#       BROER_KEYS_FILE       the key file (Broer's broer.keys.file)
#
# Prints where the backup went. The key file's passphrase is not in a backup: keep it apart.
set -euo pipefail

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { echo "backup.sh: $*" >&2; exit 1; }

# JSON string: the password may hold quotes or backslashes.
json_string() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }

derby() {
  local url=${BROER_URL:-http://localhost:8080}
  url=${url%/}
  [ -n "${BROER_ADMIN:-}" ] || die "set BROER_ADMIN to an admin's username"
  [ -n "${BROER_ADMIN_PASSWORD:-}" ] || die "set BROER_ADMIN_PASSWORD to their password"
  local status
  # Global, for the trap: the cookie jar holds the admin's session until the end.
  jar=$(mktemp) answer=$(mktemp)
  trap 'rm -f "$jar" "$answer"' EXIT
  # The body goes through stdin, so the password is never an argument of curl either.
  # Origin: Broer refuses changes from any other site than its own address.
  status=$(printf '{"username":%s,"password":%s}' "$(json_string "$BROER_ADMIN")" "$(json_string "$BROER_ADMIN_PASSWORD")" |
    curl -sS -o "$answer" -w '%{http_code}' -c "$jar" -H 'Content-Type: application/json' -H "Origin: $url" \
      --data-binary @- "$url/api/session") || die "cannot reach Broer at $url"
  [ "$status" = 200 ] || die "signing in as $BROER_ADMIN failed ($status): $(cat "$answer")"
  status=$(curl -sS -o "$answer" -w '%{http_code}' -b "$jar" -H "Origin: $url" -X POST "$url/api/backups") \
    || die "cannot reach Broer at $url"
  curl -sS -o /dev/null -b "$jar" -H "Origin: $url" -X DELETE "$url/api/session" || true
  [ "$status" = 201 ] || die "the backup failed ($status): $(cat "$answer")"
  cat "$answer"
  echo
}

# The newest client tools Debian installed: pg_dump must be at least as new as the server.
pg_tool() {
  local dir
  if dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1) && [ -x "$dir/$1" ]; then
    echo "$dir/$1"
  else
    command -v "$1" || die "$1 is not installed (apt-get install postgresql-client)"
  fi
}

postgres() {
  local parent=${1:-}
  [ -n "$parent" ] || usage
  [ -n "${BROER_KEYS_FILE:-}" ] || die "set BROER_KEYS_FILE to Broer's key file (broer.keys.file)"
  [ -f "$BROER_KEYS_FILE" ] || die "no key file at $BROER_KEYS_FILE"
  [ -n "${PGDATABASE:-}" ] || die "set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD as needed)"
  local folder
  folder="$parent/broer-$(date -u +%Y%m%dT%H%M%SZ)"
  umask 077 # the backup holds every person's data
  mkdir -p "$parent"
  mkdir "$folder" || die "$folder exists already"
  "$(pg_tool pg_dump)" --format=custom --no-owner --file="$folder/broer.dump"
  cp -p "$BROER_KEYS_FILE" "$folder/$(basename "$BROER_KEYS_FILE")"
  printf '{"folder":"%s","database":"broer.dump","keyFile":"%s","bytes":%s}\n' "$(realpath "$folder")" \
    "$(basename "$BROER_KEYS_FILE")" "$(du -sb "$folder" | cut -f1)"
}

case ${1:-} in
  derby) derby ;;
  postgres) postgres "${2:-}" ;;
  *) usage ;;
esac
