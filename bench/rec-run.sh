#!/bin/bash
# bench/rec-run.sh — one bounded recording run (issue 12): med-run.sh's load (CALLS G.711 calls set
# up in RAMP_S s, RTP both ways for HOLD_S s, sipp rtp_stream playing a 440 Hz tone, so every frame
# sent is audible) with EVERY call recorded, the system under test pinned to CPU 1 and the load
# generators (sipp, counters, pidstat) to CPU 0. While all calls are up, the window (up to 60 s)
# measures packets in and out of the relay (nftables), CPU of every process, socket drops.
# SUT: earshot       Earshot's core (RecordingBenchmark: BenchmarkServer's SIP server and relay) with
#                    every call recorded through B2bua.record() into the vault's encrypting sink
#                    (Tink streaming AEAD AES256_GCM_HKDF_4KB, one data key per recording), on disk
#      earshot-plain the same, but the sink writes the same stereo PCM to plain files (the cost of
#                    encryption alone = earshot - earshot-plain at the same load)
#      rtpengine     Kamailio + rtpengine 10.5 (userspace) with record-call=yes on every offer and
#                    rtpengine's pcap recording method (its recording daemon needs the kernel module,
#                    which this kernel cannot load: it has no module support at all)
# After the calls and the SUT have stopped, the recordings are checked (rec-check-pcap.py for
# rtpengine: every file; RecordingCheck for Earshot: every plain file, and the first
# BENCH_REC_CHECK_MAX=60 encrypted ones decrypted through the vault): frames in the recordings
# against packets sent (nftables; per call against Earshot's own received counts), gaps, length
# against the call's duration; then they are deleted (BENCH_KEEP_RECORDINGS=1 keeps them).
# Pass (rec-summary.py) = zero packet loss in the relay (as med-run.sh), no failed call, offered load
# >= 99 %, every call recorded, every sent frame in the recordings, no gap, no incomplete recording.
# Usage: bench/rec-run.sh earshot|earshot-plain|rtpengine CALLS [HOLD_S=46] [RAMP_S=10] [TAG]
# Results: $RESULTS/rec-SUT-CALLS[-TAG]/ (summary.txt, result.env, snaps.txt, check.json, logs)
set -u
source "$(dirname "$0")/lib.sh"
SUT=$1; N=$2; HOLD=${3:-46}; RAMP=${4:-10}; TAG=${5:-}
case $SUT in earshot|earshot-plain|rtpengine) ;; *) sed -n '2,22p' "$0"; exit 2 ;; esac
RATE=$(( (N + RAMP - 1) / RAMP ))
LIMIT=$((RAMP + HOLD + 60))
W=$(( HOLD - RAMP - 6 < 60 ? HOLD - RAMP - 6 : 60 ))      # window while all calls are up
SUT_CPU=${BENCH_SUT_CPU:-1}; GEN_CPU=${BENCH_GEN_CPU:-0}
D=$RESULTS/rec-$SUT-$N${TAG:+-$TAG}
SPOOL=${BENCH_REC_DIR:-$RUN/rec-spool}                    # the recordings (on disk), deleted after the check
KEYSET=$RUN/rec-keyset.json                               # the key-encryption keyset (created once)
REC_CLASSES=$RUN/rec-classes; REC_CP_FILE=$RUN/rec-classpath.txt
[ -n "${BENCH_LOCKED:-}" ] || lock_bench
trap 'stop_all; nft_unload' EXIT
trap 'exit 130' INT TERM
newrun "$D"
ulimit -n 20000
taskset -p -c "$GEN_CPU" $$ > /dev/null       # this script and every load generator it starts: CPU 0

# on_sut_cpu CMD...: run CMD with this shell on the SUT's CPU, so that what it starts inherits it
on_sut_cpu() { taskset -p -c "$SUT_CPU" $$ > /dev/null; "$@"; local rc=$?; taskset -p -c "$GEN_CPU" $$ > /dev/null; return $rc; }

