#!/usr/bin/env bash
# Prepares a fast start of the server: extracts target/dateline.jar into DIR (its classes then load from plain jars
# instead of jars nested in a jar) and records a class data sharing archive, DIR/dateline.jsa, from one start of the
# application that stops once its context is ready (it binds no port; give it the settings of the real server, so that
# it loads the same classes). The prepared server also uses the bean definitions the build generated ahead of time
# (Spring AOT, -Dspring.aot.enabled=true) instead of working them out from the configuration classes at every start.
# Start the server from DIR afterwards:
#
#   cd DIR && java [options] -XX:SharedArchiveFile=dateline.jsa -Dspring.aot.enabled=true -jar dateline.jar [settings...]
#
# Give the server's own JVM options in DATELINE_JAVA_OPTS (on a small machine: -Xmx1g -XX:+UseSerialGC, see the
# README), so that the archive is recorded by the JVM that will use it.
#
# Settings that switch Spring Boot's own features on or off (spring.flyway.enabled, springdoc.api-docs.enabled, the
# actuator's exposure...) are then fixed when the jar is built: build with them in src/main/resources, or start the
# server without -Dspring.aot.enabled=true. Dateline's own settings (data directory, database, port, feeds) are read at
# start as usual. The commands (import, reindex, ...) are run without it.
#
# Usage: deploy/prepare.sh DIR [settings...]   Run it again after every build: the archive belongs to the jar.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: deploy/prepare.sh DIR [settings...]" >&2; exit 2; }
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="$1"; shift
jar="$here/target/dateline.jar"
[ -f "$jar" ] || { echo "deploy/prepare.sh: no $jar; build it first (./mvnw -DskipTests package)" >&2; exit 1; }
rm -rf "$dir/lib" "$dir/dateline.jar" "$dir/dateline.jsa"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" --force >/dev/null
# The archive records the class path as given: the server must be started from DIR with "-jar dateline.jar" too.
cd "$dir"
java ${DATELINE_JAVA_OPTS:-} -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=dateline.jsa -Xlog:cds=error -Xlog:cds+dynamic=error \
    -Dspring.context.exit=onRefresh -jar dateline.jar "$@" > prepare.log 2>&1 \
    || { tail -20 prepare.log >&2; exit 1; }
[ -s dateline.jsa ] || { echo "deploy/prepare.sh: no archive was written; see $dir/prepare.log" >&2; exit 1; }
echo "prepared $dir: start it with: cd $dir && java ${DATELINE_JAVA_OPTS:+$DATELINE_JAVA_OPTS }-XX:SharedArchiveFile=dateline.jsa -Dspring.aot.enabled=true -jar dateline.jar" >&2
