#!/usr/bin/env bash
# The whole benchmark in one run: builds the jar, generates a corpus, imports it, rebuilds the index, starts the
# server with -Xmx1g and measures every kind of page with wrk replaying URL mixes (never one URL repeated), next to
# the same server's own ceiling (a fixed 60 KB page from memory). Prints one markdown table.
#
# Usage: bench/run.sh [--items N] [--seed S] [--duration 20s] [--warmup 10s] [--warmup-rounds 6] [--connections 32]
#                     [--postgres] [--keep DIR]
#   --warmup          how long one warm-up round of a mix runs; each mix runs in rounds, before anything is measured,
#   --warmup-rounds   until two rounds in a row agree within a tenth (or this many rounds have run), so that the
#                     server's hot code is compiled and its caches hold what the mix reads
#   --postgres  use a fresh PostgreSQL database (127.0.0.1:5432, user postgres) instead of embedded H2
#   --keep DIR  keep the data directory and URL mixes in DIR (and reuse its corpus and data if present)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
items=100000 seed=42 duration=20s warmup=10s warmup_rounds=6 connections=32 postgres=false keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --items) items="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --warmup-rounds) warmup_rounds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --postgres) postgres=true; shift ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$duration" =~ ^[0-9]+s$ && "$warmup" =~ ^[0-9]+s$ ]] || { echo "bench/run.sh: give --duration and --warmup in seconds, e.g. 20s" >&2; exit 2; }
for tool in wrk curl python3 bc; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (apt-get install $tool)" >&2; exit 2; }
done

if [ -n "$keep" ]; then work="$keep"; mkdir -p "$work"; else
  work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-bench-XXXXXX")"; trap 'rm -rf "$work"' EXIT; fi
port=18080 base="http://127.0.0.1:18080"
jar="$here/target/dateline.jar"
say() { echo "== $*" >&2; }
settings=(--dateline.data-dir="$work/data") database=H2
if $postgres; then
  db="dateline_bench"
  if [ ! -d "$work/data" ]; then
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
  fi
  database=PostgreSQL
  settings+=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres)
fi
# Peak heap from a GC log: the most any collection found in use before it ran.
peak_heap() { grep -o '[0-9]*M->[0-9]*M' "$1" | cut -dM -f1 | sort -n | tail -1; }
since() { echo "scale=1; ($(date +%s.%N) - $1) / 1" | bc; }

say "building $jar"
(cd "$here" && ./mvnw -q -B -DskipTests package) >&2
commit="$(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet || echo '+changes')"

if [ ! -s "$work/corpus.ndjson" ]; then
  say "generating $items items (seed $seed)"
  t0=$(date +%s.%N)
  java -jar "$jar" generate --items "$items" --seed "$seed" > "$work/corpus.ndjson"
  generate_s=$(since "$t0")
else generate_s="(kept)"; fi
items=$(wc -l < "$work/corpus.ndjson")

if [ ! -d "$work/data" ]; then
  say "importing $(du -hL "$work/corpus.ndjson" | cut -f1) into a fresh data directory ($database)"
  # The collector ./dateline gives its batch commands.
  /usr/bin/time -f '%M' -o "$work/import.rss" java -Xmx1g -XX:+UseParallelGC -Xlog:gc:file="$work/import-gc.log" -jar "$jar" import \
      "${settings[@]}" "$work/corpus.ndjson" > "$work/import.out" 2>&1 &
  import_pid=$!; t0=$(date +%s.%N)
  wait "$import_pid" || { tail -20 "$work/import.out" >&2; exit 1; }
  import_s=$(since "$t0")
  import_rate=$(echo "$items / $import_s" | bc)
  import_heap="$(peak_heap "$work/import-gc.log") MB heap, $(( $(cat "$work/import.rss") / 1024 )) MB RSS"
  # The command compacts an embedded database it left mostly dead pages; its time is part of the import's.
  compaction="$(sed -n 's/^Compacted the database from \(.*\) to \(.*\) in \(.*\) s\.$/; compacting \1 to \2 took \3 s of it/p' "$work/import.out")"
  say "reindexing"
  t0=$(date +%s.%N)
  java -Xmx1g -XX:+UseParallelGC -jar "$jar" reindex "${settings[@]}" > "$work/reindex.out" 2>&1
  reindex_s=$(since "$t0")
