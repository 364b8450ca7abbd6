"""What one media run (med-run.sh) left in its directory, for med-summary.py and mix-summary.py:
the run's parameters and CPU (result.env), the counter snapshots (snaps.txt), sipp's final
counters (its -trace_stat CSV) and the probe's JSON."""
import csv, glob, json


def env_of(d):
    return dict(line.rstrip("\n").split("=", 1) for line in open(f"{d}/result.env") if "=" in line)


def snaps_of(d):
    """label -> {counter: value} of every snapshot line (numbers as floats)."""
    snaps = {}
    for line in open(f"{d}/snaps.txt"):
        kv = dict(x.split("=", 1) for x in line.split() if "=" in x)
        snaps[kv["label"]] = {k: (float(v) if v.replace(".", "", 1).lstrip("-").isdigit() else v) for k, v in kv.items()}
    return snaps


def delta(snaps, a, b, *keys):
    return sum(snaps[b].get(k, 0) - snaps[a].get(k, 0) for k in keys)


def sipp_final(d, scenario):
    files = glob.glob(f"{d}/{scenario}_*_.csv")
    if not files:
        return {}
    rows = list(csv.reader(open(files[0]), delimiter=";"))
    return {k.strip(): v.strip() for k, v in zip(rows[0], rows[-1])}


def json_of(path):
    try:
        return json.load(open(path))
    except (OSError, ValueError):
        return {}


def append_env(d, out):
    with open(f"{d}/result.env", "a") as f:
        for k, v in out.items():
            f.write(f"{k}={v}\n")


def judge(out, problems):
    """The criterion every media run shares (the load fully offered), then the verdict and its reason, into OUT."""
    if out["offered_pct"] < 99:
        problems.append(f"sipp generated only {out['offered_pct']} % of the load")
    out["verdict"] = "PASS" if not problems else "FAIL"
    out["reason"] = "; ".join(problems).replace(" ", "_") or "-"
