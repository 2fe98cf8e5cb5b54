#!/usr/bin/env bash
# The reach report (issue 15) on two years of a large programme, on embedded Derby on disk:
#   bash bench/reach.sh [learners] [enrolments per learner] [cohorts]     (defaults: 100000 10 2000)
# 1. builds the WAR (mvn -o), boots it once on a fresh Derby folder with demo data (as the other
#    benchmarks do) so that Flyway makes the schema, and stops it;
# 2. bench/ReachData.java writes straight into that database (Broer stopped): 50 organisations,
#    2,000 cohorts over the 10 districts starting between 700 and 20 days ago, 100,000 learners,
#    1,000,000 enrolments (10 per learner, distinct cohorts) and 1,000,000 completions (one each);
# 3. boots Broer again on it: finding no back-fill mark (ReachData empties the facts and the mark,
#    as on a database from before the report), it builds the report's facts from all the rows before
#    its first answer; the admin's POST /api/reach/backfill then answers {"ran":false} and the
#    back-fill's time is read from the log ("Demo mode: adding demo data" to "Reach report: built
#    N fact rows": it includes the demo data's checks, about 2 s). If a later Broer leaves the
#    back-fill to the POST, the POST's own time is printed instead.
# 4. signs in as the demo admin and times GET /api/reach?from=<24 months ago>&to=<this month>
#    &period=quarter&by=district: 5 warm-up calls, then 20 timed; and the same figures computed from
#    the raw enrolment and completion rows (&source=raw, admin only): 3 warm-up, 5 timed. Each call
#    is one curl (time_total, on localhost); median and p95 are nearest-rank. Checks that both
#    sources give the same report (but its "made" time), and prints fact rows against raw rows.
# Heap -Xmx512m (BENCH_JAVA_OPTS to change it); BENCH_PORT (8196); BENCH_KEEP=1 keeps the work
# folder (database, logs, both reports); BENCH_REUSE=<a kept work folder> skips steps 1 and 2 and
# times again on its database and WAR (the back-fill figures then come from its earlier log).
# Takes 10 to 20 minutes on 2 cores (the rows alone 4 to 10); the database takes ~800 MB of disk.
# Not part of CI: it prints figures, it asserts nothing.
#
# Measured on a 2-core AMD EPYC VM (23 GB, Debian 12, JDK 17.0.15, -Xmx512m), 1 Dec 2026, while
# other sessions' Maven, Arquillian and Chromium runs shared the 2 cores (load average 3 to 12), so
# take the spread as part of the figures. 100,043 learners, 1,000,043 enrolments, 1,000,010
# completions (with the demo data's) became 11,251 fact rows (0.56 % of the raw rows).
#                                            run 1 (load 7-12)   run 2 (load 3-6)   run 1's db again (load ~3.5)
#   generating the rows (+ index statistics)   567 s (+11 s)       262 s (+6 s)        -
#   back-fill at the start / whole start       149 s / 246 s        63 s / 109 s       -
#   report from the facts: min/median/p95      125/223/583 ms      163/247/441 ms      60/111/167 ms
#   the same from the raw rows (&source=raw)   2823/4867/8741 ms   2471/3188/4141 ms   1773/1811/2163 ms
#   ratio raw / facts (medians)                21.8                12.9                16.3
#   same report from both                      yes                 yes                 yes
# Runs 1 and 2 on the WAR of the branch at 23:17 and 23:37, the third column at 23:57 UTC. The aim
# (<= 300 ms) held for the median each time, for the p95 only in the third column. On that
# database, one month alone takes 25-60 ms, and by=cohort (2,000 rows) 400-500 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
learners=${1:-100000}
per_learner=${2:-10}
cohorts=${3:-2000}
port=${BENCH_PORT:-8196}
base="http://localhost:$port"
work=${BENCH_REUSE:-$(mktemp -d)}
[ -n "${BENCH_REUSE:-}" ] && BENCH_KEEP=1
pid=""
trap 'kill "$pid" 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT

