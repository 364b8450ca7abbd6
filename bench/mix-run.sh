#!/bin/bash
# bench/mix-run.sh — one bounded mixed-media run: med-run.sh's load (CALLS G.711 calls, RTP both
# ways) with every call also monitored by one listening supervisor (BenchmarkServer's
# bench.monitor, sipp-sup-rtp.xml answering), so that Earshot mixes each call for its three
# parties; monitor-probe.py measures the mixed path and the listen <-> barge switch delay at idle
# and under the load. Verdict and figures: mix-summary.py.
# Usage: bench/mix-run.sh earshot CALLS [HOLD_S=76] [RAMP_S=10] [TAG]
# Results: $RESULTS/mix-earshot-CALLS[-TAG]/
[ "${1:-}" = earshot ] || { sed -n '2,8p' "$0"; exit 2; }
BENCH_KIND=mix exec "$(dirname "$0")/med-run.sh" "$@"
