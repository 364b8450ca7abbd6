#!/usr/bin/env bash
# Audited writes per second on PostgreSQL, for each given commit of Earshot (default: the last
# commit whose audit trail locked one chain-head row per write, and the working tree's HEAD).
# For each commit: builds its EAR from a clean export (offline), deploys it on the provisioned
# WildFly of this checkout against a fresh PostgreSQL database, runs bench/audit-load.py with each
# client count for a fixed time, verifies the chain, stops the server.
#   bench/audit-writes.sh [--seconds S] [--clients "1 4 16"] [REF ...]
# Needs: a provisioned server (./mvnw -DskipTests package once), PostgreSQL on 127.0.0.1:5432
# (user postgres, trust), psql, python3. Results: bench/.run/audit/results-<time>.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
source bench/lib.sh
lock_bench
seconds=30
client_counts="1 4 16"
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --clients) client_counts=$2; shift 2 ;;
    *) break ;;
  esac
done
refs=("$@")
if [ ${#refs[@]} -eq 0 ]; then
  # "Before" is the parent of the commit that took the chain-head lock out of AuditService.
  unlocked=$(git log --format=%H -1 -S'PESSIMISTIC_WRITE' -- ejb/src/main/java/org/earshot/audit/AuditService.java)
  refs=("$unlocked~1" HEAD)
fi

work=$root/bench/.run/audit
mkdir -p "$work"
results=$work/results-$(date -u +%Y%m%dT%H%M%SZ).jsonl
# Ports apart from a demo (run.sh) and from test servers: HTTP 8080 + offset, SIP 5060 + offset; no
# call is made, but the SIP adapter binds its ports anyway.
offset=${AUDIT_BENCH_PORT_OFFSET:-650}
http=$((8080 + offset))
db=earshot_bench_audit

for ref in "${refs[@]}"; do
  sha=$(git rev-parse --short "$ref")
  src=$work/src-$sha
  if [ ! -f "$src/ear/target/earshot.ear" ]; then
    echo "building $ref ($sha) ..." >&2
    rm -rf "$src" && mkdir -p "$src"
    git archive "$sha" | tar -x -C "$src"
    (cd "$src" && ./mvnw -B -o -q package -pl ear -am -DskipTests) >&2
  fi
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >&2
  trap 'stop wildfly TERM 30' EXIT
  # every CPU: the audited writes are measured as a server runs them, not pinned as the relay benchmarks are
  WILDFLY_EAR=$src/ear/target/earshot.ear WILDFLY_CPUS=0-$(($(nproc) - 1)) \
    start_wildfly "$db" "$offset" "$work/standalone-$sha" -Dearshot.demo-data=true -Dearshot.sip.digest=MD5 \
    -Dearshot.rtp.first-port=49000 -Dearshot.rtp.last-port=49099
  for clients in $client_counts; do
    echo "$sha: $clients clients for ${seconds}s ..." >&2
    python3 bench/audit-load.py "http://127.0.0.1:$http/earshot/api/v1" "$clients" "$seconds" \
      | sed "s/^{/{\"commit\": \"$sha\", /" | tee -a "$results"
  done
  stop wildfly TERM 30
  trap - EXIT
done
echo "results: $results" >&2
