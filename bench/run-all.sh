#!/bin/bash
# bench/run-all.sh — THE benchmark, one command: Earshot and the real peers side by side, in one
# series on this machine, results written to docs/benchmarks.md.
#   1. signalling: highest call rate held 60 s with 0 failed calls, sipp UAC -> X -> sipp UAS,
#      X = Kamailio stateful proxy, then Earshot's B2BUA (sig-run.sh)
#   2. media: most concurrent anchored G.711 calls relayed with zero packet loss,
#      X = Kamailio + rtpengine (userspace), then Earshot's relay (med-run.sh), with CPU per
#      relayed packet and the added relay latency (rtp-probe.py) at every step
#   3. monitoring: most concurrent calls Earshot mixes with zero packet loss, each monitored by one
#      listening supervisor (mix-run.sh), with CPU per mixed call and the listen <-> barge switch
#      delay in frames at idle and under that load (monitor-probe.py). No peer: Debian 12 packages
#      neither Asterisk nor FreeSWITCH, and its rtpengine forks but does not mix (docs/benchmarks.md)
#   4. recording (issue 12): most concurrent calls recorded with zero lost frames and zero packet
#      loss in the relay, and CPU per recorded call, the SUT pinned to CPU 1 and the load to CPU 0
#      (rec-run.sh): Earshot recording every call through the vault's encrypting sink, then
#      Kamailio + rtpengine recording every call (record-call=yes, pcap method: its recording
#      daemon needs the kernel module, which this kernel cannot load); and Earshot writing the same
#      recordings unencrypted at Earshot's highest passing level (the cost of encryption alone).
#      Calls are set up at 25 a second for both systems (the media search's 10 s ramp would mean 80
#      set-ups a second at 800 calls on the SUT's one core: a signalling load, measured in part 1)
#   5. JFR profile of Earshot where it misses a target (profile.sh)
# Search per system, the same for Earshot and the peers: short probe runs stepping up to find the
# region, then full-length runs stepping up (or down) until the first failure, then the highest
# passing level once more. (The peers' reference figures in shared/peers/BENCH.md were measured on
# another machine of this kind; starting there, Kamailio failed every step down, so they no longer
# set the start.)
# Every run waits for a quiet machine, records every process's CPU, and stops what it started.
# Usage: bench/run-all.sh            full series, ~35-40 min; refuses to start on a busy machine
#        bench/run-all.sh --force    full series even if the machine is not quiet (figures flagged)
#        bench/run-all.sh --smoke    short, low runs of every step (~10 min): proves the harness,
#                                    the results are labelled smoke runs, not figures
#        bench/run-all.sh --only sig|med|mix|rec [--smoke]
#                                    that kind's searches only, in a series of their own; the report
#                                    takes the other kinds from the newest full series there is
#        bench/run-all.sh --redo sig-kamailio|sig-earshot|med-rtpengine|med-earshot|mix-earshot|rec-earshot|rec-rtpengine SERIES_DIR
#                                    runs that one search again within an existing full series
#                                    (its earlier runs stay in the tables) and rewrites the report
# Raw results: bench/.run/results/series-<time>-<mode>/ (one directory per run, see summary.txt)
set -u
source "$(dirname "$0")/lib.sh"
MODE=full; FORCE=0; REDO=""; REDO_SERIES=""; ONLY=""; ARGS="$*"
usage() { sed -n '2,/^set -u/{/^#/p}' "$0"; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) MODE=smoke; shift ;;
    --force) FORCE=1; shift ;;
    --only) ONLY=${2:-}; [[ $ONLY =~ ^(sig|med|mix|rec)$ ]] || usage; shift 2 ;;
    --redo) REDO=${2:-}; REDO_SERIES=${3:-}
            [ -d "$REDO_SERIES" ] && [[ $REDO =~ ^(sig|med|mix|rec)-(kamailio|earshot|rtpengine)$ ]] || usage; shift 3 ;;
    *) usage ;;
  esac
done
# BENCH_SIG_PROBES / BENCH_MED_PROBES / BENCH_MIX_PROBES / BENCH_REC_PROBES replace the probe levels (e.g. to start a --redo near a known limit)
# wants KIND SUT: whether this invocation runs that search
wants() { { [ -z "$REDO" ] || [ "$REDO" = "$1-$2" ]; } && { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }; }

