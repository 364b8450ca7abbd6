#!/bin/bash
# bench/form-scoring.sh — evaluation form submit and score with a 60-question form (docs/benchmarks.md,
# "Evaluation form scoring"). Deploys this tree's EAR on the provisioned WildFly against a fresh
# PostgreSQL database with the demo data (and the demo's recorded calls: the keyset is created), the
# server pinned to CPU 1; bench/form-load.py, pinned to CPU 0, generates the form and the answer sets,
# imports and publishes the form through the REST API, then for each set starts a draft on a recorded
# call, puts the 60 answers (checked, scored, saved) and submits, one request at a time, timing each on
# the client. With the server stopped, FormScoringCost scores the same sets in process on CPU 1.
# Bounded: the deployment by 240 s, the load by LOAD_TIMEOUT_S (900 s); the server is stopped by its PID.
# Usage: bench/form-scoring.sh [EVALUATIONS=500] [WARMUP=100] [ROUNDS=20]
# Needs: a provisioned server (./mvnw -DskipTests package once), PostgreSQL on 127.0.0.1:5432 (user
# postgres, trust), psql, python3, taskset. Results: bench/.run/results/form-scoring-<time>.json
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO"
lock_bench
evaluations=${1:-500}; warmup=${2:-100}; rounds=${3:-20}
offset=${FORM_BENCH_PORT_OFFSET:-670}     # HTTP 8750: apart from a demo (run.sh), test servers and audit-writes.sh (650)
http=$((8080 + offset)); db=earshot_bench_forms
work=$RUN/forms
mkdir -p "$work" "$RESULTS"

build_ear
if [ ! -s "$RUN/ejb-classpath.txt" ] || [ ejb/pom.xml -nt "$RUN/ejb-classpath.txt" ]; then
  ./mvnw -B -o -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$RUN/ejb-classpath.txt" -Dmdep.includeScope=test
fi
cp="$work/classes:$REPO/ejb/target/classes:$(cat "$RUN/ejb-classpath.txt")"
rm -rf "$work/classes"; mkdir -p "$work/classes"
javac --release 17 -nowarn -d "$work/classes" -cp "$cp" "$BENCH"/java/org/earshot/evaluation/FormScoringCost.java
python3 "$BENCH/form-load.py" generate "$work" $((evaluations + warmup))

quiet=$("$BENCH"/wait-quiet.sh 5 10 || true)
log "machine before the run: $quiet"
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >&2
trap 'stop wildfly TERM 30' EXIT
start_wildfly "$db" "$offset" "$work/standalone" -Dearshot.demo-data=true -Dearshot.recordings.keyset.create=true \
  -Dearshot.sip.digest=MD5 -Dearshot.rtp.first-port=49100 -Dearshot.rtp.last-port=49199
log "deployed; $evaluations evaluations after $warmup not counted, one request at a time"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
rest=$(taskset -c 0 timeout "${LOAD_TIMEOUT_S:-900}" python3 "$BENCH/form-load.py" run "http://127.0.0.1:$http/earshot/api/v1" "$work" "$warmup")
stop wildfly TERM 30
log "FormScoring in process, $rounds rounds (the first not counted), CPU 1"
inproc=$(taskset -c 1 java -Xms256m -Xmx256m -cp "$cp" org.earshot.evaluation.FormScoringCost "$work" "$rounds")
printf '{"machine_before": "%s", "rest": %s, "in_process": %s}\n' "$quiet" "$rest" "$inproc" | tee "$RESULTS/form-scoring-$stamp.json"
