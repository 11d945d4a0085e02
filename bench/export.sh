#!/usr/bin/env bash
# Export benchmark: fills a data directory with N generated items (default 100,000; the generator of bench/import.sh),
# then exports the whole archive (NDJSON and CSV) and one search (through the index) with ./dateline export under a
# small heap (-Xmx${HEAP:-128m}), and prints for each the items, size, wall time, peak heap in use (from the GC log)
# and peak resident set size. Usage: bench/export.sh [N] [DATA_DIR]. A DATA_DIR that already holds items is exported
# as it is (no import: a 100,000-item import takes a while); without one, a temporary directory is used and removed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
heap="${HEAP:-128m}"
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-export-bench-XXXXXX")"
trap 'rm -rf "$work"' EXIT
data="${2:-$work/data}"
items="$work/items.ndjson"

if [ ! -f "$here/target/dateline.jar" ]; then
  (cd "$here" && ./mvnw -q -B -DskipTests package) >&2
fi

if [ ! -d "$data/index" ]; then
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
}' > "$items"
  echo "Importing $count items ($(du -h "$items" | cut -f1)) into $data..." >&2
  start=$(date +%s)
  "$here/dateline" import --dateline.data-dir="$data" "$items" >&2
  echo "Imported in $(( $(date +%s) - start )) s." >&2
  rm -f "$items"
  # The import's index updates run after each item's commit; a rebuild makes sure the index holds them all.
  "$here/dateline" reindex --dateline.data-dir="$data" >&2
fi

measure() {
  local name="$1"; shift
  local out="$work/export.$name"
  local gclog="$work/gc.$name.log"
  DATELINE_JAVA_OPTS="-Xmx$heap -Xlog:gc:file=$gclog" /usr/bin/time -f "%e %M" -o "$work/time.$name" \
    "$here/dateline" export --dateline.data-dir="$data" "$@" > "$out" 2> "$work/err.$name"
  read -r wall rss_kb < "$work/time.$name"
  # Unified GC log lines end with "Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(128M) 3.456ms".
  local peak
  peak="$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | awk -F'M->|M' '{ if ($1 > max) max = $1 } END { print max + 0 }')"
  local live
  live="$(grep -oE '[0-9]+M->[0-9]+M' "$gclog" | awk -F'M->|M' '{ if ($2 > max) max = $2 } END { print max + 0 }')"
  local lines
  lines="$(grep -c '' "$out" || true)"
  printf "%-28s %8d lines %7s  %6.1f s  heap peak %4d MB (after GC at most %3d MB) of %s  RSS %4d MB  [%s]\n" \
    "$name" "$lines" "$(du -h "$out" | cut -f1)" "$wall" "$peak" "$live" "$heap" "$((rss_kb / 1024))" \
    "$(tr '\n' ' ' < "$work/err.$name")"
  rm -f "$out"
}

echo "Exporting $(du -sh "$data" | cut -f1) of data with -Xmx$heap on $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg):"
measure whole-archive.ndjson
measure whole-archive.csv --format csv
measure search-type-news.ndjson --type news
measure search-text.ndjson --q workshop --from 2010-01-01