"$BENCH/setup.sh" || exit 1
{ [ -z "$ONLY" ] || [ "$ONLY" = rec ]; } && [[ ! $REDO =~ ^(sig|med|mix)- ]] && { "$BENCH/rec-setup.sh" || exit 1; }
lock_bench; export BENCH_LOCKED=1
SERIES=${REDO:+$(cd "$REDO_SERIES" && pwd)}
SERIES=${SERIES:-$RESULTS/series-$(date +%Y%m%d-%H%M%S)-${ONLY:+$ONLY-}$MODE}
export BENCH_RESULTS=$SERIES
mkdir -p "$SERIES"
trap 'stop_all; nft_unload; damon_restore' EXIT
damon_pause
trap 'exit 130' INT TERM
T_START=$(date +%s)
progress() { log "[$(( ($(date +%s) - T_START) / 60 )) min] $*"; }

if [ $MODE = full ]; then
  SIG_SECS=60; SIG_PROBE_SECS=20; MED_HOLD=76; MED_PROBE_HOLD=30; MED_RAMP=10; STEPS=3; REPEAT=1
  SIG_PROBES="100 200 400 600 800 1000 1300 1600 2000 2500 3000 3500"
  MED_PROBES="200 400 700 1000 1300 1600 2000 2500"
  MIX_PROBES="100 200 300 400 500 600 800 1000"
  # recording: calls set up at REC_SETUPS a second (a ramp of CALLS / REC_SETUPS s), then held
  # REC_HOLD (REC_PROBE_HOLD) s longer than the ramp: the window sees every call up whatever the count
  REC_SETUPS=25; REC_HOLD=36; REC_PROBE_HOLD=20; REC_PROBES="100 200 300 400 500 600 700 800 900 1000 1200"
else
  SIG_SECS=10; SIG_PROBE_SECS=10; MED_HOLD=20; MED_PROBE_HOLD=20; MED_RAMP=5; STEPS=1; REPEAT=1
  SIG_PROBES="50"; MED_PROBES="20"; MIX_PROBES="20"
  REC_SETUPS=5; REC_HOLD=16; REC_PROBE_HOLD=16; REC_PROBES="20"
  QUIET_TRIES=1; export QUIET_TRIES
fi

SIG_PROBES=${BENCH_SIG_PROBES:-$SIG_PROBES}; MED_PROBES=${BENCH_MED_PROBES:-$MED_PROBES}
MIX_PROBES=${BENCH_MIX_PROBES:-$MIX_PROBES}; REC_PROBES=${BENCH_REC_PROBES:-$REC_PROBES}

# ---- is the machine quiet? (load average < 0.5 and < 10 % busy over 30 s) ------------------
machine_state() {
  echo "uptime: $(uptime)"
  echo "kernel memory monitor (DAMON): $(damon_state | tr '\n' ' ')"
  python3 "$BENCH/cpu-busy.py" 30
  echo "busiest processes:"; ps -eo pid,pcpu,etime,comm --sort=-pcpu | head -8
}
quiet_now() {
  machine_state > "$SERIES/machine-before${REDO:+-$REDO}.txt" 2>&1
  awk '/^uptime/ {l=$(NF-2); sub(",", "", l); if (l+0 >= 0.5) bad=1} /busy=/ {b=$0; sub(/.*busy=/, "", b); sub(/%.*/, "", b); if (b+0 >= 10) bad=1} END {exit bad}' \
    "$SERIES/machine-before${REDO:+-$REDO}.txt"
}
if [ $MODE = full ]; then
  for i in $(seq 20); do
    quiet_now && break
    progress "machine not quiet ($(grep -o 'load average.*' "$SERIES/machine-before${REDO:+-$REDO}.txt"), $(grep -o 'busy=[0-9.]*%' "$SERIES/machine-before${REDO:+-$REDO}.txt")); waiting ($i/20)"
    [ "$i" = 20 ] && { [ $FORCE = 1 ] && break; log "machine not quiet after 10+ min: not measuring (--force to measure anyway)"; exit 3; }
    sleep 5
  done
else
  quiet_now
fi
progress "series $MODE -> $SERIES"

