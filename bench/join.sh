#!/usr/bin/env bash
# 200 people joining one cohort at once, under the same harness as the other benchmarks: a fresh
# in-memory database with demo data, a warm-up round not counted, then rounds that print joins/s,
# p50 and p99. Usage: bench/join.sh [people] [rounds]. Not part of CI: it prints, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-200}
rounds=${2:-3}
port=${BENCH_PORT:-8192}
base="http://localhost:$port"
[ -f target/ROOT.war ] || mvn -q -DskipTests package
micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
work=$(mktemp -d)
java ${BENCH_JAVA_OPTS:--Xmx512m} -Dbroer.demo=true -Dbroer.database=memory:bench -Dbroer.base-url="$base" \
  -Dderby.stream.error.file="$work/derby.log" -jar "$micro" --deploy target/ROOT.war --port "$port" --nocluster \
  > "$work/out.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/tracks")" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "Broer stopped; see $work/out.log"; exit 1; }
  sleep 0.2
done
java bench/JoinLoad.java "$base" "$people" "$rounds"
echo "RSS after the rounds: $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status") MB"
