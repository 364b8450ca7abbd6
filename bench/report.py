#!/usr/bin/env python3
"""Usage: report.py SERIES_DIR OUT.md COMMAND [MIX_SERIES_DIR]
       report.py --monitoring-only MIX_SERIES_DIR OUT.md
       report.py --recording-only REC_SERIES_DIR OUT.md COMMAND [PAIRED_RUNS_DIR]
Writes docs/benchmarks.md from one series of bench/run-all.sh: the summary (Earshot against the
peers, ratios, targets), every run, the JFR profiles, the machine's state, and the method text of
bench/benchmarks.md.in (the template, with @@STATUS@@ @@COMMAND@@ @@RESULTS@@ @@MONITORING@@
@@ENV@@ filled in). The monitoring section (mixed runs) comes from MIX_SERIES_DIR when given (a
series of `run-all.sh --only mix`), else from SERIES_DIR.
A series whose runs did not all start on a quiet machine, or that was a --smoke series, is
labelled so at the top (the monitoring section on its own, when it comes from another series):
its numbers are then not figures.
--monitoring-only rewrites just the monitoring results of an existing OUT.md (between its two
"monitoring results" markers), from a series of `run-all.sh --only mix` when no full series of the
other kinds is at hand: the rest of the file, and its figures, stay as they are.
--recording-only rewrites just the Recording section: its text from the template, its results (between
the "recording results" markers) from a series of `run-all.sh --only rec`; a full series writes
them from its own recording runs."""
import glob, os, platform, re, subprocess, sys, time

monitoring_only = sys.argv[1] == "--monitoring-only"
recording_only = sys.argv[1] == "--recording-only"
rec_command = None
paired_dir = None
if recording_only:
    series = mix_series = rec_series = sys.argv[2]
    out_path, rec_command = sys.argv[3], sys.argv[4]
    paired_dir = sys.argv[5] if len(sys.argv) > 5 else None
elif monitoring_only:
    series = mix_series = sys.argv[2]
    out_path, command = sys.argv[3], None
else:
    series, out_path, command = sys.argv[1], sys.argv[2], sys.argv[3]
    mix_series = sys.argv[4] if len(sys.argv) > 4 else series
if not recording_only:
    rec_series = series
smoke = series.endswith("-smoke")
here = os.path.dirname(os.path.abspath(__file__))


def env(path):
    d = {}
    if os.path.exists(path):
        for line in open(path):
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                d[k] = v
    return d


def started(d):
    return os.path.getmtime(f"{d}/quiet.txt") if os.path.exists(f"{d}/quiet.txt") else 0


def runs_of(where, kinds):
    found = []
    for d in sorted(glob.glob(f"{where}/*-*-*"), key=started):
        if not os.path.isdir(d):
            continue
        r = env(f"{d}/result.env")
        if r.get("kind") not in kinds:
            continue
        r["dir"] = os.path.basename(d)
        r["length"] = open(f"{d}/length.txt").read().strip() if os.path.exists(f"{d}/length.txt") else (
            "PROFILE" if r.get("tag") == "jfr" else "?")
        found.append(r)
    return found


runs = runs_of(series, ("sig", "med")) + runs_of(mix_series, ("mix",)) + runs_of(rec_series, ("rec",))
best = {(b["kind"], b["sut"]): b for b in (env(p) for p in glob.glob(f"{series}/best-*.env"))}
best.update({(b["kind"], b["sut"]): b for b in (env(p) for p in glob.glob(f"{mix_series}/best-mix-*.env"))})
best.update({(b["kind"], b["sut"]): b for b in (env(p) for p in glob.glob(f"{rec_series}/best-rec-*.env"))})


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def fmt(x, digits=0):
    v = num(x)
    if v is None:
        return "–"
    return f"{v:,.{digits}f}".replace(",", " ")


def run_at(kind, sut, value):
    """the first full-length run of SUT at VALUE (tag a)"""
    key = "rate" if kind == "sig" else "calls"  # med, mix and rec count calls
    for r in runs:
        if r["kind"] == kind and r["sut"] == sut and r.get(key) == str(value) and r.get("tag") == "a":
            return r
    return {}


def best_value(kind, sut):
    b = best.get((kind, sut), {})
    return b.get("best", "none"), b


def ratio(a, b):
    a, b = num(a), num(b)
    return f"{a / b:.2f}×" if a is not None and b else "–"


