#!/bin/bash
# bench/med-run.sh — one bounded media run (after shared/peers/kbench/med-run.sh): CALLS calls set
# up in RAMP_S s through the SUT, each streaming G.711 (50 packets/s) both ways for HOLD_S s
# (sipp rtp_stream on both sides: UAC 6100 -> relay -> UAS 6200 and back), so all calls are up
# together for HOLD_S - RAMP_S s. While they are, the window (up to 60 s) measures:
#   - packets into and out of the relay, counted by the kernel (nftables counting rules) and by
#     the relay itself (Earshot's per-call counters; rtpengine's totals); kernel socket drops
#   - CPU of every process (pidstat), so CPU per relayed packet = relay CPU / relayed packets/s
#   - added relay latency, from one extra anchored call of bench/rtp-probe.py
# SUT: earshot   = Earshot's B2BUA relaying RTP itself (MediaEngine, BenchmarkServer)
#      rtpengine = Kamailio (kamailio-rtpengine.cfg) + rtpengine userspace (rtpengine.conf)
# Pass (ZERO LOSS) = every packet sent into the relay was sent on, no relay errors, no failed
# call, and the offered load fully generated (>= 99 % of CALLS x 100 packets/s in the window).
# Mixed runs (BENCH_KIND=mix, as bench/mix-run.sh starts them; Earshot only): every call is also
# monitored by one listening supervisor (a third sipp, sipp-sup-rtp.xml, which registers as "sup",
# answers and streams G.711 too), so Earshot mixes every call for three listeners; the probe is then
# monitor-probe.py (the mixed path and the mode-switch delay), run once at idle before the load
# and once in the window; the verdict is mix-summary.py's.
# Usage: bench/med-run.sh earshot|rtpengine CALLS [HOLD_S=76] [RAMP_S=10] [TAG]
# Results: $RESULTS/KIND-SUT-CALLS[-TAG]/ (summary.txt, result.env, snaps.txt, probe.json, logs)
set -u
source "$(dirname "$0")/lib.sh"
SUT=$1; N=$2; HOLD=${3:-76}; RAMP=${4:-10}; TAG=${5:-}
KIND=${BENCH_KIND:-med}
RATE=$(( (N + RAMP - 1) / RAMP ))
LIMIT=$((RAMP + HOLD + 60))
W=$(( HOLD - RAMP - 6 < 60 ? HOLD - RAMP - 6 : 60 ))      # window while all calls are up
D=$RESULTS/$KIND-$SUT-$N${TAG:+-$TAG}
IDLE_PROBE_S=8                                            # mixed runs: the probe alone before the load
[ -n "${BENCH_LOCKED:-}" ] || lock_bench
trap 'stop_all; nft_unload' EXIT
trap 'exit 130' INT TERM
newrun "$D"
ulimit -n 20000

# snap LABEL: one line of counters (kernel, relay's own, socket drops) at this moment
snap() {
  local own relay
  relay=$(pid_of earshot); [ "$SUT" = rtpengine ] && relay=$(pid_of rtpengine)
  if [ "$SUT" = earshot ]; then
    own=$(cat earshot-stats.txt 2>/dev/null)
  else
    own=$(rtpe_ctl list totals | awk -F: '/Total relayed packets  /{r=$2} /Total relayed packet errors  /{e=$2} /Packets per second \(total\)/{p=$2} END {gsub(/ /,"",r); gsub(/ /,"",e); gsub(/ /,"",p); print "own_relayed=" r " own_errors=" e " own_pps=" p}')
  fi
  echo "label=$1 t=$(echo "$(now) - $T0" | bc) $(nft_read) $([ -n "$relay" ] && python3 "$BENCH/udp-drops.py" "$relay" $RTP_MIN $RTP_MAX) $own $(udp_snmp)"
}

before_run
nft_load
[ "$KIND" = mix ] && mix_settings "$D"
sut_start "$SUT" || { result verdict=ERROR; exit 1; }
if [ "$KIND" = mix ]; then
  sipp_uas_at $SUP_PORT sup sipp-sup-rtp.xml -mp $SUP_RTP -timeout $((WARMUP_S + IDLE_PROBE_S + LIMIT + 60))s
  SUPPID=$(pid_of sup)
  register_supervisors || { log "the supervisors' phone could not register:"; cat register.out >&2; result verdict=ERROR; exit 1; }
