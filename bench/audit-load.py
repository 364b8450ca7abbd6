#!/usr/bin/env python3
"""Audited writes per second through the REST API: N clients, each renaming its own team again and
again (every rename is one business transaction with one audit entry) for a fixed time.

usage: audit-load.py BASE_URL CLIENTS SECONDS   (BASE_URL like http://127.0.0.1:8780/earshot/api/v1)
Prints one JSON line: clients, seconds, writes, writes_per_s, failures, p50_ms, p99_ms, and the
chain check the server gives afterwards (intact, entries checked)."""
import base64, json, statistics, sys, threading, time, urllib.request, uuid

base, clients, seconds = sys.argv[1].rstrip('/'), int(sys.argv[2]), float(sys.argv[3])
auth = {'Authorization': 'Basic ' + base64.b64encode(b'admin:earshot-demo').decode()}


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={**auth, 'Content-Type': 'application/json', 'Accept': 'application/json'})
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read()
        return json.loads(text) if text else None


site = call('GET', '/sites')['items'][0]['id']
run = uuid.uuid4().hex[:8]
teams = [call('POST', '/teams', {'name': f'bench-{run}-{c}', 'siteId': site})['id'] for c in range(clients)]
latencies, failures = [[] for _ in range(clients)], [0] * clients
start_line = threading.Barrier(clients + 1)


def client(c):
    start_line.wait()
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        began = time.monotonic()
        try:
            call('PUT', f'/teams/{teams[c]}', {'name': f'bench-{run}-{c}-{n % 2}', 'siteId': site})
            latencies[c].append(time.monotonic() - began)
        except Exception:  # counted, not retried: a failed write is not an audited write
            failures[c] += 1
        n += 1


threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
for t in threads:
    t.start()
start_line.wait()
began = time.monotonic()
for t in threads:
    t.join()
elapsed = time.monotonic() - began
done = sorted(x for per in latencies for x in per)
time.sleep(2)  # let the trail catch up before it is verified
check = call('POST', '/audit/verify')
print(json.dumps({
    'clients': clients, 'seconds': round(elapsed, 1), 'writes': len(done),
    'writes_per_s': round(len(done) / elapsed, 1), 'failures': sum(failures),
    'p50_ms': round(statistics.median(done) * 1000, 1) if done else None,
    'p99_ms': round(done[int(len(done) * 0.99) - 1] * 1000, 1) if done else None,
    'chain_intact': check['intact'], 'entries_checked': check['entriesChecked']}))
