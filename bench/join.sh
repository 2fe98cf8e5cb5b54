#!/usr/bin/env bash
# 200 people joining one cohort at once, under the same harness as the other benchmarks: a fresh
# in-memory database with demo data, a warm-up round not counted, then rounds that print joins/s,
# p50 and p99. Usage: bench/join.sh [people] [rounds]. Not part of CI: it prints, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-200}
rounds=${2:-3}
port=${BENCH_PORT:-8192}
. bench/broer.sh
work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
start_broer "$port" "$work/out.log" -Dbroer.database=memory:bench -Dderby.stream.error.file="$work/derby.log"
java bench/JoinLoad.java "$base" "$people" "$rounds"
echo "RSS after the rounds: $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status") MB"
