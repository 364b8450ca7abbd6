# bench/lib.sh — shared by every bench script (source it; not run on its own).
# Paths, ports and tunables; progress logging; starting processes and stopping exactly those
# (by PID, recorded in PID files under $RUN/pids); waiting for a quiet machine; CPU recording
# during a run (pidstat of every process, so other users' CPU shows up); launchers for Earshot's
# BenchmarkServer, Kamailio, rtpengine and sipp; nftables counters; the per-run verdict file.

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
RUN=${BENCH_RUN:-$BENCH/.run}                 # scratch (git-ignored): audio, classpath, pids, results
RESULTS=${BENCH_RESULTS:-$RUN/results}
PCMU=$RUN/pcmu.raw
CLASSPATH_FILE=$RUN/classpath.txt
PIDDIR=$RUN/pids

# Ports (as in shared/peers/BENCH.md; Earshot takes Kamailio's place on 15060)
SIP_PORT=15060; UAS_PORT=15070; UAC_PORT=15080; PROBE_PORT=15090
UAC_RTP=6100; UAS_RTP=6200; RTP_MIN=20000; RTP_MAX=31999
SUP_PORT=15100; SUP_RTP=6400                  # mixed runs: the supervisors' sipp (monitor-probe.py: 15093-15095, RTP 6320-6329)
EARSHOT_TARGETS="bench=sip:bench@127.0.0.1:$UAS_PORT,probe=sip:probe@127.0.0.1:$PROBE_PORT"
SIPP_BUF=${SIPP_BUF:-4194304}                 # sipp socket buffers (= net.core.rmem_max here)

# Earshot JVM: fixed heap, parallel GC (see docs/benchmarks.md for the flags compared)
JVM_FLAGS=${JVM_FLAGS:--Xms1g -Xmx1g -XX:+UseParallelGC -XX:+AlwaysPreTouch}
QUIET_TRIES=${QUIET_TRIES:-25}                # wait-quiet.sh bound (x 12 s)
WARMUP_S=${WARMUP_S:-6}                       # load before each measured run (JIT warm-up; same for the peers)

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
now() { date +%s.%N; }

