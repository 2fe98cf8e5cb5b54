# Sourced by the benchmarks: boots the packaged WAR (built if missing) on Payara Micro with demo
# data and waits for its first answer.
#   start_broer <port> <log file> [java options...]     sets $pid and $base
# Heap -Xmx512m unless BENCH_JAVA_OPTS says otherwise.
start_broer() {
  local port=$1 log=$2 micro waited=0
  shift 2
  [ -f target/ROOT.war ] || mvn -q -DskipTests package
  micro=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
  base="http://localhost:$port"
  java ${BENCH_JAVA_OPTS:--Xmx512m} -Dbroer.demo=true -Dbroer.base-url="$base" "$@" \
    -jar "$micro" --deploy target/ROOT.war --port "$port" --nocluster > "$log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/tracks")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null && [ $waited -lt 900 ] || { grep -m5 SEVERE -A3 "$log"; echo "Broer did not start; see $log"; exit 1; }
    sleep 0.2
    waited=$((waited + 1))
  done
}
