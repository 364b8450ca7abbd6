#!/bin/bash
# bench/setup.sh — installs what the benchmark needs and builds what it runs; idempotent.
#  - Debian packages (only those missing): sip-tester (sipp), kamailio, rtpengine-daemon,
#    rtpengine-recording-daemon,
#    sysstat (pidstat), nftables, sox, bc. The packages' services are not started (no systemd;
#    every daemon is started by the bench scripts themselves).
#  - the G.711 µ-law test signal that sipp's rtp_stream plays (bench/.run/pcmu.raw)
#  - sip-ra's main and test classes (offline Maven test-compile, no install) and the test
#    classpath (bench/.run/classpath.txt) that BenchmarkServer runs on.
# Usage: bench/setup.sh            (run-all.sh calls it first)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have sipp     || need+=(sip-tester)
have kamailio || need+=(kamailio)
have rtpengine || need+=(rtpengine-daemon)
have rtpengine-recording || need+=(rtpengine-recording-daemon)   # recording runs: installed; it cannot run here (see rec-run.sh)
have pidstat  || need+=(sysstat)
have nft      || need+=(nftables)
have sox      || need+=(sox)
have bc       || need+=(bc)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# sipp must have been built with RTP streaming (Debian's is)
case "$(sipp -v 2>&1 || true)" in *RTPSTREAM*) ;; *) log "warning: this sipp was built without RTPSTREAM; the media benchmark needs it" ;; esac

mkdir -p "$RUN"
# 10 s of 8 kHz G.711 mu-law, raw (no header: sipp sends the file byte for byte), looped by rtp_stream
[ -s "$PCMU" ] || sox -n -r 8000 -c 1 -t raw -e mu-law "$PCMU" synth 10 sine 440 vol 0.5

cd "$REPO"
log "compiling sip-ra (main + test classes, offline)"
./mvnw -q -o -pl sip-ra test-compile 2>/dev/null || ./mvnw -q -pl sip-ra test-compile
if [ ! -s "$CLASSPATH_FILE" ] || [ sip-ra/pom.xml -nt "$CLASSPATH_FILE" ] || [ pom.xml -nt "$CLASSPATH_FILE" ]; then
  ./mvnw -q -pl sip-ra dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test
fi
log "setup done: $( (sipp -v 2>&1 || true) | grep -o 'SIPp v[0-9.]*' | head -1), $(kamailio -v 2>/dev/null | head -1 | awk '{print $1, $2, $3}'), rtpengine $(dpkg-query -W -f '${Version}' rtpengine-daemon 2>/dev/null), $(java -version 2>&1 | head -1)"
