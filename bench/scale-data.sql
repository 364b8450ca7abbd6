-- bench/scale-data.sql — the set-based fill of bench/scale-data.sh (not run on its own). Runs in the
-- session that first ran ScaleSchema's output (seed_login, seed_form, seed_answers), with the psql
-- variables seed, calls, agents, evaluations, answer_sets. Every "random" value is a hash of (row,
-- purpose, seed): the same seed makes the same rows whatever plan PostgreSQL picks. Times are laid out
-- relative to "the anchor", today's midnight UTC: 90 days of calls end there. Each step starts with a
-- line "== table" that bench/scale-data.sh pairs with psql's row counts and times (gen_call and ev
-- are the session's working tables the rest derive from).
\set ON_ERROR_STOP on
\timing on
SET statement_timeout = '30min';
SET max_parallel_workers_per_gather = 0;

-- u(n, purpose): uniform in [0, 1); z(n, purpose): standard normal (Box-Muller).
SELECT format($f$CREATE FUNCTION pg_temp.u(n bigint, purpose int) RETURNS float8 IMMUTABLE LANGUAGE sql
  AS 'SELECT ((hashint8extended(n, %s * 1000 + purpose) >> 11) & 9007199254740991)::float8 / 9007199254740992.0'$f$, :seed) \gexec
CREATE FUNCTION pg_temp.z(n bigint, purpose int) RETURNS float8 IMMUTABLE LANGUAGE sql
AS $$ SELECT sqrt(-2 * ln(1 - pg_temp.u(n, purpose))) * cos(2 * pi() * pg_temp.u(n, purpose + 1)) $$;
CREATE TEMP TABLE clock AS SELECT date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS anchor;

-- ---- organization: 4 sites, 6 queues each, teams of 15 agents, their supervisors and the staff --------
CREATE TEMP TABLE shape AS
SELECT :agents AS agents, ceil(:agents / 15.0)::int AS teams, 4 * greatest(1, :agents / 400) AS evaluators;

\echo == site
INSERT INTO site (id, name, time_zone, version)
VALUES (1, 'Lisbon', 'Europe/Lisbon', 0), (2, 'Dublin', 'Europe/Dublin', 0),
       (3, 'Raleigh', 'America/New_York', 0), (4, 'Manila', 'Asia/Manila', 0);

\echo == call_queue
INSERT INTO call_queue (id, name, number, site_id, version)
SELECT q, s.name || ' ' || (ARRAY['Billing', 'Support', 'Sales', 'Retention', 'Claims', 'Onboarding'])[(q - 1) % 6 + 1],
       (6000 + q)::text, s.id, 0
FROM generate_series(1, 24) q JOIN site s ON s.id = (q - 1) / 6 + 1;

\echo == team
INSERT INTO team (id, name, site_id, version)
SELECT t, 'Team ' || lpad(t::text, 4, '0'), (t - 1) % 4 + 1, 0 FROM shape, generate_series(1, shape.teams) t;

\echo == person
-- Everybody with a login: agents 1..A (team (a-1)/15+1), then a supervisor per team, the QA evaluators
-- (spread over the sites), a trainer and a manager per site, a manager of the whole organization, a
-- compliance reviewer, an administrator.
CREATE TEMP TABLE person AS
SELECT a AS id, 'agent' || lpad(a::text, 5, '0') AS username, 'AGENT' AS role, (a - 1) / 15 + 1 AS team_id,
       ((a - 1) / 15) % 4 + 1 AS site_id, (100000 + a)::text AS extension
FROM shape, generate_series(1, shape.agents) a;
INSERT INTO person
SELECT shape.agents + t, 'sup' || lpad(t::text, 4, '0'), 'SUPERVISOR', t, (t - 1) % 4 + 1, (200000 + t)::text
FROM shape, generate_series(1, shape.teams) t;
INSERT INTO person
SELECT shape.agents + shape.teams + q, 'qa' || lpad(q::text, 3, '0'), 'QA_EVALUATOR', NULL, (q - 1) % 4 + 1, (300000 + q)::text
FROM shape, generate_series(1, shape.evaluators) q;
INSERT INTO person
SELECT shape.agents + shape.teams + shape.evaluators + r.n * 4 + s, r.prefix || s, r.role, NULL, s, (400000 + r.n * 4 + s)::text
FROM shape, generate_series(1, 4) s, (VALUES (0, 'trainer', 'TRAINER'), (1, 'manager', 'MANAGER')) r (n, prefix, role);
INSERT INTO person
SELECT shape.agents + shape.teams + shape.evaluators + 8 + k, username, role, NULL, NULL, extension
FROM shape, (VALUES (1, 'compliance', 'COMPLIANCE', '500001'), (2, 'admin', 'ADMIN', NULL), (3, 'manager', 'MANAGER', NULL))
     x (k, username, role, extension);
CREATE UNIQUE INDEX ON person (id);

\echo == app_user
INSERT INTO app_user (id, username, display_name, email, password_hash, password_salt, password_iterations, active, team_id,
                      created_at, version, default_monitoring_purpose)
