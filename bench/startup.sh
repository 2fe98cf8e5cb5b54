#!/usr/bin/env bash
# Cold start to first HTTP 200 and memory after start, on the packaged WAR.
# Usage: bench/startup.sh [runs]   (builds the WAR if missing; uses a fresh database per run)
# Not part of CI: it prints figures, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_PORT:-8190}
[ -f target/ROOT.war ] || mvn -q -DskipTests package
micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java ${BENCH_JAVA_OPTS:-} -Dbroer.demo=true -Dbroer.database="$work/db$run" -Dderby.stream.error.file="$work/derby.log" \
    -jar "$micro" --deploy target/ROOT.war --port "$port" --nocluster > "$work/out$run.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/tracks")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "Broer stopped; see $work/out$run.log"; exit 1; }
    sleep 0.1
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  page=$(curl -s -o /dev/null -w '%{time_total}' "http://localhost:$port/api/modules/on-the-bus?lang=da")
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  echo "run $run: first HTTP 200 after ${ready} ms; RSS ${rss} MB; one module page ${page} s"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
