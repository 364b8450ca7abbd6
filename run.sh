#!/usr/bin/env bash
# Builds (when sources changed), provisions and starts Earshot on WildFly with the embedded H2
# database and demo data, then prints the URLs and demo logins. Ctrl-C stops the server.
#   ./run.sh            build if needed, start
#   ./run.sh --rebuild  force a full build first
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
wildfly_version=39.0.1.Final
server_home=$root/wildfly-config/target/wildfly-$wildfly_version
base_dir=$root/.run/standalone
ear=$root/ear/target/earshot.ear

needs_build() {
  [ "${1:-}" = "--rebuild" ] && return 0
  [ -f "$ear" ] && [ -f "$server_home/standalone/configuration/.earshot-configured" ] || return 0
  # any source or build file newer than the EAR means the EAR is stale
  [ -n "$(find pom.xml */pom.xml */src -newer "$ear" -type f -print -quit 2>/dev/null)" ]
}

if needs_build "${1:-}"; then
  echo "Building Earshot and provisioning WildFly $wildfly_version ..."
  ./mvnw -q -DskipTests package
else
  echo "Sources unchanged since the last build: reusing the provisioned server."
fi

# The run keeps its own server base directory (configuration, H2 data, logs) beside the
# provisioned server, so tests and rebuilds never touch the demo's data.
if [ ! -f "$base_dir/configuration/.earshot-configured" ] || \
   [ "$server_home/standalone/configuration/.earshot-configured" -nt "$base_dir/configuration/.earshot-configured" ]; then
  rm -rf "$base_dir/configuration"
  mkdir -p "$base_dir"
  cp -r "$server_home/standalone/configuration" "$base_dir/"
  mkdir -p "$base_dir/deployments"
fi
rm -f "$base_dir"/deployments/earshot.ear.*
cp "$ear" "$base_dir/deployments/earshot.ear"

# In the background standalone.sh relays INT and TERM to the JVM, so stopping run.sh by either
# (Ctrl-C, or kill from another shell or a script) stops the server too.
LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" -c standalone-full.xml \
  -Djboss.server.base.dir="$base_dir" -b 127.0.0.1 -bmanagement 127.0.0.1 \
  -Dearshot.demo-data=true -Dearshot.sip.digest=MD5 -Dearshot.recordings.keyset.create=true \
  > "$base_dir/console.log" 2>&1 &
server_pid=$!
trap 'echo; echo "Stopping Earshot ..."; kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; exit 0' INT TERM

for _ in $(seq 1 180); do
  if [ -f "$base_dir/deployments/earshot.ear.deployed" ]; then break; fi
  if [ -f "$base_dir/deployments/earshot.ear.failed" ] || ! kill -0 $server_pid 2>/dev/null; then
    echo "Earshot failed to start; see $base_dir/console.log and $base_dir/log/server.log" >&2
    cat "$base_dir/deployments/earshot.ear.failed" 2>/dev/null >&2 || true
    kill $server_pid 2>/dev/null || true
    exit 1
  fi
  sleep 1
done
[ -f "$base_dir/deployments/earshot.ear.deployed" ] || { echo "Earshot did not deploy within 180 s" >&2; kill $server_pid; exit 1; }

cat <<INFO

  Earshot is running.

  Web console   http://127.0.0.1:8080/earshot/
  REST API      http://127.0.0.1:8080/earshot/api/v1/   (HTTP Basic, same logins)
  OpenAPI       http://127.0.0.1:8080/openapi
  Health        http://127.0.0.1:9990/health
  Metrics       http://127.0.0.1:9990/metrics
  SIP           127.0.0.1:5060 (UDP, TCP), realm earshot, digest MD5 (what sipp and baresip speak);
                phones register their extension
  Recordings    http://127.0.0.1:8080/earshot/app/recordings/recordings.xhtml (Billing records every call);
                encrypted under $base_dir/data/recordings, keyset $base_dir/configuration/recording-keyset.json
  Server log    $base_dir/log/server.log

  Demo logins (password for all: earshot-demo)
    admin         administrator (organization, grants, audit)
    sup.billing   supervisor of team Billing and queue Billing (all modes)
    sup.support   supervisor of team Tech Support and queue Support (listen, whisper, barge)
    qa            QA evaluator, site Riverside (listen)
    qa.lead       QA evaluator who leads calibration, site Riverside (listen)
    trainer       trainer, site Riverside (listen, whisper)
    manager       manager, site Riverside
    compliance    compliance reviewer, whole organization (listen; permission reviews, audit;
                  recording download, legal holds, erasure, purge)
    agent1..agent6  agents, extensions 1001..1006 (SIP password sip-<ext>-demo)

  Press Ctrl-C to stop.
INFO
wait $server_pid
