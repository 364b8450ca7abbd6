#!/usr/bin/env python3
"""Usage: report.py SERIES_DIR OUT.md COMMAND
Writes docs/benchmarks.md from one series of bench/run-all.sh: the summary (Earshot against the
peers, ratios, targets), every run, the JFR profiles, the machine's state, and the method text of
bench/benchmarks.md.in (the template, with @@STATUS@@ @@COMMAND@@ @@RESULTS@@ @@ENV@@ filled in).
A series whose runs did not all start on a quiet machine, or that was a --smoke series, is
labelled so at the top: its numbers are then not figures."""
import glob, os, platform, re, subprocess, sys, time

series, out_path, command = sys.argv[1], sys.argv[2], sys.argv[3]
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


runs = []
def started(d):
    return os.path.getmtime(f"{d}/quiet.txt") if os.path.exists(f"{d}/quiet.txt") else 0


for d in sorted(glob.glob(f"{series}/*-*-*"), key=started):
    if not os.path.isdir(d):
        continue
    r = env(f"{d}/result.env")
    if not r.get("kind"):
        continue
    r["dir"] = os.path.basename(d)
    r["length"] = open(f"{d}/length.txt").read().strip() if os.path.exists(f"{d}/length.txt") else (
        "PROFILE" if r.get("tag") == "jfr" else "?")
    runs.append(r)
best = {(b["kind"], b["sut"]): b for b in (env(p) for p in glob.glob(f"{series}/best-*.env"))}


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
    key = "rate" if kind == "sig" else "calls"
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

profiles = sorted(glob.glob(f"{series}/*-jfr/profile.txt"))
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

text = open(os.path.join(here, "benchmarks.md.in")).read()
text = (text.replace("@@STATUS@@", status).replace("@@COMMAND@@", command)
        .replace("@@RESULTS@@", "\n".join(lines)).replace("@@ENV@@", envtxt))
open(out_path, "w").write(text)
print(f"wrote {out_path}")
