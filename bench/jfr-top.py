#!/usr/bin/env python3
"""Usage: jfr-top.py RECORDING.jfr
Hot spots of a Java Flight Recorder recording of Earshot (bench/profile.sh), from the JDK's `jfr`
tool: samples per thread (Java code: jdk.ExecutionSample; threads inside native code such as
socket calls: jdk.NativeMethodSample), the top frames per busy thread (self, i.e. the method on top
of the stack), the Earshot / JAIN-SIP methods that most samples pass through (inclusive), and the
GC pauses."""
import collections, json, os, shutil, subprocess, sys

rec = sys.argv[1]
jfr = shutil.which("jfr") or os.path.join(os.path.dirname(os.path.realpath(shutil.which("java"))), "jfr")


def events(names):
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "64", "--events", names, rec],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def frame(f):
    m = f["method"]
    return f"{m['type']['name']}.{m['name']}".replace("/", ".")


# frames where a thread waits rather than works (a blocked native call is sampled like a busy one)
IDLE = {"sun.nio.ch.EPoll.wait", "sun.nio.ch.Net.accept", "sun.nio.ch.Net.poll", "java.lang.Object.wait",
        "jdk.internal.misc.Unsafe.park", "java.lang.Thread.sleep"}


per_thread = collections.Counter()
self_by_thread = collections.defaultdict(collections.Counter)
inclusive = collections.Counter()
total = 0
idle = collections.Counter()
for e in events("jdk.ExecutionSample,jdk.NativeMethodSample"):
    v = e["values"]
    thread = (v.get("sampledThread") or {}).get("javaName") or "?"
    kind = "native" if e["type"] == "jdk.NativeMethodSample" else "java"
    frames = (v.get("stackTrace") or {}).get("frames") or []
    if not frames:
        continue
    if frame(frames[0]) in IDLE or (thread.startswith("MessageProcessorThread") and kind == "native"):
        idle[thread.rstrip("0123456789-")] += 1       # JAIN-SIP's UDP reader blocks in receive0
        continue
    total += 1
    group = thread.rstrip("0123456789-")
    per_thread[(group, kind)] += 1
    self_by_thread[group][frame(frames[0])] += 1
    seen = set()
    for f in frames:
        name = frame(f)
        if (name.startswith("org.earshot") or name.startswith("gov.nist")) and name not in seen:
            seen.add(name)
            inclusive[name] += 1

print(f"JFR {rec}: {total} stack samples of working threads (Java code, and native code such as "
      f"socket calls); left out as waiting: " + ", ".join(f"{g} {n}" for g, n in idle.most_common(4)))
print("samples per thread group (java = running Java code, native = inside a native method):")
for (group, kind), n in per_thread.most_common(12):
    print(f"  {n:7d}  {100 * n / total:5.1f} %  {group} [{kind}]")
busiest = [g for g, _ in collections.Counter({g: sum(c.values()) for g, c in self_by_thread.items()}).most_common(4)]
for g in busiest:
    c = self_by_thread[g]
    n = sum(c.values())
    print(f"top frames of {g} ({n} samples):")
    for name, k in c.most_common(8):
        print(f"  {100 * k / n:5.1f} %  {name}")
print("Earshot and JAIN-SIP methods on the most stacks (inclusive, % of all samples):")
for name, k in inclusive.most_common(15):
    print(f"  {100 * k / total:5.1f} %  {name}")

gcs = events("jdk.GarbageCollection")


def seconds(d):
    # JSON durations look like "PT0.012345S"
    return float(d.strip("PTS")) if isinstance(d, str) and d.startswith("PT") and d.endswith("S") else 0.0


pause = sum(seconds(e["values"].get("sumOfPauses")) for e in gcs)
longest = max((seconds(e["values"].get("longestPause")) for e in gcs), default=0.0)
names = collections.Counter(e["values"].get("name") for e in gcs)
print(f"GC: {len(gcs)} collections ({', '.join(f'{k} {v}' for k, v in names.items())}), "
      f"pauses {1000 * pause:.0f} ms in total, longest {1000 * longest:.1f} ms")
