#!/usr/bin/env bash
# API bulk-write benchmark: generates N items (default 10,000), starts the server (-Xmx1g) on a fresh data
# directory, issues an administrator's API token for every structure through the back office, and sends the items
# to POST /api/v1/items/bulk in requests of LINES lines (default 1,000), one request at a time. Prints the rate,
# counted from the first request to the last answer (the server's indexing of the items goes on beside it).
# Nothing generated is kept.
# Usage: bench/api-bulk.sh [N] [LINES]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-10000}"
per_request="${2:-1000}"
port=18091 base="http://127.0.0.1:18091"
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-api-bulk-XXXXXX")"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "bench/api-bulk.sh needs $tool" >&2; exit 2; }
done
jar="$here/target/dateline.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests package) >&2
settings=(--dateline.data-dir="$work/data")

java -jar "$jar" generate --items "$count" --seed 1 > "$work/items.ndjson"
split -l "$per_request" -d -a 5 "$work/items.ndjson" "$work/part-"
password="bench-$(date +%s%N)"
echo "$password" | java -jar "$jar" user add bench --admin "${settings[@]}" > /dev/null

java -Xmx1g -jar "$jar" "${settings[@]}" --server.port=$port > "$work/server.out" 2>&1 &
server=$!
until curl -fs "$base/actuator/health/readiness" > /dev/null 2>&1; do
  kill -0 "$server" 2>/dev/null || { tail -30 "$work/server.out" >&2; exit 1; }
  sleep 0.2
done

# The back office's forms carry a CSRF token; the token page lists the structures the account may write for.
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
cookies="$work/cookies"
token=$(curl -fs -c "$cookies" -b "$cookies" "$base/admin/login" | csrf)
curl -fs -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=bench" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/admin/login"
page=$(curl -fs -c "$cookies" -b "$cookies" "$base/admin/tokens")
structures=$(grep -o '<option value="[0-9]*"' <<< "$page" | grep -o '[0-9]*' | sed 's/^/-d structureIds=/' | tr '\n' ' ')
# shellcheck disable=SC2086
secret=$(curl -fs -c "$cookies" -b "$cookies" -d name=bench $structures --data-urlencode "_csrf=$(csrf <<< "$page")" \
  "$base/admin/tokens" | grep -o 'id="token-secret"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
[ -n "$secret" ] || { echo "bench/api-bulk.sh: could not issue an API token" >&2; exit 1; }

t0=$(date +%s.%N)
for part in "$work"/part-*; do
  curl -fsS -X POST "$base/api/v1/items/bulk" -H "Authorization: Bearer $secret" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$part" > "$part.answer"
done
t1=$(date +%s.%N)
python3 - "$work" "$count" "$per_request" "$t0" "$t1" <<'EOF'
import json, pathlib, sys
work, count, per_request, t0, t1 = pathlib.Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
totals = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
for answer in sorted(work.glob("part-*.answer")):
    summary = json.loads(answer.read_text())
    for key in totals:
        totals[key] += summary[key]
seconds = t1 - t0
print(f"API bulk writes: {count} items in requests of {per_request} lines, {seconds:.1f} s: {count / seconds:.0f} items/s;",
      ", ".join(f"{k} {v}" for k, v in totals.items()))
EOF
