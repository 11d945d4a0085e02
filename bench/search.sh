#!/usr/bin/env bash
# Builds a synthetic search index on disk (100,000 items unless told) and prints p50/p99 latency for distinct searches
# with facets on one thread, then throughput on two. Usage: bench/search.sh [items] [searches] [index dir to keep]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.dateline.search.SearchBenchmark "${1:-100000}" "${2:-2000}" ${3:+"$3"}
