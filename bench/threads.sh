#!/usr/bin/env bash
# CPU time of each busy thread of a running process, as last seen before the process (or the thread) ended: which
# thread an import's or a server's time goes to (the importing thread, the indexer, the JIT, H2's writers, GC).
# Usage: bench/threads.sh PID   (reads /proc/PID/task/*/stat once a second; prints name=seconds for threads over 2 s)
# Example: java -Xmx1g -jar target/dateline.jar import FILE & bench/threads.sh $!
set -uo pipefail
pid="$1"
hz="$(getconf CLK_TCK)"
declare -A seconds
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    name="$(tr ' ' _ < "$task/comm" 2>/dev/null)" || continue
    read -r -a stat < "$task/stat" 2>/dev/null || continue
    # utime and stime are the 14th and 15th fields; the name (2nd) may hold spaces, so count from the end (52 fields).
    count=${#stat[@]}
    cpu=$(( (${stat[count - 52 + 13]} + ${stat[count - 52 + 14]}) / hz ))
    if [ "${seconds[$name]:-0}" -lt "$cpu" ]; then seconds[$name]=$cpu; fi
  done 2>/dev/null
  sleep 1
done
for name in "${!seconds[@]}"; do
  if [ "${seconds[$name]}" -ge 2 ]; then echo "$name ${seconds[$name]} s"; fi
done | sort -k2 -rn