# ---- one run, and the searches --------------------------------------------------------------
# run KIND SUT VALUE PROBE|FULL TAG: one sig/med run; its verdict in $? (0 = pass)
run() {
  local kind=$1 sut=$2 v=$3 len=$4 tag=$5 d
  if [ "$kind" = sig ]; then
    "$BENCH/sig-run.sh" "$sut" "$v" "$([ "$len" = PROBE ] && echo $SIG_PROBE_SECS || echo $SIG_SECS)" "$tag" > /dev/null 2>&1
    d=$SERIES/sig-$sut-$v-$tag
  elif [ "$kind" = rec ]; then  # recording: every call recorded, SUT pinned (rec-run.sh)
    local ramp=$(( (v + REC_SETUPS - 1) / REC_SETUPS ))
    "$BENCH/rec-run.sh" "$sut" "$v" $((ramp + $([ "$len" = PROBE ] && echo $REC_PROBE_HOLD || echo $REC_HOLD))) $ramp "$tag" > /dev/null 2>&1
    d=$SERIES/rec-$sut-$v-$tag
  else                          # med, and mix (med-run.sh with every call monitored)
    BENCH_KIND=$kind "$BENCH/med-run.sh" "$sut" "$v" "$([ "$len" = PROBE ] && echo $MED_PROBE_HOLD || echo $MED_HOLD)" $MED_RAMP "$tag" > /dev/null 2>&1
    d=$SERIES/$kind-$sut-$v-$tag
  fi
  echo "$len" > "$d/length.txt"
  progress "$kind $sut $v ($tag): $(head -1 "$d/summary.txt" 2>/dev/null | cut -c1-100) | $(grep -h '^VERDICT' "$d/summary.txt" 2>/dev/null)"
  grep -q '^verdict=PASS' "$d/result.env" 2>/dev/null
}
# probe_up KIND SUT "VALUES": short runs stepping up until the first failure; echoes the highest
# passing value (the first value if none passed)
probe_up() {
  local kind=$1 sut=$2 best="" v
  for v in $3; do
    run "$kind" "$sut" "$v" PROBE probe || break
    best=$v
  done
  echo "${best:-${3%% *}}"
}
# search KIND SUT START STEP: full-length runs from START, up by STEP while they pass (at most
# STEPS), or down by STEP until one passes (at most STEPS); then the highest passing value again
# (REPEAT times). Writes the outcome to $SERIES/best-KIND-SUT.env.
search() {
  local kind=$1 sut=$2 v=$3 step=$4 best="" fail="" i n=1
  if run "$kind" "$sut" "$v" FULL a; then
    best=$v
    for i in $(seq "$STEPS"); do
      v=$((v + step))
      if run "$kind" "$sut" "$v" FULL a; then best=$v; else fail=$v; break; fi
    done
  else
    fail=$v
    for i in $(seq "$STEPS"); do
      v=$((v - step)); [ "$v" -gt 0 ] || break
      if run "$kind" "$sut" "$v" FULL a; then best=$v; break; else fail=$v; fi
    done
  fi
  local passes=0 tries=0
  if [ -n "$best" ]; then
    passes=1; tries=1
    for i in $(seq "$REPEAT"); do
      tries=$((tries + 1))
      run "$kind" "$sut" "$best" FULL "r$i" && passes=$((passes + 1))
    done
  fi
  printf 'kind=%s\nsut=%s\nbest=%s\nfirst_fail=%s\npasses=%s\ntries=%s\n' "$kind" "$sut" "${best:-none}" \
    "${fail:-none}" "$passes" "$tries" > "$SERIES/best-$kind-$sut.env"
  progress "$kind $sut: highest passing ${best:-none} ($passes of $tries), first failing ${fail:-none}"
}
best_of() { grep '^best=' "$SERIES/best-$1-$2.env" | cut -d= -f2; }
fail_of() { grep '^first_fail=' "$SERIES/best-$1-$2.env" | cut -d= -f2; }
step_for() { local s=$(( $1 / 8 / 50 * 50 )); [ "$s" -ge 50 ] || s=$(( $1 / 8 > 10 ? $1 / 8 : 10 )); echo "$s"; }

# find KIND SUT "PROBES" SMOKE_STEP NAME: the probes, then the full-length search around the highest passing one
find_limit() {
  wants "$1" "$2" || return 0
  progress "$5, probes: $3"
  local p s
  p=$(probe_up "$1" "$2" "$3")
  [ $MODE = full ] && s=$(step_for "$p") || s=$4
  search "$1" "$2" "$p" "$s"
}

# ---- 1. signalling -----------------------------------------------------------------------
find_limit sig kamailio "$SIG_PROBES" 50 "1/3 signalling: Kamailio (stateful proxy)"
find_limit sig earshot "$SIG_PROBES" 50 "1/3 signalling: Earshot B2BUA"

# ---- 2. media ----------------------------------------------------------------------------
find_limit med rtpengine "$MED_PROBES" 20 "2/3 media: Kamailio + rtpengine"
find_limit med earshot "$MED_PROBES" 20 "2/3 media: Earshot relay"

