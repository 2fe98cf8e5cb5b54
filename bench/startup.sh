#!/usr/bin/env bash
# Cold start to first HTTP 200, where the time goes, and memory after start, on the packaged WAR.
# Usage: bench/startup.sh [runs]   (builds the WAR if missing; BENCH_PORT, default 8190)
# Each run boots twice through bench/broer.sh (so with its settings; BENCH_CDS=1 and
# BENCH_JAVA_OPTS to compare): on a fresh database (migrations and demo data), then again on
# that database (a restart, as in production). For each it prints the time to the first 200,
# the CPU time the process had used by then (comparable when other work shares the cores), RSS,
# and the phases from the server log: Payara's own boot, the deployment (scanning, CDI, JPA,
# JAX-RS), Broer's start-up steps (schema, issuer keys, content, then demo data and the rest)
# and the first answer. Not part of CI: it prints figures, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_PORT:-8190}
. bench/broer.sh
work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
[ "${BENCH_CDS:-0}" = 1 ] && { [ -f target/ROOT.war ] || mvn -q -DskipTests package; broer_cds >/dev/null; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); settings: ${BENCH_JAVA_OPTS:-$BROER_JAVA_OPTS}, CDS ${BENCH_CDS:-0}"
# Milliseconds from $1 (epoch ms) to the first log line matching $2, or "-".
at() { local ms; ms=$(grep -m1 "$2" "$3" | sed -n 's/.*timeMillis: \([0-9]*\).*/\1/p'); [ -n "$ms" ] && echo $((ms - $1)) || echo -; }
since() { [ "$1" = - ] || [ "$2" = - ] && echo - || awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", (b - a) / 1000}'; }
for run in $(seq 1 "$runs"); do
  for kind in fresh restart; do
    log="$work/$kind$run.log"
    start=$(date +%s%3N)
    start_broer "$port" "$log" -Dbroer.database="$work/db$run" -Dbroer.keys.file="$work/keys$run.json" \
      -Dderby.stream.error.file="$work/derby.log"
    ready=$(($(date +%s%3N) - start))
    cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$pid/stat")
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
    page=$(curl -s -o /dev/null -w '%{time_total}' "$base/api/modules/on-the-bus?lang=da")
    boot=$(at "$start" 'startup time : Embedded' "$log"); migrate=$(at "$start" 'Database: jdbc' "$log")
    schema=$(at "$start" 'Database schema at version' "$log"); keys=$(at "$start" 'Signing credentials with key' "$log")
    content=$(at "$start" 'Content loaded from' "$log"); loaded=$(at "$start" 'Loading application \[ROOT\] at' "$log")
    printf 'run %s %-7s first 200 after %5.1f s (CPU %5s s), RSS %4s MB, module page %s s | Payara boot %s, deployment %s, schema %s, keys %s, content %s, demo data and the rest %s, to first 200 %s\n' \
      "$run" "$kind:" "$(since 0 "$ready")" "$cpu" "$rss" "$page" "$(since 0 "$boot")" "$(since "$boot" "$migrate")" \
      "$(since "$migrate" "$schema")" "$(since "$schema" "$keys")" "$(since "$keys" "$content")" "$(since "$content" "$loaded")" "$(since "$loaded" "$ready")"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