# ---- processes: every one we start is recorded, and only those are ever stopped ----------
# track NAME PID COMM: remember PID and the program it must be (checked before any signal, so a
# stale PID file can never make us signal somebody else's process)
track() {
  mkdir -p "$PIDDIR"
  echo "$2 $3" > "$PIDDIR/$1.pid"
}
pid_of() { [ -f "$PIDDIR/$1.pid" ] && cut -d' ' -f1 "$PIDDIR/$1.pid"; }
# mine NAME: true if the PID file's process still runs and is the program we started
mine() {
  local p c; [ -f "$PIDDIR/$1.pid" ] || return 1; read -r p c < "$PIDDIR/$1.pid"
  [ -n "$p" ] && [ "$(cat /proc/$p/comm 2>/dev/null)" = "$c" ]
}
# stop NAME [SIGNAL] [SECONDS]: signal our process, wait for it, KILL it after SECONDS (default 10)
stop() {
  local name=$1 sig=${2:-TERM} secs=${3:-10} p
  mine "$name" || { rm -f "$PIDDIR/$name.pid"; return 0; }
  p=$(pid_of "$name")
  kill -"$sig" "$p" 2>/dev/null
  for _ in $(seq $((secs * 10))); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$p" 2>/dev/null && { log "$name ($p) did not stop; killing it"; kill -KILL "$p" 2>/dev/null; }
  wait "$p" 2>/dev/null || true   # its exit status (143, 137) is no failure of the script that stops it
  rm -f "$PIDDIR/$name.pid"
}
# stop_all: every process a bench script started and that still runs (the PID files say which)
stop_all() {
  local f
  for f in "$PIDDIR"/*.pid; do [ -e "$f" ] && stop "$(basename "$f" .pid)" TERM 5; done
  return 0
}
# lock_bench: one bench script tree at a time on this machine (they share ports and PID files)
lock_bench() {
  mkdir -p "$RUN"
  exec 9> "$RUN/lock"
  flock -n 9 || { log "another bench run holds $RUN/lock"; exit 1; }
}
# watchdog SECONDS NAME...: a bounded guard that stops the named processes (as they are now: PID
# and program, so never a later run's process) if they still run after SECONDS. It closes the
# lock fd and sleeps in 1 s steps, so stopping it leaves nothing behind that holds the lock.
watchdog() {
  local secs=$1 n targets=""; shift
  for n in "$@"; do mine "$n" && targets="$targets $(tr ' ' ':' < "$PIDDIR/$n.pid")"; done
  (
    exec 9>&-
    for _ in $(seq "$secs"); do sleep 1; done
    for t in $targets; do [ "$(cat "/proc/${t%%:*}/comm" 2>/dev/null)" = "${t#*:}" ] && kill "${t%%:*}"; done
  ) &
  track watchdog $! "$(cat /proc/$!/comm)"
}
# wait_exit NAME: wait for one of our processes (a child of this shell) to end; its exit code in RC
# (not usable inside $(...): a subshell cannot wait for its parent's children)
wait_exit() { local p; p=$(pid_of "$1"); wait "$p"; RC=$?; rm -f "$PIDDIR/$1.pid"; }

# ---- quiet machine and CPU -------------------------------------------------------------
wait_quiet() { "$BENCH/wait-quiet.sh" "$QUIET_TRIES" 10; }
# before_run: wait for a quiet machine (quiet.txt, $QUIET_RC) and note foreign ports in use
before_run() {
  wait_quiet > quiet.txt; QUIET_RC=$?
  foreign_ports > ports-before.txt
  result ports_busy="$(wc -l < ports-before.txt)"
}

# cpu_start SECONDS "ROLE=PID ..." : record CPU for SECONDS in the current directory:
#   pidstat.txt  every process of the machine (ours and everybody else's), % of one core
#   threads.txt  per thread of the processes under test (the Earshot JVM: relay vs SIP threads)
#   cpubusy.txt  whole machine busy % (100 - idle), see cpu-busy.py
cpu_start() {
  local secs=$1 roles=$2 pids
  local r p
  : > roles.txt
  for r in $roles; do          # a role's child processes count as the role (Kamailio's workers)
    p=${r#*=}
    echo "${r%%=*} $p $(pgrep -P "$p" | paste -sd' ')" >> roles.txt
  done
  pids=$(for r in $roles; do echo "${r#*=}"; done | paste -sd,)
  LC_ALL=C pidstat -u -h "$secs" 1 > pidstat.txt 2>&1 &
  track pidstat $! pidstat
  LC_ALL=C pidstat -t -u -h -p "$pids" "$secs" 1 > threads.txt 2>&1 &
  track pidstat-t $! pidstat
  python3 "$BENCH/cpu-busy.py" "$secs" > cpubusy.txt 2>&1 &
  track cpubusy $! python3
}
cpu_wait() { wait_exit pidstat; wait_exit pidstat-t; wait_exit cpubusy; }
# cpu_report: per role (roles.txt; a role's children count too, e.g. Kamailio's workers), the
# rest of the machine as "others", the busiest threads of the processes under test, machine busy.
cpu_report() {
  python3 "$BENCH/cpu-report.py" .
}

# ---- systems under test ----------------------------------------------------------------
# start_earshot [EXTRA_JVM_FLAGS]: BenchmarkServer on 127.0.0.1:15060, RTP 20000-31999, counters
# in ./earshot-stats.txt; returns once it printed "ready". EARSHOT_CP_PREPEND (a classes
# directory) goes first on the classpath: to measure a patched class without rebuilding sip-ra.
start_earshot() {
  local cp
  cp="${EARSHOT_CP_PREPEND:+$EARSHOT_CP_PREPEND:}$(cat "$CLASSPATH_FILE"):$REPO/sip-ra/target/classes:$REPO/sip-ra/target/test-classes"
  ulimit -n 20000
  # shellcheck disable=SC2086
  java $JVM_FLAGS $1 -cp "$cp" -Dbench.port=$SIP_PORT -Dbench.rtp=$RTP_MIN-$RTP_MAX \
    -Dbench.targets="$EARSHOT_TARGETS" \
    -Dbench.stats="$PWD/earshot-stats.txt" org.earshot.telephony.bench.BenchmarkServer > earshot.log 2>&1 &
  track earshot $! java
  # until the background shell has exec'd java, its program name is still bash's and mine() says no
  for _ in $(seq 20); do mine earshot && break; sleep 0.05; done
  for _ in $(seq 300); do grep -q '^ready' earshot.log && return 0; mine earshot || break; sleep 0.1; done
  log "Earshot did not start:"; cat earshot.log >&2; return 1
}
# start_wildfly DB OFFSET BASE [-Dname=value...]: this tree's EAR on the provisioned WildFly, with the
# database DB on PostgreSQL, ports shifted by OFFSET, the server's files under BASE, pinned to CPU 1;
# waits until the EAR is deployed (240 s at most). Stop it with: stop wildfly TERM 30
# WILDFLY_EAR deploys another EAR (another commit's build), WILDFLY_CPUS pins to other CPUs (taskset -c).
start_wildfly() {
  local db=$1 offset=$2 base=$3 server_home; shift 3
  server_home=$(ls -d "$REPO"/wildfly-config/target/wildfly-*/ 2>/dev/null | head -1)
  [ -n "$server_home" ] || { log "no provisioned server: run ./mvnw -B -o -DskipTests package first"; return 1; }
  rm -rf "$base" && mkdir -p "$base/deployments"
  cp -r "$server_home/standalone/configuration" "$base/"
  cp "${WILDFLY_EAR:-$REPO/ear/target/earshot.ear}" "$base/deployments/earshot.ear"
  EARSHOT_DB_DRIVER=postgresql EARSHOT_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db EARSHOT_DB_USER=postgres \
  EARSHOT_DB_PASSWORD=unused-with-trust LAUNCH_JBOSS_IN_BACKGROUND=1 taskset -c "${WILDFLY_CPUS:-1}" "$server_home/bin/standalone.sh" -c standalone-full.xml \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Dearshot.sip.port=$((5060 + offset)) "$@" > "$base/console.log" 2>&1 &
  track wildfly $! standalone.sh
  # until taskset has exec'd the script, the program name is not yet standalone.sh and mine() says no
  for _ in $(seq 20); do mine wildfly && break; sleep 0.05; done
  for _ in $(seq 1 240); do
    [ -f "$base/deployments/earshot.ear.deployed" ] && return 0
    if [ -f "$base/deployments/earshot.ear.failed" ] || ! mine wildfly; then
      log "the EAR did not deploy; see $base/log/server.log"; return 1
    fi
    sleep 1
  done
  log "the EAR did not deploy in 240 s"; return 1
}
# build_ear: the EAR, rebuilt offline when the sources are newer
build_ear() {
  if [ ! -f "$REPO/ear/target/earshot.ear" ] \
     || [ -n "$(find "$REPO"/ejb/src/main "$REPO"/web/src/main -newer "$REPO/ear/target/earshot.ear" -print -quit)" ]; then
    log "building the EAR offline"
    (cd "$REPO" && ./mvnw -B -o -q install -pl ear -am -DskipTests -DskipITs)
  fi
}
# mix_settings RUNDIR: Earshot monitors every answered call: calls to bench by the supervisor
# "sup" (an extension that registers itself: register_supervisors), the monitor probe's call by its
# own supervisor (preloaded bindings); each session starts in listen mode; mode switches are logged
# to RUNDIR/switches.log
mix_settings() {
  EARSHOT_TARGETS="$EARSHOT_TARGETS,mprobe=sip:mprobe@127.0.0.1:15094,mprobesup=sip:mprobesup@127.0.0.1:15095"
  EARSHOT_EXTRA_FLAGS="${EARSHOT_EXTRA_FLAGS:-} -Dbench.users=sup -Dbench.monitor=bench:sup,mprobe:mprobesup -Dbench.monitor-mode=LISTEN -Dbench.switch-log=$1/switches.log"
}
# register_supervisors: the supervisors' phone (the sipp UAS on $SUP_PORT) registers as "sup" with
# Earshot's registrar (digest MD5), from a one-shot sipp on port $((SUP_PORT + 1)); fails if refused
register_supervisors() {
  sipp -sf "$BENCH/sipp-register.xml" 127.0.0.1:$SIP_PORT -s sup -au sup -ap bench-secret -key contact_port $SUP_PORT \
    -i 127.0.0.1 -p $((SUP_PORT + 1)) -m 1 -nostdin -trace_err -timeout 10s > register.out 2>&1
}
# start_kamailio CFG: Kamailio in the foreground mode (-DD), workers are its children
start_kamailio() {
  kamailio -f "$BENCH/$1" -DD -E -m 2048 -M 16 -Y "$RUN" > kam.log 2>&1 &
  track kamailio $! kamailio
  sleep 2
  mine kamailio || { log "Kamailio did not start:"; cat kam.log >&2; return 1; }
}
start_rtpengine() {
  ulimit -n 20000
  rtpengine --config-file="$BENCH/rtpengine.conf" --pidfile="$RUN/rtpengine.pid" > rtpe.log 2>&1 &
  track rtpengine $! rtpengine
  for _ in $(seq 50); do rtpe_ctl list numsessions >/dev/null 2>&1 && return 0; sleep 0.2; done
  log "rtpengine did not answer:"; cat rtpe.log >&2; return 1
}
rtpe_ctl() { rtpengine-ctl -ip 127.0.0.1 -port 9900 "$@"; }
# sut_start earshot|kamailio|rtpengine: the system under test (rtpengine = Kamailio + rtpengine)
sut_start() {
  case $1 in
    earshot) start_earshot "${EARSHOT_EXTRA_FLAGS:-}" ;;
    kamailio) start_kamailio kamailio-proxy.cfg ;;
    rtpengine) start_rtpengine && start_kamailio kamailio-rtpengine.cfg ;;
  esac
}
sut_stop() { stop kamailio; stop rtpengine; stop earshot TERM 20; }
# sut_roles: "role=pid" pairs of the system under test, for cpu_start
sut_roles() {
  local r=""
  mine earshot && r="$r earshot=$(pid_of earshot)"
  mine kamailio && r="$r kamailio=$(pid_of kamailio)"
  mine rtpengine && r="$r rtpengine=$(pid_of rtpengine)"
  echo "$r"
}