SELECT p.id, p.username,
       (ARRAY['Ana', 'Bruno', 'Carla', 'Diogo', 'Eva', 'Filipe', 'Grace', 'Hugo', 'Ines', 'Jon', 'Kate', 'Luis', 'Mia',
              'Nuno', 'Olga', 'Paul', 'Rosa', 'Sam', 'Tiago', 'Uma'])[1 + floor(pg_temp.u(p.id, 1) * 20)::int] || ' ' ||
       (ARRAY['Alves', 'Byrne', 'Cruz', 'Duarte', 'Evans', 'Flores', 'Garcia', 'Hughes', 'Ito', 'Jensen', 'Kelly', 'Lopes',
              'Murphy', 'Nunes', 'Oliveira', 'Price', 'Reyes', 'Santos', 'Torres', 'Walsh'])[1 + floor(pg_temp.u(p.id, 2) * 20)::int],
       p.username || '@scale.example', l.hash, l.salt, l.iterations, TRUE, p.team_id,
       c.anchor - interval '400 days', 0, 'QUALITY_ASSURANCE'
FROM person p, seed_login l, clock c;

\echo == sip_account
INSERT INTO sip_account (user_id, extension, realm, ha1_md5, ha1_sha256, version)
SELECT id, extension, 'earshot', md5(extension || ':earshot:sip-' || extension || '-scale'),
       encode(sha256(convert_to(extension || ':earshot:sip-' || extension || '-scale', 'UTF8')), 'hex'), 0
FROM person WHERE extension IS NOT NULL;

\echo == agent_state
INSERT INTO agent_state (user_id, status, since, version, presence, activity)
SELECT id, 'IDLE', c.anchor, 0, 'LOGGED_OUT', 'IDLE' FROM person, clock c WHERE role = 'AGENT';

