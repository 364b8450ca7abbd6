#!/usr/bin/env python3
"""Usage: med-summary.py RUNDIR
Verdict of one media run (after shared/peers/kbench/med-summary.sh, generalised to Earshot and
rtpengine), from what med-run.sh left in RUNDIR: snaps.txt (counter snapshots), result.env (the
run's parameters and CPU), the sipp CSVs and probe.json. Prints the figures and appends them to
result.env:
  window: packets/s into and out of the relay (kernel counters), offered % of CALLS x 100 pps,
          relay CPU per relayed packet (pidstat % of the relay process / relayed packets/s)
  whole run: packets sent into the relay minus packets it sent on, per direction (kernel
          counters; 0 = no loss), the relay's own counters and their agreement with the kernel's
  latency: the probe's added relay latency p50/p99
Verdict ZERO LOSS = no packet lost either way, no relay error or drop, no failed call, offered
load >= 99 % generated; LOSS otherwise (with the reason)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_results import append_env, env_of, json_of, judge, sipp_final, snaps_of  # noqa: E402
from run_results import delta as delta_of  # noqa: E402

d = sys.argv[1]
env, snaps = env_of(d), snaps_of(d)
n, sut = int(env["calls"]), env["sut"]


def delta(a, b, *keys):
    return delta_of(snaps, a, b, *keys)


def sipp(scenario):
    return sipp_final(d, scenario)


uac, uas = sipp("sipp-uac-rtp"), sipp("sipp-uas-rtp")
failed_uac, failed_uas = int(uac.get("FailedCall(C)", -1)), int(uas.get("FailedCall(C)", -1))
ok_uac = int(uac.get("SuccessfulCall(C)", 0))
out = {"failed_uac": failed_uac, "failed_uas": failed_uas, "ok_uac": ok_uac}

ws, we = "window_start", "window_end"
dt = snaps[we]["t"] - snaps[ws]["t"]
in_pps = delta(ws, we, "uac_to_relay", "uas_to_relay") / dt
out_pps = delta(ws, we, "relay_to_uas", "relay_to_uac") / dt
out.update(in_pps=round(in_pps), out_pps=round(out_pps), offered_pct=round(100 * in_pps / (n * 100), 1))
fw_in, fw_out = delta("start", "after_calls", "uac_to_relay"), delta("start", "after_calls", "relay_to_uas")
bw_in, bw_out = delta("start", "after_calls", "uas_to_relay"), delta("start", "after_calls", "relay_to_uac")
out.update(fw_in=int(fw_in), fw_out=int(fw_out), lost_fw=int(fw_in - fw_out),
           bw_in=int(bw_in), bw_out=int(bw_out), lost_bw=int(bw_in - bw_out),
           relay_drops=int(snaps[we].get("relay_drops", 0)), relay_sockets=int(snaps[we].get("relay_sockets", 0)))

probe = json_of(f"{d}/probe.json")
p_in = sum(probe.get("sent_all", {}).get(k, 0) for k in ("a_to_b", "b_to_a"))
p_out = sum(probe.get("received_all", {}).get(k, 0) for k in ("a_to_b", "b_to_a"))
problems = []
if sut == "earshot":
    last = "final" if "final" in snaps else "after_calls"
    own_in = delta("start", last, "relay_from_caller", "relay_from_agent")
    own_out = delta("start", last, "relay_to_agent", "relay_to_caller")
    gaps = delta("start", last, "relay_seq_gaps")
    out.update(own_in=int(own_in), own_out=int(own_out), own_lost=int(own_in - own_out), own_seq_gaps=int(gaps),
               own_vs_kernel_in=int(own_in - p_in - fw_in - bw_in))
    if own_in - own_out or gaps:
        problems.append(f"Earshot counted {int(own_in - own_out)} received but not relayed, {int(gaps)} sequence gaps")
    own_txt = (f"Earshot's own counters: received {int(own_in)}, relayed {int(own_out)}, sequence gaps {int(gaps)} "
               f"(kernel in + probe = {int(fw_in + bw_in + p_in)})")
else:
    own_out = delta("start", "after_calls", "own_relayed")
    errors = delta("start", "after_calls", "own_errors")
    out.update(own_out=int(own_out), own_errors=int(errors), own_vs_kernel_out=int(own_out - p_out - fw_out - bw_out))
    if errors:
        problems.append(f"rtpengine counted {int(errors)} relay errors")
    own_txt = f"rtpengine's own counters: relayed {int(own_out)}, errors {int(errors)} (kernel out + probe = {int(fw_out + bw_out + p_out)})"

relay_cpu = float(env.get(f"cpu_{sut}", "nan"))
out["relay_cpu"] = relay_cpu
out["us_per_packet"] = round(relay_cpu / 100 * 1e6 / out_pps, 2) if out_pps else None
added = probe.get("added", {})
out.update(lat_p50=added.get("p50_us"), lat_p99=added.get("p99_us"), lat_p999=added.get("p999_us"),
           lat_max=added.get("max_us"), lat_direct=probe.get("direct_median_us"),
           probe_lost=sum(v for k, v in probe.get("probe_lost", {}).items() if k in ("a_to_b", "b_to_a")) if probe else None)

if out["lost_fw"] or out["lost_bw"]:
    problems.append(f"lost {out['lost_fw']} UAC->UAS, {out['lost_bw']} UAS->UAC")
if out["relay_drops"]:
    problems.append(f"{out['relay_drops']} kernel drops on the relay's sockets")
if failed_uac or failed_uas or ok_uac != n:
    problems.append(f"calls: {ok_uac} of {n} successful, failed {failed_uac} (UAC) / {failed_uas} (UAS)")
judge(out, problems)

print(f"window {dt:.1f}s: into relay {in_pps:.0f} pps, out {out_pps:.0f} pps, offered {out['offered_pct']} % of {n}x100 pps; "
      f"relay CPU {relay_cpu:.1f} % -> {out['us_per_packet']} us per relayed packet; relay socket drops {out['relay_drops']} "
      f"({out['relay_sockets']} sockets)")
print(f"whole run: UAC sent {int(fw_in)}, relay->UAS {int(fw_out)} (lost {out['lost_fw']}); UAS sent {int(bw_in)}, "
      f"relay->UAC {int(bw_out)} (lost {out['lost_bw']}); {own_txt}")
if probe:
    print(f"added relay latency (probe, {probe['seconds']:.0f}s): p50 {out['lat_p50']} us, p99 {out['lat_p99']} us, "
          f"p99.9 {out['lat_p999']} us, max {out['lat_max']} us (direct loopback median {out['lat_direct']} us; "
          f"probe packets lost {out['probe_lost']})")
print(f"VERDICT: {'ZERO LOSS' if out['verdict'] == 'PASS' else 'LOSS/FAIL: ' + '; '.join(problems)}")
append_env(d, out)