# ---- sipp ------------------------------------------------------------------------------
# sipp_uas NAME SCENARIO ARGS... / sipp_uac NAME SCENARIO ARGS...: sipp with the scenario file
# from bench/, statistics every 5 s in a CSV, errors traced; always bounded by the caller's -timeout
sipp_uas() {
  local name=$1 sf=$2; shift 2
  sipp_uas_at $UAS_PORT "$name" "$sf" "$@"
}
# sipp_uas_at PORT NAME SCENARIO ARGS...: a sipp UAS on another SIP port (the supervisors' phones)
sipp_uas_at() {
  local port=$1 name=$2 sf=$3; shift 3
  sipp -sf "$BENCH/$sf" -i 127.0.0.1 -p "$port" -buff_size "$SIPP_BUF" -key pcmu "$PCMU,-1,0" \
    -nostdin -trace_stat -fd 5 -trace_err -trace_screen "$@" > "$name.out" 2>&1 &
  track "$name" $! sipp
}
sipp_uac() {
  local name=$1 sf=$2; shift 2
  sipp -sf "$BENCH/$sf" 127.0.0.1:$SIP_PORT -s bench -i 127.0.0.1 -p $UAC_PORT -buff_size "$SIPP_BUF" \
    -key pcmu "$PCMU,-1,0" -nostdin -trace_stat -fd 5 -trace_err -trace_screen "$@" > "$name.out" 2>&1 &
  track "$name" $! sipp
}
# sipp_stats SCENARIO_BASENAME PID: final counters of one sipp run (key=value)
sipp_stats() { python3 "$BENCH/sipp-summary.py" "$(ls ${1}_${2}_.csv 2>/dev/null | head -1)"; }

