#!/usr/bin/env bash
# Merges shard reports into one report with a column per environment:
#   ci/merge.sh <out-dir> shard1/report.json shard2/report.json ...
# Builds the report tool if needed (ci/target/interlock-report.jar) and exits 1 if the merged
# gate fails. Shards of one environment (JDK feature release × architecture) fill one column.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: ci/merge.sh <out-dir> <report.json>...}"; shift
jar="$root/ci/target/interlock-report.jar"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && ./mvnw -B -q -pl ci -am package -DskipTests)
fi
exec java -jar "$jar" merge --out="$out" "$@"
