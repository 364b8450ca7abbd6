#!/usr/bin/env python3
"""Usage: rtp-probe.py SECONDS [--server 127.0.0.1:15060] [--uas-port 15090] [--out probe.json]

Added relay latency, measured on one extra anchored call while the benchmark load runs.

The probe is both ends of one call through the system under test (Earshot's B2BUA, or Kamailio
with rtpengine): its UAC (127.0.0.1:15092) dials sip:probe@SERVER, the server (B2BUA or proxy)
calls its UAS (127.0.0.1:15090), which answers. The media of that call is anchored on the relay
like every other call: caller RTP socket 6300 <-> relay <-> agent RTP socket 6304.

Then, every 10-30 ms (uniformly random, so that the samples fall at random phases of sipp's
20 ms packet bursts), it sends one 172-byte G.711-sized RTP packet each way through the relay,
and one each way directly between two other sockets of its own (6310 <-> 6312, no relay).
Every packet carries its send time (CLOCK_REALTIME, taken just before sendto). The receive time
is the kernel's timestamp of the packet (SO_TIMESTAMPNS), so the probe's own scheduling delay
after arrival is not counted. All clocks are the same machine's, so one-way delays are exact:
  relay path  = probe send -> relay socket queue -> relay reads, sends on -> kernel at the probe
  direct path = probe send -> kernel at the probe (the loopback cost the relay path also pays)
added latency of a relayed packet = its one-way delay - the median direct delay.
The first second is not counted (the relay learns the addresses). Prints and writes JSON:
p50/p90/p99/p99.9/max of the added latency (both directions pooled, and each direction), the
direct path's distribution, and probe packets sent/received per path (probe-seen loss).
Bounded: SIP steps time out after 5 s, the media phase lasts SECONDS, then BYE."""
import argparse, json, os, random, select, struct, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probe_sip import LOCAL, Caller, answer, dist, kernel_ns, media_of, pct, udp  # noqa: E402

UAC_SIP, A_RTP, B_RTP, D1_RTP, D2_RTP = 15092, 6300, 6304, 6310, 6312
PAYLOAD = 160

ap = argparse.ArgumentParser()
ap.add_argument("seconds", type=float)
ap.add_argument("--server", default="127.0.0.1:15060")
ap.add_argument("--uas-port", type=int, default=15090)
ap.add_argument("--out")
args = ap.parse_args()
server = (args.server.split(":")[0], int(args.server.split(":")[1]))

uac, uas = udp(UAC_SIP), udp(args.uas_port)
rtp = {name: udp(port, True) for name, port in (("a", A_RTP), ("b", B_RTP), ("d1", D1_RTP), ("d2", D2_RTP))}

# ---- call setup: INVITE from our UAC, through the server, to our UAS -----------------------
call = Caller(uac, server, "probe", "latency-probe", A_RTP)
call.invite()
deadline = time.monotonic() + 5
_, offer = answer(uas, deadline, "INVITE", "probe", B_RTP)
relay_b = media_of(offer)                    # where our agent side sends (the relay's B side)
relay_a = call.established(deadline)         # where our caller side sends (the relay's A side)

# ---- media: timestamped packets through the relay and directly ------------------------------
paths = {  # name: (sending socket, destination, receiving socket)
    "a_to_b": (rtp["a"], relay_a, rtp["b"]), "b_to_a": (rtp["b"], relay_b, rtp["a"]),
    "direct": (rtp["d1"], (LOCAL, D2_RTP), rtp["d2"]), "direct_back": (rtp["d2"], (LOCAL, D1_RTP), rtp["d1"]),
}
ids = {name: i for i, name in enumerate(paths)}
names = {i: name for name, i in ids.items()}
sent = {n: 0 for n in paths}
sent_all = {n: 0 for n in paths}             # also the first second: what the relay's counters saw
received_all = {n: 0 for n in paths}
received = {n: 0 for n in paths}
delays = {n: [] for n in paths}
seq = 0
pad = bytes(PAYLOAD - 9)
start = time.monotonic()
count_from = start + 1.0
end = start + args.seconds
next_send = start
socks = [rtp[k] for k in rtp]
while True:
    t = time.monotonic()
    if t >= end + 0.2:
        break
    if t >= next_send and t < end:
        seq = (seq + 1) & 0xFFFF
        counting = t >= count_from
        for name, (sock, dest, _) in paths.items():
            header = struct.pack("!BBHII", 0x80, 0, seq, seq * 160, 0x50B0 + ids[name])
            sock.sendto(header + struct.pack("!BQ", ids[name] | (0x80 if counting else 0), time.time_ns()) + pad, dest)
            sent_all[name] += 1
            if counting:
                sent[name] += 1
        next_send = t + random.uniform(0.010, 0.030)
    ready, _, _ = select.select(socks, [], [], max(0.0, min(next_send, end + 0.2) - time.monotonic()))
    for sock in ready:
        data, anc, _, _ = sock.recvmsg(2048, 64)
        user_ns = time.time_ns()
        if len(data) < 21:
            continue
        flag_id, sent_ns = struct.unpack("!BQ", data[12:21])
        if (flag_id & 0x7F) in names:
            received_all[names[flag_id & 0x7F]] += 1
        if not flag_id & 0x80:
            continue
        name = names.get(flag_id & 0x7F)
        if name is None:
            continue
        received[name] += 1
        delays[name].append(((kernel_ns(anc) or user_ns) - sent_ns) / 1000.0)

# ---- hang up ----------------------------------------------------------------------------
call.hang_up()
try:
    answer(uas, time.monotonic() + 5, "BYE", "probe", B_RTP)
except SystemExit as e:
    print(e, file=sys.stderr)


direct = delays["direct"] + delays["direct_back"]
base_us = pct(direct, 50) or 0.0
added = {n: [d - base_us for d in delays[n]] for n in ("a_to_b", "b_to_a")}
result = {
    "seconds": args.seconds, "server": args.server, "direct_median_us": round(base_us, 1),
    "added": dist(added["a_to_b"] + added["b_to_a"]),
    "added_a_to_b": dist(added["a_to_b"]), "added_b_to_a": dist(added["b_to_a"]),
    "direct": dist(direct),
    "sent": sent, "received": received, "sent_all": sent_all, "received_all": received_all,
    "probe_lost": {n: sent[n] - received[n] for n in paths},
}
text = json.dumps(result)
print(text)
if args.out:
    open(args.out, "w").write(text + "\n")