not_quiet = [r["dir"] for r in runs if r.get("quiet_ok") != "1" or (num(r.get("ports_busy")) or 0) > 0]
others_busy = [r["dir"] for r in runs if (num(r.get("cpu_others")) or 0) > 10]
if smoke:
    status = ("> **SMOKE RUNS UNDER LOAD — NOT FIGURES.** This file was written by `bench/run-all.sh --smoke`: "
              "short, low runs (a few seconds, tens of calls) that prove every step of the harness works end to end "
              "(Earshot, Kamailio, Kamailio + rtpengine, nftables counting, CPU recording, latency probe, JFR, this "
              "report), on a machine that other engineers' builds and servers were loading. None of the numbers below "
              "says anything about capacity. The real figures come from `bench/run-all.sh` on a quiet machine.")
elif not_quiet or others_busy:
    status = ("> **Not valid as figures:** some runs did not start on a quiet machine or other processes used "
              f"more than 10 % of a core during them ({', '.join(sorted(set(not_quiet + others_busy)))}).")
else:
    status = "> Figures: one series of runs on a quiet machine (every run waited for < 10 % busy; other processes' CPU is listed per run)."

lines = []
w = lines.append
w(f"Series `{os.path.basename(series)}`, {time.strftime('%Y-%m-%d %H:%M', time.localtime(os.path.getmtime(series)))}.")
w("")
w("| measure | Earshot | peer | Earshot / peer | target | met |")
w("| --- | --- | --- | --- | --- | --- |")
es, eb = best_value("sig", "earshot")
ks, kb = best_value("sig", "kamailio")
r_sig = ratio(es, ks)
met = lambda ok: "yes" if ok else "**no**"
w(f"| signalling: highest rate held {run_at('sig', 'earshot', es).get('secs', '60')} s with 0 failed calls "
  f"(calls/s) | **{es}** ({eb.get('passes', 0)} of {eb.get('tries', 0)} runs; first failing {eb.get('first_fail', '–')}) "
  f"| Kamailio stateful proxy: **{ks}** ({kb.get('passes', 0)} of {kb.get('tries', 0)}; first failing {kb.get('first_fail', '–')}) "
  f"| {r_sig} | ≥ 0.5× | {met(num(es) and num(ks) and num(es) / num(ks) >= 0.5)} |")
em, emb = best_value("med", "earshot")
rm, rmb = best_value("med", "rtpengine")
w(f"| media: most concurrent G.711 calls relayed with zero loss | **{em}** ({emb.get('passes', 0)} of {emb.get('tries', 0)}; "
  f"first failing {emb.get('first_fail', '–')}) | rtpengine (userspace) + Kamailio: **{rm}** ({rmb.get('passes', 0)} of "
  f"{rmb.get('tries', 0)}; first failing {rmb.get('first_fail', '–')}) | {ratio(em, rm)} | ≥ 1.0× "
  f"| {met(num(em) and num(rm) and num(em) / num(rm) >= 1.0)} |")
er, rr = run_at("med", "earshot", em), run_at("med", "rtpengine", rm)
w(f"| relay CPU per relayed packet, at that load (µs) | {fmt(er.get('us_per_packet'), 2)} ({fmt(er.get('relay_cpu'), 1)} % of a core "
  f"for {fmt(er.get('out_pps'))} packets/s) | {fmt(rr.get('us_per_packet'), 2)} ({fmt(rr.get('relay_cpu'), 1)} % for "
  f"{fmt(rr.get('out_pps'))} packets/s) | {ratio(er.get('us_per_packet'), rr.get('us_per_packet'))} | – | – |")
w(f"| added relay latency p50 / p99 at that load (µs) | {fmt(er.get('lat_p50'))} / {fmt(er.get('lat_p99'))} "
  f"| {fmt(rr.get('lat_p50'))} / {fmt(rr.get('lat_p99'))} | – | p99 < 1000 µs "
  f"| {met((num(er.get('lat_p99')) or 1e9) < 1000)} |")
w("")
w("Reference figures measured earlier on this machine kind (shared/peers/BENCH.md): Kamailio 3 250 calls/s, "
  "rtpengine 1 300 calls with zero loss at ≈ 9 µs per packet.")
w("")

w("### Signalling runs")
w("")
w("sipp UAC → X → sipp UAS, INVITE/100/180/(50 ms)/200/ACK, 1 s hold, BYE/200; calls = rate × seconds. "
  "Pass = every call successful on both sipp sides, 0 failed, sipp done within seconds + 5 s. "
  "CPU = pidstat % of one core over the steady state; *others* = every process not part of the run; "
  "busy = whole machine (2 CPUs).")
