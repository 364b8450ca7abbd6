#!/bin/bash
# Adapted from the project's kbench reference (shared/peers/kbench).
# Usage: wait-quiet.sh [TRIES=25] [BUSY_PCT=10]
# Waits (at most TRIES x 12 s, ~5 min by default) until the rest of the machine is quiet:
# whole-machine busy < BUSY_PCT % over 3 s. Prints what it saw; never blocks longer than the bound.
# Exit 0 = quiet, 1 = not quiet (the run goes on, marked as not quiet).
here=$(dirname "$0")
tries=${1:-25}; limit=${2:-10}
for i in $(seq 1 "$tries"); do
  b=$(python3 "$here/cpu-busy.py" 3 | sed 's/.*busy=\([0-9.]*\)%.*/\1/')
  if awk -v b="$b" -v l="$limit" 'BEGIN {exit !(b < l)}'; then echo "quiet: busy=${b}% (try $i)"; exit 0; fi
  [ "$i" -lt "$tries" ] && sleep 9
done
echo "NOT quiet after $tries tries: busy=${b}%"
exit 1
