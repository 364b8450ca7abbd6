#!/bin/bash
# bench/scale-pages.sh — response times of the dashboards and list pages at scale (docs/benchmarks.md,
# "Dashboards and lists at scale"). Deploys this tree's EAR on the provisioned WildFly against a
# database that bench/scale-data.sh filled (1 M calls), the server pinned to CPU 1, and takes the
# plan's requests (bench/scale-plan.json: REST endpoints and console pages, as the whole
# organization's manager and as one team's supervisor) with page-load.py pinned to CPU 0:
#   1. USERS concurrent users for SECONDS after a WARMUP (not counted), each sending its next request as soon
#      as the last one answered (saturation): client and server percentiles;
#   2. the same USERS pacing themselves like people, a think time of THINK seconds on average (exponential)
#      before each request, for PACED seconds after a 30-s warm-up;
#   3. each request alone, TIMES times, with PostgreSQL logging every statement's duration and
#      auto_explain the plans of those over 20 ms: PostgreSQL's time per request against the server's.
# Bounded: the deployment by 240 s, each phase by its length plus 120 s; the server is stopped by its PID,
# and the database's logging settings are reset at the end.
# Usage: bench/scale-pages.sh [--db NAME=earshot_scale] [--users N=10] [--seconds S=120] [--warmup S=60]
#                             [--think S=2] [--paced S=600] [--times N=20]    (--paced 0 leaves out phase 2)
# Needs: a provisioned server (./mvnw -DskipTests package once), the database filled by
# bench/scale-data.sh, PostgreSQL on 127.0.0.1:5432 (user postgres, trust) with its log readable
# (root) at PG_LOG, python3, taskset. Results: bench/.run/results/scale-pages-<time>.json
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO"
lock_bench
db=earshot_scale; users=10; seconds=120; warmup=60; think=2; paced=600; times=20
while [ $# -gt 0 ]; do
  case $1 in
    --db) db=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --think) think=$2; shift 2 ;;
    --paced) paced=$2; shift 2 ;;
    --times) times=$2; shift 2 ;;
    *) echo "usage: $0 [--db NAME] [--users N] [--seconds S] [--warmup S] [--think S] [--paced S] [--times N]" >&2; exit 2 ;;
  esac
done
[[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || { log "--db must be a plain lower-case name"; exit 2; }
for n in "$users" "$seconds" "$warmup" "$paced" "$times"; do
  [[ $n =~ ^[0-9]+$ ]] || { log "--users, --seconds, --warmup, --paced and --times take whole numbers"; exit 2; }
done
[[ $think =~ ^[0-9]+(\.[0-9]+)?$ ]] && [ "$think" != 0 ] || { log "--think takes a number of seconds above 0"; exit 2; }
offset=${SCALE_BENCH_PORT_OFFSET:-690}   # HTTP 8770: apart from a demo (run.sh), test servers and the other benchmarks
http=$((8080 + offset)); work=$RUN/scale-pages
pg_log=${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log | head -1)}
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$db" "$@"; }
psql -X -h 127.0.0.1 -U postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
  || { log "no database $db: fill it with bench/scale-data.sh first"; exit 1; }
[ -r "$pg_log" ] || { log "PostgreSQL's log $pg_log is not readable (set PG_LOG)"; exit 1; }
mkdir -p "$work" "$RESULTS"
build_ear

# The 90 days of generated calls end at today's midnight (UTC): the dashboards take the last 30 days, the lists a week.
to=$(date -u +%Y-%m-%dT00:00:00Z)
week=$(date -u -d '7 days ago' +%Y-%m-%dT00:00:00Z)
last_day=$(date -u -d 'yesterday' +%Y-%m-%d); first_day=$(date -u -d '30 days ago' +%Y-%m-%d)
team=$(psql_db -Atc "SELECT t.id FROM team t JOIN app_user u ON u.username = 'sup0001' AND u.team_id = t.id")
sed -e "s/@WEEK@/$week/g; s/@TO@/$to/g; s/@TEAM@/$team/g; s/@FIRST_DAY@/$first_day/g; s/@LAST_DAY@/$last_day/g" "$BENCH/scale-plan.json" > "$work/plan.json"

# The server's heap as an installation at this scale would size it (WildFly's default is 64 MB growing to 512 MB, and
# on one CPU the JVM picks the serial collector): SCALE_SERVER_HEAP overrides it. Every collection is logged.
export JBOSS_JAVA_SIZING="${SCALE_SERVER_HEAP:--Xms2g -Xmx2g -XX:+UseParallelGC} -Xlog:gc:file=$work/gc-%p.log:uptime"
rm -f "$work"/gc-*.log

reset_logging() {
  psql_db -c "ALTER DATABASE $db RESET log_min_duration_statement" -c "ALTER DATABASE $db RESET session_preload_libraries" \
    -c "ALTER DATABASE $db RESET auto_explain.log_min_duration" -c "ALTER DATABASE $db RESET auto_explain.log_analyze" || true
}
trap 'stop wildfly TERM 30; reset_logging' EXIT
reset_logging
psql_db -c "VACUUM ANALYZE"
quiet=$("$BENCH"/wait-quiet.sh 5 10 || true)
log "machine before the run: $quiet"
facts_from=$(date +%s)
start_wildfly "$db" "$offset" "$work/standalone" -Dearshot.demo-data=false -Dearshot.rtp.first-port=49200 -Dearshot.rtp.last-port=49299
# The dashboards' facts of the evaluations and calls written by the generator are made at start-up
# (QualityBackfill, CallBackfill): measured before they are complete, the server's core is busy with them.
# Counted, not anti-joined: each has one fact at most (its key), and while the fact tables are filling their
# statistics are stale, which once planned the anti-join as a nested loop that ran for half an hour.
unfacted="SELECT GREATEST(0, (SELECT count(*) FROM evaluation e WHERE e.state <> 'DRAFT' AND NOT e.calibration)
                    - (SELECT count(*) FROM quality_fact))
        + GREATEST(0, (SELECT count(*) FROM call_record c WHERE c.state = 'ENDED') - (SELECT count(*) FROM call_fact))"
