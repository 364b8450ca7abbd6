#!/usr/bin/env python3
"""Usage: rec-summary.py RUNDIR
Verdict of one recording run (rec-run.sh), from what it left in RUNDIR: snaps.txt (counter
snapshots), result.env (parameters, CPU), the sipp CSVs, check.json (what the recordings hold:
rec-check-pcap.py for rtpengine, RecordingCheck for Earshot). Prints the figures and appends them
to result.env:
  relay (as med-summary.py): packets sent into the relay minus packets it sent on, per direction
          (nftables, whole run), kernel drops on the relay's sockets, its own error counters;
          packets/s over the window and the offered % of CALLS x 100
  recordings: frames in the recordings against frames sent (callers' and agents' packets counted
          by the kernel into the relay: each is one 20 ms frame of the tone, so every one must be
          in a recording, audible), frames missing inside a recording (sequence gaps in a pcap; a
          run of silence inside a stream in Earshot's PCM), recordings against calls, files cut
          short or incomplete; Earshot: each recording's length against the call's duration
  CPU per recorded call = the SUT's CPU over the window (pidstat, % of one core; rtpengine's
          includes Kamailio's) / CALLS; the whole SUT core's share = the same over 100 %
Verdict PASS = zero packet loss in the relay, no failed call, offered load >= 99 %, every call
recorded and complete, no frame lost inside a recording; Earshot: at most two frames missing per
stream and only with no gap inside it, i.e. at its start (the recorder drops a stream's first
packets when they arrive less than a frame after the answer, at any load). strict=PASS (the issue's criterion) also wants no frame missing at
all and, for Earshot, every recording's length within one frame of its call's duration."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_results import append_env, env_of, json_of, judge, sipp_final, snaps_of  # noqa: E402
from run_results import delta as delta_of  # noqa: E402

d = sys.argv[1]
env, snaps = env_of(d), snaps_of(d)
n, sut = int(env["calls"]), env["sut"]
earshot = sut.startswith("earshot")


def delta(a, b, *keys):
    return delta_of(snaps, a, b, *keys)


uac, uas = sipp_final(d, "sipp-uac-rtp"), sipp_final(d, "sipp-uas-rtp")
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
out.update(fw_in=int(fw_in), fw_out=int(fw_out), lost_fw=int(fw_in - fw_out), bw_in=int(bw_in), bw_out=int(bw_out),
           lost_bw=int(bw_in - bw_out), relay_drops=int(snaps[we].get("relay_drops", 0)))
problems = []
strict = []        # what fails only the strict criterion (every frame, length within one frame), not the load
if out["lost_fw"] or out["lost_bw"]:
    problems.append(f"relay lost {out['lost_fw']} UAC->UAS, {out['lost_bw']} UAS->UAC")
if out["relay_drops"]:
    problems.append(f"{out['relay_drops']} kernel drops on the relay's sockets")
if failed_uac or failed_uas or ok_uac != n:
    problems.append(f"calls: {ok_uac} of {n} successful, failed {failed_uac} (UAC) / {failed_uas} (UAS)")

c = json_of(f"{d}/check.json")
if not c:
    problems.append("the recordings could not be checked (check.err)")
elif earshot:
    last = "final" if "final" in snaps else "after_calls"
    own_in = delta("start", last, "relay_from_caller", "relay_from_agent")
    own_out = delta("start", last, "relay_to_agent", "relay_to_caller")
    out.update(own_lost=int(own_in - own_out), own_seq_gaps=int(delta("start", last, "relay_seq_gaps")))
    if out["own_lost"] or out["own_seq_gaps"]:
        problems.append(f"Earshot counted {out['own_lost']} received but not relayed, {out['own_seq_gaps']} sequence gaps")
    rec_frames = c.get("frames_caller", 0) + c.get("frames_agent", 0)
    out.update(recordings=c.get("recordings"), recorded_calls=c.get("calls"), rec_frames_caller=c.get("frames_caller"),
               rec_frames_agent=c.get("frames_agent"), rec_frames_missing=int(fw_in + bw_in - rec_frames),
               rec_gap_frames=c.get("gap_frames", 0), rec_incomplete=c.get("incomplete", 0),
               rec_len_diff_max_ms=c.get("len_diff_max_ms"), rec_len_diff_min_ms=c.get("len_diff_min_ms"), rec_len_off=c.get("len_over_one_frame", 0),
               rec_unreadable=c.get("unreadable", 0), rec_not_started=c.get("not_started", 0),
               rec_started_late=c.get("started_late", 0), rec_bytes=c.get("bytes"),
               rec_edge_frames=c.get("edge_missing_frames", 0), rec_other_missing=c.get("other_missing_frames", 0),
               rec_extra_frames=c.get("extra_frames", 0), rec_read_ms=c.get("read_ms"), rec_read=c.get("read"))
    if c.get("read") != c.get("recordings"):
        # a sample was read (decrypting every file takes long): judged per call, against the packets
        # Earshot received from each party (its relay counters, checked against the kernel's above)
        out["rec_frames_missing"] = out["rec_edge_frames"] + out["rec_other_missing"]
    # the recorder's own counters, when it reports any (earshot-stats.txt: rec_*)
    for k, v in snaps.get(last, {}).items():
        if k.startswith("rec_"):
            out[f"own_{k}"] = int(delta("start", last, k)) if isinstance(v, float) else v
    if out.get("own_rec_samples"):
        # the time the core's recording thread spent in the sink's write and close, per second recorded
        out["sink_us_per_rec_s"] = round(out.get("own_rec_write_us", 0) / (out["own_rec_samples"] / 8000), 1)
    if c.get("recordings") != n or c.get("calls") != n:
        problems.append(f"{c.get('recordings')} recordings of {c.get('calls')} calls, {n} made")
    # frames missing at a stream's edge (one or two, no gap inside the stream: the recorder drops a
    # stream's first packets when they arrive less than a frame after the answer) are load-independent:
    # counted and reported (strict verdict), not what bounds the load; any other missing frame is
    if out["rec_frames_missing"] - out["rec_edge_frames"] or out["rec_gap_frames"] or out["rec_other_missing"]:
        problems.append(f"recordings: {out['rec_frames_missing']} of {int(fw_in + bw_in)} frames sent not in them "
                        f"({out['rec_edge_frames']} at a stream's edge), {out['rec_gap_frames']} frames of silence inside a stream")
    if out["rec_edge_frames"]:
        strict.append(f"{out['rec_edge_frames']} frames missing at a stream's start (no gap inside)")
    if out["rec_incomplete"] or out["rec_unreadable"] or out["rec_not_started"]:
        problems.append(f"recordings: {out['rec_incomplete']} incomplete, {out['rec_unreadable']} unreadable, "
                        f"{out['rec_not_started']} calls never recorded")
    if out["rec_len_off"]:
        strict.append(f"{out['rec_len_off']} recordings' length more than one frame off the call's duration "
                        f"(at most {out['rec_len_diff_max_ms']} ms)")
    for k in ("own_rec_late_drops", "own_rec_dropped_frames", "own_rec_dropped"):
        if out.get(k):
            problems.append(f"the recorder counted {out[k]} {k[8:]}")
else:
    rec_frames = c.get("packets_uac", 0) + c.get("packets_uas", 0)
    own_out = delta("start", "after_calls", "own_relayed")
    out.update(own_errors=int(delta("start", "after_calls", "own_errors")), recordings=c.get("files"),
               recorded_calls=c.get("calls_closed"), rec_frames_caller=c.get("packets_uac"),
               rec_frames_agent=c.get("packets_uas"), rec_frames_missing=int(fw_in + bw_in - rec_frames),
               rec_gap_frames=c.get("seq_gaps", 0), rec_incomplete=c.get("truncated_files", 0) + c.get("calls_open", 0),
               rec_streams=c.get("streams"), rec_bytes=c.get("bytes"), late_max_ms=c.get("late_max_ms"),
               streams_late_200=c.get("streams_late_over_200ms"), late_p50_ms=c.get("late_p50_stream_ms"),
               model_drops_200=c.get("earshot_model_drops_200ms"), model_drops_400=c.get("earshot_model_drops_400ms"))
    if out["own_errors"]:
        problems.append(f"rtpengine counted {out['own_errors']} relay errors")
    if c.get("files") != n or c.get("streams") != 2 * n:
        problems.append(f"{c.get('files')} recordings ({c.get('streams')} streams) of {n} calls")
    if out["rec_frames_missing"] or out["rec_gap_frames"]:
        problems.append(f"recordings: {out['rec_frames_missing']} of {int(fw_in + bw_in)} packets sent not in them, "
                        f"{out['rec_gap_frames']} sequence gaps")
    if out["rec_incomplete"]:
        problems.append(f"recordings: {out['rec_incomplete']} cut short or not closed")

cpu = float(env.get(f"cpu_{'earshot' if earshot else 'rtpengine'}", "nan"))
if not earshot:
    out["cpu_rtpengine_alone"] = cpu
    cpu += float(env.get("cpu_kamailio", 0))
out["sut_cpu_total"] = round(cpu, 1)
out["cpu_per_call_pct"] = round(cpu / n, 4)
out["us_per_packet"] = round(cpu / 100 * 1e6 / out_pps, 2) if out_pps else None
judge(out, problems)
out["strict"] = "PASS" if out["verdict"] == "PASS" and not strict else "FAIL"
out["strict_reason"] = "; ".join(strict).replace(" ", "_") or "-"

print(f"window {dt:.1f}s: into relay {in_pps:.0f} pps, out {out_pps:.0f} pps, offered {out['offered_pct']} % of {n}x100 pps; "
      f"SUT CPU {cpu:.1f} % of its core -> {out['cpu_per_call_pct']} % per recorded call, {out['us_per_packet']} us per packet")
print(f"relay, whole run: UAC sent {int(fw_in)}, relay->UAS {int(fw_out)} (lost {out['lost_fw']}); UAS sent {int(bw_in)}, "
      f"relay->UAC {int(bw_out)} (lost {out['lost_bw']}); socket drops {out['relay_drops']}")
print(f"recordings: {out.get('recordings')} for {out.get('recorded_calls')} calls"
      f"{'' if not earshot else ' (read back: ' + str(out.get('rec_read')) + ', in ' + str(out.get('rec_read_ms')) + ' ms)'}; frames caller {out.get('rec_frames_caller')}, "
      f"agent {out.get('rec_frames_agent')}, sent {int(fw_in + bw_in)} -> missing {out.get('rec_frames_missing')}; "
      f"gaps {out.get('rec_gap_frames')}; incomplete {out.get('rec_incomplete')}"
      + (f"; length vs call at most {out.get('rec_len_diff_max_ms')} ms off ({out.get('rec_len_off')} over a frame)"
         f"; the recorder's own count of packets left out: {out.get('own_rec_recorder_dropped', 'not reported')}"
         f" in {out.get('own_rec_recordings_with_drops', '–')} recordings" if earshot else ""))
print(f"VERDICT: {'ZERO LOSS (relay and recordings)' if out['verdict'] == 'PASS' else 'LOSS/FAIL: ' + '; '.join(problems)}"
      f"{'' if not strict else ' | strict criterion not met: ' + '; '.join(strict)}")
append_env(d, out)
