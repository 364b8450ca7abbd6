#!/usr/bin/env python3
"""Reads a bench/scale-pages.sh result (JSON on stdin) and prints its table for docs/benchmarks.md."""
import json, sys

result = json.load(sys.stdin)
load, paced, alone = result['load'], result.get('paced'), result['alone']
series = [('at saturation', load)] + ([(f"thinking {paced['think_s']:g} s", paced)] if paced else [])


def cell(percentiles, key):
    return percentiles.get(key, '–')


print(f"rows: {', '.join(f'{k} {v:,}' for k, v in result['rows'].items())}; {load['users']} users; "
      f"server heap: {result.get('server_heap', 'WildFly default')}\n")
for server, gc in zip(('loads', 'alone'), result.get('gc', [])):
    print(f"GC of the server of the {server}: " + ', '.join(
        f"{kind} {g['count']} pauses, {g['total_ms']} ms in all, longest {g['max_ms']} ms" for kind, g in gc.items()))
for title, run in series:
    whole = run.get('all', {})
    print(f"{title}: {whole.get('count', '?')} requests in {run['seconds']:.0f} s, all together p50 / p95 / p99 "
          f"{cell(whole.get('client', {}), 'p50_ms')} / {cell(whole.get('client', {}), 'p95_ms')} / "
          f"{cell(whole.get('client', {}), 'p99_ms')} ms (client)")
print()
heads = ' | '.join(f'{title}: done, p50 / p95 (ms, client), p95 server (ms)' for title, _ in series)
print(f'| request | {heads} | alone: server p50 (ms) | alone: PostgreSQL per request (ms) | failures |')
print('| --- |' + ' ---: |' * (len(series) + 3))
for name in load['requests']:
    cells, failures, first = [], alone['requests'].get(name, {}).get('failures', 0), None
    for _, run in series:
        r = run['requests'].get(name, {'count': 0, 'failures': 0, 'first_failure': None, 'client': {}, 'server': {}})
        cells.append(f"{r['count']}, {cell(r['client'], 'p50_ms')} / {cell(r['client'], 'p95_ms')}, {cell(r['server'], 'p95_ms')}")
        failures += r['failures']
        first = first or r['first_failure']
    a = alone['requests'].get(name, {})
    print(f"| {name} | {' | '.join(cells)} | "
          f"{a.get('server', {}).get('p50_ms', a.get('client', {}).get('p50_ms', '–'))} | "
          f"{a.get('postgresql_ms_per_request', '–')} | {failures}" + (f' ({first})' if first else '') + ' |')
slow = [(p['ms'], name, p['plan']) for name, a in alone['requests'].items() for p in a['plans']]
for ms, name, plan in sorted(slow, reverse=True)[:5]:
    print(f"\n{name}: a statement of {ms:.0f} ms\n```\n{plan}\n```")
