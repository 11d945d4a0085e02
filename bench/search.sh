#!/usr/bin/env bash
# Builds a synthetic 100,000-item search index on disk and prints p50/p99 latency for a mix of searches
# with facets (one thread). Usage: bench/search.sh [items] [searches]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.dateline.search.SearchBenchmark "${1:-100000}" "${2:-2000}"
