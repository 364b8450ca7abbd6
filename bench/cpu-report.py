#!/usr/bin/env python3
"""Usage: cpu-report.py RUNDIR
CPU of one run from the files cpu_start (lib.sh) left in RUNDIR:
  roles.txt    "role pid [child pids...]" per process of the run
  pidstat.txt  pidstat -u over every process of the machine (% of one core, scheduler-exact)
  threads.txt  pidstat -t over the processes under test
  cpubusy.txt  whole-machine busy % (cpu-busy.py)
Prints the CPU per role, every other process of the machine above 0.5 % (other users' jobs:
they make a run invalid if large), the busiest threads of the processes under test, and appends
cpu_<role>=PCT, cpu_others=PCT, busy=PCT to RUNDIR/result.env."""
import re, sys
from collections import defaultdict

d = sys.argv[1]
role_of = {}
for line in open(f"{d}/roles.txt"):
    f = line.split()
    if f:
        for pid in f[1:]:
            role_of[pid] = f[0]

def rows(path, tid=False):
    for line in open(path, errors="replace"):
        f = line.split()
        if not f or f[0].startswith("#") or len(f) < (10 if tid else 9) or not (f[2].isdigit() or (tid and f[3].isdigit())):
            continue
        yield f

per_role = defaultdict(float)
others = []
for f in rows(f"{d}/pidstat.txt"):
    pid, cpu, cmd = f[2], float(f[7]), " ".join(f[9:])
    if pid in role_of:
        per_role[role_of[pid]] += cpu
    elif cpu >= 0.5:
        others.append((cpu, pid, cmd))
print("CPU over the measuring window (pidstat, % of one core):")
print("  " + "  ".join(f"{r}={c:.1f}" for r, c in sorted(per_role.items())))
cpu_others = sum(c for c, _, _ in others)
print(f"  other processes of the machine (not part of this run): {cpu_others:.1f} total"
      + "".join(f"\n    pid={p} cpu={c:.1f} {cmd}" for c, p, cmd in sorted(others, reverse=True)[:8]))

threads = []          # threads of the systems under test only (not of sipp or the probe)
tgid = None
for f in rows(f"{d}/threads.txt", tid=True):
    if f[3] == "-":
        tgid = f[2]
    elif not role_of.get(tgid, "").startswith(("sipp", "probe")):
        threads.append((float(f[8]), f[3], " ".join(f[10:]).lstrip("|_")))
threads.sort(reverse=True)
if threads:
    print("  busiest threads of the processes under test: "
          + ", ".join(f"{n}({t})={c:.1f}" for c, t, n in threads[:6]))
busy = "?"
try:
    txt = open(f"{d}/cpubusy.txt").read()
    busy = re.search(r"busy=([\d.]+)%", txt).group(1)
    print("  " + txt.strip())
except (OSError, AttributeError):
    pass
with open(f"{d}/result.env", "a") as out:
    for r, c in per_role.items():
        out.write(f"cpu_{r}={c:.1f}\n")
    out.write(f"cpu_others={cpu_others:.1f}\nbusy={busy}\n")
    if threads:
        out.write("top_threads=" + ";".join(f"{n}:{c:.1f}" for c, t, n in threads[:4]).replace(" ", "_") + "\n")