start_rec_earshot() {
  local mode=encrypted; [ "$SUT" = earshot-plain ] && mode=plain
  [ -s "$REC_CP_FILE" ] && [ -d "$REC_CLASSES" ] || { log "no recording harness: run bench/rec-setup.sh"; return 1; }
  # shellcheck disable=SC2086
  java $JVM_FLAGS -cp "$REC_CLASSES:$(cat "$REC_CP_FILE")" -Dbench.port=$SIP_PORT -Dbench.rtp=$RTP_MIN-$RTP_MAX \
    -Dbench.targets="$EARSHOT_TARGETS" -Dbench.stats="$PWD/earshot-stats.txt" \
    -Dbench.record=$mode -Dbench.record.dir="$SPOOL" -Dbench.record.keyset="$KEYSET" \
    -Dbench.record.log="$PWD/recordings.log" org.earshot.bench.rec.RecordingBenchmark > earshot.log 2>&1 &
  track earshot $! java
  for _ in $(seq 20); do mine earshot && break; sleep 0.05; done
  for _ in $(seq 300); do grep -q '^ready' earshot.log && return 0; mine earshot || break; sleep 0.1; done
  log "Earshot did not start:"; cat earshot.log >&2; return 1
}
start_rec_rtpengine() {
  rtpengine --config-file="$BENCH/rtpengine.conf" --pidfile="$RUN/rtpengine.pid" \
    --recording-dir="$SPOOL" --recording-method=pcap --recording-format=raw --delete-delay=0 > rtpe.log 2>&1 &
  track rtpengine $! rtpengine
  for _ in $(seq 50); do rtpe_ctl list numsessions >/dev/null 2>&1 && break; sleep 0.2; done
  rtpe_ctl list numsessions >/dev/null 2>&1 || { log "rtpengine did not answer:"; cat rtpe.log >&2; return 1; }
  # kamailio-rtpengine.cfg, every rtpengine_manage() asking rtpengine to record the call
  sed 's/rtpengine_manage();/rtpengine_manage("record-call=yes");/' "$BENCH/kamailio-rtpengine.cfg" > kamailio-rec.cfg
  kamailio -f "$PWD/kamailio-rec.cfg" -DD -E -m 2048 -M 16 -Y "$RUN" > kam.log 2>&1 &
  track kamailio $! kamailio
  sleep 2
  mine kamailio || { log "Kamailio did not start:"; cat kam.log >&2; return 1; }
}
# snap LABEL: one line of counters (kernel, relay's own, socket drops) at this moment
snap() {
  local own relay
  relay=$(pid_of earshot); [ "$SUT" = rtpengine ] && relay=$(pid_of rtpengine)
  if [ "$SUT" = rtpengine ]; then
    own=$(rtpe_ctl list totals | awk -F: '/Total relayed packets  /{r=$2} /Total relayed packet errors  /{e=$2} END {gsub(/ /,"",r); gsub(/ /,"",e); print "own_relayed=" r " own_errors=" e}')
  else
    own=$(cat earshot-stats.txt 2>/dev/null)
  fi
  echo "label=$1 t=$(echo "$(now) - $T0" | bc) $(nft_read) $([ -n "$relay" ] && python3 "$BENCH/udp-drops.py" "$relay" $RTP_MIN $RTP_MAX) $own $(udp_snmp)"
}

before_run
rm -rf "$SPOOL"; mkdir -p "$SPOOL"
result spool_fs="$(df -PT "$SPOOL" | awk 'NR==2 {print $2}')"
nft_load
T0=$(now)
if [ "$SUT" = rtpengine ]; then on_sut_cpu start_rec_rtpengine; else on_sut_cpu start_rec_earshot; fi \
  || { result verdict=ERROR; exit 1; }