else import_s="(kept)" import_rate="-" import_heap="-" compaction="" reindex_s="(kept)"; fi

# Waits until the server answers ready; fails with its log if it stops first.
await_ready() {
  until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$1" 2>/dev/null || { tail -30 "$2" >&2; exit 1; }
    sleep 0.1
  done
}
server_settings=("${settings[@]}" --server.port=$port --dateline.bench.ceiling=true --dateline.feeds.base-url="$base")
# The server's JVM as the README starts it on a small machine: the serial collector keeps the heap near what the
# server holds (G1 grew it to the limit under load), at no cost in requests per second (docs/benchmarks.md).
server_java=(-Xmx1g -XX:+UseSerialGC)

say "starting the server from the jar (${server_java[*]}) to time its start-up"
t0=$(date +%s.%N)
java "${server_java[@]}" -jar "$jar" "${server_settings[@]}" > "$work/server-jar.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; [ -z "$keep" ] && rm -rf "$work"' EXIT
await_ready $server "$work/server-jar.out"
start_jar_s=$(since "$t0")
kill $server; wait $server 2>/dev/null || true

say "preparing a fast start (deploy/prepare.sh: extracted jar, class data sharing archive, ahead-of-time bean definitions)"
DATELINE_JAVA_OPTS="${server_java[*]}" "$here/deploy/prepare.sh" "$work/app" "${server_settings[@]}"

say "starting the server (${server_java[*]}) as prepared, on port $port"
t0=$(date +%s.%N)
(cd "$work/app" && exec java "${server_java[@]}" -XX:SharedArchiveFile=dateline.jsa -Dspring.aot.enabled=true -Xlog:gc:file="$work/server-gc.log" \
    -jar dateline.jar "${server_settings[@]}") > "$work/server.out" 2>&1 &
server=$!
await_ready $server "$work/server.out"
start_s=$(since "$t0")

say "collecting URL mixes"
python3 "$here/bench/urls.py" "$base" "$work/urls" "$seed"

rm -f "$work"/rss.*
# wrk over a URL mix (or one URL when the mix is a path); prints its summary.
measure() {
  local what="$1" args=() out
  if [ -f "$work/urls/$what.txt" ]; then args=(-s "$here/bench/mix.lua" "$base" -- "$work/urls/$what.txt"); else args=("$base$what"); fi
  wrk -t2 -c"$connections" -d5s "${args[@]}" > /dev/null  # warm-up
  # Resident memory in kB, all of it and the anonymous part (heap, metaspace, code, stacks): the rest is files mapped
  # into memory, mostly the search index, pages the kernel can take back when it needs them.
  ( while sleep 1; do awk '/^VmRSS/ {all=$2} /^RssAnon/ {anon=$2} END {print all, anon}' /proc/$server/status; done ) \
      > "$work/rss.${what//\//_}" & local sampler=$!
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency --timeout 10s "${args[@]}")
  kill $sampler
  echo "$out" > "$work/wrk-${what//\//_}.txt"
  summary <<< "$out"
}
# wrk's report as "req/s p50 p99 non2xx requests".
summary() {
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} / requests in / {n=$1}
       END {printf "%.0f %s %s %d %d\n", rps, p50, p99, bad + 0, n}'
}
# Item pages the server has not kept: one thread goes once through URLs of no other mix, for less time than it would
# take to go round them all. Prints its summary.
first_visits() {
  local out
  out=$(wrk -t1 -c"$connections" -d8s --latency --timeout 10s -s "$here/bench/mix.lua" "$base" -- "$work/urls/items-first.txt")
  echo "$out" > "$work/wrk-items-first.txt"
  summary <<< "$out"
}
# One connection, one thread: the latency a single reader sees for the search mix.
single() {
  wrk -t1 -c1 -d"$duration" --latency -s "$here/bench/mix.lua" "$base" -- "$work/urls/$1.txt" |
    awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} END {printf "%s %s %.0f\n", p50, p99, rps}'
}

