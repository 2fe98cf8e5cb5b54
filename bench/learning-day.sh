#!/usr/bin/env bash
# A depot's morning on two cores: every figure issue 10 asks for, in one table.
#   bench/learning-day.sh [learners] [seconds]      (defaults: 500 learners, 15 s per run)
# Boots the packaged WAR on a fresh embedded Derby database on disk (as deployed) with demo data
# and a bench track of 20 modules (content/'s own plus copies), with bench/broer.sh's settings
# (BENCH_JAVA_OPTS to change them; BENCH_KEEP=1 keeps the work folder with wrk's and Broer's output;
# BENCH_NMT=1 adds the JVM's native memory tracking and prints what holds the memory), then
#  1. seeds 500 learners on the track (an imported list, code slips, each signed in) who pass a
#     random share of the modules, and times the trainer's matrix (bench/LearningDay.java);
#  2. with wrk (Debian's), after a 20 s warm-up that is not counted: a signed-in learner's module
#     view at 8 and 32 connections, and the same bytes as a static file from nginx (Debian's);
#  3. knowledge-check attempts written (all right: each is stored, and passes where it can);
#  4. 200 joins at once (bench/JoinLoad.java);
# and prints the process's RSS under that load. Installs wrk and nginx when missing (as root).
# Not part of CI: it prints figures, it asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-500}
seconds=${2:-15}
port=${BENCH_PORT:-8193}
static=${BENCH_NGINX_PORT:-8194}
. bench/broer.sh
command -v wrk >/dev/null && command -v nginx >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk nginx >/dev/null)
work=$(mktemp -d)
pid=""
trap 'kill "$pid" 2>/dev/null || true; nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT

# A content folder with a 20-module track: content/'s modules (but the follow-up) plus renamed copies.
cp -r content "$work/content"
own=$(ls "$work/content/modules" | grep -vc '^thirty-day-follow-up$')
for n in $(seq 1 $((20 - own))); do
  src=$(ls "$work/content/modules" | sed -n "${n}p")
  cp -r "$work/content/modules/$src" "$work/content/modules/bench-copy-$n"
  sed -i "s/^id: .*/id: bench-copy-$n/" "$work/content/modules/bench-copy-$n/da.md" "$work/content/modules/bench-copy-$n/en.md"
done
{ printf 'id: bench-twenty\naudience: all-frontline\ntitle:\n  da: Tyve moduler\n  en: Twenty modules\nsummary:\n  da: Til benchmark.\n  en: For the benchmark.\nmodules:\n'
  ls "$work/content/modules" | grep -v '^thirty-day-follow-up$' | head -20 | sed 's/^/  - /'
  printf 'completion:\n  passMark: 80\n  workshop: none\nguide: false\n'; } > "$work/content/tracks/bench-twenty.yaml"

nmt=""; [ -n "${BENCH_NMT:-}" ] && nmt=-XX:NativeMemoryTracking=summary
start_broer "$port" "$work/out.log" $nmt -Dbroer.database="$work/db" -Dbroer.content.dir="$work/content" \
  -Dderby.stream.error.file="$work/derby.log"
