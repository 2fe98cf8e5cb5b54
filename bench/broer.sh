# Sourced by the benchmarks: boots the packaged WAR (built if missing) on Payara Micro with demo
# data and waits for its first answer.
#   start_broer <port> <log file> [java options...]     sets $pid and $base
# With Broer's memory and start settings (README "Memory and start"): BROER_JAVA_OPTS below, unless
# BENCH_JAVA_OPTS says otherwise (BENCH_JAVA_OPTS=-Xmx512m is the old default), MALLOC_ARENA_MAX=2,
# and the post-boot commands of the run command. BENCH_CDS=1 tries Payara Micro's runtime
# unpacked once into target/cds with a class-data-sharing archive of a warm-up (not the default:
# see README "Memory and start" for what is unsolved with it).
BROER_JAVA_OPTS="-XX:+UseSerialGC -Xms48m -Xmx192m -XX:MaxMetaspaceSize=192m -Xss512k"
BROER_MICRO_OPTS="--nocluster --disablephonehome --postbootcommandfile payara-config/post-boot-commands.asadmin"

broer_micro_jar() {
  find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1
}

# The launcher of an unpacked runtime and a CDS archive of one warm-up boot (Payara Micro's
# --outputlauncher and --warmup): made again whenever the WAR is newer than the archive. The
# unpacked runtime remembers the application it was warmed up with: with a --deploy on top Payara
# starts the remembered copy and then redeploys (Broer starts twice); without one, a run that was
# stopped during that redeploy leaves nothing deployed. Hence experimental (BENCH_CDS=1).
broer_cds() {
  local dir=target/cds
  if [ ! -f "$dir/broer.jsa" ] || [ target/ROOT.war -nt "$dir/broer.jsa" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    java -jar "$(broer_micro_jar)" --rootdir "$dir/root" --outputlauncher > "$dir/launcher.log" 2>&1
    MALLOC_ARENA_MAX=2 java ${BENCH_JAVA_OPTS:-$BROER_JAVA_OPTS} -XX:ArchiveClassesAtExit="$dir/broer.jsa" \
      -Dbroer.demo=true -Dbroer.database=memory:warmup -Dbroer.keys.file="$dir/warmup-keys.json" \
      -Dderby.stream.error.file="$dir/derby.log" -jar "$dir/root/launch-micro.jar" --deploy target/ROOT.war \
      --port "${BENCH_WARMUP_PORT:-8199}" $BROER_MICRO_OPTS --warmup > "$dir/warmup.log" 2>&1 \
      || { echo "the warm-up for class data sharing failed; see $dir/warmup.log"; exit 1; }
  fi
  echo "-XX:SharedArchiveFile=$dir/broer.jsa -jar $dir/root/launch-micro.jar"
}

start_broer() {
  local port=$1 log=$2 launch waited=0
  shift 2
  [ -f target/ROOT.war ] || mvn -q -DskipTests package
  if [ "${BENCH_CDS:-0}" = 1 ]; then launch="$(broer_cds) --deploy target/ROOT.war"; else launch="-jar $(broer_micro_jar) --deploy target/ROOT.war"; fi
  base="http://localhost:$port"
  MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} java ${BENCH_JAVA_OPTS:-$BROER_JAVA_OPTS} -Dbroer.demo=true -Dbroer.base-url="$base" "$@" \
    $launch --port "$port" $BROER_MICRO_OPTS > "$log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/tracks")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null && [ $waited -lt 3000 ] || { grep -m5 SEVERE -A3 "$log"; echo "Broer did not start; see $log"; exit 1; }
    sleep 0.1
    waited=$((waited + 1))
  done
}
