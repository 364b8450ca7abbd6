#!/bin/bash
# bench/sig-run.sh — one bounded signalling run (after shared/peers/kbench/sig-run.sh):
#   sipp UAC (15080) -> SUT (127.0.0.1:15060) -> sipp UAS (15070), UDP on loopback,
#   INVITE/100/180/(50 ms)/200/ACK, 1 s hold, BYE/200, RATE calls/s for SECONDS s (calls = RATE x SECONDS).
# SUT: earshot   = Earshot's B2BUA (BenchmarkServer: two dialogs per call, media anchored)
#      kamailio  = Kamailio 5.6 stateful proxy (kamailio-proxy.cfg)
# Pass = every call successful on both sipp sides, 0 failed, all calls created on time
# (sipp ended within SECONDS + hold + 4 s). Waits for a quiet machine first, warms the SUT up,
# records the CPU of every process, stops everything it started.
# Usage: bench/sig-run.sh earshot|kamailio RATE [SECONDS=60] [TAG]
# Results: $RESULTS/sig-SUT-RATE[-TAG]/ (summary.txt, result.env, logs)
set -u
source "$(dirname "$0")/lib.sh"
SUT=$1; RATE=$2; SECS=${3:-60}; TAG=${4:-}
N=$((RATE * SECS)); HOLD_MS=1000
LIMIT=$((SECS + 60))                        # sipp -timeout: every process stops by itself
W=$(( SECS >= 60 ? 50 : SECS - 6 ))         # CPU window (s) inside the steady state
D=$RESULTS/sig-$SUT-$RATE${TAG:+-$TAG}
[ -n "${BENCH_LOCKED:-}" ] || lock_bench
trap 'stop_all' EXIT
trap 'exit 130' INT TERM
newrun "$D"

before_run
sut_start "$SUT" || { result verdict=ERROR; exit 1; }
warm_up sig
U0=$(udp_snmp)
sipp_uas uas sipp-uas.xml -mp 7200 -m "$N" -timeout ${LIMIT}s
UASPID=$(pid_of uas)
sleep 1
T0=$(now)
sipp_uac uac sipp-uac.xml -mp 7100 -r "$RATE" -m "$N" -l $((3 * RATE)) -d $HOLD_MS -timeout ${LIMIT}s
UACPID=$(pid_of uac)
watchdog $((LIMIT + 30)) uac uas
sleep 4
cpu_start "$W" "$(sut_roles) sipp-uac=$UACPID sipp-uas=$UASPID"
wait_exit uac; UACRC=$RC; T1=$(now)
wait_exit uas; UASRC=$RC
cpu_wait
sut_stop
stop watchdog
U1=$(udp_snmp)

ELAPSED=$(echo "$T1 - $T0" | bc)
UAC=$(sipp_stats sipp-uac "$UACPID"); UAS=$(sipp_stats sipp-uas "$UASPID")
get() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
OK=$(get "$UAC" 'SuccessfulCall(C)'); FAILC=$(get "$UAC" 'FailedCall(C)'); FAILS=$(get "$UAS" 'FailedCall(C)')
VERDICT=FAIL
if [ "$UACRC" = 0 ] && [ "$UASRC" = 0 ] && [ "${OK:-0}" = "$N" ] && [ "${FAILC:-1}" = 0 ] && [ "${FAILS:-1}" = 0 ] \
   && awk -v e="$ELAPSED" -v l=$((SECS + 5)) 'BEGIN {exit !(e <= l)}'; then VERDICT=PASS; fi
result kind=sig sut="$SUT" rate="$RATE" secs="$SECS" calls="$N" tag="$TAG" verdict=$VERDICT \
  ok="${OK:-0}" failed_uac="${FAILC:-?}" failed_uas="${FAILS:-?}" \
  retrans_uac="$(get "$UAC" 'Retransmissions(C)')" retrans_uas="$(get "$UAS" 'Retransmissions(C)')" \
  elapsed="$ELAPSED" first_error="$(first_error)" quiet="$(head -1 quiet.txt | tr ' ' '_')" quiet_ok=$((QUIET_RC == 0)) \
  "$(echo "$U0 $U1" | awk '{split($3,a,"=");split($7,b,"="); print "rcvbuf_errors=" b[2]-a[2]}')"
{
  echo "== signalling $SUT $RATE calls/s x ${SECS}s = $N calls: $VERDICT (uac_rc=$UACRC uas_rc=$UASRC, ${ELAPSED}s)"
  cat quiet.txt
  [ -f earshot-stats.txt ] && echo "Earshot: $(cat earshot-stats.txt)"
  echo "UAC: $UAC"
  echo "UAS: $UAS"
  echo "kernel UDP (whole machine): before $U0 / after $U1"
  cpu_report
} > summary.txt
cat summary.txt
