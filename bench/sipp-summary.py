#!/usr/bin/env python3
# Copied unchanged from the project's kbench reference (shared/peers/kbench).
"""Print the final cumulative counters of a sipp -trace_stat CSV file."""
import csv, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter=';'))
hdr, last = rows[0], rows[-1]
v = dict(zip(hdr, last))
keys = ["ElapsedTime(C)", "CallRate(C)", "TotalCallCreated", "SuccessfulCall(C)",
        "FailedCall(C)", "Retransmissions(C)", "OutOfCallMsgs(C)", "DeadCallMsgs(C)",
        "FailedMaxUDPRetrans(C)", "FailedUnexpectedMessage(C)", "FailedCallRejected(C)",
        "FailedCmdNotSent(C)", "FailedRegexpDoesntMatch(C)", "FailedOutboundCongestion(C)",
        "FailedTimeoutOnRecv(C)", "FailedTimeoutOnSend(C)", "Watchdog(C)",
        "ResponseTime1(C)", "CallLength(C)"]
print(" ".join(f"{k}={v.get(k, '?').strip()}" for k in keys))
