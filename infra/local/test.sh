#!/usr/bin/env bash
# npm test: every test from a clean clone. Installs what is missing, makes sure PostgreSQL, Redis and
# Chromium are there, then runs lint (with module boundaries), type checks, unit tests, builds,
# service tests (the server's rules in-process against the real database), integration tests against
# the real services, and browser journeys. Ends with "N passed, N failed".
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set +e
cd "$ROOT"

RESULTS="$ROOT/tmp/test-results"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
export XINZHI_TEST_DB="${XINZHI_TEST_DB:-xinzhi_test}"
export CI="${CI:-}"

suite() { # name, jest config, extra args...
  local name="$1" config="$2"; shift 2
  jest -c "$config" --ci --json --outputFile="$RESULTS/$name.json" "$@"
  # A run that could not even start writes no report; count it as a failed check.
  [ -f "$RESULTS/$name.json" ] || echo failed > "$RESULTS/$name.stage"
}

stage() { # name, command...
  local name="$1"; shift
  say "── $name"
  if "$@"; then echo ok > "$RESULTS/$name.stage"; else echo failed > "$RESULTS/$name.stage"; warn "$name failed"; fi
}

set -e
ensure_node_deps
bash infra/local/ensure-services.sh "$XINZHI_TEST_DB" --reset
if [ ! -x /usr/bin/chromium ]; then apt_install chromium fonts-wqy-microhei || die "Chromium is needed for the browser tests (apt-get install chromium)"; fi
set +e

# Test database: recreated above, migrated here as the owner role.
export DATABASE_URL="postgres://xinzhi_app:xinzhi_app@127.0.0.1:5432/$XINZHI_TEST_DB"
export DATABASE_OWNER_URL="postgres://xinzhi_owner:xinzhi_owner@127.0.0.1:5432/$XINZHI_TEST_DB"

# One ESLint process and three TypeScript programs over the whole tree (see docs/architecture.md,
# "Tooling notes"): the per-project Nx targets re-read the shared libraries once per project.
# ESLint's module-boundary rule reads the project graph Nx caches in .nx/workspace-data and skips
# itself (with a warning) when there is none, as in a fresh clone: compute it first.
lint_all() { nx show projects >/dev/null && eslint . --max-warnings=0; }
stage lint lint_all
stage format prettier --check . --log-level warn
typecheck_all() { tsc -p libs/shared/contracts/tsconfig.lib.json && tsc -p infra/typecheck/server.json && tsc -p infra/typecheck/web.json; }
stage typecheck typecheck_all
say "── unit tests"
suite 1-unit jest.config.ts --silent
stage build nx run-many -t build -p api worker web --output-style=static
stage migrate node dist/apps/api/migrate.js
stage seed node dist/apps/api/seed.js
# Builds that failed leave nothing to test; the suites then fail and say so.
say "── service tests (services and job handlers in-process, PostgreSQL as the application role)"
suite 2-service apps/service-tests/jest.config.ts
say "── integration tests (API and worker processes, PostgreSQL, Redis)"
suite 3-integration apps/api-e2e/jest.config.ts --runInBand
say "── browser tests (Chromium)"
suite 4-browser apps/web-e2e/jest.config.ts --runInBand

# Queue keys of this run's test processes (prefix per database and jest process, see libs/testing).
redis-cli --scan --pattern "xinzhi-test-$XINZHI_TEST_DB-*" 2>/dev/null | xargs -r -n 500 redis-cli del >/dev/null 2>&1

node infra/local/summarize.js "$RESULTS"
