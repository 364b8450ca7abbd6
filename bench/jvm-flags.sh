#!/bin/bash
# bench/jvm-flags.sh — compares JVM flag sets for Earshot's BenchmarkServer at one fixed,
# moderate load (not a capacity search): for each set, one signalling run and one media run, and
# the cost per unit of work — JVM CPU per call (ms) and per relayed packet (µs) — plus the added
# relay latency. Cost per unit is what decides capacity once the 2 cores are full.
# Usage: bench/jvm-flags.sh [RATE=200] [CALLS=300]        (~2.5 min per flag set)
# Results: $RESULTS/{sig,med}-earshot-*-flagsN/ and a table on stdout (flags-RATE-CALLS.txt)
set -u
source "$(dirname "$0")/lib.sh"
RATE=${1:-200}; CALLS=${2:-300}
lock_bench; export BENCH_LOCKED=1
SETS=(
  "-Xms1g -Xmx1g -XX:+UseParallelGC -XX:+AlwaysPreTouch"
  "-Xms1g -Xmx1g -XX:+UseG1GC -XX:+AlwaysPreTouch"
  "-Xms1g -Xmx1g -XX:+UseSerialGC -XX:+AlwaysPreTouch"
  "-Xms1g -Xmx1g -XX:+UseParallelGC -XX:+AlwaysPreTouch -Djava.net.preferIPv4Stack=true"
)
val() { grep "^$2=" "$1/result.env" | tail -1 | cut -d= -f2; }
OUT=$RESULTS/flags-$RATE-$CALLS.txt
printf '%-84s | %-4s | %-13s | %-4s | %-9s | %-13s | %s\n' "JVM flags" sig "ms CPU/call" med "µs/packet" "p50/p99 µs" "others CPU sig/med" | tee "$OUT"
for i in "${!SETS[@]}"; do
  export JVM_FLAGS=${SETS[$i]}
  "$BENCH/sig-run.sh" earshot "$RATE" 30 "flags$i" > /dev/null 2>&1
  "$BENCH/med-run.sh" earshot "$CALLS" 46 10 "flags$i" > /dev/null 2>&1
  S=$RESULTS/sig-earshot-$RATE-flags$i; M=$RESULTS/med-earshot-$CALLS-flags$i
  printf '%-84s | %-4s | %-13s | %-4s | %-9s | %-13s | %s\n' "${SETS[$i]}" "$(val "$S" verdict)" \
    "$(awk -v c="$(val "$S" cpu_earshot)" -v r="$RATE" 'BEGIN {printf "%.3f", c / 100 * 1000 / r}')" \
    "$(val "$M" verdict)" "$(val "$M" us_per_packet)" "$(val "$M" lat_p50)/$(val "$M" lat_p99)" \
    "$(val "$S" cpu_others)/$(val "$M" cpu_others)" | tee -a "$OUT"
done
