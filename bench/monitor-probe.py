#!/usr/bin/env python3
"""Usage: monitor-probe.py SECONDS --switch-log FILE [--server 127.0.0.1:15060] [--switch-every 1.0] [--out probe.json]

The mixed path and the mode-switch delay, measured on one extra monitored call through Earshot
while the benchmark load runs (or alone, at idle).

The probe is all three parties of one call: its caller (SIP 15093, RTP 6320) dials
sip:mprobe@SERVER; Earshot calls its agent (SIP 15094, RTP 6324), which answers; BenchmarkServer
(bench.monitor = ...,mprobe:mprobesup) then monitors the call in listen mode and rings its
supervisor (SIP 15095, RTP 6328), which answers. Every 20 ms (a steady clock, as a phone sends):
  - the caller sends a frame that carries its number (4 µ-law codes, the rest a constant level);
  - the agent sends silence;
  - the supervisor sends a 1 kHz tone.
So, by the table of who hears whom, the supervisor hears the caller's frames unchanged (the agent
adds zeros), and the caller hears silence while the supervisor listens and the tone once it barges.

From 2 s on, every SWITCH_EVERY seconds the supervisor presses 3 (barge) or 1 (listen) in turn
(RFC 4733); BenchmarkServer switches the session as the phones' keys do and appends the time it
made each switch to FILE (same machine, same clock). For each switch the probe counts the 20 ms
frames the caller received from the switch on up to and including the first that shows the new
mode (tone after a barge, silence after a listen): 1 = the next frame already did. It also gives
the time from the switch to that frame, and from the key to the switch.

The mixed path: the numbered frames the supervisor received (lost, duplicated, out of order)
and their one-way delay caller -> Earshot's mix -> supervisor (send time to kernel receive time).
The first second is not counted. Writes one JSON object (--out) and prints it. Bounded: SIP steps
time out after 5 s, the media phase lasts SECONDS, then BYE."""
import argparse, json, math, os, select, struct, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probe_sip import EVENT_PT, Caller, answer, dist, kernel_ns, media_of, pct, udp  # noqa: E402

CALLER_SIP, AGENT_SIP, SUPERVISOR_SIP = 15093, 15094, 15095
CALLER_RTP, AGENT_RTP, SUPERVISOR_RTP = 6320, 6324, 6328
FRAME_S, SAMPLES = 0.020, 160
DIGIT_CODES = [0x20 + 4 * n for n in range(16)]     # one µ-law code per hex digit of the frame's number
FILL = 0x30
TONE_RMS = 1000                                     # decoded level above which a frame carries the tone

ap = argparse.ArgumentParser()
ap.add_argument("seconds", type=float)
ap.add_argument("--server", default="127.0.0.1:15060")
ap.add_argument("--switch-log", required=True)
ap.add_argument("--switch-every", type=float, default=1.0)
ap.add_argument("--out")
args = ap.parse_args()
server = (args.server.split(":")[0], int(args.server.split(":")[1]))


def ulaw_decode(code):
    code = ~code & 0xFF
    magnitude = (((code & 0x0F) << 3) + 0x84) << ((code & 0x70) >> 4)
    return (0x84 - magnitude) if code & 0x80 else (magnitude - 0x84)


def ulaw_encode(sample):
    sign = 0x80 if sample < 0 else 0
    magnitude = min(abs(sample), 32635) + 0x84
    exponent = max(0, magnitude.bit_length() - 8)
    return ~(sign | (exponent << 4) | ((magnitude >> (exponent + 3)) & 0x0F)) & 0xFF


DECODED = [ulaw_decode(c) for c in range(256)]
TONE = bytes(ulaw_encode(int(8000 * math.sin(2 * math.pi * 1000 * n / 8000))) for n in range(SAMPLES))
SILENCE = bytes([0xFF]) * SAMPLES


def numbered(n):
    digits = bytes(DIGIT_CODES[(n >> shift) & 0x0F] for shift in (12, 8, 4, 0))
    return digits + bytes([FILL]) * (SAMPLES - 4)


def number_of(payload):
    n = 0
    for code in payload[:4]:
        if code not in DIGIT_CODES or payload[4] != FILL:
            return None
        n = (n << 4) | DIGIT_CODES.index(code)
    return n


def carries_tone(payload):
    return math.sqrt(sum(DECODED[c] ** 2 for c in payload) / len(payload)) > TONE_RMS


class Stream:
    """One party's RTP stream out: sequence number and timestamp go on across audio and events."""

    def __init__(self, sock, dest, ssrc):
        self.sock, self.dest, self.ssrc, self.seq, self.ts, self.sent = sock, dest, ssrc, 0, 0, 0

    def send(self, payload, pt=0, marker=False, timestamp=None):
        self.seq = (self.seq + 1) & 0xFFFF
        head = struct.pack("!BBHII", 0x80, pt | (0x80 if marker else 0), self.seq,
                           self.ts if timestamp is None else timestamp, self.ssrc)
        self.sock.sendto(head + payload, self.dest)
        self.sent += 1

    def audio(self, payload):
        self.send(payload)
        self.ts = (self.ts + SAMPLES) & 0xFFFFFFFF

    def digit(self, digit):
        """An RFC 4733 event: a start packet and the three end packets, one timestamp (the event's start)."""
        event = int(digit)
        self.send(struct.pack("!BBH", event, 10, 160), EVENT_PT, marker=True, timestamp=self.ts)
        for _ in range(3):
            self.send(struct.pack("!BBH", event, 0x80 | 10, 800), EVENT_PT, timestamp=self.ts)


