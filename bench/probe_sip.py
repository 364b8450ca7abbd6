"""The little SIP and RTP the benchmark's probes need (rtp-probe.py, monitor-probe.py): UDP sockets
with kernel receive timestamps, a G.711 SDP, a caller that dials through the system under test and
hangs up, and an answering side. Loopback only, one call per socket, every wait bounded (a SIP step
that takes more than its deadline ends the probe)."""
import re, select, socket, struct, sys, time, uuid

SO_TIMESTAMPNS = 35          # Linux (asm-generic); SCM_TIMESTAMPNS has the same value
LOCAL = "127.0.0.1"
EVENT_PT = 101               # RFC 4733 telephone-event, offered by monitor-probe.py only


def udp(port, stamps=False):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    s.bind((LOCAL, port))
    if stamps:
        s.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    return s


def kernel_ns(anc):
    """The kernel's receive time of a datagram (SO_TIMESTAMPNS), or None."""
    for level, kind, value in anc:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(value) >= 16:
            s, ns = struct.unpack("qq", value[:16])
            return s * 1_000_000_000 + ns
    return None


def sdp(port, events=False):
    formats = f"0 {EVENT_PT}" if events else "0"
    extra = f"a=rtpmap:{EVENT_PT} telephone-event/8000\r\na=fmtp:{EVENT_PT} 0-15\r\n" if events else ""
    return (f"v=0\r\no=probe 1 1 IN IP4 {LOCAL}\r\ns=-\r\nc=IN IP4 {LOCAL}\r\nt=0 0\r\n"
            f"m=audio {port} RTP/AVP {formats}\r\na=rtpmap:0 PCMU/8000\r\n{extra}")


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


def answer(sock, deadline, method, user, rtp_port, events=False):
    """Waits for METHOD on SOCK and answers 200 (with SDP for an INVITE); returns (headers, body)."""
    while True:
        (first, hdrs, body), src = recv(sock, deadline)
        if not first.startswith(method + " "):
            continue             # e.g. the ACK of our 200
        reply = [("Via", v) for v in hdr(hdrs, "via", "v")] + [("Record-Route", v) for v in hdr(hdrs, "record-route")]
        to = hdr(hdrs, "to", "t")[0]
        if "tag=" not in to:
            to += ";tag=" + uuid.uuid4().hex[:8]
        reply += [("From", hdr(hdrs, "from", "f")[0]), ("To", to), ("Call-ID", hdr(hdrs, "call-id", "i")[0]),
                  ("CSeq", hdr(hdrs, "cseq")[0]), ("Contact", f"<sip:{user}@{LOCAL}:{sock.getsockname()[1]}>")]
        sock.sendto(message("SIP/2.0 200 OK", reply, sdp(rtp_port, events) if method == "INVITE" else ""), src)
        return hdrs, body


class Caller:
    """One outgoing call from SOCK through SERVER to sip:USER@SERVER, media on RTP_PORT."""

    def __init__(self, sock, server, user, name, rtp_port, events=False):
        self.sock, self.server = sock, server
        port = sock.getsockname()[1]
        self.call_id, from_tag = uuid.uuid4().hex + "@probe", uuid.uuid4().hex[:8]
        self.ruri = f"sip:{user}@{server[0]}:{server[1]}"
        self.base = [("Max-Forwards", "70"), ("From", f"<sip:{name}@{LOCAL}:{port}>;tag={from_tag}"),
                     ("Call-ID", self.call_id)]
        self.contact_header = ("Contact", f"<sip:{name}@{LOCAL}:{port}>")
        self.sdp = sdp(rtp_port, events)

    def via(self):
        return ("Via", f"SIP/2.0/UDP {LOCAL}:{self.sock.getsockname()[1]};branch=z9hG4bK{uuid.uuid4().hex[:16]};rport")

    def invite(self):
        self.sock.sendto(message(f"INVITE {self.ruri} SIP/2.0", [self.via()] + self.base + [
            ("To", f"<{self.ruri}>"), ("CSeq", "1 INVITE"), self.contact_header], self.sdp), self.server)

    def established(self, deadline):
        """Waits for the final answer, acknowledges it; the relay's address for our media."""
        while True:
            (first, hdrs, body), _ = recv(self.sock, deadline)
            code = int(first.split()[1])
            if code >= 300:
                sys.exit(f"probe: call refused: {first}")
            if code >= 200:
                break
        to = hdr(hdrs, "to", "t")[0]
        self.contact = re.search(r"<([^>]+)>", hdr(hdrs, "contact", "m")[0]).group(1)
        routes = [r for v in reversed(hdr(hdrs, "record-route")) for r in v.split(",")]
        self.next_hop = hostport(routes[0]) if routes else hostport(self.contact)
        self.in_dialog = [("Route", r.strip()) for r in routes] + self.base + [("To", to)]
        self.sock.sendto(message(f"ACK {self.contact} SIP/2.0", [self.via()] + self.in_dialog + [("CSeq", "1 ACK")]),
                         self.next_hop)
        return media_of(body)

    def hang_up(self):
        self.sock.sendto(message(f"BYE {self.contact} SIP/2.0", [self.via()] + self.in_dialog + [("CSeq", "2 BYE")]),
                         self.next_hop)


def pct(values, p):
    if not values:
        return None
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100.0 * (len(v) - 1))))]


def dist(values):
    return {k: (round(pct(values, p), 1) if values else None)
            for k, p in (("p50_us", 50), ("p90_us", 90), ("p99_us", 99), ("p999_us", 99.9), ("max_us", 100))}