peak=0
rss() { local now; now=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"); [ "$now" -gt "$peak" ] && peak=$now; echo "$now"; }
watch_rss() { while kill -0 "$1" 2>/dev/null; do rss >/dev/null; sleep 0.5; done; }

echo "seeding $learners learners with progress on 20 modules ..."
java -Dbench.content="$work/content" bench/LearningDay.java "$base" "$work" "$learners" bench-twenty > "$work/seed.txt"
grep passed "$work/seed.txt"
matrix=$(tail -1 "$work/seed.txt")
module_path=$(cat "$work/module-path.txt")

cat > "$work/view.lua" <<LUA
local cookies = {}
for line in io.lines("$work/cookies.txt") do cookies[#cookies + 1] = line end
math.randomseed(os.time())
request = function() return wrk.format("GET", "$module_path", { ["Cookie"] = cookies[math.random(#cookies)] }) end
LUA
cat > "$work/attempt.lua" <<LUA
local cookies = {}
for line in io.lines("$work/cookies.txt") do cookies[#cookies + 1] = line end
local f = io.open("$work/answers.json"); local body = f:read("*a"); f:close()
math.randomseed(os.time())
request = function()
  return wrk.format("POST", "/api/modules/on-the-bus/answers?lang=da", { ["Cookie"] = cookies[math.random(#cookies)],
    ["Content-Type"] = "application/json", ["Origin"] = "$base" }, body)
end
LUA
mkdir -p "$work/nginx/logs" "$work/nginx/html"
curl -s -H "Cookie: $(head -1 "$work/cookies.txt")" "$base$module_path" > "$work/nginx/html/module.json"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen $static; root $work/nginx/html; default_type application/json; } }
CONF
chmod -R a+rX "$work/nginx" && chmod a+x "$work"   # nginx's workers run as www-data
nginx -p "$work/nginx" -c nginx.conf

run() { # label url [script] [connections] -> "rps p50 p99 non-2xx" from wrk --latency
  local out; out=$(wrk -t2 -c"${4:-32}" -d"${seconds}s" --latency ${3:+-s "$3"} "$2" 2>&1)
  echo "$out" > "$work/$1.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out"); p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  local errors; errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  local bytes; bytes=$(awk '/requests in/ {n = $1; v = $5; u = v; sub(/[0-9.]+/, "", u); sub(/[A-Za-z]+/, "", v);
    m = (u == "KB") ? 1e3 : (u == "MB") ? 1e6 : (u == "GB") ? 1e9 : 1; printf "%d", v * m / n}' <<<"$out")
  echo "$rps $p50 $p99 ${errors:-0} $bytes"
}
wrk -t2 -c32 -d20s -s "$work/view.lua" "$base" >/dev/null 2>&1   # warm-up (the JIT takes its time on 2 cores), not counted
watch_rss $$ & watcher=$!
view8=$(run view8 "$base" "$work/view.lua" 8)
view=$(run view "$base" "$work/view.lua")
static_run=$(run static "http://localhost:$static/module.json")
echo -n "one attempt, to check the harness: HTTP "
curl -s -o "$work/attempt-sample.json" -w '%{http_code}\n' -X POST -H "Cookie: $(head -1 "$work/cookies.txt")" \
  -H 'Content-Type: application/json' -H "Origin: $base" --data @"$work/answers.json" "$base/api/modules/on-the-bus/answers?lang=da"
wrk -t2 -c32 -d3s -s "$work/attempt.lua" "$base" >/dev/null 2>&1   # warm-up, not counted
attempts=$(run attempts "$base" "$work/attempt.lua")
joins=$(java bench/JoinLoad.java "$base" 200 2 | tail -1)
kill "$watcher" 2>/dev/null || true
rss >/dev/null

read -r vr vp50 vp99 verr vbytes <<<"$view"; read -r v8r v8p50 v8p99 v8err _ <<<"$view8"; read -r sr sp50 sp99 serr sbytes <<<"$static_run"; read -r ar ap50 ap99 aerr _ <<<"$attempts"
read -r _ mp50 mp99 mmax _ <<<"$matrix"
printf '\n%-44s %12s %10s %10s\n' "what (2 cores, ${learners} learners, wrk -t2 -c32 ${seconds}s)" "per second" "p50" "p99"
printf '%-44s %12s %10s %10s   (non-2xx: %s; %s bytes each)\n' "signed-in learner's module view" "$vr" "$vp50" "$vp99" "$verr" "$vbytes"
printf '%-44s %12s %10s %10s   (non-2xx: %s)\n' "  the same with 8 connections" "$v8r" "$v8p50" "$v8p99" "$v8err"
printf '%-44s %12s %10s %10s   (non-2xx: %s; %s bytes each)\n' "the same bytes from nginx (static file)" "$sr" "$sp50" "$sp99" "$serr" "$sbytes"
printf '%-44s %12s\n' "ratio to nginx" "$(awk -v a="$vr" -v b="$sr" 'BEGIN {printf "%.3f", a / b}')"
printf '%-44s %12s %10s %10s   (non-2xx: %s)\n' "knowledge-check attempts written" "$ar" "$ap50" "$ap99" "$aerr"
printf '%-44s %12s %10s %10s\n' "trainer's matrix ${matrix#* * * * }" "" "${mp50}ms" "${mp99}ms"
echo "joins: $joins"
echo "RSS: $(rss) MB after the runs, peak $peak MB (${BENCH_JAVA_OPTS:-$BROER_JAVA_OPTS}; CDS ${BENCH_CDS:-0}); load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$nmt" ]; then   # committed memory by the JVM's own account, MB: what holds the RSS
  jcmd "$pid" VM.native_memory summary scale=MB > "$work/nmt.txt"
  grep -E '^-|Total' "$work/nmt.txt" | sed -E 's/\(reserved=[0-9]+MB, committed=([0-9]+)MB\)/\1 MB/; s/^- +//' | tr -s ' ' | paste -sd';' | sed 's/;/; /g'
fi