fi
warm_up med
if [ "$KIND" = mix ]; then
  python3 "$BENCH/monitor-probe.py" $IDLE_PROBE_S --server 127.0.0.1:$SIP_PORT --switch-log "$D/switches.log" \
    --out probe-idle.json > probe-idle.out 2>&1
  sleep 1.5                         # the probe call's counters reach earshot-stats.txt (rewritten every second) before the start snapshot
fi
T0=$(now)
snap start > snaps.txt
sipp_uas uas sipp-uas-rtp.xml -mp $UAS_RTP -d $((HOLD * 1000)) -timeout ${LIMIT}s
UASPID=$(pid_of uas)
sleep 1
T0=$(now)
sipp_uac uac sipp-uac-rtp.xml -mp $UAC_RTP -r $RATE -m "$N" -l "$N" -d $((HOLD * 1000)) -timeout ${LIMIT}s
UACPID=$(pid_of uac)
watchdog $((LIMIT + 30)) uac uas      # the probe is bounded by itself
sleep $((RAMP + 2))
if [ "$KIND" = mix ]; then
  python3 "$BENCH/monitor-probe.py" "$W" --server 127.0.0.1:$SIP_PORT --switch-log "$D/switches.log" --out probe.json > probe.out 2>&1 &
else
  python3 "$BENCH/rtp-probe.py" "$W" --server 127.0.0.1:$SIP_PORT --uas-port $PROBE_PORT --out probe.json > probe.out 2>&1 &
fi
track probe $! python3
sleep 0.5
snap window_start >> snaps.txt
cpu_start "$W" "$(sut_roles) sipp-uac=$UACPID sipp-uas=$UASPID ${SUPPID:+sipp-sup=$SUPPID }probe=$(pid_of probe)"
cpu_wait
snap window_end >> snaps.txt
wait_exit probe; PROBERC=$RC
wait_exit uac; UACRC=$RC
sleep 2
snap after_calls >> snaps.txt
stop uas USR1 10                    # all calls have ended: sipp exits smoothly
stop sup USR1 10
sut_stop
stop watchdog
[ "$SUT" = earshot ] && snap final >> snaps.txt      # Earshot's counters after its shutdown hook
nft_unload

result kind="$KIND" sut="$SUT" calls="$N" hold="$HOLD" ramp="$RAMP" window="$W" tag="$TAG" \
  quiet="$(head -1 quiet.txt | tr ' ' '_')" quiet_ok=$((QUIET_RC == 0)) uac_rc="$UACRC" probe_rc="$PROBERC" \
  first_error="$(first_error)"
{
  echo "== $([ "$KIND" = mix ] && echo "mixed media (one listening supervisor per call)" || echo media) $SUT $N calls (ramp ${RAMP}s, hold ${HOLD}s, window ${W}s)"
  cat quiet.txt
  echo "UAC: $(sipp_stats sipp-uac-rtp "$UACPID")"
  echo "UAS: $(sipp_stats sipp-uas-rtp "$UASPID")"
  [ -n "${SUPPID:-}" ] && echo "supervisors: $(sipp_stats sipp-sup-rtp "$SUPPID")"
  cat snaps.txt
  cpu_report
  [ "$SUT" = rtpengine ] && echo "rtpengine log: $(grep -c 'aborting loop' rtpe.log) x 'Too many packets in UDP receive queue', $(grep -c 'discarding packet' rtpe.log) x 'discarding packet'"
  [ "$KIND" = mix ] && echo "monitor probe at idle: $(cat probe-idle.json 2>/dev/null || tail -3 probe-idle.out)"
  echo "$([ "$KIND" = mix ] && echo monitor || echo latency) probe: $(cat probe.json 2>/dev/null || tail -3 probe.out)"
  python3 "$BENCH/$KIND-summary.py" "$D"
} > summary.txt
cat summary.txt
