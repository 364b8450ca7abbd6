#!/usr/bin/env python3
"""Evaluation form submit and score through the REST API, one evaluator, one request at a time.

  form-load.py generate DIR [EVALUATIONS] [SEED]
      writes DIR/form.json (a 60-question form: 6 sections, yes/no, scale, choice and free-text
      questions, weights, one question critical for the form and two for their section, four shown
      only on an earlier answer, N/A allowed on some, two proposed from speech signals) and
      DIR/answers.json (EVALUATIONS answer sets, every one of the 60 questions answered, seeded);
      FormScoringCost.java scores the same sets in process.
  form-load.py run BASE_URL DIR WARMUP
      as qa: imports DIR/form.json, publishes it, assigns it to the Billing queue; finds the
      recorded calls qa may evaluate with it (the demo's); then for every answer set: starts a draft
      on a recorded call (POST /evaluations), puts the 60 answers (PUT .../answers: checked, scored
      and saved), submits (POST .../submit) and reads it back (GET .../{id}: what any authenticated
      request costs, HTTP Basic's password check included, with a read of the evaluation and its
      form). The first WARMUP sets are not counted. Prints one JSON
      line: per step the count and the client-side latency p50/p95/p99/max in ms, failures, and how
      the server scored the counted evaluations.
"""
import base64, http.client, json, math, random, sys, time, urllib.parse

SECTIONS = [  # key, title, weight: 10 questions each
    ('opening', 'Opening', 10), ('verification', 'Verification', 15), ('discovery', 'Discovery', 20),
    ('resolution', 'Resolution', 25), ('compliance', 'Compliance', 15), ('closing', 'Closing', 15)]


def generate_form():
    """Six sections of ten: per section four yes/no, three scales, two choices and one free-text note,
    with the critical, conditional, N/A and pre-answered questions a QA team's real form has."""
    rng = random.Random(13)
    sections = []
    for s, (key, title, weight) in enumerate(SECTIONS):
        questions = []
        for q in range(10):
            qkey = f'{key}{q + 1}'
            question = {'key': qkey, 'text': f'{title}: question {q + 1}?', 'help': f'What a good answer to {qkey} sounds like.',
                        'weight': rng.choice([1, 1, 2, 2, 3, 5])}
            if q < 4:
                question.update(type='YES_NO', passingAnswer='NO' if q == 3 else 'YES')
            elif q < 7:
                question.update(type='SCALE', scale={'min': 1, 'max': 5} if q < 6 else {'min': 0, 'max': 10})
            elif q < 9:
                question.update(type='CHOICE', choices=[
                    {'value': 'full', 'label': 'Fully', 'points': 10}, {'value': 'partial', 'label': 'Partly', 'points': 5},
                    {'value': 'none', 'label': 'Not at all', 'points': 0, 'failing': q == 7 and key == 'resolution'}])
            else:
                question.update(type='TEXT', text=f'{title}: coaching notes', weight=0)
            question['naAllowed'] = q in (2, 5, 8) and question['type'] != 'TEXT'
            questions.append(question)
        sections.append({'key': key, 'title': title, 'weight': weight, 'questions': questions})
    by_key = {q['key']: q for s in sections for q in s['questions']}
    # critical: identity verified (fails the form), the issue resolved (fails its section), compliance script (scale, fails its section)
    by_key['verification1'].update(critical='FORM', failingAnswer='NO', naAllowed=False)
    by_key['resolution8'].update(critical='SECTION')
    by_key['compliance5'].update(critical='SECTION', failBelow=2, naAllowed=False)
    # conditional: shown only when an earlier question was answered so
    for shown, on, equals in [('discovery2', 'discovery1', 'YES'), ('discovery3', 'discovery1', 'YES'),
                              ('resolution6', 'resolution5', '4'), ('closing3', 'closing1', 'YES')]:
        by_key[shown]['shownWhen'] = {'question': on, 'equals': equals}
    # proposed from the recording's speech signals (the demo's recordings have none: nothing is proposed)
    by_key['opening2']['preAnswer'] = {'signal': 'silenceLongestMs', 'comparison': 'AT_MOST', 'threshold': 30000,
                                       'whenTrue': 'YES', 'whenFalse': 'NO'}
    by_key['closing2']['preAnswer'] = {'signal': 'overtalkCount', 'comparison': 'AT_MOST', 'threshold': 3, 'whenTrue': 'YES'}
    return {'format': 'earshot.scorecard.v1', 'name': 'Benchmark: 60 questions', 'description': 'bench/form-load.py',
            'sections': sections}


def answer(rng, q):
    """Mostly good calls: passing answers and high scales, now and then a miss, N/A or a critical failure."""
    if q.get('naAllowed') and rng.random() < 0.1:
        return {'question': q['key'], 'notApplicable': True}
    kind = q['type']
    if kind == 'YES_NO':
        passing = q.get('passingAnswer', 'YES')
        failing = 'NO' if passing == 'YES' else 'YES'
        miss = 0.02 if q.get('critical') == 'FORM' else 0.15
        value = failing if rng.random() < miss else passing
    elif kind == 'SCALE':
        low, high = q['scale']['min'], q['scale']['max']
        value = max(low, high - int(rng.expovariate(1.2) * (high - low) / 4))
    elif kind == 'CHOICE':
        value = rng.choices(['full', 'partial', 'none'], weights=[75, 20, 5])[0]
    else:
        value = rng.choice(['Warm greeting.', 'Summarised the next steps clearly.', 'Could have offered the callback sooner.'])
    return {'question': q['key'], 'value': value}


