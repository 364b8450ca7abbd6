#!/usr/bin/env python3
"""Reads a bench/scale-pages.sh result (JSON on stdin) and prints its table for docs/benchmarks.md."""
import json, sys

result = json.load(sys.stdin)
load, alone = result['load'], result['alone']
print(f"rows: {', '.join(f'{k} {v:,}' for k, v in result['rows'].items())}; {load['users']} users for {load['seconds']:.0f} s\n")
print('| request | done under load | p50 / p95 / p99 under load (ms, client) | p95 server (ms) | alone: server p50 (ms) | '
      'alone: PostgreSQL per request (ms) | failures |')
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
for name, r in load['requests'].items():
    a = alone['requests'].get(name, {})
    client, server = r['client'], r['server']
    print(f"| {name} | {r['count']} | {client.get('p50_ms', '–')} / {client.get('p95_ms', '–')} / {client.get('p99_ms', '–')} | "
          f"{server.get('p95_ms', '–')} | {a.get('server', {}).get('p50_ms', a.get('client', {}).get('p50_ms', '–'))} | "
          f"{a.get('postgresql_ms_per_request', '–')} | {r['failures'] + a.get('failures', 0)}"
          + (f" ({r['first_failure']})" if r['first_failure'] else '') + ' |')
slow = [(p['ms'], name, p['plan']) for name, a in alone['requests'].items() for p in a['plans']]
for ms, name, plan in sorted(slow, reverse=True)[:5]:
    print(f"\n{name}: a statement of {ms:.0f} ms\n```\n{plan}\n```")
