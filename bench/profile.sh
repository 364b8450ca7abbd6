#!/bin/bash
# bench/profile.sh — one Earshot run with Java Flight Recorder (settings=profile), then the hot
# spots: where the JVM's threads spend their samples (jfr-top.py), GC pauses included.
# Usage: bench/profile.sh sig RATE [SECONDS=30]      signalling at RATE calls/s
#        bench/profile.sh med CALLS [WINDOW_S=30]    media with CALLS concurrent calls
#        bench/profile.sh mix CALLS [WINDOW_S=30]    mixed media: CALLS calls, each monitored
# Results: the run's directory with TAG "jfr" (earshot.jfr, profile.txt next to summary.txt).
set -u
source "$(dirname "$0")/lib.sh"
KIND=$1; V=$2; LEN=${3:-30}
JFR_OPTS="-XX:StartFlightRecording=filename=earshot.jfr,settings=profile,dumponexit=true"
if [ "$KIND" = sig ]; then
  EARSHOT_EXTRA_FLAGS=$JFR_OPTS "$BENCH/sig-run.sh" earshot "$V" "$LEN" jfr
  D=$RESULTS/sig-earshot-$V-jfr
else
  EARSHOT_EXTRA_FLAGS=$JFR_OPTS BENCH_KIND=$KIND "$BENCH/med-run.sh" earshot "$V" $((LEN + 16)) 10 jfr
  D=$RESULTS/$KIND-earshot-$V-jfr
fi
python3 "$BENCH/jfr-top.py" "$D/earshot.jfr" | tee "$D/profile.txt"