# warm_up MODE: a short load through the freshly started system under test, so that a JVM has
# compiled its hot paths before the measured run (the peers get exactly the same); sig = calls at
# 100/s for WARMUP_S s, med = 20 RTP calls for WARMUP_S s
warm_up() {
  [ "$WARMUP_S" -gt 0 ] || return 0
  mkdir -p warmup; (
    cd warmup || exit
    if [ "$1" = sig ]; then
      sipp_uas wu-uas sipp-uas.xml -timeout $((WARMUP_S + 20))s
      sleep 0.5
      sipp_uac wu-uac sipp-uac.xml -r 100 -m $((100 * WARMUP_S)) -l 300 -d 1000 -timeout $((WARMUP_S + 20))s
    else
      sipp_uas wu-uas sipp-uas-rtp.xml -mp $UAS_RTP -d $((WARMUP_S * 1000)) -timeout $((WARMUP_S + 20))s
      sleep 0.5
      sipp_uac wu-uac sipp-uac-rtp.xml -mp $UAC_RTP -r 20 -m 20 -l 20 -d $((WARMUP_S * 1000)) -timeout $((WARMUP_S + 20))s
    fi
    wait_exit wu-uac; echo "warm-up uac_rc=$RC" > warmup.txt
    stop wu-uas TERM 5               # its calls have ended; only their timewait is left
  )
}