# A server runs for days: the figures are of compiled code and warm caches, not of the first minutes after a start,
# when the JIT compilers share the two cores with the requests. One fixed warm-up was not enough: feeds at 1,000,000
# items went 511, 1,604, 2,253, 3,979 req/s over four 20 s runs after a start. So each mix runs until two rounds agree.
declare -A rounds
warm() {
  local mix="$1" args=() previous=0 now round
  if [ -f "$work/urls/$mix.txt" ]; then args=(-s "$here/bench/mix.lua" "$base" -- "$work/urls/$mix.txt"); else args=("$base$mix"); fi
  for ((round = 1; round <= warmup_rounds; round++)); do
    now=$(wrk -t2 -c"$connections" -d"$warmup" "${args[@]}" | awk '/Requests\/sec/ {printf "%.0f", $2}')
    say "warming up $mix, round $round: $now req/s"
    if [ "$previous" -gt 0 ] && [ $(( (now > previous ? now - previous : previous - now) * 10 )) -le "$now" ]; then break; fi
    previous=$now
  done
  if [ "$round" -gt "$warmup_rounds" ]; then rounds[$mix]="$warmup_rounds (still changing)"; else rounds[$mix]=$round; fi
}
say "warming up: each mix in rounds of $warmup until two agree within a tenth (at most $warmup_rounds rounds)"
for mix in /bench/ceiling items listings search api feeds; do warm $mix; done
say "measuring (wrk -t2 -c$connections -d$duration each, after a 5 s warm-up)"
read -r ceiling_rps ceiling_p50 ceiling_p99 ceiling_bad _ < <(measure /bench/ceiling)
declare -A rps p50 p99 bad
for mix in items listings search api feeds; do
  read -r "rps[$mix]" "p50[$mix]" "p99[$mix]" "bad[$mix]" _ < <(measure $mix)
  say "$mix: ${rps[$mix]} req/s, p99 ${p99[$mix]}, non-2xx ${bad[$mix]}"
done
read -r first_rps first_p50 first_p99 first_bad first_requests < <(first_visits)
say "items, first visits: $first_rps req/s, p99 $first_p99, $first_requests requests"
read -r search1_p50 search1_p99 search1_rps < <(single search)
# The target is a rate and a latency together: 80 searches a second, each answered within 100 ms (p99). The mixes
# above saturate the server, so their p99 is mostly queueing; this offers the target rate and no more. Each is
# offered for a warm-up first, not counted: the saturated mixes leave the old generation full of what they promoted,
# and its collection (a quarter of a second with the serial collector) is their cost, not the steady rate's.
seconds=${duration%s}
python3 "$here/bench/rate.py" "$base" "$work/urls/search.txt" 80 "${warmup%s}" > /dev/null
read -r search80_rate search80_p50 search80_p99 search80_max search80_bad \
    < <(python3 "$here/bench/rate.py" "$base" "$work/urls/search.txt" 80 "$seconds")
python3 "$here/bench/rate.py" "$base" "$work/urls/api.txt" 80 "${warmup%s}" > /dev/null
read -r api80_rate api80_p50 api80_p99 api80_max api80_bad \
    < <(python3 "$here/bench/rate.py" "$base" "$work/urls/api.txt" 80 "$seconds")
read -r ceiling2_rps _ < <(measure /bench/ceiling)