w("")
w("| run | length | X | calls/s × s | result | successful | failed UAC/UAS | retrans. UAC/UAS | X CPU | sipp UAC/UAS CPU | others CPU | machine busy | quiet before |")
w("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for r in runs:
    if r["kind"] != "sig":
        continue
    sut_cpu = r.get(f"cpu_{r['sut']}")
    w(f"| {r['dir']} | {r['length'].lower()} | {r['sut']} | {r['rate']} × {r['secs']} | {r.get('verdict')} | {fmt(r.get('ok'))} "
      f"| {r.get('failed_uac')} / {r.get('failed_uas')} | {r.get('retrans_uac')} / {r.get('retrans_uas')} | {fmt(sut_cpu, 1)} % "
      f"| {fmt(r.get('cpu_sipp-uac'), 1)} / {fmt(r.get('cpu_sipp-uas'), 1)} % | {fmt(r.get('cpu_others'), 1)} % "
      f"| {fmt(r.get('busy'), 1)} % | {r.get('quiet', '').replace('_', ' ')} |")
w("")
w("### Media runs")
w("")
w("sipp rtp_stream both ways (G.711 µ-law, 50 packets/s per direction per call) through the relay; all calls up "
  "together for the window. Loss = packets sent into the relay − packets it sent on, per direction, counted by the "
  "kernel (nftables) over the whole run; pps and CPU over the window; latency = added one-way delay of the probe's "
  "relayed packets (bench/rtp-probe.py). Pass = 0 lost both ways, 0 relay socket drops/errors, 0 failed calls, "
  "≥ 99 % of the load offered.")
w("")
w("| run | length | relay | calls | result | in → out pps | offered | lost → / ← | relay socket drops | relay's own count | relay CPU | µs/packet | sipp UAC/UAS CPU | added latency p50 / p99 / p99.9 / max µs | others CPU | machine busy |")
w("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for r in runs:
    if r["kind"] != "med":
        continue
    if r["sut"] == "earshot":
        own = f"in − out {r.get('own_lost')}, seq. gaps {r.get('own_seq_gaps')}"
    else:
        own = f"errors {r.get('own_errors')}"
    w(f"| {r['dir']} | {r['length'].lower()} (window {r.get('window')} s) | {r['sut']} | {r['calls']} | {r.get('verdict')} "
      f"| {fmt(r.get('in_pps'))} → {fmt(r.get('out_pps'))} | {r.get('offered_pct')} % | {r.get('lost_fw')} / {r.get('lost_bw')} "
      f"| {r.get('relay_drops')} | {own} | {fmt(r.get('relay_cpu'), 1)} % | {fmt(r.get('us_per_packet'), 2)} "
      f"| {fmt(r.get('cpu_sipp-uac'), 1)} / {fmt(r.get('cpu_sipp-uas'), 1)} % "
      f"| {fmt(r.get('lat_p50'))} / {fmt(r.get('lat_p99'))} / {fmt(r.get('lat_p999'))} / {fmt(r.get('lat_max'))} "
      f"| {fmt(r.get('cpu_others'), 1)} % | {fmt(r.get('busy'), 1)} % |")
fails = [r for r in runs if r.get("verdict") == "FAIL"]
if fails:
    w("")
    w("Why runs failed (the first error sipp logged, if any): " + "; ".join(
        f"{r['dir']}: " + " — ".join(x.replace("_", " ") for x in (r.get("reason", "-"), r.get("first_error", ""))
                                     if x and x != "-") for r in fails) + ".")
busy_ports = [r["dir"] for r in runs if (num(r.get("ports_busy")) or 0) > 0]
if busy_ports:
    w("")
    w("Runs that started while another process held one of the benchmark's UDP ports (see ports-before.txt): "
      + ", ".join(busy_ports) + ".")
threads = [(r["dir"], r["top_threads"]) for r in runs if r.get("sut") == "earshot" and r.get("top_threads")]
if threads:
    w("")
    w("Busiest threads of the processes under test (pidstat -t, % of one core), per Earshot run: "
      + "; ".join(f"{d}: {t.replace(';', ', ').replace(':', ' ')}" for d, t in threads) + ".")

profiles = sorted(set(glob.glob(f"{series}/sig-*-jfr/profile.txt") + glob.glob(f"{series}/med-*-jfr/profile.txt")
                      + glob.glob(f"{mix_series}/mix-*-jfr/profile.txt")))
if profiles:
    w("")
    w("### JFR profiles of Earshot")
    for p in profiles:
        w("")
        w(f"`{os.path.basename(os.path.dirname(p))}` (summary: {open(os.path.join(os.path.dirname(p), 'summary.txt')).readline().strip('= ').strip()}):")
        w("")
        w("```")
        w(open(p).read().rstrip())
        w("```")
for name in ("machine-before.txt", "machine-after.txt"):
    p = f"{series}/{name}"
    if os.path.exists(p):
        w("")
        w(f"Machine {name.split('-')[1][:-4]} the series:")
        w("")
        w("```")
        w(open(p).read().rstrip())
        w("```")


def monitoring():
    """The monitoring section: Earshot mixing every call for one listening supervisor."""
    mix_runs = [r for r in runs if r["kind"] == "mix"]
    if not mix_runs:
        return ("Not measured in this series (`bench/run-all.sh --only mix` measures it in a series of its own; "
                "`--only mix --smoke` proves the harness).")
    lines = []
    w = lines.append
    if mix_series.endswith("-smoke") and (mix_series != series or monitoring_only):
        w("> **SMOKE RUNS — NOT FIGURES.** This section was written by `bench/run-all.sh --only mix --smoke`: "
          "a few short runs of at most tens of calls that prove the mixed-media harness end to end (Earshot "
          "mixing every call, the supervisors' sipp, nftables counting, the monitor probe, CPU recording, this "
          "report), on a machine that other engineers' builds and servers were loading. None of its numbers says "
          "anything about capacity; the figures come from `bench/run-all.sh --only mix` on a quiet machine.")
        w("")
    w(f"Series `{os.path.basename(mix_series)}`, "
      f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(os.path.getmtime(mix_series)))}.")
    w("")
    mb, mbe = best_value("mix", "earshot")
    r = run_at("mix", "earshot", mb)
    met = lambda ok: "yes" if ok else "**no**"
    frames = lambda prefix, way: r.get(f"{prefix}_{way}_frames_max", "–")
    switch_ok = all((num(frames(p, way)) or 99) <= 1 for p in ("idle", "load") for way in ("listen_to_barge", "barge_to_listen"))
    w("| measure | Earshot | target | met |")
    w("| --- | --- | --- | --- |")
    w(f"| most concurrent monitored (mixed) calls at zero packet loss, one listening supervisor each | **{mb}** "
      f"({mbe.get('passes', 0)} of {mbe.get('tries', 0)} runs; first failing {mbe.get('first_fail', '–')}) | ≥ 500 "
      f"| {met((num(mb) or 0) >= 500)} |")
    w(f"| CPU per mixed call at that load | {fmt(r.get('cpu_per_call_pct'), 3)} % of a core ({fmt(r.get('relay_cpu'), 1)} % "
      f"for {mb} calls; {fmt(r.get('us_per_mixed_frame'), 2)} µs per mixed frame sent, {fmt(r.get('out_pps'))} frames/s) | – | – |")
    w(f"| mode switch, listen → barge: frames until the caller hears the supervisor, most over the probe's switches, "
      f"idle / at that load | {frames('idle', 'listen_to_barge')} / {frames('load', 'listen_to_barge')} "
      f"({r.get('idle_listen_to_barge_switches', '–')} / {r.get('load_listen_to_barge_switches', '–')} switches; "
      f"{r.get('idle_listen_to_barge_ms_max', '–')} / {r.get('load_listen_to_barge_ms_max', '–')} ms at most) | ≤ 1 "
      f"| {met(switch_ok)} |")
    w(f"| mode switch, barge → listen: frames until the caller no longer hears the supervisor, idle / at that load "
      f"| {frames('idle', 'barge_to_listen')} / {frames('load', 'barge_to_listen')} | ≤ 1 | (with the row above) |")
    w(f"| mixed path caller → supervisor (probe): frames the mixer let go, of those sent; delay p50 / p99, idle / at that load "
      f"| {r.get('idle_mix_lost', '–')} of {r.get('idle_mix_frames_sent', '–')}, {r.get('idle_mix_delay_p50_ms', '–')} / "
      f"{r.get('idle_mix_delay_p99_ms', '–')} ms / {r.get('load_mix_lost', '–')} of {r.get('load_mix_frames_sent', '–')}, "
      f"{r.get('load_mix_delay_p50_ms', '–')} / {r.get('load_mix_delay_p99_ms', '–')} ms | – | – |")
    w("| the same load through a peer (Asterisk ChanSpy, FreeSWITCH eavesdrop, rtpengine) | none can run here: see "
      "*Monitoring peers* below | – | – |")
    w("")
    w("| run | length | calls | result | into Earshot pps (offered) | mixed frames out pps (of those due) | socket drops "
      "| received − sent in / seq. gaps | sessions started / refused | Earshot CPU | % core per call | µs per frame "
      "| sipp UAC / UAS / supervisors CPU | switch frames L→B / B→L, idle | at load | probe frames let go, idle / load "
      "| mixed delay p50 / p99 ms, at load | others CPU | machine busy |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for m in mix_runs:
        w(f"| {m['dir']} | {m['length'].lower()} (window {m.get('window')} s) | {m['calls']} | {m.get('verdict')} "
          f"| {fmt(m.get('in_pps'))} ({m.get('offered_pct')} %) | {fmt(m.get('out_pps'))} ({m.get('mix_pct')} %) "
          f"| {m.get('relay_drops')} | {m.get('own_vs_kernel_in')} / {m.get('own_seq_gaps')} "
          f"| {m.get('monitors_started')} / {m.get('monitors_refused')} | {fmt(m.get('relay_cpu'), 1)} % "
          f"| {fmt(m.get('cpu_per_call_pct'), 3)} | {fmt(m.get('us_per_mixed_frame'), 2)} "
          f"| {fmt(m.get('cpu_sipp-uac'), 1)} / {fmt(m.get('cpu_sipp-uas'), 1)} / {fmt(m.get('cpu_sipp-sup'), 1)} % "
          f"| {m.get('idle_listen_to_barge_frames_max', '–')} / {m.get('idle_barge_to_listen_frames_max', '–')} "
          f"| {m.get('load_listen_to_barge_frames_max', '–')} / {m.get('load_barge_to_listen_frames_max', '–')} "
          f"| {m.get('idle_mix_lost', '–')} / {m.get('load_mix_lost', '–')} "
          f"| {m.get('load_mix_delay_p50_ms', '–')} / {m.get('load_mix_delay_p99_ms', '–')} "
          f"| {fmt(m.get('cpu_others'), 1)} % | {fmt(m.get('busy'), 1)} % |")
    return "\n".join(lines)


def json_file(path):
    try:
        import json
        return json.load(open(path))
    except (OSError, ValueError):
        return {}


def rec_table(w, rec_runs):
    """The per-run table of recording runs."""
    w("| run | length | SUT | calls | result | strict | into relay pps (offered) | lost → / ← | socket drops "
      "| recordings (read back) | frames sent / in the recordings read back / missing (at a stream's start) | silent gaps "
      "| packets left out, the recorder's own count (recordings) | incomplete "
      "| length − call ms (min / max) | pcap arrivals: streams' worst lateness p50 / max ms; Earshot's recorder replayed on them, drops (200 / 400 ms allowance) | SUT CPU | % core per call | sink µs per recorded s | sipp UAC / UAS CPU "
      "| others CPU | machine busy |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for m in rec_runs:
        sent = (num(m.get("fw_in")) or 0) + (num(m.get("bw_in")) or 0)
        inrec = (num(m.get("rec_frames_caller")) or 0) + (num(m.get("rec_frames_agent")) or 0)
        lens = f"{m.get('rec_len_diff_min_ms', '–')} / {m.get('rec_len_diff_max_ms', '–')}" if m["sut"] != "rtpengine" else "–"
        w(f"| {m['dir']} | {m['length'].lower()} (window {m.get('window')} s) | {m['sut']} | {m['calls']} | {m.get('verdict')} "
          f"| {m.get('strict', '–')} | {fmt(m.get('in_pps'))} ({m.get('offered_pct')} %) | {m.get('lost_fw')} / {m.get('lost_bw')} "
          f"| {m.get('relay_drops')} | {m.get('recordings')} ({m.get('rec_read', m.get('recordings'))}) "
          f"| {fmt(sent)} / {fmt(inrec)} / {m.get('rec_frames_missing')} ({m.get('rec_edge_frames', 0)}) "
          f"| {m.get('rec_gap_frames')} "
          f"| {(m.get('own_rec_recorder_dropped') + ' (' + m.get('own_rec_recordings_with_drops', '–') + ')') if m.get('own_rec_recorder_dropped') else '–'} "
          f"| {m.get('rec_incomplete')} | {lens} "
          f"| {(str(m.get('late_p50_ms', '–')) + ' / ' + str(m.get('late_max_ms')) + '; ' + str(m.get('model_drops_200', '–')) + ' / ' + str(m.get('model_drops_400', '–'))) if m.get('late_max_ms') else '–'} "
          f"| {fmt(m.get('sut_cpu_total'), 1)} % "
          f"| {fmt(m.get('cpu_per_call_pct'), 3)} | {fmt(m.get('sink_us_per_rec_s'), 0)} "
          f"| {fmt(m.get('cpu_sipp-uac'), 1)} / {fmt(m.get('cpu_sipp-uas'), 1)} % | {fmt(m.get('cpu_others'), 1)} % "
          f"| {fmt(m.get('busy'), 1)} % |")


def recording():
    """The recording section: Earshot (encrypted, and plain at the same load) against rtpengine recording the same load."""
    rec_runs = [r for r in runs if r["kind"] == "rec"]
    if not rec_runs:
        return ("Not measured in this series (`bench/run-all.sh --only rec` measures it in a series of its own; "
                "`--only rec --smoke` proves the harness).")
    lines = []
    w = lines.append
    quiet_bad = [r["dir"] for r in rec_runs if r.get("quiet_ok") != "1" or (num(r.get("cpu_others")) or 0) > 10
                 or (num(r.get("ports_busy")) or 0) > 0]
    if rec_series.endswith("-smoke"):
        w("> **SMOKE RUNS — NOT FIGURES.** This section was written by `bench/run-all.sh --only rec --smoke`: short runs "
          "of tens of calls that prove the recording harness end to end, on a machine other engineers were loading. "
          "None of its numbers says anything about capacity.")
        w("")
    elif quiet_bad:
        w("> **Measured on a loaded machine — not clean figures.** Other engineers' builds and servers were running during "
          f"these runs (the machine was not quiet before {len([r for r in rec_runs if r.get('quiet_ok') != '1'])} of "
          f"{len(rec_runs)} runs, other processes used more than 10 % of a core during "
          f"{len([r for r in rec_runs if (num(r.get('cpu_others')) or 0) > 10])}; see *others CPU* per run). The SUT was "
          "pinned to CPU 1 and the load generators to CPU 0, but other processes were not kept off either CPU, so "
          "both systems' limits are lower and noisier than on a quiet machine; both systems met the same conditions, "
          "one after the other.")
        w("")
    w(f"Series `{os.path.basename(rec_series)}`, "
      f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(os.path.getmtime(rec_series)))}; "
      f"command: `{rec_command or command}`.")
    w("")
    eb, ebe = best_value("rec", "earshot")
    rb, rbe = best_value("rec", "rtpengine")
    er, rr = run_at("rec", "earshot", eb), run_at("rec", "rtpengine", rb)
    # encryption's cost: the plain run at Earshot's highest passing level, or else at any level where
    # both ran at the same length (the CPU comparison needs the same load, not a pass)
    pairs = [(p, e) for p in rec_runs if p["sut"] == "earshot-plain"
             for e in rec_runs if e["sut"] == "earshot" and e["calls"] == p["calls"] and e["length"] == p["length"]]
    pairs.sort(key=lambda pe: (pe[0]["calls"] != eb, -int(pe[0]["calls"])))
    pr, enc = pairs[0] if pairs else ({}, {})
    met = lambda ok: "yes" if ok else "**no**"
    ratio_ok = num(eb) is not None and num(rb) and num(eb) / num(rb) >= 1.0
    w("| measure | Earshot (encrypted) | rtpengine (pcap) + Kamailio | Earshot / rtpengine | target | met |")
    w("| --- | --- | --- | --- | --- | --- |")
    w(f"| most concurrent recorded calls, zero packet loss in the relay and no frame lost inside any recording "
      f"| **{eb}** ({ebe.get('passes', 0)} of {ebe.get('tries', 0)} runs; first failing {ebe.get('first_fail', '–')}) "
      f"| **{rb}** ({rbe.get('passes', 0)} of {rbe.get('tries', 0)}; first failing {rbe.get('first_fail', '–')}) "
      f"| {ratio(eb, rb)} | ≥ 500 and ≥ 1.0× | {met((num(eb) or 0) >= 500 and ratio_ok)} |")
    w(f"| the issue's strict criterion at that load: every frame sent in a recording (Earshot: and every "
      f"recording's length within one frame of its call) | {er.get('strict', '–')}"
      f"{'' if er.get('strict_reason', '-') == '-' else ': ' + er.get('strict_reason', '').replace('_', ' ')} "
      f"| {rr.get('strict', '–')}{'' if rr.get('strict_reason', '-') == '-' else ': ' + rr.get('strict_reason', '').replace('_', ' ')} "
      f"| – | every frame | {met(er.get('strict') == 'PASS')} / {met(rr.get('strict') == 'PASS')} |")
    w(f"| CPU per recorded call at that load (% of the SUT's core) | {fmt(er.get('cpu_per_call_pct'), 3)} "
      f"({fmt(er.get('sut_cpu_total'), 1)} % for {eb} calls) | {fmt(rr.get('cpu_per_call_pct'), 3)} "
      f"({fmt(rr.get('sut_cpu_total'), 1)} % for {rb} calls; rtpengine alone {fmt(rr.get('cpu_rtpengine_alone'), 1)} %) "
      f"| {ratio(er.get('cpu_per_call_pct'), rr.get('cpu_per_call_pct'))} | – | – |")
    # the same load for both: the highest level both ran at the same length (a full-length run before a probe)
    same = [(e, r) for e in rec_runs if e["sut"] == "earshot" for r in rec_runs
            if r["sut"] == "rtpengine" and r["calls"] == e["calls"] and r["length"] == e["length"]]
    same.sort(key=lambda er_: (er_[0]["length"] == "FULL", int(er_[0]["calls"])))
    if same:
        ea, ra = same[-1]
        w(f"| CPU per recorded call at the same load: {ea['calls']} calls ({ea['dir']}, {ea.get('verdict')}; "
          f"{ra['dir']}, {ra.get('verdict')}) | {fmt(ea.get('cpu_per_call_pct'), 3)} ({fmt(ea.get('sut_cpu_total'), 1)} %) "
          f"| {fmt(ra.get('cpu_per_call_pct'), 3)} ({fmt(ra.get('sut_cpu_total'), 1)} %) "
          f"| {ratio(ea.get('cpu_per_call_pct'), ra.get('cpu_per_call_pct'))} | – | – |")
    if pr:
        n_pr = num(pr["calls"]) or 1
        d_cpu = (num(enc.get('sut_cpu_total')) or 0) - (num(pr.get('sut_cpu_total')) or 0)
        w(f"| encryption's cost at {pr['calls']} calls ({enc['dir']} against {pr['dir']}): Earshot encrypted − Earshot "
          f"writing the same PCM to plain files (CPU of the SUT's core; the recording thread's time in the sink per "
          f"recorded second, wall clock) | {fmt(enc.get('sut_cpu_total'), 1)} % − {fmt(pr.get('sut_cpu_total'), 1)} % = "
          f"{fmt(d_cpu, 1)} % of a core ({fmt(d_cpu / n_pr, 4)} % per call); sink {fmt(enc.get('sink_us_per_rec_s'), 0)} "
          f"vs {fmt(pr.get('sink_us_per_rec_s'), 0)} µs per recorded second (runs: {enc.get('verdict')} / {pr.get('verdict')}) "
          f"| – | – | – | – |")
    sc = json_file(f"{rec_series}/sink-cost.json")
    if sc:
        w(f"| encryption alone, no calls (`SinkCost`: {sc['recordings']} recordings × {sc['seconds']} s written in 200 ms "
          f"blocks, {sc['rounds_counted']} rounds, on CPU 1): CPU per second of audio recorded, encrypted / plain "
          f"| {fmt(sc['encrypted_cpu_us_per_s'], 0)} / {fmt(sc['plain_cpu_us_per_s'], 0)} µs: encryption adds "
          f"{fmt(sc['encrypted_cpu_us_per_s'] - sc['plain_cpu_us_per_s'], 0)} µs per recorded second = "
          f"{fmt((sc['encrypted_cpu_us_per_s'] - sc['plain_cpu_us_per_s']) / 1e4, 3)} % of a core per recorded call "
          f"| – | – | – | – |")
    w("")
    rec_table(w, rec_runs)
    fails = [r for r in rec_runs if r.get("verdict") != "PASS"]
    if fails:
        w("")
        w("Why runs failed: " + "; ".join(f"{r['dir']}: {r.get('reason', '-').replace('_', ' ')}"
                                         + (f" — {r.get('first_error').replace('_', ' ')}" if r.get('first_error') else "")
                                         for r in fails) + ".")
    threads = [(r["dir"], r["top_threads"]) for r in rec_runs if r.get("top_threads")]
    if threads:
        w("")
        w("Busiest threads of the SUT (pidstat -t, % of one core): "
          + "; ".join(f"{d}: {t.replace(';', ', ').replace(':', ' ')}" for d, t in threads) + ".")
    paired = runs_of(paired_dir, ("rec",)) if paired_dir else []
    if paired:
        w("")
        w(f"**Paired single runs** after the series (`{os.path.basename(paired_dir)}`; the other processes' load "
          "varied from run to run, see *others CPU*): one Earshot run at 100 calls, then at each higher level Earshot and then rtpengine, one run each "
          "(`bench/rec-run.sh SUT CALLS 46 10`), the same criteria; not a search, no repeat. These Earshot runs have the "
          "recorder's own count of the packets it left out (logged by the recorder since a change merged after the series).")
        w("")
        rec_table(w, paired)
        pf = [r for r in paired if r.get("verdict") != "PASS"]
        if pf:
            w("")
            w("Why they failed: " + "; ".join(f"{r['dir']}: {r.get('reason', '-').replace('_', ' ')}" for r in pf) + ".")
    return "\n".join(lines)


def version(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except (IndexError, OSError):
        return "?"


cpu_model = version("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem_gib = version("free -g | awk '/Mem:/ {print $2}'")
pkgs = ", ".join(version(f"dpkg-query -W -f '{p} ${{Version}}' {p}")
                 for p in ("kamailio", "rtpengine-daemon", "sip-tester", "sysstat", "nftables"))
jvm_flags = os.environ.get("JVM_FLAGS") or "-Xms1g -Xmx1g -XX:+UseParallelGC -XX:+AlwaysPreTouch"
envtxt = "\n".join([
    f"- {os.cpu_count()} CPUs ({cpu_model}), {mem_gib} GiB, Linux {platform.release()}, Debian {version('cat /etc/debian_version')}",
    f"- {version('java -version 2>&1')}; Earshot JVM flags `{jvm_flags}`",
    f"- Debian packages: {pkgs}",
    f"- net.core.rmem_max = {version('cat /proc/sys/net/core/rmem_max')}, rmem_default = "
    f"{version('cat /proc/sys/net/core/rmem_default')}; the harness changes no sysctl",
])

MARKED = re.compile(r"(<!-- monitoring results: .*?-->\n).*?(\n<!-- \.\.\. to here .*?-->)", re.S)
REC_MARKED = re.compile(r"(<!-- recording results: .*?-->\n).*?(\n<!-- \.\.\. recording results to here .*?-->)", re.S)
if recording_only:
    # the section's text comes from the template (replacing the file's, or going in before "## Method"
    # in a file written before the template had it), its results from the series
    text = open(out_path).read()
    template = open(os.path.join(here, "benchmarks.md.in")).read()
    section = re.search(r"^## Recording\n.*?(?=^## )", template, re.S | re.M)
    if not section:
        sys.exit("bench/benchmarks.md.in has no Recording section")
    fresh = section.group(0).replace("@@RECORDING@@", "")
    current = re.search(r"^## Recording\n.*?(?=^## )", text, re.S | re.M)
    if current:
        text = text[:current.start()] + fresh + text[current.end():]
    elif "\n## Method\n" in text:
        text = text.replace("\n## Method\n", "\n" + fresh + "## Method\n", 1)
    else:
        sys.exit(f"{out_path} has no Recording section and no place for the template's")
    open(out_path, "w").write(REC_MARKED.sub(lambda m: m.group(1) + recording() + m.group(2), text))
    print(f"rewrote the recording results in {out_path}")
    sys.exit(0)
if monitoring_only:
    text = open(out_path).read()
    if not MARKED.search(text):
        sys.exit(f"{out_path} has no monitoring results markers: regenerate it from a full series first")
    open(out_path, "w").write(MARKED.sub(lambda m: m.group(1) + monitoring() + m.group(2), text))
    print(f"rewrote the monitoring results in {out_path}")
    sys.exit(0)
text = open(os.path.join(here, "benchmarks.md.in")).read()
text = (text.replace("@@STATUS@@", status).replace("@@COMMAND@@", command)
        .replace("@@RESULTS@@", "\n".join(lines)).replace("@@MONITORING@@", monitoring())
        .replace("@@RECORDING@@", recording()).replace("@@ENV@@", envtxt))
open(out_path, "w").write(text)
print(f"wrote {out_path}")
