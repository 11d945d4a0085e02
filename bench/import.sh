#!/usr/bin/env bash
# Import benchmark: generates N (default 10,000) items with ./dateline generate, imports them with ./dateline import
# into a fresh data directory (no server running) and prints the rates. The command ends when the items are in the
# database and committed to the search index. Nothing generated is kept.
# Usage: bench/import.sh [N] [h2|postgres]   (postgres: a server at 127.0.0.1:5432, user postgres)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
database="${2:-h2}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-bench-XXXXXX")"
settings=(--dateline.data-dir="$work/data")
db_name=""
cleanup() {
  rm -rf "$work"
  if [ -n "$db_name" ]; then psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db_name" postgres >/dev/null; fi
}
trap cleanup EXIT
if [ "$database" = postgres ]; then
  db_name="dateline_bench_$$"
  psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db_name" postgres >/dev/null
  settings+=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db_name" --spring.datasource.username=postgres)
fi

if [ ! -f "$here/target/dateline.jar" ]; then
  (cd "$here" && ./mvnw -q -B -DskipTests package) >&2
fi

measure() { # runs "$@", sets real, cpu (user + system of the command)
  local times
  times="$( { TIMEFORMAT='%R %U %S'; time "$@" >"$work/out" 2>"$work/err"; } 2>&1 )"
  read -r real user sys <<< "$times"
  cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')"
}

measure "$here/dateline" generate --items "$count" --seed 1
mv "$work/out" "$work/items.ndjson"
echo "generate: $count items ($(du -h "$work/items.ndjson" | cut -f1)) in $real s wall, $cpu s CPU:" \
  "$(awk -v n="$count" -v r="$real" 'BEGIN { printf "%.0f", n / r }') items/s (start-up included)"

load_before="$(cut -d' ' -f1 /proc/loadavg)"
measure "$here/dateline" import "${settings[@]}" "$work/items.ndjson"
load_after="$(cut -d' ' -f1 /proc/loadavg)"
grep -v '^\s*$' "$work/out" | head -3
grep -E 'ERROR|Exception' "$work/err" | head -3 || true
awk -v n="$count" -v r="$real" -v c="$cpu" -v l1="$load_before" -v l2="$load_after" -v db="$database" -v cpus="$(nproc)" 'BEGIN {
  printf "import (%s): %d items in %.1f s wall, start-up included: %.0f items/s\n", db, n, r, n / r
  printf "CPU time of the command %.1f s on %d cores: %.0f items per CPU second; load average %s before, %s after\n", c, cpus, n / c, l1, l2
}'
