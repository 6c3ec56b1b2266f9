#!/usr/bin/env bash
# Runs the JMH benchmark of org.plenary.diff (ComparisonBenchmark) from the test classpath.
# Reads the revisions from the test resources (src/test/resources/revisions). Extra arguments go to JMH,
# e.g. `docs/benchmarks/run-diff-benchmark.sh -f 1 -wi 3 -i 5`.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
	org.openjdk.jmh.Main 'org.plenary.diff.bench.ComparisonBenchmark' "$@"