ratio() { echo "scale=2; $1 / $ceiling_rps" | bc; }
target() { if [ "$1" -ge "$2" ]; then echo "≥ $2 met"; else echo "≥ $2 **missed**"; fi; }
# verdict OP VALUE LIMIT: "met" or "**missed**" (OP is <= or >=); nothing when the value was not measured (kept data).
verdict() { if [[ ! "$2" =~ ^[0-9.]+$ ]]; then return; elif [ "$(echo "$2 $1 $3" | bc)" = 1 ]; then echo " met"; else echo " **missed**"; fi; }
secs() { if [[ "$1" =~ ^[0-9.]+$ ]]; then echo "$1 s"; else echo "$1"; fi; }
if [ "$database" = H2 ]; then import_target=3000; else import_target=2000; fi
echo
max_rss=$(cut -d' ' -f1 "$work"/rss.* | sort -n | tail -1)
max_anon=$(cut -d' ' -f2 "$work"/rss.* | sort -n | tail -1)
echo "Dateline $commit, $items items ($database), $(date -u '+%Y-%m-%d %H:%M UTC'),"
echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(java -version 2>&1 | head -1),"
echo "server ${server_java[*]}, wrk -t2 -c$connections -d$duration --latency on loopback, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warm-up rounds of $warmup: ceiling ${rounds[/bench/ceiling]}, items ${rounds[items]}, listings ${rounds[listings]}, search ${rounds[search]}, API ${rounds[api]}, feeds ${rounds[feeds]}"
echo
echo "| figure | value | share of ceiling | target |"
echo "| --- | --- | --- | --- |"
echo "| generate | $(secs "$generate_s") | | |"
echo "| import (end to end, one command) | $(secs "$import_s"), $import_rate items/s$compaction; peak $import_heap | | ≥ $import_target items/s ($database)$(verdict '>=' "$import_rate" $import_target) |"
echo "| reindex | $(secs "$reindex_s") | | 1M in ≤ 300 s |"
echo "| start-up with an existing index, to ready: from the jar | $start_jar_s s | | ≤ 5 s$(verdict '<=' "$start_jar_s" 5) |"
echo "| start-up with an existing index, to ready: prepared (deploy/prepare.sh) | $start_s s | | ≤ 5 s$(verdict '<=' "$start_s" 5) |"
echo "| ceiling: fixed 60 KB page | $ceiling_rps req/s, p99 $ceiling_p99 (again at the end: $ceiling2_rps) | 1.00 | |"
for mix in items listings search api feeds; do
  case $mix in items) t=5000 ;; listings) t=1500 ;; search|api) t=80 ;; feeds) t=3000 ;; esac
  echo "| $mix ($(wc -l < "$work/urls/$mix.txt") URLs) | ${rps[$mix]} req/s, p50 ${p50[$mix]}, p99 ${p99[$mix]}, non-2xx ${bad[$mix]} | $(ratio "${rps[$mix]}") | $(target "${rps[$mix]}" $t) |"
done
echo "| items, first visits ($first_requests requests over $(wc -l < "$work/urls/items-first.txt") URLs no other mix asks for) | $first_rps req/s, p50 $first_p50, p99 $first_p99, non-2xx $first_bad | $(ratio "$first_rps") | |"
echo "| search, one reader at a time | p50 $search1_p50, p99 $search1_p99 ($search1_rps/s) | | |"
within() { if [ "$(echo "$1 <= 100" | bc)" = 1 ]; then echo "p99 ≤ 100 ms met"; else echo "p99 ≤ 100 ms **missed**"; fi; }
echo "| search page at 80/s offered (bench/rate.py) | $search80_rate/s, p50 ${search80_p50}ms, p99 ${search80_p99}ms, max ${search80_max}ms, errors $search80_bad | | $(within "$search80_p99") |"
echo "| API search at 80/s offered | $api80_rate/s, p50 ${api80_p50}ms, p99 ${api80_p99}ms, max ${api80_max}ms, errors $api80_bad | | $(within "$api80_p99") |"
echo "| server RSS, peak under load | $((max_rss / 1024)) MB, of which anonymous $((max_anon / 1024)) MB (the rest mapped files, mostly the index); peak heap $(peak_heap "$work/server-gc.log") MB | | ≤ 1,536 MB$(verdict '<=' $((max_rss / 1024)) 1536) |"
