#!/usr/bin/env bash
# npm run bench: builds, starts the API and worker on a fresh bench database, and prints the table of
# apps/bench/src/main.ts (figures side by side with baselines measured in the same run), web app included
# for the browser measures.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_node_deps
# The dashboard's first screen is measured in Chromium (Debian's, never downloaded).
if [ ! -x /usr/bin/chromium ]; then apt_install chromium fonts-wqy-microhei || die "Chromium is needed for the browser bench (apt-get install chromium)"; fi
BENCH_DB="${BENCH_DB:-xinzhi_bench}"
bash infra/local/ensure-services.sh "$BENCH_DB" --reset >/dev/null
export DATABASE_URL="postgres://xinzhi_app:xinzhi_app@127.0.0.1:5432/$BENCH_DB"
export DATABASE_OWNER_URL="postgres://xinzhi_owner:xinzhi_owner@127.0.0.1:5432/$BENCH_DB"
export NODE_ENV=production COOKIE_SECURE=false LOG_LEVEL=warn QUEUE_PREFIX="xinzhi-bench-$BENCH_DB" PORT="${BENCH_PORT:-3300}"
export JWT_SECRET="bench-secret-bench-secret-bench-secret-0123"
export LOGIN_MAX_ATTEMPTS_PER_ADDRESS=1000000
nx run-many -t build -p api worker web --output-style=static >/dev/null
# Another API already on the port would answer the bench's requests against another database.
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is in use; set BENCH_PORT to a free one"; fi
node dist/apps/api/migrate.js >/dev/null
node dist/apps/api/seed.js >/dev/null
node dist/apps/worker/main.js >/dev/null &
WORKER=$!
node dist/apps/api/main.js >/dev/null &
API=$!
trap 'kill $API $WORKER 2>/dev/null; wait $API $WORKER 2>/dev/null' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1 && break; sleep 0.5; done
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(node -v), PostgreSQL $(psql -V | awk '{print $3}'), Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2)"
echo
BENCH_API="http://127.0.0.1:$PORT" ts-node --transpile-only -P apps/bench/tsconfig.json apps/bench/src/main.ts