# Like bench/broer.sh's start_broer, with two differences: it deploys a copy of the WAR (the
# worktree's target/ may be rebuilt meanwhile) from the work folder (so the signing keys Broer makes
# go there too), and it waits up to BENCH_START_SECONDS (900): the back-fill at the second start
# reads every enrolment and completion before the first answer.
#   boot <log file>     sets $pid and $boot_seconds (how long until the first answer)
boot() {
  local started=$SECONDS
  (cd "$work" && exec java ${BENCH_JAVA_OPTS:--Xmx512m} -Dbroer.demo=true -Dbroer.base-url="$base" -Dbroer.database="$work/db" \
    -Dderby.stream.error.file="$work/derby.log" -jar "$micro" --deploy "$work/ROOT.war" --port "$port" --nocluster > "$1" 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/tracks")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null && [ $((SECONDS - started)) -lt "${BENCH_START_SECONDS:-900}" ] \
      || { grep -m5 SEVERE -A3 "$1"; echo "Broer did not start; see $1"; exit 1; }
    sleep 0.2
  done
  boot_seconds=$((SECONDS - started))
  echo "Broer answered after $boot_seconds s"
}
stop_broer() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
if [ -z "${BENCH_REUSE:-}" ]; then
  mvn -B -o -q -DskipTests package
  cp target/ROOT.war "$work/ROOT.war"
  echo "== schema: a first start on a fresh database ($work/db)"
  boot "$work/first.log"
  stop_broer

  echo "== data: $learners learners, $((learners * per_learner)) enrolments and completions, $cohorts cohorts"
  derby=$(ls ~/.m2/repository/org/apache/derby/{derby,derbyshared,derbytools}/10.16.1.1/*-10.16.1.1.jar | paste -sd:)
  java -Xmx2g -Dderby.stream.error.file="$work/derby-data.log" -cp "$derby" "$repo/bench/ReachData.java" "$work/db" \
    "$learners" "$per_learner" "$cohorts" | tee "$work/data.txt"
else
  echo "== reusing $work: its WAR, its database (already back-filled) and data.txt"
fi
result() { sed -n "s/^RESULT $1=//p" "$work/data.txt"; }

echo "== report: Broer on that database"
[ -z "${BENCH_REUSE:-}" ] || mv "$work/second.log" "$work/second-$(date +%s).log" 2>/dev/null || true
boot "$work/second.log"
second_start=$boot_seconds
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' -H "Origin: $base" \
  -d '{"username":"admin","password":"broer-demo-2026"}' "$base/api/session" | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | head -1)
[ -n "$cookie" ] || { echo "admin sign-in failed"; exit 1; }

# The back-fill: Broer runs it by itself at a start that finds no back-fill mark (ReachData removed
# it, as on an upgraded database); the admin's POST then answers {"ran":false}. Its time is then
# read from the log: from "Demo mode: adding demo data" (the step before it, which finds nothing
# to add) to "Reach report: built N fact rows", so it includes the demo data's few checks.
start=$(date +%s%N)
backfill=$(curl -s -w '\n%{http_code}' -X POST -H "Cookie: $cookie" -H "Origin: $base" -H 'Content-Type: application/json' \
  -d '{}' "$base/api/reach/backfill")
backfill_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "${backfill##*$'\n'}" = 200 ] || { echo "back-fill: HTTP ${backfill##*$'\n'} ${backfill%$'\n'*}"; exit 1; }
backfill=${backfill%$'\n'*}
echo "POST /api/reach/backfill: $backfill ($backfill_ms ms)"
if grep -q '"ran":true' <<<"$backfill"; then
  backfill_how="POST /api/reach/backfill"
  fact_rows=$(grep -o '"factRows":[0-9]*' <<<"$backfill" | grep -o '[0-9]*$')
else
  # the log of the start that back-filled (with BENCH_REUSE, an earlier one)
  log=$(grep -l 'Reach report: built' "$work"/second*.log 2>/dev/null | head -1 || true)
  backfill_how="at the start, from the log"
  millis() { grep -m1 "$1" "$log" | grep -o 'timeMillis: [0-9]*' | grep -o '[0-9]*$' || true; }
  if [ -n "$log" ]; then
    built=$(millis 'Reach report: built'); demo=$(millis 'Demo mode: adding')
    fact_rows=$(grep -m1 -o 'Reach report: built [0-9]*' "$log" | grep -o '[0-9]*$' || true)
    backfill_ms=$((built - demo))
  else
    backfill_ms="?"
  fi
fi

from=$(TZ=Europe/Copenhagen date -d "$(TZ=Europe/Copenhagen date +%Y-%m-15) -24 months" +%Y-%m)
to=$(TZ=Europe/Copenhagen date +%Y-%m)
query="from=$from&to=$to&period=quarter&by=district"

# time_report <extra query> <warm-up calls> <timed calls> <name> -> "min median p95" in ms; keeps one answer in <name>.json
time_report() {
  local url="$base/api/reach?$query$1" i out
  curl -s -o "$work/$4.json" -H "Cookie: $cookie" "$url"
  for i in $(seq 2 "$2"); do curl -s -o /dev/null -H "Cookie: $cookie" "$url"; done
  : > "$work/$4.times"
  for i in $(seq 1 "$3"); do
    out=$(curl -s -o "$work/$4.last" -w '%{http_code} %{time_total}' -H "Cookie: $cookie" "$url")
    [ "${out% *}" = 200 ] || { echo "GET $url: HTTP ${out% *} $(head -c 500 "$work/$4.last")" >&2; return 1; }
    echo "${out#* }" >> "$work/$4.times"
  done
  sort -n "$work/$4.times" | awk '{ms[NR] = $1 * 1000} END {p95 = int(NR * 0.95); if (p95 < NR * 0.95) p95++;
    printf "%.0f %.0f %.0f\n", ms[1], ms[int((NR + 1) / 2)], ms[p95]}'
}
facts=$(time_report "" 5 20 facts)
read -r fmin fmed fp95 <<<"$facts"
raw=$(time_report "&source=raw" 3 5 raw)
read -r rmin rmed rp95 <<<"$raw"
stop_broer
same=$(diff -q <(sed 's/"made":"[^"]*"//' "$work/facts.json") <(sed 's/"made":"[^"]*"//' "$work/raw.json") >/dev/null && echo yes || echo NO)
reached=$(grep -o '"reached":{[^}]*}' "$work/facts.json" | head -1)

raw_rows=$(( $(result enrolments) + $(result completions) ))
printf '\n%-52s %12s\n' "reach report, $learners learners (2 cores, ${BENCH_JAVA_OPTS:--Xmx512m})" ""
printf '%-52s %12s\n' "generating the rows (ReachData, JDBC batches)" "$(result generation_seconds) s"
printf '%-52s %12s\n' "  then Derby's index statistics" "$(result statistics_seconds) s"
printf '%-52s %12s\n' "back-fill of the facts ($backfill_how)" "$backfill_ms ms"
printf '%-52s %12s\n' "  Broer's whole start, to the first answer" "$second_start s"
printf '%-52s %12s\n' "raw rows: enrolments + completions" "$(result enrolments) + $(result completions)"
printf '%-52s %12s %s\n' "fact rows after the back-fill" "${fact_rows:-?}" \
  "($(awk -v f="${fact_rows:-0}" -v r="$raw_rows" 'BEGIN {printf "%.2f %%", 100 * f / r}') of the raw rows)"
printf '\n%-52s %8s %8s %8s\n' "GET /api/reach ?$query" "min" "median" "p95"
printf '%-52s %6s ms %5s ms %5s ms\n' "  from the facts (20 calls after 5)" "$fmin" "$fmed" "$fp95"
printf '%-52s %6s ms %5s ms %5s ms\n' "  from the raw rows, &source=raw (5 after 3)" "$rmin" "$rmed" "$rp95"
printf '%-52s %12s\n' "ratio raw / facts (medians)" "$(awk -v r="$rmed" -v f="$fmed" 'BEGIN {printf "%.1f", r / (f > 0 ? f : 1)}')"
printf '%-52s %12s\n' "same report from both (but its time)" "$same"
printf '%-52s %12s\n' "aim: facts median <= 300 ms" "$([ "$fmed" -le 300 ] && echo met || echo NOT met)"
echo "totals.reached: ${reached:-?}"
