#!/usr/bin/env python3
"""Earshot's pages and REST endpoints under concurrent users, for response times at scale (issue 14).

  page-load.py load BASE_URL PLAN.json USERS SECONDS WARMUP_SECONDS [THINK_SECONDS]
  page-load.py each BASE_URL PLAN.json TIMES PG_LOG DATABASE

PLAN.json is a list of requests, each {"name": ..., "user": ..., "path": ..., "kind": "api" | "page"}:
"api" paths are under BASE_URL/api/v1 and authenticate with HTTP Basic; "page" paths are console pages
under BASE_URL, requested in a session opened once through the login form (as a browser keeps it).
USERS threads each take the plan's requests in turn (each thread starting at a different one) on
keep-alive connections of their own, for WARMUP_SECONDS (not counted) and then SECONDS; every
password is earshot-demo. Without THINK_SECONDS a user sends its next request as soon as the last one
answered (a closed loop at saturation); with it, each user first waits a think time drawn at random
(exponential, that mean; seeded per user, so runs repeat), as people reading a page do. Prints one
JSON object: the client-side percentiles of all requests together and, per request name, the count,
failures (any status but 200, with the first one's status and text), the client-side latency
percentiles and, for the API, the server's own time after the login (Server-Timing app;dur).
Bounded: every request by 60 s; the run ends after WARMUP_SECONDS + SECONDS.

"each" takes the plan's requests one at a time, TIMES each (after one not counted), and reads what
PostgreSQL logged for DATABASE meanwhile (PG_LOG, with log_min_duration_statement = 0 and auto_explain
set for that database): per request name the server's time, PostgreSQL's time per request (the sum
of its statements' durations) and the plans auto_explain logged, slowest first.
"""
import base64, http.client, json, math, os, random, re, sys, threading, time, urllib.parse

PASSWORD = 'earshot-demo'
VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"')
APP_TIME = re.compile(r'app;dur=([0-9.]+)')


class Session:
    """One user's keep-alive connection; pages get a console session (a cookie) at the first use."""

    def __init__(self, base, user):
        parts = urllib.parse.urlsplit(base)
        self.root, self.user = parts.path.rstrip('/'), user
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self.basic = 'Basic ' + base64.b64encode(f'{user}:{PASSWORD}'.encode()).decode()
        self.cookie = None

    def get(self, kind, path):
        """(status, text, seconds on the client, the server's own seconds or None)."""
        if kind == 'page' and self.cookie is None:
            self.log_in()
        headers = {'Authorization': self.basic, 'Accept': 'application/json'} if kind == 'api' else {'Cookie': self.cookie}
        url = self.root + ('/api/v1' if kind == 'api' else '') + path
        began = time.perf_counter()
        try:
            self.connection.request('GET', url, None, headers)
            response = self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closed the kept-alive connection while the user was thinking (its idle timeout):
            # as a browser does, the request is sent again on a new connection, and timed from there.
            self.connection.close()
            began = time.perf_counter()
            self.connection.request('GET', url, None, headers)
            response = self.connection.getresponse()
        text = response.read()
        elapsed = time.perf_counter() - began
        timing = APP_TIME.search(response.getheader('Server-Timing') or '')
        return response.status, text, elapsed, float(timing.group(1)) / 1000 if timing else None

    def log_in(self):
        self.connection.request('GET', self.root + '/login.xhtml')
        response = self.connection.getresponse()
        page = response.read().decode()
        self.cookie = cookie_of(response) or self.cookie
        view_state = VIEW_STATE.search(page)
        if response.status != 200 or view_state is None:
            raise RuntimeError(f'login page for {self.user}: {response.status} {page[:200]!r}')
        form = urllib.parse.urlencode({'login': 'login', 'login:username': self.user, 'login:password': PASSWORD,
                                       'login:submit': '', 'jakarta.faces.ViewState': view_state.group(1)})
        self.connection.request('POST', self.root + '/login.xhtml', form,
                                {'Content-Type': 'application/x-www-form-urlencoded', 'Cookie': self.cookie})
        response = self.connection.getresponse()
        response.read()
        # The login changes the session id (session fixation protection).
        self.cookie = cookie_of(response) or self.cookie
        if response.status not in (302, 303):
            raise RuntimeError(f'login of {self.user}: {response.status}')


def cookie_of(response):
    for name, value in response.getheaders():
        if name.lower() == 'set-cookie' and value.startswith('JSESSIONID='):
            return value.split(';')[0]
    return None


