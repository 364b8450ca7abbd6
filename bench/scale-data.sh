#!/bin/bash
# bench/scale-data.sh — fills a fresh PostgreSQL database with a large contact center's data, for the
# dashboards' and lists' response times at scale (issue 14): per 1 M calls, 5 k agents in teams of 15
# over 4 sites and 24 queues, 90 days of calls (weekdays and business hours in each site's time zone,
# log-normal handle times), 3 % of answered calls monitored, the recorded calls' metadata and speech
# signals (no audio), a published scorecard and 100 k evaluations in every workflow state, with
# disputes, appeals and comments, and coaching (a third of the agents with a plan, 10 k sessions with
# agreed actions and the evaluations shown). Agents, evaluations and sessions scale with --calls.
# The schema is Earshot's own: ScaleSchema runs the application's SchemaMigration (Flyway, with
# flyway_schema_history), so a deployment on the database finds it current; the fill is set-based SQL
# (bench/scale-data.sql) in one psql session, printed as a line per table: rows inserted, seconds
# taken. Deterministic for a seed, relative to today's midnight UTC (the 90 days end there). Every
# generated user's password is earshot-demo (admin, compliance, manager (the whole organization), manager1-4, trainer1-4, qa001..,
# sup0001.., agent00001..).
# Bounded: at most 2 M calls; each statement by 30 min, the fill by FILL_TIMEOUT_S (3 h).
# Usage: bench/scale-data.sh [--calls N=1000000] [--db NAME=earshot_scale] [--seed S=14]
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust), psql, Java 17; installs ejb offline when
# its classes are older than its sources. Replaces the database NAME if it exists.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO"
calls=1000000; db=earshot_scale; seed=14
while [ $# -gt 0 ]; do
  case $1 in
    --calls) calls=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage: $0 [--calls N] [--db NAME] [--seed S]" >&2; exit 2 ;;
  esac
done
[[ $calls =~ ^[0-9]+$ ]] && [ "$calls" -ge 1000 ] && [ "$calls" -le 2000000 ] \
  || { log "--calls must be a whole number from 1000 to 2000000"; exit 2; }
[[ $db =~ ^[a-z_][a-z0-9_]*$ ]] || { log "--db must be a plain lower-case name"; exit 2; }
[[ $seed =~ ^[0-9]+$ ]] || { log "--seed must be a whole number"; exit 2; }
agents=$(( calls / 200 > 30 ? calls / 200 : 30 ))   # 5 k per 1 M calls
evaluations=$(( calls / 10 ))                        # 100 k per 1 M calls
answer_sets=200
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }

if [ ! -f ejb/target/classes/org/earshot/schema/SchemaMigration.class ] \
   || [ -n "$(find ejb/src/main -newer ejb/target/classes/org/earshot/schema/SchemaMigration.class -print -quit)" ]; then
  log "installing ejb offline"
  ./mvnw -B -o -q install -pl ejb -am -DskipTests
fi
mkdir -p "$RUN/scale"
if [ ! -s "$RUN/ejb-classpath.txt" ] || [ ejb/pom.xml -nt "$RUN/ejb-classpath.txt" ]; then
  ./mvnw -B -o -q -pl ejb dependency:build-classpath -Dmdep.outputFile="$RUN/ejb-classpath.txt" -Dmdep.includeScope=test
fi
# The driver is the ear's (the application server's); the version the parent POM names, from the local repository.
pg_version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' pom.xml)
driver=${MAVEN_REPO:-$HOME/.m2/repository}/org/postgresql/postgresql/$pg_version/postgresql-$pg_version.jar
[ -f "$driver" ] || { log "no PostgreSQL driver $driver"; exit 1; }
classes=$RUN/scale/classes
rm -rf "$classes"; mkdir -p "$classes"
cp="$REPO/ejb/target/classes:$(cat "$RUN/ejb-classpath.txt"):$driver"
javac --release 17 -nowarn -d "$classes" -cp "$cp" "$BENCH"/java/org/earshot/bench/scale/ScaleSchema.java

start=$(now)
log "database $db: $calls calls, $agents agents, $evaluations evaluations, seed $seed"
psql_db -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
java -Xmx256m -cp "$classes:$cp" org.earshot.bench.scale.ScaleSchema "jdbc:postgresql://127.0.0.1:5432/$db" postgres \
  "$seed" "$answer_sets" > "$RUN/scale/seed.sql" 2> "$RUN/scale/schema.log" \
  || { cat "$RUN/scale/schema.log" >&2; log "the schema could not be migrated"; exit 1; }
log "schema migrated ($(psql_db -d "$db" -Atc 'SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1')), filling"
# psql's "== table" markers, row counts and \timing lines, as one line per step: table, rows, seconds
timeout "${FILL_TIMEOUT_S:-10800}" psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d "$db" \
  -v seed="$seed" -v calls="$calls" -v agents="$agents" -v evaluations="$evaluations" -v answer_sets="$answer_sets" \
  -f "$RUN/scale/seed.sql" -f "$BENCH/scale-data.sql" 2>&1 \
  | awk '/^== / { if (t != "") printf "%-22s %10d %8.1f s\n", t, rows, ms / 1000; t = $2; rows = 0; ms = 0; next }
         /^INSERT 0 / { rows += $3 } /^SELECT [0-9]+$/ { rows += $2 } /^Time: / { ms += $2 }
         /ERROR|FATAL/ { print > "/dev/stderr" }
         END { if (t != "") printf "%-22s %10d %8.1f s\n", t, rows, ms / 1000 }'
[ "${PIPESTATUS[0]}" -eq 0 ] || { log "the fill failed"; exit 1; }
log "done in $(awk -v s="$start" -v e="$(now)" 'BEGIN { printf "%.0f", e - s }') s; rows per table:"
psql_db -d "$db" -At -F ' ' -c "SELECT format('SELECT %L, count(*) FROM %I;', relname, relname) FROM pg_stat_user_tables ORDER BY relname" \
  | psql_db -d "$db" -At -F ' ' | awk '$2 > 0 { printf "  %-28s %10d\n", $1, $2 }'
