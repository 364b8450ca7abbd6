#!/usr/bin/env python3
"""Usage: mix-summary.py RUNDIR
Verdict of one mixed-media run (mix-run.sh: every call monitored by one listening supervisor),
from what med-run.sh left in RUNDIR. Prints the figures and appends them to result.env:
  window: packets/s into Earshot from the three parties (kernel counters), offered % of
          CALLS x 150 pps; packets/s Earshot's mixer sent to each kind of party (callers, agents,
          supervisors) against CALLS x 50 (one 20 ms frame per listener per tick); Earshot's CPU
          per mixed call (% of one core) and per mixed frame sent (us)
  whole run: packets the callers and agents sent in (kernel) against those Earshot counted
          received (its per-call counters, with the probe's), sequence gaps on arrival, kernel
          drops on Earshot's sockets; sessions started against calls, refusals
  probe (monitor-probe.py, at idle and in the window): frames lost, duplicated and their delay
          on the mixed path caller -> supervisor; frames until a listen -> barge and a
          barge -> listen switch shows in what the caller hears
Verdict ZERO LOSS = no packet lost (kernel drops 0 on Earshot's sockets, Earshot received every
packet sent, no sequence gap), the mixer kept its clock (>= 99 % of the frames due to every
listener), every call answered and monitored, no refusal, offered load >= 99 % generated; LOSS
otherwise (with the reason). Frames the mixer itself let go (its two-frame queue giving way to a
newer frame, seen by the probe) are listed, not judged: they are its jitter policy, and occur at
any load (docs/benchmarks.md)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_results import append_env, delta, env_of, json_of, judge, sipp_final, snaps_of  # noqa: E402

d = sys.argv[1]
env, snaps = env_of(d), snaps_of(d)
n = int(env["calls"])
ws, we = "window_start", "window_end"
last = "final" if "final" in snaps else "after_calls"
dt = snaps[we]["t"] - snaps[ws]["t"]

uac, uas = sipp_final(d, "sipp-uac-rtp"), sipp_final(d, "sipp-uas-rtp")
out = {"failed_uac": int(uac.get("FailedCall(C)", -1)), "failed_uas": int(uas.get("FailedCall(C)", -1)),
       "ok_uac": int(uac.get("SuccessfulCall(C)", 0))}

in_pps = delta(snaps, ws, we, "uac_to_relay", "uas_to_relay", "sup_to_relay") / dt
out_pps = {who: delta(snaps, ws, we, f"relay_to_{who}") / dt for who in ("uac", "uas", "sup")}
mix_pct = min(100 * v / (n * 50) for v in out_pps.values())
out.update(in_pps=round(in_pps), out_pps=round(sum(out_pps.values())), offered_pct=round(100 * in_pps / (n * 150), 1),
           mix_pct=round(mix_pct, 1), **{f"out_pps_{who}": round(v) for who, v in out_pps.items()})

probe, idle = json_of(f"{d}/probe.json"), json_of(f"{d}/probe-idle.json")
probe_in = sum(probe.get("sent", {}).get(who, 0) for who in ("caller", "agent"))
kernel_in = delta(snaps, "start", "after_calls", "uac_to_relay", "uas_to_relay")
own_in = delta(snaps, "start", last, "relay_from_caller", "relay_from_agent")
out.update(kernel_in=int(kernel_in), own_in=int(own_in), own_vs_kernel_in=int(own_in - kernel_in - probe_in),
           own_seq_gaps=int(delta(snaps, "start", last, "relay_seq_gaps")),
           relay_drops=int(snaps[we].get("relay_drops", 0)), relay_sockets=int(snaps[we].get("relay_sockets", 0)),
           monitors_started=int(delta(snaps, "start", last, "monitors_started")),
           monitors_refused=int(sum(delta(snaps, "start", last, k) for k in snaps[last] if k.startswith("monitor_refused_"))))

cpu = float(env.get("cpu_earshot", "nan"))
out.update(relay_cpu=cpu, cpu_per_call_pct=round(cpu / n, 3) if n else None,
           us_per_mixed_frame=round(cpu / 100 * 1e6 / out["out_pps"], 2) if out["out_pps"] else None)


def switch_figures(prefix, p):
    for way in ("listen_to_barge", "barge_to_listen"):
        s = p.get(way, {})
        out[f"{prefix}_{way}_switches"] = s.get("switches")
        out[f"{prefix}_{way}_frames_max"] = s.get("frames_max")
        out[f"{prefix}_{way}_frames_p50"] = s.get("frames_p50")
        out[f"{prefix}_{way}_ms_p50"] = round(s["switch_to_frame"]["p50_us"] / 1000, 1) if s.get("switches") else None
        out[f"{prefix}_{way}_ms_max"] = round(s["switch_to_frame"]["max_us"] / 1000, 1) if s.get("switches") else None
    mixed = p.get("mixed_path", {})
    out.update({f"{prefix}_mix_{k}": mixed.get(k) for k in ("frames_sent", "lost", "duplicated")})
    out[f"{prefix}_probe_late"] = p.get("probe_sent_a_frame_late")
    out[f"{prefix}_mix_delay_p50_ms"] = round(mixed["delay"]["p50_us"] / 1000, 1) if mixed.get("delay", {}).get("p50_us") else None
    out[f"{prefix}_mix_delay_p99_ms"] = round(mixed["delay"]["p99_us"] / 1000, 1) if mixed.get("delay", {}).get("p99_us") else None


switch_figures("idle", idle)
switch_figures("load", probe)

problems = []
if out["relay_drops"]:
    problems.append(f"{out['relay_drops']} kernel drops on Earshot's sockets")
if out["own_vs_kernel_in"] or out["own_seq_gaps"]:
    problems.append(f"Earshot counted {out['own_vs_kernel_in']} packets more than were sent in (negative: fewer), "
                    f"{out['own_seq_gaps']} sequence gaps")
if mix_pct < 99:
    problems.append(f"the mixer sent only {out['mix_pct']} % of the frames due")
if not probe:
    problems.append("no monitor probe result")
if out["failed_uac"] or out["failed_uas"] or out["ok_uac"] != n:
    problems.append(f"calls: {out['ok_uac']} of {n} successful, failed {out['failed_uac']} (UAC) / {out['failed_uas']} (UAS)")
if out["monitors_started"] < n or out["monitors_refused"]:
    problems.append(f"{out['monitors_started']} monitoring sessions started for {n} calls (+ the probe's), "
                    f"{out['monitors_refused']} refused")
judge(out, problems)

print(f"window {dt:.1f}s: into Earshot {in_pps:.0f} pps (offered {out['offered_pct']} % of {n}x150); mixed frames out "
      f"{out['out_pps']} pps (callers {out['out_pps_uac']}, agents {out['out_pps_uas']}, supervisors {out['out_pps_sup']}: "
      f"{out['mix_pct']} % of {n}x50 each at least); Earshot CPU {cpu:.1f} % = {out['cpu_per_call_pct']} % of a core per "
      f"mixed call, {out['us_per_mixed_frame']} us per mixed frame; socket drops {out['relay_drops']} ({out['relay_sockets']} sockets)")
print(f"whole run: callers and agents sent {out['kernel_in']}, Earshot counted {out['own_in']} received "
      f"(difference less the probe's {out['own_vs_kernel_in']}), sequence gaps {out['own_seq_gaps']}; "
      f"sessions started {out['monitors_started']}, refused {out['monitors_refused']}")
for prefix in ("idle", "load"):
    print(f"probe {prefix}: listen->barge frames p50/max {out[f'{prefix}_listen_to_barge_frames_p50']}/"
          f"{out[f'{prefix}_listen_to_barge_frames_max']} ({out[f'{prefix}_listen_to_barge_switches']} switches, "
          f"{out[f'{prefix}_listen_to_barge_ms_p50']}/{out[f'{prefix}_listen_to_barge_ms_max']} ms), barge->listen "
          f"{out[f'{prefix}_barge_to_listen_frames_p50']}/{out[f'{prefix}_barge_to_listen_frames_max']}; mixed path "
          f"{out[f'{prefix}_mix_frames_sent']} frames, lost {out[f'{prefix}_mix_lost']}, duplicated "
          f"{out[f'{prefix}_mix_duplicated']}, delay p50/p99 {out[f'{prefix}_mix_delay_p50_ms']}/"
          f"{out[f'{prefix}_mix_delay_p99_ms']} ms (the probe itself sent {out[f'{prefix}_probe_late']} frames 20 ms or more late)")
print(f"VERDICT: {'ZERO LOSS' if out['verdict'] == 'PASS' else 'LOSS/FAIL: ' + '; '.join(problems)}")
append_env(d, out)
