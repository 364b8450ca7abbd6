#!/usr/bin/env bash
# Live monitoring on the running demo (./run.sh in another terminal), by script: three headless
# baresip softphones (a caller, agent1 at 1001, sup.billing at 2001) and the REST API in place of
# the console's buttons. Each phone sends a tone of its own as its microphone and records what it
# hears under .run/demo-phones/<phone>/rec. See docs/demo.md for the same steps by hand.
#   demo/monitoring-walkthrough.sh        needs baresip (Debian: baresip-core), curl, python3
set -euo pipefail
cd "$(dirname "$0")/.."
api=http://127.0.0.1:8080/earshot/api/v1
sip=127.0.0.1:5060
phones=$PWD/.run/demo-phones
pids=()

# phone NAME SIP_PORT RTP_FIRST TONE_HZ ACCOUNT_LINE: writes the phone's config, starts it reading commands from a fifo
phone() {
  local name=$1 dir=$phones/$1
  rm -rf "$dir"; mkdir -p "$dir/rec"
  cat > "$dir/config" <<CFG
poll_method	epoll
sip_listen	127.0.0.1:$2
net_interface	127.0.0.1
audio_source	ausine,$4
ausrc_srate	48000
ausrc_channels	2
rtp_ports	$3-$(($3 + 3))
rtcp_mux	no
module_path	/usr/lib/baresip/modules
module	stdio.so
module	g711.so
module	ausine.so
module	sndfile.so
snd_path	$dir/rec
module_tmp	account.so
module_app	menu.so
statmode_default	off
CFG
  echo "$5" > "$dir/accounts"
  mkfifo "$dir/commands"
  baresip -f "$dir" < "$dir/commands" > "$dir/baresip.log" 2>&1 &
  pids+=($!)
  eval "exec {fd}>\"$dir/commands\""
  eval "${name}_commands=$fd"
}

# say NAME COMMAND: a baresip command (/dial, /sndcode, /hangup, /quit) to the phone
say() { local fd=${1}_commands; echo "$2" >&"${!fd}"; echo "  $1: $2"; }

# as USER METHOD PATH [JSON]: the REST API as a demo user
as() { curl -sS -u "$1:earshot-demo" -X "$2" -H 'Content-Type: application/json' ${4:+-d "$4"} "$api/$3"; }

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# until_ok SECONDS COMMAND...: retries the command until it succeeds, then prints what it printed
until_ok() {
  local n=$(($1 * 2)) out; shift
  for _ in $(seq "$n"); do if out=$("$@" 2>/dev/null); then echo "$out"; return 0; fi; sleep 0.5; done
  "$@"
}

registered() { grep -q '200 OK' "$phones/$1/baresip.log"; }
call_of_1001() { as sup.billing GET monitoring/calls | json "[c['callId'] for c in d['items'] if c['agentExtension']=='1001' and c['allowedModes']][0]"; }
session_in() { as sup.billing GET monitoring/sessions | json "[s['id'] for s in d['items'] if s['state']=='CONNECTED' and s['mode']=='$1'][0]"; }
no_session() { as sup.billing GET monitoring/sessions | json "exit(1 if d['items'] else 0)"; }

finish() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap finish EXIT

curl -sf http://127.0.0.1:9990/health/ready -o /dev/null || { echo "Earshot is not running: start ./run.sh first" >&2; exit 1; }
rm -rf "$phones"; mkdir -p "$phones"

echo "1. Three phones: agent1 (1001, 700 Hz) and sup.billing (2001, 1000 Hz) register; the caller (440 Hz) does not"
phone agent1 5071 16100 700  "<sip:1001@$sip>;auth_user=1001;auth_pass=sip-1001-demo;regint=300;answermode=auto;audio_codecs=pcmu,pcma"
phone sup    5073 16200 1000 "<sip:2001@$sip>;auth_user=2001;auth_pass=sip-2001-demo;regint=300;answermode=auto;audio_codecs=pcmu,pcma"
phone caller 5075 16300 440  "<sip:caller@$sip>;regint=0;audio_codecs=pcmu,pcma"
until_ok 10 registered agent1 > /dev/null; until_ok 10 registered sup > /dev/null

echo "2. The caller calls agent1, whose phone answers"
say caller "/dial sip:1001@$sip"
call=$(until_ok 10 call_of_1001) || { echo "agent1 is not on a call sup.billing may monitor" >&2; exit 1; }
echo "  call $call; sup.billing sees it with the modes: $(as sup.billing GET monitoring/calls | json "[c['allowedModes'] for c in d['items'] if c['callId']=='$call'][0]")"

echo "3. From the console: Listen for Training; Earshot rings 2001, which answers by itself"
as sup.billing POST monitoring/sessions "{\"callId\":\"$call\",\"mode\":\"LISTEN\",\"purpose\":\"TRAINING\",\"note\":\"demo walk-through\"}" > /dev/null
session=$(until_ok 10 session_in LISTEN); sleep 2
echo "4. Whisper (console), then barge by key 3 on the supervisor's phone, then End (console)"
as sup.billing PUT "monitoring/sessions/$session/mode" '{"mode":"WHISPER"}' > /dev/null
until_ok 5 session_in WHISPER > /dev/null; sleep 2
say sup "/sndcode 3"
until_ok 5 session_in BARGE > /dev/null; sleep 2
as sup.billing DELETE "monitoring/sessions/$session" > /dev/null
until_ok 5 no_session > /dev/null

echo "5. By feature code: 2001 dials *811001 (listen, sup.billing's default purpose), presses 2 (whisper), then 4 (takeover)"
say sup "/dial sip:*811001@$sip"
until_ok 10 session_in LISTEN > /dev/null; sleep 2
say sup "/sndcode 2"
until_ok 5 session_in WHISPER > /dev/null; sleep 2
say sup "/sndcode 4"
until_ok 5 session_in TAKEOVER > /dev/null
echo "  agent1's phone: $(grep -c 'terminated' "$phones/agent1/baresip.log") call(s) ended (BYE on the takeover); the caller now talks to 2001"
sleep 3
say caller "/hangup"
until_ok 10 no_session > /dev/null

echo "6. The audit trail of the call (admin; in the console: Governance > Audit trail, filtered by the call):"
as admin GET "audit?callId=$call&size=50" | json "'\n'.join('  %s %-20s %-8s %-9s %s' % (e['occurredAt'][11:19], e['action'], e['outcome'], e.get('mode') or '', e['detail']) for e in reversed(d['items']))"
for p in agent1 sup caller; do say "$p" "/quit"; done
sleep 1
echo "Recordings of what each phone heard: $phones/*/rec/*-dec.wav"
