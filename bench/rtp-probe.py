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
import argparse, json, random, re, select, socket, struct, sys, time, uuid

SO_TIMESTAMPNS = 35          # Linux (asm-generic); SCM_TIMESTAMPNS has the same value
LOCAL = "127.0.0.1"
UAC_SIP, A_RTP, B_RTP, D1_RTP, D2_RTP = 15092, 6300, 6304, 6310, 6312
PAYLOAD = 160

ap = argparse.ArgumentParser()
ap.add_argument("seconds", type=float)
ap.add_argument("--server", default="127.0.0.1:15060")
ap.add_argument("--uas-port", type=int, default=15090)
ap.add_argument("--out")
args = ap.parse_args()
server = (args.server.split(":")[0], int(args.server.split(":")[1]))


def udp(port, stamps=False):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    s.bind((LOCAL, port))
    if stamps:
        s.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    return s


uac, uas = udp(UAC_SIP), udp(args.uas_port)
rtp = {name: udp(port, True) for name, port in (("a", A_RTP), ("b", B_RTP), ("d1", D1_RTP), ("d2", D2_RTP))}


def sdp(port):
    return (f"v=0\r\no=probe 1 1 IN IP4 {LOCAL}\r\ns=-\r\nc=IN IP4 {LOCAL}\r\nt=0 0\r\n"
            f"m=audio {port} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n")


def media_of(body):
    c = re.search(r"^c=IN IP4 (\S+)", body, re.M).group(1)
    m = int(re.search(r"^m=audio (\d+)", body, re.M).group(1))
    return (c, m)


def parse(data):
    head, _, body = data.decode("latin-1").partition("\r\n\r\n")
    lines = head.split("\r\n")
    hdrs = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        hdrs.append((name.strip().lower(), value.strip()))
    return lines[0], hdrs, body


def hdr(hdrs, name, short=None):
    return [v for n, v in hdrs if n == name or (short and n == short)]


def message(first, headers, body=""):
    extra = "Content-Type: application/sdp\r\n" if body else ""
    return (first + "\r\n" + "".join(f"{n}: {v}\r\n" for n, v in headers) + extra
            + f"Content-Length: {len(body)}\r\n\r\n" + body).encode("latin-1")


def hostport(uri):
    m = re.search(r"sip:(?:[^@;>]+@)?([^:;>]+)(?::(\d+))?", uri)
    return (m.group(1), int(m.group(2) or 5060))


def recv(sock, deadline):
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            sys.exit(f"probe: SIP timeout on port {sock.getsockname()[1]}")
        r, _, _ = select.select([sock], [], [], left)
        if r:
            data, src = sock.recvfrom(65535)
            return parse(data), src


def answer_uas(deadline, method):
    """Wait for METHOD on the UAS socket, answer 200 (with SDP for INVITE); returns (headers, body)."""
    while True:
        (first, hdrs, body), src = recv(uas, deadline)
        if not first.startswith(method + " "):
            continue             # e.g. the ACK of our 200
        reply = [("Via", v) for v in hdr(hdrs, "via", "v")] + [("Record-Route", v) for v in hdr(hdrs, "record-route")]
        to = hdr(hdrs, "to", "t")[0]
        if "tag=" not in to:
            to += ";tag=" + uuid.uuid4().hex[:8]
        reply += [("From", hdr(hdrs, "from", "f")[0]), ("To", to), ("Call-ID", hdr(hdrs, "call-id", "i")[0]),
                  ("CSeq", hdr(hdrs, "cseq")[0]), ("Contact", f"<sip:probe@{LOCAL}:{args.uas_port}>")]
        uas.sendto(message("SIP/2.0 200 OK", reply, sdp(B_RTP) if method == "INVITE" else ""), src)
        return hdrs, body


call_id, from_tag = uuid.uuid4().hex + "@probe", uuid.uuid4().hex[:8]
ruri = f"sip:probe@{server[0]}:{server[1]}"
base = [("Max-Forwards", "70"), ("From", f"<sip:latency-probe@{LOCAL}:{UAC_SIP}>;tag={from_tag}"),
        ("Call-ID", call_id)]


def via():
    return ("Via", f"SIP/2.0/UDP {LOCAL}:{UAC_SIP};branch=z9hG4bK{uuid.uuid4().hex[:16]};rport")


# ---- call setup: INVITE from our UAC, through the server, to our UAS -----------------------
invite = message(f"INVITE {ruri} SIP/2.0", [via()] + base + [("To", f"<{ruri}>"), ("CSeq", "1 INVITE"),
                 ("Contact", f"<sip:latency-probe@{LOCAL}:{UAC_SIP}>")], sdp(A_RTP))
uac.sendto(invite, server)
deadline = time.monotonic() + 5
_, offer = answer_uas(deadline, "INVITE")
relay_b = media_of(offer)                    # where our agent side sends (the relay's B side)
while True:
    (first, hdrs, body), _ = recv(uac, deadline)
    code = int(first.split()[1])
    if code >= 300:
        sys.exit(f"probe: call refused: {first}")
    if code >= 200:
        break
relay_a = media_of(body)                     # where our caller side sends (the relay's A side)
to = hdr(hdrs, "to", "t")[0]
contact = re.search(r"<([^>]+)>", hdr(hdrs, "contact", "m")[0]).group(1)
routes = [r for v in reversed(hdr(hdrs, "record-route")) for r in v.split(",")]
next_hop = hostport(routes[0]) if routes else hostport(contact)
in_dialog = [("Route", r.strip()) for r in routes] + base + [("To", to)]
uac.sendto(message(f"ACK {contact} SIP/2.0", [via()] + in_dialog + [("CSeq", "1 ACK")]), next_hop)

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
        kernel_ns = None
        for level, kind, value in anc:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(value) >= 16:
                s, ns = struct.unpack("qq", value[:16])
                kernel_ns = s * 1_000_000_000 + ns
        received[name] += 1
        delays[name].append(((kernel_ns or user_ns) - sent_ns) / 1000.0)

# ---- hang up ----------------------------------------------------------------------------
uac.sendto(message(f"BYE {contact} SIP/2.0", [via()] + in_dialog + [("CSeq", "2 BYE")]), next_hop)
try:
    answer_uas(time.monotonic() + 5, "BYE")
except SystemExit as e:
    print(e, file=sys.stderr)


def pct(values, p):
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100.0 * (len(v) - 1))))]


def dist(values):
    return {k: (round(pct(values, p), 1) if values else None)
            for k, p in (("p50_us", 50), ("p90_us", 90), ("p99_us", 99), ("p999_us", 99.9), ("max_us", 100))}


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
