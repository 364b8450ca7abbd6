#!/usr/bin/env python3
"""Usage: rtpengine-subscribe.py [FLAG...]   (rtpengine running with bench/rtpengine.conf: ng on 127.0.0.1:22222)

Can this machine's rtpengine be the peer of Earshot's listen mode? A listening supervisor needs ONE
audio stream that mixes caller and agent. rtpengine's `subscribe request` (ng protocol) forks a
call's media to a third party; this check asks it for both parties of one call and looks at what
the subscriber gets.

One call is set up through the ng protocol alone (offer/answer, no SIP): party A (RTP 6500) sends
frames of one constant mu-law code, party B (6504) of another, for 3 s at 50 packets/s each. Then
`subscribe request` with from-tags [A, B] (plus the FLAGs given, e.g. `mix`), `subscribe answer`
with one G.711 audio section for the subscriber (6508). Printed: the number of audio sections in
rtpengine's subscribe offer, the packets each socket received, and how many of the subscriber's
frames carry A alone, B alone, or A + B mixed. Listen mode needs: one section, 50 packets/s,
every frame mixed. Ports: RTP 6500-6508; one call, bounded (3 s of media, 3 s ng timeouts)."""
import random, re, select, socket, struct, sys, time

A_PORT, B_PORT, SUB_PORT = 6500, 6504, 6508
A_CODE, B_CODE = 0x20, 0x40


def benc(x):
    if isinstance(x, int):
        return b"i%de" % x
    if isinstance(x, str):
        x = x.encode()
    if isinstance(x, bytes):
        return b"%d:%s" % (len(x), x)
    if isinstance(x, list):
        return b"l" + b"".join(benc(i) for i in x) + b"e"
    return b"d" + b"".join(benc(k) + benc(v) for k, v in sorted(x.items())) + b"e"


def bdec(s, i=0):
    c = s[i:i + 1]
    if c == b"i":
        j = s.index(b"e", i)
        return int(s[i + 1:j]), j + 1
    if c in (b"l", b"d"):
        i += 1
        items = []
        while s[i:i + 1] != b"e":
            v, i = bdec(s, i)
            items.append(v)
        return (items if c == b"l" else {items[k].decode(): items[k + 1] for k in range(0, len(items), 2)}), i + 1
    j = s.index(b":", i)
    n = int(s[i:j])
    return s[j + 1:j + 1 + n], j + 1 + n


ng = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
ng.settimeout(3)


def ng_command(message):
    cookie = str(random.randint(0, 1 << 30)).encode()
    ng.sendto(cookie + b" " + benc(message), ("127.0.0.1", 22222))
    reply = bdec(ng.recv(65535)[len(cookie) + 1:])[0]
    reply = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in reply.items()}
    if reply.get("result") != "ok":
        sys.exit(f"{message['command']}: {reply.get('result')} {reply.get('error-reason')}")
    return reply


def sdp(port):
    return (f"v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            f"m=audio {port} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=ptime:20\r\n")


def ulaw_decode(code):
    code = ~code & 0xFF
    magnitude = (((code & 0x0F) << 3) + 0x84) << ((code & 0x70) >> 4)
    return (0x84 - magnitude) if code & 0x80 else (magnitude - 0x84)


socks = {}
for port in (A_PORT, B_PORT, SUB_PORT):
    socks[port] = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    socks[port].bind(("127.0.0.1", port))
call_id = f"subscribe-check-{random.randint(0, 1 << 30)}"
to_b = int(re.search(r"m=audio (\d+)", ng_command({"command": "offer", "call-id": call_id, "from-tag": "A", "sdp": sdp(A_PORT)})["sdp"]).group(1))
to_a = int(re.search(r"m=audio (\d+)", ng_command({"command": "answer", "call-id": call_id, "from-tag": "A", "to-tag": "B",
                                                    "sdp": sdp(B_PORT)})["sdp"]).group(1))
offer = ng_command({"command": "subscribe request", "call-id": call_id, "from-tags": ["A", "B"], "flags": sys.argv[1:]})
sections = re.findall(r"^m=audio [^\r\n]*", offer["sdp"], re.M)
print(f"subscribe request: offer with {len(sections)} audio sections: {sections}")
ng_command({"command": "subscribe answer", "call-id": call_id, "to-tag": offer["to-tag"], "sdp": sdp(SUB_PORT)})

received = {port: 0 for port in socks}
kinds = {"A alone": 0, "B alone": 0, "A + B mixed": 0, "other": 0}
expected = {ulaw_decode(A_CODE): "A alone", ulaw_decode(B_CODE): "B alone",
            ulaw_decode(A_CODE) + ulaw_decode(B_CODE): "A + B mixed"}
start = time.monotonic()
for n in range(1, 151):
    for port, dest, code in ((A_PORT, to_a, A_CODE), (B_PORT, to_b, B_CODE)):
        socks[port].sendto(struct.pack("!BBHII", 0x80, 0, n, n * 160, port) + bytes([code]) * 160, ("127.0.0.1", dest))
    while (left := start + n * 0.02 - time.monotonic()) > 0:
        for sock in select.select(list(socks.values()), [], [], left)[0]:
            data = sock.recv(2048)
            port = sock.getsockname()[1]
            received[port] += 1
            if port == SUB_PORT:
                sample = ulaw_decode(data[12 + 80])
                # the nearest of the three (a mix is re-encoded: within a quantisation step)
                nearest = min(expected, key=lambda v: abs(v - sample))
                kinds[expected[nearest] if abs(nearest - sample) <= 0.07 * abs(nearest) else "other"] += 1
ng_command({"command": "delete", "call-id": call_id, "from-tag": "A"})
print(f"packets received in 3 s: A {received[A_PORT]}, B {received[B_PORT]}, subscriber {received[SUB_PORT]}")
print("subscriber's frames: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
mixed = len(sections) == 1 and kinds["A + B mixed"] >= 140 and kinds["A + B mixed"] == received[SUB_PORT]
print("VERDICT: " + ("one mixed stream: usable as the listen peer" if mixed else
                     "no single mixed stream: not usable as the peer of a listening supervisor"))
