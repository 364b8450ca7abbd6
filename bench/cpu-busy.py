#!/usr/bin/env python3
# Copied unchanged from the project's kbench reference (shared/peers/kbench).
"""Usage: cpu-busy.py SECONDS
Whole-machine CPU busy % over SECONDS, computed as 100 - idle, where idle is the
(nanosecond-accurate, NO_HZ) idle+iowait time from /proc/stat divided by wall time.
Tick-sampled usr/sys fields under-count bursty loads on this VM, so mpstat's
%idle is too high there; this figure is not affected."""
import os, sys, time
def idle():
    f = open('/proc/stat').readline().split()
    return int(f[4]) + int(f[5])
hz = os.sysconf('SC_CLK_TCK'); n = os.cpu_count()
t0, i0 = time.monotonic(), idle()
time.sleep(float(sys.argv[1]))
t1, i1 = time.monotonic(), idle()
idle_pct = 100.0 * (i1 - i0) / hz / ((t1 - t0) * n)
print(f"machine busy={100 - idle_pct:.1f}% of {n} CPUs (= {(100 - idle_pct) * n / 100:.2f} cores) over {t1 - t0:.1f}s")
