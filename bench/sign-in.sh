#!/usr/bin/env bash
# The cost of a staff sign-in (PBKDF2 at 600,000 iterations) and how the throttle behaves under
# 1,000 wrong guesses. Boots the packaged WAR with demo data on a fresh in-memory database.
# Usage: bench/sign-in.sh [guesses]    Not part of CI: it prints figures, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
guesses=${1:-1000}
port=${BENCH_PORT:-8191}
base="http://localhost:$port"
[ -f target/ROOT.war ] || mvn -q -DskipTests package
micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
work=$(mktemp -d)
java -Xmx256m -Dbroer.demo=true -Dbroer.database=memory:bench -Dbroer.base-url="$base" \
  -Dbroer.trusted-proxies=127.0.0.1 -Dderby.stream.error.file="$work/derby.log" \
  -jar "$micro" --deploy target/ROOT.war --port "$port" --nocluster > "$work/out.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/tracks")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "Broer stopped; see $work/out.log"; exit 1; }
  sleep 0.2
done
sign_in() { # username password address -> "status seconds"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
    -H "X-Forwarded-For: $3" -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$base/api/session"
}
sign_in admin broer-demo-2026 10.9.9.9 > /dev/null   # warm-up, not counted
echo "== 20 correct sign-ins, one after another"
for i in $(seq 1 20); do sign_in admin broer-demo-2026 10.9.9.9; done | awk '{s+=$2; if ($2>m) m=$2} END {printf "   mean %.3f s, max %.3f s per sign-in (status %s)\n", s/NR, m, $1}'
echo "== 20 wrong passwords for an unknown username, from 20 addresses (same PBKDF2 work?)"
for i in $(seq 1 20); do sign_in "no.such.$i" "wrong password $i" "10.8.0.$i"; done | awk '{s+=$2} END {printf "   mean %.3f s per refusal\n", s/NR}'
echo "== $guesses wrong guesses at one account from one address"
start=$(date +%s%N)
for i in $(seq 1 "$guesses"); do sign_in coordinator "guess number $i" 10.7.0.1; done > "$work/one.txt"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
awk -v ms="$ms" '{n[$1]++} END {printf "   %d answered 401 (password checked), %d answered 429 (refused unchecked), in %d ms\n", n["401"], n["429"], ms}' "$work/one.txt"
echo "   the right password now: $(sign_in coordinator broer-demo-2026 10.7.0.2 | cut -d' ' -f1) (429 = the account waits out its window)"
echo "== $guesses wrong guesses at $guesses different usernames from one address"
start=$(date +%s%N)
for i in $(seq 1 "$guesses"); do sign_in "user$i" "guess number $i" 10.6.0.1; done > "$work/many.txt"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
awk -v ms="$ms" '{n[$1]++} END {printf "   %d answered 401, %d answered 429, in %d ms\n", n["401"], n["429"], ms}' "$work/many.txt"
echo "   another address meanwhile: $(sign_in trainer broer-demo-2026 10.6.0.2 | cut -d' ' -f1)"