for r in $(sut_roles); do p=${r#*=}; for t in /proc/$p/task/* $(for c in $(pgrep -P "$p"); do echo /proc/$c/task/*; done); do
  echo "${r%%=*} $(taskset -c -p "${t##*/}" 2>/dev/null | awk '{print $NF}')"; done; done | sort | uniq -c \
  | awk '{printf "%s: %s threads on CPU %s; ", $2, $1, $3} END {print ""}' | sed 's/^/SUT affinity: /' > affinity.txt
warm_up med
sleep 2
if [ "$SUT" = rtpengine ]; then
  rm -rf "$SPOOL"/pcaps/* "$SPOOL"/metadata/* 2>/dev/null    # the warm-up calls' recordings (closed at their BYE)
fi
T0=$(now)
echo "$T0" > t0.txt                          # Earshot's check counts the recordings of calls answered after this
snap start > snaps.txt
sipp_uas uas sipp-uas-rtp.xml -mp $UAS_RTP -d $((HOLD * 1000)) -timeout ${LIMIT}s
UASPID=$(pid_of uas)
sleep 1
sipp_uac uac sipp-uac-rtp.xml -mp $UAC_RTP -r $RATE -m "$N" -l "$N" -d $((HOLD * 1000)) -timeout ${LIMIT}s
UACPID=$(pid_of uac)
watchdog $((LIMIT + 30)) uac uas
sleep $((RAMP + 2)).5
snap window_start >> snaps.txt
cpu_start "$W" "$(sut_roles) sipp-uac=$UACPID sipp-uas=$UASPID"
cpu_wait
snap window_end >> snaps.txt
du -sb "$SPOOL" | awk '{print "spool_bytes_at_window_end=" $1}' >> result.env
wait_exit uac; UACRC=$RC
sleep 3                                      # the recorder's last blocks of the last calls
snap after_calls >> snaps.txt
stop uas USR1 10
sut_stop
stop watchdog
[ "$SUT" != rtpengine ] && snap final >> snaps.txt
nft_unload

# the recordings, checked with the SUT stopped (on the load generators' CPU)
if [ "$SUT" = rtpengine ]; then
  python3 "$BENCH/rec-check-pcap.py" "$SPOOL" > check.json 2> check.err
else
  java -Xmx512m -cp "$REC_CLASSES:$(cat "$REC_CP_FILE")" org.earshot.bench.rec.RecordingCheck \
    "$([ "$SUT" = earshot ] && echo encrypted || echo plain)" "$SPOOL" "$KEYSET" "$PWD/recordings.log" \
    "$(echo "$T0 * 1000 / 1" | bc)" "$([ "$SUT" = earshot ] && echo "${BENCH_REC_CHECK_MAX:-60}" || echo 1000000)" \
    > check.json 2> check.err
fi
result check_rc=$?
du -sb "$SPOOL" | awk '{print "spool_bytes=" $1}' >> result.env
[ "${BENCH_KEEP_RECORDINGS:-0}" = 1 ] || rm -rf "$SPOOL"

result kind=rec sut="$SUT" calls="$N" hold="$HOLD" ramp="$RAMP" window="$W" tag="$TAG" \
  sut_cpu="$SUT_CPU" gen_cpu="$GEN_CPU" quiet="$(head -1 quiet.txt | tr ' ' '_')" quiet_ok=$((QUIET_RC == 0)) \
  uac_rc="$UACRC" first_error="$(first_error)"
{
  echo "== recorded media $SUT $N calls (ramp ${RAMP}s, hold ${HOLD}s, window ${W}s; SUT on CPU $SUT_CPU, load on CPU $GEN_CPU)"
  cat quiet.txt affinity.txt
  echo "UAC: $(sipp_stats sipp-uac-rtp "$UACPID")"
  echo "UAS: $(sipp_stats sipp-uas-rtp "$UASPID")"
  cat snaps.txt
  cpu_report
  [ "$SUT" = rtpengine ] && echo "rtpengine log: $(grep -c 'aborting loop' rtpe.log) x 'Too many packets in UDP receive queue', $(grep -ci 'error' rtpe.log) lines with 'error'"
  echo "recordings check: $(head -c 600 check.json) $(tail -3 check.err)"
  python3 "$BENCH/rec-summary.py" "$D"
} > summary.txt
cat summary.txt
