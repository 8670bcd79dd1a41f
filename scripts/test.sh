#!/usr/bin/env bash
# Every test of the project: types, unit, integration (on PGlite, and on PostgreSQL when
# MONTAUK_TEST_POSTGRES_URL is set, as .ci/run does), several processes joined through
# Redis (when MONTAUK_TEST_REDIS_URL is set too), and the browser tests against a
# production build. `npm test` runs this; so does CI.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results
rm -f test-results/*.json

failed=0
step() {
  local name=$1
  shift
  echo
  echo "== $name"
  if ! "$@"; then
    echo "!! $name failed"
    failed=1
  fi
}

if [ -n "${MONTAUK_TEST_POSTGRES_URL:-}" ]; then
  # Asked for PostgreSQL: it must answer, or the run fails here rather than skipping it.
  if ! node scripts/check-postgres.mjs "$MONTAUK_TEST_POSTGRES_URL"; then
    echo "!! PostgreSQL at $MONTAUK_TEST_POSTGRES_URL does not answer" >&2
    exit 1
  fi
fi

if [ -n "${MONTAUK_TEST_REDIS_URL:-}" ]; then
  # The processes share one PostgreSQL database: Redis alone is not enough.
  if [ -z "${MONTAUK_TEST_POSTGRES_URL:-}" ]; then
    echo "!! MONTAUK_TEST_REDIS_URL needs MONTAUK_TEST_POSTGRES_URL too" >&2
    exit 1
  fi
  if ! node scripts/check-redis.mjs "$MONTAUK_TEST_REDIS_URL"; then
    echo "!! Redis at $MONTAUK_TEST_REDIS_URL does not answer" >&2
    exit 1
  fi
fi

bash scripts/ensure-chromium.sh || exit 1
step "typecheck" npx tsc -p tsconfig.json --noEmit
step "build" npm run --silent build
step "unit" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json
step "integration (PGlite)" env -u MONTAUK_TEST_POSTGRES_URL npx vitest run --project integration \
  --reporter=default --reporter=json --outputFile.json=test-results/integration-pglite.json
if [ -n "${MONTAUK_TEST_POSTGRES_URL:-}" ]; then
  step "integration (PostgreSQL)" npx vitest run --project integration \
    --reporter=default --reporter=json --outputFile.json=test-results/integration-postgres.json
fi
if [ -n "${MONTAUK_TEST_REDIS_URL:-}" ]; then
  step "multi-process (PostgreSQL + Redis)" npx vitest run --project cluster \
    --reporter=default --reporter=json --outputFile.json=test-results/cluster.json
fi
step "browser (Playwright, Chromium)" npx playwright test

node scripts/summarize-tests.mjs test-results || failed=1
exit $failed
