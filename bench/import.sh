#!/usr/bin/env bash
# Import benchmark: generates N (default 10,000) NDJSON items of our own, imports them with ./dateline import into
# a fresh data directory and prints the rate. Nothing generated is kept. Usage: bench/import.sh [N]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-bench-XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Items with five paragraphs each, spread over sources, fields of work, countries, types and 2000-2025.
awk -v n="$count" 'BEGIN {
  split("secretariat odihr hcnm rfom oceea mission-to-serbia mission-in-kosovo presence-in-albania programme-office-in-astana", src, " ")
  split("migration elections policing human-rights rule-of-law democratization gender-equality youth education border-management", fow, " ")
  split("albania serbia austria kazakhstan kyrgyzstan ukraine moldova armenia georgia tajikistan", cty, " ")
  split("press-release news statement event publication", typ, " ")
  split("VIENNA BELGRADE TIRANA ASTANA BISHKEK KYIV CHISINAU YEREVAN TBILISI DUSHANBE", plc, " ")
  for (i = 1; i <= n; i++) {
    y = 2000 + i % 26; m = 1 + i % 12; d = 1 + i % 28
    date = sprintf("%04d-%02d-%02d", y, m, d)
    place = plc[1 + i % 10]
    dl = sprintf("%s, %d %s %d", place, d, "March", y)
    body = "<p>" dl " – Benchmark item " i " describes a workshop that brought together officials, experts and civil society representatives for two days of discussion.</p>"
    for (p = 2; p <= 5; p++) body = body "<p>Paragraph " p " of item " i " goes on about the programme, its partners, its funding and the next steps agreed by the participants, as press releases do.</p>"
    printf "{\"type\":\"%s\",\"language\":\"en\",\"title\":\"Benchmark item %d on regional co-operation\",", typ[1 + i % 5], i
    printf "\"summary\":\"Summary of benchmark item %d.\",\"body\":\"%s\",\"dateline\":\"%s\",\"date\":\"%s\",", i, body, dl, date
    printf "\"place\":\"%s\",\"source\":{\"slug\":\"%s\"},", place, src[1 + i % 9]
    printf "\"fields_of_work\":[{\"slug\":\"%s\"},{\"name\":\"%s\"}],", fow[1 + i % 10], "Economic activities"
    printf "\"countries\":[{\"slug\":\"%s\"}],\"status\":\"published\",", cty[1 + i % 10]
    printf "\"legacy_url\":\"https://legacy.example.org/node/%d\"}\n", 100000 + i
  }
}' > "$work/items.ndjson"

if [ ! -f "$here/target/dateline.jar" ]; then
  (cd "$here" && ./mvnw -q -B -DskipTests package) >&2
fi

echo "Importing $count items ($(du -h "$work/items.ndjson" | cut -f1)) into a fresh data directory..." >&2
load_before="$(cut -d' ' -f1 /proc/loadavg)"
exec 3>&1
times="$( { TIMEFORMAT='%R %U %S'; time "$here/dateline" import --dateline.data-dir="$work/data" "$work/items.ndjson" >&3 2>&3; } 2>&1 )"
load_after="$(cut -d' ' -f1 /proc/loadavg)"
read -r real user sys <<< "$times"
awk -v n="$count" -v r="$real" -v u="$user" -v s="$sys" -v l1="$load_before" -v l2="$load_after" -v cpus="$(nproc)" 'BEGIN {
  printf "%d items in %.1f s wall, start-up included: %.0f items/s\n", n, r, n / r
  printf "CPU time %.1f s (user %.1f, system %.1f) on %d cores; load average %s before, %s after\n", u + s, u, s, cpus, l1, l2
}'
