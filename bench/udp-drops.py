#!/usr/bin/env python3
"""Usage: udp-drops.py PID [PORT_MIN PORT_MAX]
Adapted from the project's kbench reference (shared/peers/kbench): sums the per-socket kernel
'drops' column of /proc/net/udp over the UDP sockets of one process (the relay: the Earshot JVM or
rtpengine), found by the socket inodes of its PID, optionally only those bound to a port range
(the media ports), in /proc/net/udp and udp6, and shows the sipp media sockets (6100 UAC, 6200 UAS) for information.
Prints: relay_sockets=N relay_drops=N"""
import os, sys
pid = sys.argv[1]
lo, hi = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 65535)
inodes = set()
for fd in os.listdir(f'/proc/{pid}/fd'):
    try:
        l = os.readlink(f'/proc/{pid}/fd/{fd}')
    except OSError:
        continue
    if l.startswith('socket:['):
        inodes.add(l[8:-1])
rs = rd = 0
out = []
lines = []
for table in ('/proc/net/udp', '/proc/net/udp6'):   # a JVM's sockets are IPv6 (dual-stack) ones
    lines += open(table).read().splitlines()[1:]
for line in lines:
    f = line.split()
    port = int(f[1].split(':')[1], 16)
    if f[9] in inodes and lo <= port <= hi:
        rs += 1; rd += int(f[-1])
    elif port in (6100, 6200):
        rxq = int(f[4].split(':')[1], 16)
        out.append(f"sipp{port}_drops={f[-1]} sipp{port}_rxq={rxq}")
print(f"relay_sockets={rs} relay_drops={rd} " + " ".join(out))