# ---- nftables counters (media) ----------------------------------------------------------
# The kernel's memory monitor (DAMON) on this machine kind samples page access every 500 ms and
# pages out cold memory; in trials it stalled the JVM's media thread for 5-30 ms twice a second
# (relay p99 6-20 ms at 2 calls, 0.35 ms with it stopped; rtpengine unaffected). A series stops
# it for both systems alike and restores it after; BENCH_KEEP_DAMON=1 measures with it running.
DAMON_STATES=/sys/kernel/mm/damon/admin/kdamonds/*/state
damon_pause() {
  [ "${BENCH_KEEP_DAMON:-0}" = 1 ] && return 0
  local f
  for f in $DAMON_STATES; do
    [ -f "$f" ] && [ "$(cat "$f")" = on ] && echo off > "$f" && echo "$f" >> "$RUN/damon-paused"
  done
  true
}
damon_restore() {
  [ -f "$RUN/damon-paused" ] || return 0
  local f
  while read -r f; do echo on > "$f" 2>/dev/null; done < "$RUN/damon-paused"
  rm -f "$RUN/damon-paused"
}
damon_state() {
  local f
  for f in $DAMON_STATES; do [ -f "$f" ] && echo "$(basename "$(dirname "$f")")=$(cat "$f")"; done
}

nft_load() { nft delete table inet earbench 2>/dev/null; nft -f "$BENCH/nft-counters.nft"; }
nft_unload() { nft delete table inet earbench 2>/dev/null; true; }
# nft_read: "uac_to_relay=N relay_to_uas=N uas_to_relay=N relay_to_uac=N"
nft_read() {
  nft list table inet earbench 2>/dev/null | awk '/counter/ {for(i=1;i<=NF;i++){if($i=="packets")p=$(i+1); if($i=="comment")c=$(i+1)} gsub(/"/,"",c); printf "%s=%s ", c, p} END {print ""}'
}
udp_snmp() { grep '^Udp:' /proc/net/snmp | tail -1 | awk '{print "udp_in="$2" udp_inerrors="$4" udp_rcvbuferrors="$6" udp_sndbuferrors="$7}'; }

# foreign_ports: UDP sockets of processes other than this run's on the ports the benchmark uses
# (SIP 15060-15101, sipp/probe media 6100-6413 and 7100-7203, relay media 20000-31999). On a shared machine
# another Earshot (WildFly's resource adapter anchors media on 20000-29999 by default) or a test
# can hold one of them, and then calls fail (Earshot answers 503 "No media capacity").
foreign_ports() {
  ss -uapnH 2>/dev/null | awk '{n = split($4, a, ":"); p = a[n] + 0;
    if ((p >= 15060 && p <= 15101) || (p >= 6100 && p <= 6413) || (p >= 7100 && p <= 7203) || (p >= 20000 && p <= 31999)) print}'
}
# first_error: the first reason sipp gave for failing a call (its -trace_err log), if any
first_error() {
  cat ./*_errors.log 2>/dev/null | grep -m1 -E 'Aborting|received|Timeout|failed' | cut -c1-160 | tr ' ;=' '___'
}

# ---- per-run verdict file ---------------------------------------------------------------
# result KEY=VALUE...: append to ./result.env (read by report.py and the search in run-all.sh)
result() { printf '%s\n' "$@" >> result.env; }
# newrun DIR: fresh result directory, entered
newrun() { rm -rf "$1"; mkdir -p "$1"; cd "$1" || exit 1; : > result.env; }