\echo == team_queue
-- A team answers its primary queue (one of its site's six) and helps on the next one.
CREATE TEMP TABLE team_queue AS
SELECT t.id AS team_id, (t.site_id - 1) * 6 + ((t.id - 1) / 4) % 6 + 1 AS primary_queue,
       (t.site_id - 1) * 6 + ((t.id - 1) / 4 + 1) % 6 + 1 AS second_queue
FROM team t;

\echo == queue_member
INSERT INTO queue_member (queue_id, user_id)
SELECT q, p.id FROM person p JOIN team_queue tq USING (team_id), LATERAL (VALUES (tq.primary_queue), (tq.second_queue)) v (q)
WHERE p.role = 'AGENT';

\echo == monitoring_group
INSERT INTO monitoring_group (id, name, version) SELECT id, name || ' floor', 0 FROM site;
\echo == monitoring_group_mode
INSERT INTO monitoring_group_mode (group_id, mode)
SELECT s.id, m FROM site s, unnest(ARRAY['LISTEN', 'WHISPER', 'BARGE', 'TAKEOVER']) m;
\echo == monitoring_group_monitor
INSERT INTO monitoring_group_monitor (group_id, user_id)
SELECT site_id, id FROM person WHERE role IN ('SUPERVISOR', 'QA_EVALUATOR', 'TRAINER');
\echo == monitoring_group_member
INSERT INTO monitoring_group_member (group_id, user_id) SELECT site_id, id FROM person WHERE role = 'AGENT';

-- One grant per user (its id the user's): agents their own data, supervisors their team and its
-- primary queue, QA, trainers and the sites' managers their site; compliance, the administrator and the
-- organization's manager everything.
\echo == access_grant
INSERT INTO access_grant (id, user_id, role, global_scope, granted_by, granted_at, grantee_team_id, version)
SELECT p.id, p.id, p.role, p.role IN ('COMPLIANCE', 'ADMIN') OR p.username = 'manager', 'system', c.anchor - interval '400 days', p.team_id, 0
FROM person p, clock c;
\echo == access_grant_team
INSERT INTO access_grant_team (grant_id, team_id) SELECT id, team_id FROM person WHERE role = 'SUPERVISOR';
\echo == access_grant_queue
INSERT INTO access_grant_queue (grant_id, queue_id)
SELECT p.id, tq.primary_queue FROM person p JOIN team_queue tq USING (team_id) WHERE p.role = 'SUPERVISOR';
\echo == access_grant_site
INSERT INTO access_grant_site (grant_id, site_id)
SELECT id, site_id FROM person WHERE role IN ('QA_EVALUATOR', 'TRAINER', 'MANAGER') AND site_id IS NOT NULL;
\echo == access_grant_mode
INSERT INTO access_grant_mode (grant_id, mode)
SELECT p.id, m FROM person p, unnest(CASE p.role WHEN 'SUPERVISOR' THEN ARRAY['LISTEN', 'WHISPER', 'BARGE', 'TAKEOVER']
                                                 WHEN 'TRAINER' THEN ARRAY['LISTEN', 'WHISPER']
                                                 WHEN 'QA_EVALUATOR' THEN ARRAY['LISTEN']
                                                 WHEN 'COMPLIANCE' THEN ARRAY['LISTEN'] ELSE ARRAY[]::text[] END) m;

-- Every queue records every call but two sampling half of them; calls follow the policies below.
\echo == recording_policy
INSERT INTO recording_policy (queue_id, mode, sample_percent, keep_supervisor_audio, retention_days, agents_may_pause,
                              auto_resume_seconds, version)
SELECT id, CASE WHEN id IN (2, 14) THEN 'SAMPLE' ELSE 'ALL' END, CASE WHEN id IN (2, 14) THEN 50 ELSE 100 END,
       TRUE, 90, TRUE, 120, 0
FROM call_queue;

-- ---- calls: 90 days before the anchor, weekdays and business hours (site time), log-normal handle times
-- Cumulative weights, as lower bounds for width_bucket: a day's weight by weekday, an hour's by the
-- shape of a contact center's day (peaks mid-morning and early afternoon).
CREATE TEMP TABLE calendar AS
SELECT (SELECT array_agg(lo::float8 ORDER BY d) FROM (
          SELECT d, (sum(w) OVER (ORDER BY d) - w) / sum(w) OVER () AS lo
          FROM (SELECT d, CASE extract(isodow FROM c.anchor - d * interval '1 day') WHEN 6 THEN 0.35 WHEN 7 THEN 0.15 ELSE 1.0 END AS w
                FROM clock c, generate_series(1, 90) d) x) y) AS day_lo,
       (SELECT array_agg(lo::float8 ORDER BY h) FROM (
          SELECT h, (sum(w) OVER (ORDER BY h) - w) / sum(w) OVER () AS lo
          FROM unnest(ARRAY[0.02, 0.02, 0.02, 0.02, 0.02, 0.03, 0.08, 0.3, 0.8, 1.0, 1.1, 1.0, 0.7, 0.8, 1.0, 0.95, 0.8,
                            0.5, 0.3, 0.2, 0.1, 0.08, 0.05, 0.03]) WITH ORDINALITY AS w (w, h)) y) AS hour_lo;

-- One row per call with everything the tables below derive from. An agent's share of calls varies
-- (some work part time); 5 % ring out unanswered; 3 % of answered calls are monitored.
\echo == gen_call
CREATE TEMP TABLE gen_call AS
WITH base AS (
  SELECT n, 1 + floor(power(pg_temp.u(n, 10), 1.15) * :agents)::int AS agent,
         width_bucket(pg_temp.u(n, 11), cal.day_lo) AS days_back,
         width_bucket(pg_temp.u(n, 12), cal.hour_lo) - 1 AS hour,
         pg_temp.u(n, 13) * 3600 AS second_of_hour,
         exp(ln(240) + 0.6 * pg_temp.z(n, 14)) AS talk_s,
         3 + pg_temp.u(n, 16) * 22 AS ring_s
  FROM generate_series(1, :calls) n, calendar cal
)
SELECT b.n, 'scale-' || b.n AS call_id, b.agent, p.username AS agent_username, p.extension AS agent_extension,
       p.team_id, p.site_id,
       CASE WHEN pg_temp.u(b.n, 17) < 0.7 THEN tq.primary_queue ELSE tq.second_queue END AS queue_id,
       ((c.anchor AT TIME ZONE 'UTC')::date - b.days_back + make_interval(hours => b.hour, secs => b.second_of_hour))
         AT TIME ZONE s.time_zone AS started_at,
       b.ring_s, pg_temp.u(b.n, 18) >= 0.05 AS answered,
       round(least(3600, greatest(20, b.talk_s)) * 1000)::bigint AS talk_ms,
       pg_temp.u(b.n, 19) < 0.2 AS held, pg_temp.u(b.n, 20) < 0.03 AS monitored,
       '+' || (ARRAY['351', '353', '1', '63'])[p.site_id] || lpad((floor(pg_temp.u(b.n, 21) * 1e9))::bigint::text, 9, '0') AS caller
FROM base b JOIN person p ON p.id = b.agent JOIN team_queue tq USING (team_id) JOIN site s ON s.id = p.site_id, clock c;
ALTER TABLE gen_call ADD COLUMN answered_at timestamptz, ADD COLUMN ended_at timestamptz, ADD COLUMN recorded boolean;
UPDATE gen_call SET answered_at = CASE WHEN answered THEN started_at + make_interval(secs => ring_s) END,
                    ended_at = started_at + make_interval(secs => ring_s) + CASE WHEN answered THEN talk_ms * interval '1 ms' ELSE interval '0' END,
                    recorded = answered AND (queue_id NOT IN (2, 14) OR pg_temp.u(n, 22) < 0.5);
UPDATE gen_call SET monitored = FALSE, held = FALSE WHERE NOT answered;
CREATE UNIQUE INDEX ON gen_call (n);
ANALYZE gen_call;

\echo == call_record
INSERT INTO call_record (id, call_id, caller, dialed, queue_id, agent_extension, agent_user_id, state, started_at, ringing_at,
                         answered_at, held_at, ended_at, disposition, packets_from_caller, packets_to_agent, packets_from_agent,
                         packets_to_caller, packets_lost, version, agent_released)
SELECT n, call_id, caller, (6000 + queue_id)::text, queue_id, agent_extension, agent, 'ENDED', started_at, started_at,
       answered_at, CASE WHEN held THEN answered_at + talk_ms * interval '0.4 ms' END, ended_at, NULL,
       p.packets, p.packets, p.packets, p.packets, floor(pg_temp.u(n, 23) * p.packets / 200)::bigint, 0, FALSE
FROM gen_call, LATERAL (SELECT CASE WHEN answered THEN talk_ms / 20 ELSE 0 END AS packets) p;

\echo == call_state_change
INSERT INTO call_state_change (call_record_id, change_type, occurred_at, detail)
SELECT n, e.type, e.at, NULL
FROM gen_call, LATERAL (VALUES (1, 'RINGING', started_at), (2, 'ANSWERED', answered_at), (3, 'ENDED', ended_at)) e (k, type, at)
WHERE e.at IS NOT NULL
ORDER BY n, e.k;

-- The team's supervisor listens in (mostly), whispers or barges, a while into the call.
\echo == monitoring_session
INSERT INTO monitoring_session (id, call_id, telephony_session_id, supervisor_user_id, supervisor_username, supervisor_extension,
                                agent_user_id, agent_username, agent_name, agent_extension, queue_name, mode, purpose,
                                purpose_defaulted, note, state, requested_at, connected_at, ended_at, end_reason, version, mode_since,
                                requested_on, team_id, queue_id, peak_mode, listened_seconds)
SELECT g.n, g.call_id, 'scale-mon-' || g.n, sup.id, sup.username, sup.extension, g.agent, g.agent_username, u.display_name,
       g.agent_extension, q.name, k.mode,
       CASE WHEN pg_temp.u(g.n, 31) < 0.7 THEN 'QUALITY_ASSURANCE' WHEN pg_temp.u(g.n, 31) < 0.9 THEN 'TRAINING' ELSE 'ESCALATION' END,
       pg_temp.u(g.n, 31) < 0.7, NULL, 'ENDED', m.requested, m.requested + interval '2 s', g.ended_at, 'Call ended', 0,
       m.requested + interval '2 s',
       -- what the monitoring dashboard reads (V26): the UTC day, the agent's team and the call's queue, the mode (no switches here)
       -- and the seconds from connected to ended
       (m.requested AT TIME ZONE 'UTC')::date, g.team_id, g.queue_id, k.mode,
       floor(extract(epoch FROM g.ended_at - (m.requested + interval '2 s')))::bigint
FROM gen_call g
JOIN person sup ON sup.role = 'SUPERVISOR' AND sup.team_id = g.team_id
JOIN app_user u ON u.id = g.agent JOIN call_queue q ON q.id = g.queue_id,
LATERAL (SELECT g.answered_at + g.talk_ms * (0.1 + 0.5 * pg_temp.u(g.n, 32)) * interval '1 ms' AS requested) m,
LATERAL (SELECT CASE WHEN pg_temp.u(g.n, 30) < 0.85 THEN 'LISTEN' WHEN pg_temp.u(g.n, 30) < 0.95 THEN 'WHISPER' ELSE 'BARGE' END AS mode) k
WHERE g.monitored;

-- Recordings' metadata (no audio): complete but for 0.5 % cut short; 1 % paused a while by the agent. The
-- reconciliation found each one's call record a minute after it started (call_checked); none is examined. Each
-- keeps its call's agent and queue (V32), as the recordings list asks them.
\echo == recording
INSERT INTO recording (id, call_id, started_at, recording_day, audio_starts_at, ended_at, status, incomplete_reason,
                       not_recorded_ms, call_bytes, supervisor_bytes, wrapped_key, kek_key_id, keep_supervisor, monitored,
                       paused, retention_days, purge_after, deleted_at, version, packets_left_out, call_checked,
                       call_agent_user_id, call_queue_id)
SELECT md5(:seed || ':recording:' || n)::uuid, call_id, answered_at, (answered_at AT TIME ZONE 'UTC')::date, answered_at,
       ended_at, CASE WHEN pg_temp.u(n, 40) < 0.005 THEN 'INCOMPLETE' ELSE 'COMPLETE' END,
       CASE WHEN pg_temp.u(n, 40) < 0.005 THEN 'Server stopped while recording' END,
       CASE WHEN pg_temp.u(n, 41) < 0.01 THEN least(talk_ms / 2, 30000) ELSE 0 END,
       talk_ms * 32, CASE WHEN monitored THEN talk_ms * 16 ELSE 0 END, NULL, 1, TRUE, monitored,
       pg_temp.u(n, 41) < 0.01, 90, (answered_at AT TIME ZONE 'UTC')::date + 90, NULL, 0, 0, TRUE, agent, queue_id
FROM gen_call WHERE recorded;

-- Speech signals as the recorder measures them: the agent talks 30-60 % of the talk time, some
-- overtalk, silence the rest; the longest silence and monologues a share of those.
\echo == recording_speech
INSERT INTO recording_speech (recording_id, caller_talk_ms, agent_talk_ms, agent_talk_percent, silence_total_ms, silence_longest_ms,
                              overtalk_count, overtalk_ms, caller_monologue_longest_ms, agent_monologue_longest_ms, hold_ms, source)
SELECT md5(:seed || ':recording:' || n)::uuid, s.caller_ms, s.agent_ms, round(100.0 * s.agent_ms / greatest(1, s.agent_ms + s.caller_ms)),
       s.silence_ms, round(s.silence_ms * (0.1 + 0.3 * pg_temp.u(n, 52))), s.overtalks, s.overtalks * 900,
       round(s.caller_ms * (0.1 + 0.3 * pg_temp.u(n, 53))), round(s.agent_ms * (0.1 + 0.3 * pg_temp.u(n, 54))), s.hold_ms, 'RECORDER'
FROM gen_call,
LATERAL (SELECT CASE WHEN held THEN round(talk_ms * (0.05 + 0.2 * pg_temp.u(n, 55)))::bigint ELSE 0 END AS hold_ms) h,
LATERAL (SELECT round((talk_ms - h.hold_ms) * (0.3 + 0.3 * pg_temp.u(n, 50)))::bigint AS agent_ms,
                round((talk_ms - h.hold_ms) * (0.25 + 0.25 * pg_temp.u(n, 51)))::bigint AS caller_ms,
                floor(talk_ms / 60000.0 * 3 * pg_temp.u(n, 56))::bigint AS overtalks, h.hold_ms) t,
LATERAL (SELECT t.agent_ms, t.caller_ms, t.overtalks, t.hold_ms,
                greatest(0, talk_ms - t.hold_ms - t.agent_ms - t.caller_ms + t.overtalks * 900) AS silence_ms) s
WHERE recorded;

-- ---- quality: the demo's form, published and assigned to every queue ----------------------------------
\echo == scorecard
INSERT INTO scorecard (id, name, created_by, created_at, version)
SELECT 1, f.name, 'qa001', c.anchor - interval '120 days', 0 FROM seed_form f, clock c;
\echo == scorecard_version
INSERT INTO scorecard_version (id, scorecard_id, number, status, definition, based_on, created_by, created_at, updated_by, updated_at,
                               published_by, published_at, version)
SELECT 1, 1, 1, 'PUBLISHED', f.definition, NULL, 'qa001', c.anchor - interval '120 days', 'qa001', c.anchor - interval '120 days',
       'qa001', c.anchor - interval '119 days', 0
FROM seed_form f, clock c;
\echo == scorecard_queue
INSERT INTO scorecard_queue (scorecard_id, queue_id) SELECT 1, id FROM call_queue;

-- Evaluations: recorded calls of a minute or more, drawn by hash. An agent has a skill and a trend
-- over the 90 days, so scores differ between agents and move over time; the answer set (scored by
-- FormScoring) is the one at that quality. 80 % by a QA evaluator of the agent's site, the rest by
-- the team's supervisor; half of the monitored calls evaluated are evaluated from their session.
\echo == ev
CREATE TEMP TABLE ev AS
SELECT row_number() OVER (ORDER BY pg_temp.u(g.n, 60), g.n) AS id, g.*
FROM gen_call g WHERE g.recorded AND g.talk_ms >= 60000
ORDER BY pg_temp.u(g.n, 60), g.n LIMIT :evaluations;
ALTER TABLE ev ADD COLUMN quality float8, ADD COLUMN evaluator bigint, ADD COLUMN reviewer bigint, ADD COLUMN appeal_reviewer bigint,
  ADD COLUMN created_at timestamptz, ADD COLUMN submitted_at timestamptz, ADD COLUMN acknowledged_at timestamptz,
  ADD COLUMN disputed_at timestamptz, ADD COLUMN resolved_at timestamptz, ADD COLUMN appealed_at timestamptz,
  ADD COLUMN appeal_resolved_at timestamptz, ADD COLUMN closed_at timestamptz, ADD COLUMN due_at timestamptz,
  ADD COLUMN state text, ADD COLUMN re_scored boolean;
UPDATE ev SET quality = least(1, greatest(0, 0.6 + 0.12 * pg_temp.z(agent, 61) + (pg_temp.u(agent, 63) - 0.5) * 0.3
                                              * (2 * extract(epoch FROM started_at - (c.anchor - interval '90 days')) / (90 * 86400) - 1)
                                              + 0.1 * pg_temp.z(n, 64))),
              evaluator = CASE WHEN pg_temp.u(n, 66) < 0.8
                               THEN sh.agents + sh.teams + site_id + 4 * floor(pg_temp.u(n, 67) * sh.evaluators / 4)::int
                               ELSE sh.agents + team_id END,
              created_at = ended_at + (0.5 + 47.5 * pg_temp.u(n, 68)) * interval '1 hour'
FROM clock c, shape sh;
-- The dispute's reviewer is the supervisor, or the site's manager when the supervisor evaluated; the
-- appeal's the site's manager, or the compliance reviewer.
UPDATE ev SET reviewer = CASE WHEN evaluator = sh.agents + team_id THEN sh.agents + sh.teams + sh.evaluators + 4 + site_id
                              ELSE sh.agents + team_id END,
              appeal_reviewer = CASE WHEN evaluator = sh.agents + team_id THEN sh.agents + sh.teams + sh.evaluators + 9
                                     ELSE sh.agents + sh.teams + sh.evaluators + 4 + site_id END
FROM shape sh;
-- Workflow against the anchor: drafts not yet submitted; the agent's week to acknowledge or dispute
-- (disputes likelier on low scores), then acknowledged (by default when the week passed); a dispute
-- resolved within days, upheld or re-scored, sometimes appealed; a resolution not appealed closes.
UPDATE ev SET submitted_at = created_at + (10 + 50 * pg_temp.u(n, 69)) * interval '1 minute',
              disputed_at = CASE WHEN pg_temp.u(n, 70) < 0.02 + 0.1 * (1 - quality)
                                 THEN created_at + (1 + 100 * pg_temp.u(n, 71)) * interval '1 hour' END;
UPDATE ev SET state = 'DRAFT', submitted_at = NULL, disputed_at = NULL, created_at = least(created_at, c.anchor - interval '30 minutes'),
              due_at = least(created_at, c.anchor - interval '30 minutes') + interval '168 hours'
FROM clock c WHERE submitted_at >= c.anchor OR (created_at > c.anchor - interval '7 days' AND pg_temp.u(n, 72) < 0.03);
UPDATE ev SET disputed_at = NULL FROM clock c WHERE disputed_at >= c.anchor;
UPDATE ev SET state = CASE WHEN c.anchor - submitted_at < interval '168 hours' AND pg_temp.u(n, 73) < 0.5 THEN 'SUBMITTED' ELSE 'ACKNOWLEDGED' END,
              acknowledged_at = CASE WHEN c.anchor - submitted_at < interval '168 hours'
                                     THEN submitted_at + (c.anchor - submitted_at) * pg_temp.u(n, 74)
                                     WHEN pg_temp.u(n, 74) < 0.7 THEN submitted_at + interval '168 hours' * pg_temp.u(n, 75)
                                     ELSE submitted_at + interval '168 hours' END
FROM clock c WHERE state IS NULL AND disputed_at IS NULL;
UPDATE ev SET acknowledged_at = NULL, due_at = submitted_at + interval '168 hours' WHERE state = 'SUBMITTED';
UPDATE ev SET resolved_at = disputed_at + (2 + 110 * pg_temp.u(n, 76)) * interval '1 hour', re_scored = pg_temp.u(n, 77) < 0.4,
              appealed_at = CASE WHEN pg_temp.u(n, 78) < 0.15 THEN disputed_at + (3 + 170 * pg_temp.u(n, 79)) * interval '1 hour' END
WHERE disputed_at IS NOT NULL;
UPDATE ev SET state = 'DISPUTED', resolved_at = NULL, appealed_at = NULL, re_scored = NULL, due_at = disputed_at + interval '120 hours'
FROM clock c WHERE disputed_at IS NOT NULL AND resolved_at >= c.anchor;
UPDATE ev SET appealed_at = NULL FROM clock c WHERE appealed_at IS NOT NULL AND (appealed_at <= resolved_at OR appealed_at >= c.anchor);
UPDATE ev SET appeal_resolved_at = appealed_at + (2 + 110 * pg_temp.u(n, 80)) * interval '1 hour' WHERE appealed_at IS NOT NULL;
UPDATE ev SET state = CASE WHEN appeal_resolved_at < c.anchor THEN 'CLOSED' ELSE 'APPEALED' END,
              closed_at = CASE WHEN appeal_resolved_at < c.anchor THEN appeal_resolved_at END,
              due_at = CASE WHEN appeal_resolved_at < c.anchor THEN NULL ELSE appealed_at + interval '120 hours' END,
              appeal_resolved_at = CASE WHEN appeal_resolved_at < c.anchor THEN appeal_resolved_at END
FROM clock c WHERE appealed_at IS NOT NULL;
UPDATE ev SET state = CASE WHEN resolved_at + interval '168 hours' < c.anchor OR pg_temp.u(n, 81) < 0.3 THEN 'CLOSED' ELSE 'RESOLVED' END,
              closed_at = CASE WHEN resolved_at + interval '168 hours' < c.anchor THEN resolved_at + interval '168 hours'
                               WHEN pg_temp.u(n, 81) < 0.3 THEN resolved_at + (c.anchor - resolved_at) * pg_temp.u(n, 82) END,
              due_at = CASE WHEN resolved_at + interval '168 hours' < c.anchor OR pg_temp.u(n, 81) < 0.3 THEN NULL
                            ELSE resolved_at + interval '168 hours' END
FROM clock c WHERE resolved_at IS NOT NULL AND appealed_at IS NULL;
ALTER TABLE ev ADD COLUMN rank int, ADD COLUMN rescored_rank int;
UPDATE ev SET rank = round(quality * (:answer_sets - 1)),
              rescored_rank = least(:answer_sets - 1, round(quality * (:answer_sets - 1)) + :answer_sets * 15 / 100);
CREATE UNIQUE INDEX ON ev (id);
ANALYZE ev;

\echo == evaluation
INSERT INTO evaluation (id, call_id, recording_id, monitoring_session_id, agent_user_id, evaluator_user_id, scorecard_version_id, state,
                        calibration, draft_answers, created_at, assigned_at, submitted_at, acknowledged_at, disputed_at, reviewer_user_id,
                        resolved_at, appealed_at, closed_at, due_at, version, appeal_allowed, call_agent_user_id, call_queue_id)
SELECT e.id, e.call_id, md5(:seed || ':recording:' || e.n)::uuid,
       CASE WHEN e.monitored AND pg_temp.u(e.n, 83) < 0.5 THEN e.n END, e.agent, e.evaluator, 1, e.state, FALSE,
       a.answers, e.created_at, NULL, e.submitted_at, e.acknowledged_at, e.disputed_at,
       CASE WHEN e.appeal_resolved_at IS NOT NULL OR e.state = 'APPEALED' THEN e.appeal_reviewer
            WHEN e.resolved_at IS NOT NULL THEN e.reviewer END,
       e.resolved_at, e.appealed_at, e.closed_at, e.due_at, 0, CASE WHEN e.disputed_at IS NOT NULL THEN TRUE END, e.agent, e.queue_id
FROM ev e JOIN seed_answers a ON a.rank = e.rank;

\echo == evaluation_revision
INSERT INTO evaluation_revision (evaluation_id, number, answers, total, auto_failed, author, created_at)
SELECT e.id, r.number, a.answers, a.total, a.auto_failed, p.username, r.at
FROM ev e,
LATERAL (VALUES (1, e.rank, e.evaluator, e.submitted_at),
                (2, CASE WHEN e.re_scored THEN e.rescored_rank END, e.reviewer, e.resolved_at)) r (number, rank, author, at)
JOIN seed_answers a ON a.rank = r.rank JOIN person p ON p.id = r.author
WHERE r.at IS NOT NULL
ORDER BY e.id, r.number;

\echo == evaluation_dispute
INSERT INTO evaluation_dispute (evaluation_id, tier, reason, question_keys, raised_by, raised_at, reviewer, outcome, note, resolved_at)
SELECT e.id, d.tier, d.reason, d.keys, e.agent_username, d.raised_at, CASE WHEN d.resolved_at IS NOT NULL THEN p.username END,
       d.outcome, CASE WHEN d.resolved_at IS NOT NULL THEN 'Reviewed against the recording.' END, d.resolved_at
FROM ev e,
LATERAL (VALUES (1, 'The caller had already been verified by the IVR; the outcome was agreed with them.',
                 CASE WHEN pg_temp.u(e.n, 84) < 0.5 THEN 'outcome' ELSE 'outcome,verification' END, e.disputed_at, e.resolved_at,
                 CASE WHEN e.resolved_at IS NULL THEN NULL WHEN e.re_scored THEN 'RE_SCORED' ELSE 'UPHELD' END, e.reviewer),
                (2, 'The resolution did not consider the whole call.', 'outcome', e.appealed_at, e.appeal_resolved_at,
                 CASE WHEN e.appeal_resolved_at IS NOT NULL THEN 'UPHELD' END, e.appeal_reviewer))
     d (tier, reason, keys, raised_at, resolved_at, outcome, reviewer)
JOIN person p ON p.id = d.reviewer
WHERE d.raised_at IS NOT NULL
ORDER BY e.id, d.tier;

-- A third of the evaluations carry a comment pinned to a moment of the call.
\echo == evaluation_comment
INSERT INTO evaluation_comment (evaluation_id, text, author, created_at, offset_ms, question_key)
SELECT e.id,
       (ARRAY['A long silence here: say what you are doing while you look it up.', 'Good recovery after the caller''s complaint.',
              'The next steps were clear, but there was no summary at the end.', 'Verification done well.'])[1 + floor(pg_temp.u(e.n, 85) * 4)::int],
       p.username, e.created_at + interval '5 minutes', floor(e.talk_ms * pg_temp.u(e.n, 86))::bigint,
       CASE WHEN pg_temp.u(e.n, 87) < 0.5 THEN 'noLongSilence' END
FROM ev e JOIN person p ON p.id = e.evaluator
WHERE pg_temp.u(e.n, 88) < 1 / 3.0
ORDER BY e.id;

-- ---- coaching: 10 k sessions per 1 M calls -------------------------------------------------------------
-- A third of the agents are coached: one plan each, by their site's trainer, started within the 90 days;
-- a plan older than 45 days has been settled (achieved, missed or closed), a younger one is active.
\echo == coaching_plan
CREATE TEMP TABLE coached AS
SELECT a.id AS agent, t.id AS trainer, a.username, c.anchor - (1 + 89 * pg_temp.u(a.id, 200)) * interval '1 day' AS started
FROM person a JOIN person t ON t.role = 'TRAINER' AND t.site_id = a.site_id, clock c
WHERE a.role = 'AGENT' AND pg_temp.u(a.id, 199) < 1 / 3.0;
ALTER TABLE coached ADD COLUMN status text;
UPDATE coached SET status = CASE WHEN started > c.anchor - interval '45 days' THEN 'ACTIVE'
                                 ELSE (ARRAY['ACHIEVED', 'MISSED', 'CLOSED'])[1 + floor(pg_temp.u(agent, 201) * 3)::int] END
FROM clock c;
INSERT INTO coaching_plan (id, agent_user_id, trainer_user_id, title, status, started_at, ended_at, active_agent_user_id, version)
SELECT agent, agent, trainer, 'Coaching ' || username, status, started,
       CASE WHEN status <> 'ACTIVE' THEN started + interval '45 days' END, CASE WHEN status = 'ACTIVE' THEN agent END, 0
FROM coached;

-- Two goals per plan on questions of the scorecard: a score to reach or a pass rate, due in six weeks.
\echo == coaching_goal
INSERT INTO coaching_goal (plan_id, scorecard_id, subject, subject_key, target_kind, target_value, due_on, status, created_at,
                           settled_at, version)
SELECT p.agent, 1, 'QUESTION', q.key, CASE WHEN g = 1 THEN 'PASS_RATE' ELSE 'SCORE' END, CASE WHEN g = 1 THEN 90 ELSE 80 END,
       (p.started + interval '42 days')::date,
       CASE p.status WHEN 'ACTIVE' THEN 'ACTIVE' WHEN 'ACHIEVED' THEN 'ACHIEVED' WHEN 'MISSED' THEN 'MISSED' ELSE 'CLOSED' END,
       p.started, CASE WHEN p.status <> 'ACTIVE' THEN p.started + interval '45 days' END, 0
FROM coached p, generate_series(1, 2) g,
     LATERAL (SELECT keys.key FROM (SELECT question ->> 'key' AS key, row_number() OVER () AS k
                                    FROM scorecard_version v, jsonb_array_elements(v.definition::jsonb -> 'sections') section,
                                         jsonb_array_elements(section -> 'questions') question
                                    WHERE v.id = 1 AND question ->> 'type' <> 'TEXT') keys
              WHERE keys.k = 1 + floor(pg_temp.u(p.agent * 2 + g, 202) * 8)::int) q;

-- Sessions weekly from the plan's start, as many as make 10 k per 1 M calls: those past are mostly done
-- (some missed or cancelled), done ones mostly acknowledged by the agent; those ahead are scheduled.
\echo == coaching_session
CREATE TEMP TABLE cs AS
SELECT row_number() OVER (ORDER BY p.agent, w) AS id, p.agent, p.trainer, p.started + w * interval '7 days' + interval '10 hours' AS at
FROM coached p, generate_series(0, greatest(1, round(:calls / 100.0 / (SELECT count(*) FROM coached)))::int - 1) w;
INSERT INTO coaching_session (id, plan_id, trainer_user_id, agent_user_id, scheduled_at, duration_minutes, state, notes, ended_at,
                              acknowledged_at, agent_comment, version)
SELECT s.id, s.agent, s.trainer, s.agent, s.at, 30, x.state,
       CASE WHEN x.state = 'DONE' THEN 'Went through two calls of the week; practised the hold script.' END,
       CASE WHEN x.state = 'DONE' THEN s.at + interval '30 minutes' END,
       CASE WHEN x.state = 'DONE' AND pg_temp.u(s.id, 205) < 0.7 THEN s.at + interval '1 day' END,
       CASE WHEN x.state = 'DONE' AND pg_temp.u(s.id, 206) < 0.2 THEN 'Helpful, thanks.' END, 0
FROM cs s, clock c,
     LATERAL (SELECT CASE WHEN s.at >= c.anchor THEN 'SCHEDULED' WHEN pg_temp.u(s.id, 203) < 0.8 THEN 'DONE'
                          WHEN pg_temp.u(s.id, 204) < 0.5 THEN 'MISSED' ELSE 'CANCELLED' END AS state) x;

\echo == coaching_action
INSERT INTO coaching_action (session_id, position, text, due_on, done, done_at)
SELECT s.id, k, (ARRAY['Summarise the next steps before closing.', 'Say what you are doing during long lookups.'])[k],
       (s.scheduled_at + interval '7 days')::date, x.done, CASE WHEN x.done THEN s.scheduled_at + interval '5 days' END
FROM coaching_session s, generate_series(1, 2) k, clock c,
     LATERAL (SELECT s.scheduled_at + interval '7 days' < c.anchor AND pg_temp.u(s.id * 2 + k, 207) < 0.7 AS done) x
WHERE s.state = 'DONE' AND (k = 1 OR pg_temp.u(s.id, 208) < 0.5);

-- Each done session shows the agent's latest evaluation before it.
\echo == coaching_attachment
INSERT INTO coaching_attachment (session_id, kind, evaluation_id, added_by, added_at)
SELECT s.id, 'EVALUATION', e.id, t.username, s.scheduled_at
FROM coaching_session s JOIN person t ON t.id = s.trainer_user_id,
     LATERAL (SELECT id FROM evaluation WHERE agent_user_id = s.agent_user_id AND created_at < s.scheduled_at
              ORDER BY created_at DESC LIMIT 1) e
WHERE s.state = 'DONE';

\echo == identities
-- Explicit ids above: move every identity past them, so that the application's own inserts go on.
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = 'public' AND is_identity = 'YES' LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), greatest(1, (SELECT coalesce(max(%I), 0) FROM %I)), '
                   || '(SELECT count(*) > 0 FROM %I))', c.table_name, c.column_name, c.column_name, c.table_name, c.table_name);
  END LOOP;
END $$;

\echo == ANALYZE
ANALYZE;