# ---- 3. monitoring: every call mixed for one listening supervisor --------------------------------
find_limit mix earshot "$MIX_PROBES" 10 "3/4 monitoring: Earshot mixing every call for one listener"

# ---- 4. recording: every call recorded, SUT on CPU 1, load on CPU 0 ---------------------------
find_limit rec earshot "$REC_PROBES" 10 "4/5 recording: Earshot, every call recorded and encrypted"
find_limit rec rtpengine "$REC_PROBES" 10 "4/5 recording: Kamailio + rtpengine, every call recorded (pcap)"
# the cost of encryption alone: Earshot writing the same recordings unencrypted at its highest passing
# level (or, when none passed, its first failing one: the CPU comparison needs the same load, not a
# pass); then SinkCost: the two sinks alone, no calls, on the SUT's CPU
if wants rec earshot && [ -f "$SERIES/best-rec-earshot.env" ]; then
  v=$(best_of rec earshot); [ "$v" = none ] && v=$(fail_of rec earshot)
  progress "4/5 recording: Earshot writing plain files at $v calls (encryption's cost)"
  run rec earshot-plain "$v" FULL a
  progress "4/5 recording: the sinks alone (SinkCost, CPU 1)"
  rm -rf "$RUN/sinkcost-spool"
  taskset -c 1 java -Xms256m -Xmx256m -cp "$RUN/rec-classes:$(cat "$RUN/rec-classpath.txt")" org.earshot.bench.rec.SinkCost \
    "$RUN/sinkcost-spool" "$RUN/rec-keyset.json" "$([ $MODE = full ] && echo 200 || echo 20)" 30 4 > "$SERIES/sink-cost.json" 2> "$SERIES/sink-cost.err"
  rm -rf "$RUN/sinkcost-spool"
  progress "4/5 recording: SinkCost $(cat "$SERIES/sink-cost.json")"
fi

# ---- 5. profile where Earshot misses a target ------------------------------------------------
ratio_below() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN {exit !(a == "none" || b == "none" || b == 0 || a / b < t)}'; }
# profile_if KIND "PROFILE WANTED" UNIT: JFR run at Earshot's first failing level (or its best)
profile_if() {
  [ -z "$REDO" ] && wants "$1" earshot && { [ $MODE = smoke ] || eval "$2"; } || return 0
  local v; v=$(fail_of "$1" earshot); [ "$v" = none ] && v=$(best_of "$1" earshot)
  progress "5/5 profile: Earshot $1 at $v $3 with JFR"
  "$BENCH/profile.sh" "$1" "$v" "$([ $MODE = full ] && echo 30 || echo 8)" > /dev/null 2>&1
}
profile_if sig 'ratio_below "$(best_of sig earshot)" "$(best_of sig kamailio)" 0.5' calls/s
profile_if med 'ratio_below "$(best_of med earshot)" "$(best_of med rtpengine)" 1.0' calls
profile_if mix 'ratio_below "$(best_of mix earshot)" 500 1.0' calls

machine_state > "$SERIES/machine-after${REDO:+-$REDO}.txt" 2>&1
[ -n "$REDO" ] && COMMAND=bench/run-all.sh || COMMAND="bench/run-all.sh${ARGS:+ $ARGS}"
# a monitoring-only series (--only mix) leaves the other kinds' figures to the newest full series of
# every kind there is, or, without one here, to docs/benchmarks.md as it is (only its monitoring
# results are rewritten); any other series is the whole report
case $(basename "$SERIES") in
  *-rec-full|*-rec-smoke)     # the recording section only, between its markers in docs/benchmarks.md
    python3 "$BENCH/report.py" --recording-only "$SERIES" "$REPO/docs/benchmarks.md" "$COMMAND" ;;
  *-mix-full|*-mix-smoke)
    MAIN=$(ls -d "$RESULTS"/series-*-full 2>/dev/null | grep -v -E -- '-(sig|med|mix)-full$' | tail -1)
    if [ -n "$MAIN" ]; then
      python3 "$BENCH/report.py" "$MAIN" "$REPO/docs/benchmarks.md" "$COMMAND" "$SERIES"
    else
      python3 "$BENCH/report.py" --monitoring-only "$SERIES" "$REPO/docs/benchmarks.md"
    fi ;;
  *) python3 "$BENCH/report.py" "$SERIES" "$REPO/docs/benchmarks.md" "$COMMAND" ;;
esac
progress "done: docs/benchmarks.md (series $SERIES)"
sed -n '/^## Results/,/^## Method/p' "$REPO/docs/benchmarks.md" | head -40