socks = {"caller": udp(CALLER_SIP), "agent": udp(AGENT_SIP), "supervisor": udp(SUPERVISOR_SIP)}
rtp = {"caller": udp(CALLER_RTP, True), "agent": udp(AGENT_RTP, True), "supervisor": udp(SUPERVISOR_RTP, True)}

# ---- the call, and its monitor ----------------------------------------------------------------
call = Caller(socks["caller"], server, "mprobe", "monitor-probe", CALLER_RTP, events=True)
call.invite()
deadline = time.monotonic() + 5
_, offer = answer(socks["agent"], deadline, "INVITE", "mprobe", AGENT_RTP, events=True)
to_relay = {"agent": media_of(offer), "caller": call.established(deadline)}
_, offer = answer(socks["supervisor"], time.monotonic() + 5, "INVITE", "mprobesup", SUPERVISOR_RTP, events=True)
to_relay["supervisor"] = media_of(offer)
streams = {name: Stream(rtp[name], to_relay[name], 0x5EB0 + i) for i, name in enumerate(rtp)}

# ---- media ---------------------------------------------------------------------------------------
probe_start_ns = time.time_ns()
start = time.monotonic()
count_from, end = start + 1.0, start + args.seconds
next_frame, next_key, key = start, start + 2.0, "3"
number = 0
sent_at = {}                     # frame number -> send time (ns), counted frames only
lateness = []                    # us each counted frame left after its 20 ms slot (this probe's own jitter)
keys = []                        # (digit, time sent in ns)
heard_by_caller = []             # (kernel time ns, carries the tone)
supervisor_got = []              # (frame number, delay us)
received = {name: 0 for name in rtp}
by_sock = {s: name for name, s in rtp.items()}
while time.monotonic() < end + 0.2:
    t = time.monotonic()
    if t >= next_frame and t < end:
        number += 1
        if t >= count_from:
            sent_at[number] = time.time_ns()
            lateness.append((t - next_frame) * 1e6)
        streams["caller"].audio(numbered(number))
        streams["agent"].audio(SILENCE)
        streams["supervisor"].audio(TONE)
        next_frame += FRAME_S
    if t >= next_key and t < end - args.switch_every:
        keys.append((key, time.time_ns()))
        streams["supervisor"].digit(key)
        key = "1" if key == "3" else "3"
        next_key += args.switch_every
    wait = max(0.0, min(next_frame, next_key, end + 0.2) - time.monotonic())
    ready, _, _ = select.select(list(rtp.values()), [], [], wait)
    for sock in ready:
        data, anc, _, _ = sock.recvmsg(2048, 64)
        at_ns = kernel_ns(anc) or time.time_ns()
        name = by_sock[sock]
        received[name] += 1
        payload = data[12:]
        if name == "caller" and len(payload) == SAMPLES:
            heard_by_caller.append((at_ns, carries_tone(payload)))
        elif name == "supervisor":
            n = number_of(payload)
            if n is not None and n in sent_at:
                supervisor_got.append((n, (at_ns - sent_at[n]) / 1000.0))

call.hang_up()
for name in ("agent", "supervisor"):        # each gets Earshot's BYE (the supervisor's as the call ends)
    try:
        answer(socks[name], time.monotonic() + 5, "BYE", name, 0)
    except SystemExit as e:
        print(e, file=sys.stderr)

# ---- the switches, as Earshot made them -----------------------------------------------------------
switches = []
with open(args.switch_log) as log:
    for line in log:
        _, _, mode, at = line.split()
        if int(at) >= probe_start_ns:
            switches.append((mode, int(at)))
samples = {"BARGE": [], "LISTEN": []}
for i, (mode, at) in enumerate(switches):
    frames = 0
    for heard_at, tone in heard_by_caller:
        if heard_at <= at:
            continue
        frames += 1
        if tone == (mode == "BARGE"):
            key_ns = keys[i][1] if i < len(keys) else None
            samples[mode].append({"frames": frames, "switch_to_frame_us": (heard_at - at) / 1000.0,
                                  "key_to_switch_us": (at - key_ns) / 1000.0 if key_ns else None})
            break


def frames_summary(found):
    frames = [s["frames"] for s in found]
    return {"switches": len(found), "frames_max": max(frames) if frames else None,
            "frames_p50": pct(frames, 50), "within_1_frame": sum(1 for f in frames if f <= 1),
            "switch_to_frame": dist([s["switch_to_frame_us"] for s in found]),
            "key_to_switch": dist([s["key_to_switch_us"] for s in found if s["key_to_switch_us"] is not None])}


numbers = [n for n, _ in supervisor_got]
unique = set(numbers)
lost = sorted(set(sent_at) - unique - {max(sent_at, default=0)})     # the last may be cut by the BYE
result = {
    "seconds": args.seconds, "keys_pressed": len(keys), "switches_logged": len(switches),
    "listen_to_barge": frames_summary(samples["BARGE"]), "barge_to_listen": frames_summary(samples["LISTEN"]),
    "mixed_path": {
        "frames_sent": len(sent_at), "frames_heard": len(unique),
        "lost": len(lost), "lost_first": lost[:10],
        "duplicated": len(numbers) - len(unique),
        "out_of_order": sum(1 for a, b in zip(numbers, numbers[1:]) if b < a),
        "delay": dist([d for _, d in supervisor_got])},
    "probe_send_lateness": dist(lateness), "probe_sent_a_frame_late": sum(1 for v in lateness if v >= FRAME_S * 1e6),
    "received": received, "sent": {name: stream.sent for name, stream in streams.items()},
}
text = json.dumps(result)
print(text)
if args.out:
    open(args.out, "w").write(text + "\n")
