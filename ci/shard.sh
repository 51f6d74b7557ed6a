#!/usr/bin/env bash
# Runs one shard of the campaign and leaves its report in ci/target/verification-report/.
#   ci/shard.sh jcstress   the jcstress campaign (-Pcampaign budgets)
#   ci/shard.sh lincheck   the Lincheck campaign and the JUnit conformance suite
#   ci/shard.sh quick      everything at the default build's budgets (what ./mvnw verify runs)
# A shard's report judges only its own engines; the other engines' cells are "not expected
# here". `ci/merge.sh` combines the shards of every environment into one report.
set -euo pipefail
cd "$(dirname "$0")/.."
shard="${1:?usage: ci/shard.sh jcstress|lincheck|quick}"
case "$shard" in
  jcstress) exec ./mvnw -B verify -Pcampaign -Dlincheck.skip=true -Dinterlock.engines=jcstress ;;
  lincheck) exec ./mvnw -B verify -Pcampaign -Djcstress.skip=true \
              -Dinterlock.engines=junit,lincheck-model-checking,lincheck-stress,lincheck-general ;;
  quick)    exec ./mvnw -B verify ;;
  *) echo "unknown shard: $shard (jcstress, lincheck or quick)" >&2; exit 2 ;;
esac
