#!/bin/bash
# bench/speech-cost.sh — CPU time of the speech signals per minute of audio, pinned to CPU 1
# (docs/benchmarks.md, "Speech signals"). Installs the ejb module offline when its classes are older
# than its sources (as rec-setup.sh does), compiles bench/java/org/earshot/recording/SpeechSignalCost.java
# against them into bench/.run/speech-classes, waits (bounded) for a quiet machine and says whether it
# was, then runs the harness with `taskset -c 1`. No server, no database, no calls.
# Usage: bench/speech-cost.sh [MINUTES=120] [ROUNDS=5] [CALL_MINUTES=5]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO"
if [ ! -f ejb/target/classes/org/earshot/recording/SpeechActivityMeter.class ] \
   || [ -n "$(find ejb/src/main/java -newer ejb/target/classes/org/earshot/recording/SpeechActivityMeter.class -print -quit)" ]; then
  log "installing ejb offline"
  ./mvnw -B -o -q install -pl ejb -am -DskipTests
fi
OUT=$RUN/speech-classes
rm -rf "$OUT"; mkdir -p "$OUT" "$RESULTS"
javac --release 17 -nowarn -d "$OUT" -cp ejb/target/classes "$BENCH"/java/org/earshot/recording/SpeechSignalCost.java
quiet=$("$BENCH"/wait-quiet.sh 5 10 || true)
log "machine before the run: $quiet"
result=$(taskset -c 1 java -Xms256m -Xmx256m -cp "$OUT:ejb/target/classes" org.earshot.recording.SpeechSignalCost "$@")
echo "$result" | tee "$RESULTS/speech-cost.json"
log "machine before the run was: $quiet"
