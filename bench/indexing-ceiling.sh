#!/usr/bin/env bash
# The indexing ceiling of this machine: how many generated items Lucene alone indexes a second on one thread, layer by
# layer up to Dateline's whole document (bench/IndexingCeiling.java), to set the rebuild's and the import's figures
# against. Needs no database and no server. Nothing generated is kept.
# Usage: bench/indexing-ceiling.sh [--items N] [--seed S] [--layers standard,english,...]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
items=100000 seed=42 layers=""
while [ $# -gt 0 ]; do
  case "$1" in
    --items) items="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --layers) layers="$2"; shift 2 ;;
    *) echo "bench/indexing-ceiling.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$items" =~ ^[1-9][0-9]*$ ]] || { echo "bench/indexing-ceiling.sh: --items takes a positive number" >&2; exit 2; }
jar="$here/target/dateline.jar"
if [ ! -f "$jar" ]; then
  (cd "$here" && ./mvnw -q -B -DskipTests package) >&2
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-ceiling-XXXXXX")"
trap 'rm -rf "$work"' EXIT
unzip -q -j "$jar" 'BOOT-INF/lib/lucene-*' 'BOOT-INF/lib/jackson-core-2*' 'BOOT-INF/lib/jackson-databind-2*' \
  'BOOT-INF/lib/jackson-annotations-*' 'BOOT-INF/lib/jsoup-*' -d "$work/lib"
unzip -q "$jar" 'BOOT-INF/classes/*' -d "$work"
java -jar "$jar" generate --items "$items" --seed "$seed" > "$work/corpus.ndjson"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
# The items are held in memory (about 12 KB each as strings) so that only indexing is timed.
heap_mb=$(( 1024 + items / 50 ))
java -Xmx${heap_mb}m -XX:+UseParallelGC -cp "$work/lib/*:$work/BOOT-INF/classes" "$here/bench/IndexingCeiling.java" \
  "$work/corpus.ndjson" "$items" ${layers:+"$layers"} 2>&1 | grep -v '^WARNING'
