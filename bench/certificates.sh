#!/usr/bin/env bash
# Certificates for a big cohort on two cores, as issue 11 asks:
#   bench/certificates.sh [certificates]        (default 1000)
# Boots the packaged WAR on a fresh embedded Derby database on disk, heap -Xmx512m (BENCH_JAVA_OPTS
# to change it; BENCH_KEEP=1 keeps the work folder), with a one-module bench track, then
# (bench/CertificateBatch.java): puts 1,000 learners in one cohort from a list, completes each by
# hand, and times, each with the server's peak RSS during it (VmHWM, reset before each step):
#  1. issuing all 1,000 certificates in one "confirm everyone" call (each with its two signed credentials);
#  2. the cohort's merged, print-ready PDF (1,000 pages), twice (the first is the JIT's);
#  3. 1,000 single certificate PDFs, 4 at a time.
# Not part of CI: it prints figures, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
port=${BENCH_PORT:-8195}
. bench/broer.sh
work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT

cp -r content "$work/content"
printf 'id: bench-one\naudience: all-frontline\ntitle:\n  da: Et modul\n  en: One module\nsummary:\n  da: Til benchmark.\n  en: For the benchmark.\nmodules:\n  - welcome-to-everyone\ncompletion:\n  passMark: 80\n  workshop: none\nguide: false\n' \
  > "$work/content/tracks/bench-one.yaml"
start_broer "$port" "$work/out.log" -Dbroer.database="$work/db" -Dbroer.content.dir="$work/content" \
  -Dderby.stream.error.file="$work/derby.log"
java bench/CertificateBatch.java "$base" "$pid" "$count" bench-one "$work"
echo "RSS at the end: $(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status") MB (heap ${BENCH_JAVA_OPTS:--Xmx512m})"