def percentiles(seconds):
    ordered = sorted(seconds)
    rank = lambda p: ordered[max(0, math.ceil(p * len(ordered)) - 1)]  # nearest rank
    return {'p50_ms': round(rank(0.50) * 1000, 1), 'p95_ms': round(rank(0.95) * 1000, 1),
            'p99_ms': round(rank(0.99) * 1000, 1), 'max_ms': round(ordered[-1] * 1000, 1)} if ordered else {}


def run(base, plan, users, seconds, warmup, think):
    results = {entry['name']: {'client': [], 'server': [], 'failures': 0, 'first_failure': None} for entry in plan}
    lock = threading.Lock()
    counted_from = time.monotonic() + warmup
    ends = counted_from + seconds

    def user(index):
        sessions = {}
        turn = index
        thinking = random.Random(index)
        while time.monotonic() < ends:
            if think > 0:
                time.sleep(min(thinking.expovariate(1 / think), max(0.0, ends - time.monotonic())))
                if time.monotonic() >= ends:
                    break
            entry = plan[turn % len(plan)]
            turn += 1
            session = sessions.setdefault(entry['user'], Session(base, entry['user']))
            try:
                status, text, client, server = session.get(entry['kind'], entry['path'])
            except (OSError, http.client.HTTPException, RuntimeError) as e:
                status, text, client, server = 0, str(e).encode(), None, None
                sessions.pop(entry['user'])
            if time.monotonic() < counted_from:
                continue
            with lock:
                result = results[entry['name']]
                if status != 200:
                    result['failures'] += 1
                    result['first_failure'] = result['first_failure'] or f'{status} {text[:200]!r}'
                else:
                    result['client'].append(client)
                    if server is not None:
                        result['server'].append(server)

    threads = [threading.Thread(target=user, args=(i,), daemon=True) for i in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, ends - time.monotonic()) + 65)
    every = [seconds for r in results.values() for seconds in r['client']]
    return {'all': {'count': len(every), 'client': percentiles(every)},
            'requests': {name: {'count': len(r['client']), 'failures': r['failures'], 'first_failure': r['first_failure'],
                                'client': percentiles(r['client']), 'server': percentiles(r['server'])}
                         for name, r in results.items()}}


DURATION = re.compile(r' (\S+)@(\S+) LOG:  duration: ([0-9.]+) ms  (plan:)?')


def statements_logged(pg_log, offset, database):
    """(seconds of statements, [(ms, plan text)]) that PostgreSQL logged for the database after offset."""
    seconds, plans = 0.0, []
    with open(pg_log, errors='replace') as log:
        log.seek(offset)
        plan = None
        for line in log:
            match = DURATION.search(line)
            if match:
                plan = None
                if match.group(2) != database:
                    continue
                if match.group(4):  # auto_explain's line: the statement's duration was logged on its own too
                    plan = [float(match.group(3)), []]
                    plans.append(plan)
                else:
                    seconds += float(match.group(3)) / 1000
            elif plan is not None and (line.startswith('\t') or line.startswith(' ')):
                plan[1].append(line.rstrip())
            else:
                plan = None
    return seconds, sorted(((ms, '\n'.join(lines)) for ms, lines in plans), reverse=True)


def each(base, plan, times, pg_log, database):
    results = {}
    for entry in plan:
        session = Session(base, entry['user'])
        session.get(entry['kind'], entry['path'])  # the session's login and the first use are not counted
        offset = os.path.getsize(pg_log)
        client, server, failures = [], [], 0
        for _ in range(times):
            status, _, elapsed, app = session.get(entry['kind'], entry['path'])
            if status != 200:
                failures += 1
            client.append(elapsed)
            if app is not None:
                server.append(app)
        time.sleep(1)  # the log is written by another process
        database_seconds, plans = statements_logged(pg_log, offset, database)
        results[entry['name']] = {'count': times, 'failures': failures, 'client': percentiles(client),
                                  'server': percentiles(server),
                                  'postgresql_ms_per_request': round(database_seconds * 1000 / times, 1),
                                  'plans': [{'ms': ms, 'plan': text} for ms, text in plans[:3]]}
    return results


if __name__ == '__main__':
    if len(sys.argv) in (7, 8) and sys.argv[1] == 'load':
        base, plan_file, users, seconds, warmup = sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
        think = float(sys.argv[7]) if len(sys.argv) == 8 else 0.0
        print(json.dumps({'users': users, 'seconds': seconds, 'think_s': think,
                          **run(base, json.load(open(plan_file)), users, seconds, warmup, think)}))
    elif len(sys.argv) == 7 and sys.argv[1] == 'each':
        base, plan_file, times, pg_log, database = sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]
        print(json.dumps({'times': times, 'requests': each(base, json.load(open(plan_file)), times, pg_log, database)}))
    else:
        sys.exit(__doc__)