def generate(directory, evaluations, seed):
    form = generate_form()
    rng = random.Random(seed)
    questions = [q for s in form['sections'] for q in s['questions']]
    sets = [[answer(rng, q) for q in questions] for _ in range(evaluations)]
    with open(f'{directory}/form.json', 'w') as out:
        json.dump(form, out)
    with open(f'{directory}/answers.json', 'w') as out:
        json.dump(sets, out)
    print(f'{len(questions)} questions, {evaluations} answer sets in {directory}', file=sys.stderr)


class Api:
    """One keep-alive connection as one user; every call's latency is measured around the whole exchange."""

    def __init__(self, base, user):
        parts = urllib.parse.urlsplit(base)
        self.path, self.connection = parts.path.rstrip('/'), http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self.headers = {'Authorization': 'Basic ' + base64.b64encode(f'{user}:earshot-demo'.encode()).decode(),
                        'Content-Type': 'application/json', 'Accept': 'application/json'}

    def call(self, method, path, body=None, expect=(200, 201)):
        began = time.perf_counter()
        self.connection.request(method, self.path + path, None if body is None else json.dumps(body).encode(), self.headers)
        response = self.connection.getresponse()
        text = response.read()
        elapsed = time.perf_counter() - began
        if response.status not in expect:
            raise RuntimeError(f'{method} {path}: {response.status} {text[:300]!r}')
        return (json.loads(text) if text else None), elapsed


def percentiles(seconds):
    ordered = sorted(seconds)
    rank = lambda p: ordered[max(0, math.ceil(p * len(ordered)) - 1)]  # nearest rank
    return {'count': len(ordered), 'p50_ms': round(rank(0.50) * 1000, 1), 'p95_ms': round(rank(0.95) * 1000, 1),
            'p99_ms': round(rank(0.99) * 1000, 1), 'max_ms': round(ordered[-1] * 1000, 1)} if ordered else {'count': 0}


def run(base, directory, warmup):
    form = json.load(open(f'{directory}/form.json'))
    sets = json.load(open(f'{directory}/answers.json'))
    qa, admin = Api(base, 'qa'), Api(base, 'admin')
    form['name'] = f"{form['name']} {int(time.time())}"
    scorecard = qa.call('POST', '/forms/import', form)[0]['id']
    qa.call('POST', f'/forms/{scorecard}/versions/1/publish')
    billing = [q['id'] for q in admin.call('GET', '/queues?size=100')[0]['items'] if q['name'] == 'Billing']
    qa.call('PUT', f'/forms/{scorecard}/assignments', {'queueIds': billing, 'teamIds': []})
    recordings = []  # the recorded calls qa may evaluate with this form; a draft on each proves it
    for recording in qa.call('GET', '/recordings?size=100')[0]['items']:
        try:
            qa.call('POST', '/evaluations', {'recordingId': recording['id'], 'scorecardId': scorecard})
            recordings.append(recording['id'])
        except RuntimeError:
            pass
    if not recordings:
        sys.exit('no recorded call that qa may evaluate with the form (does the demo have its recordings? they need the keyset)')
    latency = {'start': [], 'save': [], 'submit': [], 'read': []}
    failures, totals, auto_failed = 0, [], 0
    began = time.monotonic()
    for n, answers in enumerate(sets):
        counted = n >= warmup
        try:
            draft, started = qa.call('POST', '/evaluations', {'recordingId': recordings[n % len(recordings)], 'scorecardId': scorecard})
            evaluation = draft['summary']['id']
            saved, save = qa.call('PUT', f'/evaluations/{evaluation}/answers', {'answers': answers})
            submitted, submit = qa.call('POST', f'/evaluations/{evaluation}/submit')
            _, read = qa.call('GET', f'/evaluations/{evaluation}')
        except RuntimeError as e:
            failures += 1
            print(e, file=sys.stderr)
            continue
        if counted:
            latency['start'].append(started)
            latency['save'].append(save)
            latency['submit'].append(submit)
            latency['read'].append(read)
            revision = submitted['revisions'][-1]
            totals.append(revision['total'])
            auto_failed += revision['autoFailed']
    elapsed = time.monotonic() - began
    scored = [t for t in totals if t is not None]
    print(json.dumps({'questions': sum(len(s['questions']) for s in form['sections']), 'evaluations': len(sets),
                      'warmup': warmup, 'recordings': len(recordings), 'seconds': round(elapsed, 1), 'failures': failures,
                      'start_draft': percentiles(latency['start']), 'save_answers_and_score': percentiles(latency['save']),
                      'submit': percentiles(latency['submit']), 'read_evaluation': percentiles(latency['read']),
                      'scores': {'mean': round(sum(scored) / len(scored), 2) if scored else None, 'auto_failed': auto_failed}}))


if __name__ == '__main__':
    if sys.argv[1] == 'generate':
        generate(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 550, int(sys.argv[4]) if len(sys.argv) > 4 else 2026)
    else:
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]))
