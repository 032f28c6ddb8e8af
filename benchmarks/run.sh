#!/bin/sh
# Builds Letterpress and runs every benchmark: JMH (each stage beside poi-tl, plain POI, OpenPDF and
# the I/O floor, at 1 and 2 threads), LibreOffice's DOCX-to-PDF conversion where soffice is
# installed, and the whole batch in child JVMs with -Xmx256m. Writes benchmarks/target/results.json
# and benchmarks/target/results.md and prints the tables.
#
#   benchmarks/run.sh            the full run (about 10 minutes on 2 quiet cores)
#   benchmarks/run.sh --quick    short iterations and small batches (1-2 minutes)
#   benchmarks/run.sh --scale    also 10,000 and 100,000 rows (about 8 more minutes)
#   benchmarks/run.sh --skip libreoffice,batch   leave parts out (jmh, libreoffice, batch, beam)
#   benchmarks/run.sh --skip jmh,libreoffice --batch 5000x1,5000x2   just these batches (ROWSxTHREADS)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

java=java
if [ -n "${JAVA_HOME:-}" ]; then
    java="$JAVA_HOME/bin/java"
fi

echo "building (mvn package, tests skipped)..." >&2
mvn -B -q -DskipTests package -pl benchmarks -am

classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
exec "$java" -Xmx512m \
    -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -Dletterpress.root="$root" \
    -cp "$classpath" dev.letterpress.benchmarks.Suite --target "$root/benchmarks/target" "$@"
