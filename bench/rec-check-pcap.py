#!/usr/bin/env python3
"""Usage: rec-check-pcap.py RECORDING_DIR
What rtpengine's pcap recordings hold (rec-run.sh rtpengine): every file RECORDING_DIR/pcaps/*.pcap
(one per call, raw IPv4 packets as rtpengine received them), parsed in full. Per RTP stream
(source port + the relay's port it was sent to): packets, RTP sequence gaps (frames missing between
the first and the last one recorded) and duplicates. Summed by sender: sipp's UAC (port 6100, the
callers) and UAS (6200, the agents); rec-summary.py compares these with the packets the kernel
counted into the relay (nftables), so every frame sent must be in a recording. Also: calls whose
recording rtpengine closed (metadata file moved from tmp/ to metadata/), files cut short; and per stream the worst
lateness of a packet against the stream's first one by RTP time (pcap timestamps: when rtpengine
received it), i.e. the sender's and the loopback's jitter as a timestamp-placing recorder sees it.
Prints one JSON object."""
import glob, json, os, struct, sys

root = sys.argv[1]
SENDERS = {6100: "uac", 6200: "uas"}
out = {"files": 0, "truncated_files": 0, "streams": 0, "seq_gaps": 0, "duplicates": 0, "other_packets": 0,
       "packets_uac": 0, "packets_uas": 0, "bytes": 0, "min_stream_packets": None, "max_stream_packets": None,
       "calls_closed": len(glob.glob(f"{root}/metadata/*")), "calls_open": len(glob.glob(f"{root}/tmp/*"))}
lateness = []
sim = {0.2: 0, 0.4: 0}
for f in sorted(glob.glob(f"{root}/pcaps/*.pcap")):
    b = open(f, "rb").read()
    out["files"] += 1
    out["bytes"] += len(b)
    if len(b) < 24 or struct.unpack("<I", b[:4])[0] != 0xA1B2C3D4:
        out["truncated_files"] += 1
        continue
    streams = {}
    arrivals = {}
    off = 24
    while off + 16 <= len(b):
        incl = struct.unpack_from("<I", b, off + 8)[0]
        p = b[off + 16:off + 16 + incl]
        off += 16 + incl
        if len(p) < incl:
            out["truncated_files"] += 1
            break
        ihl = (p[0] & 15) * 4
        sport, dport = struct.unpack_from(">HH", p, ihl)
        if sport not in SENDERS or len(p) < ihl + 8 + 12:
            out["other_packets"] += 1
            continue
        seq, rtp_ts = struct.unpack_from(">HI", p, ihl + 8 + 2)
        ts_sec, ts_usec = struct.unpack_from("<II", b, off - 16 - incl)
        streams.setdefault((sport, dport), []).append(seq)
        arrivals.setdefault((sport, dport), []).append((ts_sec + ts_usec / 1e6, rtp_ts))
        out[f"packets_{SENDERS[sport]}"] += 1
    # lateness of each packet against the stream's first one (arrival - (first arrival + RTP time since
    # it)): what a recorder placing packets by RTP timestamp from the first packet's arrival (Earshot's)
    # sees; rtpengine's pcap method does not depend on it
    for arr in arrivals.values():
        t0, r0 = arr[0]
        worst = max(t - (t0 + ((r - r0) & 0xFFFFFFFF) / 8000.0) for t, r in arr)
        lateness.append(worst)
        # Earshot's recorder replayed on these arrivals: a packet later than ALLOW behind its place is
        # dropped and the stream anchored anew at the next one (200 ms: the recorder's jitter allowance
        # when the recording thread has just taken; 400 ms: when it is about to take again)
        for allow in (0.2, 0.4):
            anchor = None
            for t, r in arr:
                if anchor is None:
                    anchor = (t, r)
                    continue
                if t - (anchor[0] + ((r - anchor[1]) & 0xFFFFFFFF) / 8000.0) > allow:
                    sim[allow] += 1
                    anchor = None
    for seqs in streams.values():
        out["streams"] += 1
        # unwrap the 16-bit sequence numbers
        ext, base, prev = [], 0, None
        for s in seqs:
            if prev is not None and s < prev and prev - s > 32768:
                base += 65536
            ext.append(base + s)
            prev = s
        uniq = set(ext)
        out["duplicates"] += len(ext) - len(uniq)
        out["seq_gaps"] += (max(uniq) - min(uniq) + 1) - len(uniq)
        n = len(ext)
        out["min_stream_packets"] = n if out["min_stream_packets"] is None else min(out["min_stream_packets"], n)
        out["max_stream_packets"] = n if out["max_stream_packets"] is None else max(out["max_stream_packets"], n)
if lateness:
    lateness.sort()
    out["late_max_ms"] = round(1000 * lateness[-1], 1)
    out["late_p99_stream_ms"] = round(1000 * lateness[int(0.99 * (len(lateness) - 1))], 1)
    out["streams_late_over_200ms"] = sum(1 for x in lateness if x > 0.2)
    out["late_p50_stream_ms"] = round(1000 * lateness[len(lateness) // 2], 1)
    out["earshot_model_drops_200ms"] = sim[0.2]
    out["earshot_model_drops_400ms"] = sim[0.4]
print(json.dumps(out))