# PostgreSQL on this machine runs with autovacuum off (SHOW autovacuum): the tables the backfills fill keep the
# statistics of the empty tables analyzed above, and their statements' plans with them (the quality ledger
# made 12 evaluations a second, 250 once analyzed), nor are the rows the backfills update over and over reclaimed
# (call_team_day grew to 198 MB for 59 642 rows, 11 MB compacted, and its month's sums took 75 ms instead of 12 ms).
# What autovacuum would do in production, the harness does: a vacuum and analyze every 30 s while the backfills
# run, and one of the whole database when they are done, before any request is measured.
facts_tables="quality_fact, quality_day, quality_total_day, quality_question_day, quality_question_total_day, call_fact, call_day, call_team_day"
for i in $(seq 1 360); do
  [ "$(psql_db -Atc "$unfacted")" = 0 ] && break
  if (( i % 6 == 0 )); then psql_db -c "VACUUM ANALYZE $facts_tables"; fi
  sleep 5
done
[ "$(psql_db -Atc "$unfacted")" = 0 ] || { log "the quality and call facts were not made within 30 min"; exit 1; }
# Then a vacuum as well, as autovacuum would have run by then: the backfills and any migration the server ran at its
# start (V32 wrote every recording) leave pages not marked all-visible, and an index-only scan of them reads the heap.
psql_db -c "VACUUM ANALYZE"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log "deployed, quality and call facts made $(( $(date +%s) - facts_from )) s after the server's start; $users users for $seconds s after $warmup s not counted"
taskset -c 0 timeout $((warmup + seconds + 120)) python3 "$BENCH/page-load.py" load \
  "http://127.0.0.1:$http/earshot" "$work/plan.json" "$users" "$seconds" "$warmup" > "$work/load.json"
echo null > "$work/paced.json"
if [ "$paced" != 0 ]; then
  log "$users users thinking $think s on average between requests, for $paced s after 30 s not counted"
  taskset -c 0 timeout $((paced + 30 + 120)) python3 "$BENCH/page-load.py" load \
    "http://127.0.0.1:$http/earshot" "$work/plan.json" "$users" "$paced" 30 "$think" > "$work/paced.json"
fi
# New connections read the database's settings: the server starts afresh with an empty pool.
stop wildfly TERM 30
psql_db -c "ALTER DATABASE $db SET log_min_duration_statement = 0" -c "ALTER DATABASE $db SET session_preload_libraries = 'auto_explain'" \
  -c "ALTER DATABASE $db SET auto_explain.log_min_duration = 20" -c "ALTER DATABASE $db SET auto_explain.log_analyze = on"
start_wildfly "$db" "$offset" "$work/standalone" -Dearshot.demo-data=false -Dearshot.rtp.first-port=49200 -Dearshot.rtp.last-port=49299
log "each request alone, $times times, PostgreSQL logging its statements"
taskset -c 0 timeout 1800 python3 "$BENCH/page-load.py" each "http://127.0.0.1:$http/earshot" "$work/plan.json" "$times" "$pg_log" "$db" \
  > "$work/alone.json"
rows=$(psql_db -At -F ' ' -c "SELECT relname, n_live_tup FROM pg_stat_user_tables WHERE relname IN
  ('call_record', 'recording', 'evaluation', 'app_user', 'monitoring_session', 'coaching_session') ORDER BY relname" \
  | awk '{ printf "%s\"%s\": %s", (NR > 1 ? ", " : ""), $1, $2 }')
# The collections of each server (the first for the loads, the second for the requests alone), from start to stop.
gc=$(python3 - "$work"/gc-*.log <<'PY'
import json, re, sys
pause = re.compile(r'Pause (Young|Full).* ([0-9.]+)ms$')
servers = []
for name in sys.argv[1:]:
    found = [(m.group(1), float(m.group(2))) for m in map(pause.search, open(name).read().splitlines()) if m]
    servers.append({kind.lower(): {'count': sum(1 for k, _ in found if k == kind),
                                   'total_ms': round(sum(ms for k, ms in found if k == kind)),
                                   'max_ms': round(max([ms for k, ms in found if k == kind], default=0), 1)}
                    for kind in ('Young', 'Full')})
print(json.dumps(servers))
PY
)
printf '{"machine_before": "%s", "server_heap": "%s", "rows": {%s}, "gc": %s, "load": %s, "paced": %s, "alone": %s}\n' \
  "$quiet" "${JBOSS_JAVA_SIZING%% -Xlog*}" "$rows" "$gc" "$(cat "$work/load.json")" "$(cat "$work/paced.json")" "$(cat "$work/alone.json")" \
  | tee "$RESULTS/scale-pages-$stamp.json" | python3 "$BENCH/scale-summary.py"
