#!/bin/bash
# bench/rec-setup.sh — builds the recording benchmark's Earshot harness (bench/java/org/earshot/bench/rec):
# after bench/setup.sh (sip-ra's main and test classes, its test classpath), it installs the ejb
# module and what it needs offline (./mvnw -B -o -q install -pl ejb -am -DskipTests: the vault,
# org.earshot.recording), writes ejb's classpath (Tink and the rest), and compiles the harness with
# javac into bench/.run/rec-classes; bench/.run/rec-classpath.txt is what it runs on. Without the
# vault's classes (org.earshot.recording.RecordingVault) only the plain sink is built, and
# `rec-run.sh earshot` (encrypted) refuses to run.
# Usage: bench/rec-setup.sh          (run-all.sh calls it before recording runs)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO"
OUT=$RUN/rec-classes; CPF=$RUN/rec-classpath.txt
SRC=$BENCH/java/org/earshot/bench/rec
sources=("$SRC"/RecordingBenchmark.java "$SRC"/RecordingCheck.java "$SRC"/Sinks.java "$SRC"/PlainSinks.java)
cp="$(cat "$CLASSPATH_FILE"):$REPO/sip-ra/target/classes:$REPO/sip-ra/target/test-classes"
if [ -f ejb/src/main/java/org/earshot/recording/RecordingVault.java ]; then
  if [ ! -f ejb/target/classes/org/earshot/recording/RecordingVault.class ] \
     || [ -n "$(find ejb/src/main/java ejb/pom.xml -newer ejb/target/classes/org/earshot/recording/RecordingVault.class -print -quit)" ]; then
    log "installing ejb (the vault) offline"
    ./mvnw -B -o -q install -pl ejb -am -DskipTests
  fi
  if [ ! -s "$RUN/ejb-classpath.txt" ] || [ ejb/pom.xml -nt "$RUN/ejb-classpath.txt" ]; then
    ./mvnw -B -o -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$RUN/ejb-classpath.txt" -Dmdep.includeScope=test
  fi
  cp="$cp:$REPO/ejb/target/classes:$(cat "$RUN/ejb-classpath.txt")"
  sources+=("$SRC"/VaultSinks.java "$SRC"/SinkCost.java "$BENCH"/java/org/earshot/recording/BenchVault.java)
else
  log "no vault in this tree (ejb/src/main/java/org/earshot/recording): only the plain sink is built"
fi
rm -rf "$OUT"; mkdir -p "$OUT"
javac --release 17 -nowarn -d "$OUT" -cp "$cp" "${sources[@]}" 2>&1 | grep -v '^Note:' || true
[ -f "$OUT/org/earshot/bench/rec/RecordingBenchmark.class" ] || { log "the recording harness did not compile"; exit 1; }
echo "$cp" > "$CPF"
log "recording harness built: $(ls "$OUT"/org/earshot/bench/rec | grep -c class) classes$([ -f "$OUT/org/earshot/bench/rec/VaultSinks.class" ] && echo ", with the vault" || echo ", plain sink only")"
