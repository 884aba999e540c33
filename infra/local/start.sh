#!/usr/bin/env bash
# npm start: install, make sure PostgreSQL and Redis run, migrate, load the demo park, build, serve.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export PORT="${PORT:-3000}"
ensure_node_deps
bash infra/local/ensure-services.sh "${XINZHI_DB_NAME:-xinzhi}"
: "${DATABASE_URL:=postgres://xinzhi_app:xinzhi_app@127.0.0.1:5432/${XINZHI_DB_NAME:-xinzhi}}"
: "${DATABASE_OWNER_URL:=postgres://xinzhi_owner:xinzhi_owner@127.0.0.1:5432/${XINZHI_DB_NAME:-xinzhi}}"
: "${REDIS_URL:=redis://127.0.0.1:6379}"
export DATABASE_URL DATABASE_OWNER_URL REDIS_URL
export NODE_ENV="${NODE_ENV:-production}"
# A local demo gets a stable secret of its own; production deployments must set JWT_SECRET.
if [ -z "${JWT_SECRET:-}" ]; then
  mkdir -p tmp
  [ -s tmp/jwt-secret ] || node -e 'process.stdout.write(require("crypto").randomBytes(48).toString("base64url"))' > tmp/jwt-secret
  JWT_SECRET="$(cat tmp/jwt-secret)"; export JWT_SECRET
fi

say "building api, worker and web (cached after the first time)"
nx run-many -t build -p api worker web --output-style=static >tmp/build.log 2>&1 || { cat tmp/build.log; die "build failed"; }

say "migrating"
node dist/apps/api/migrate.js
if [ -f dist/apps/api/seed.js ]; then
  say "loading the demo park"
  node dist/apps/api/seed.js
fi

if (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then
  die "port $PORT is already in use; stop what runs there or start with PORT=3001 npm start"
fi

node --enable-source-maps dist/apps/worker/main.js &
WORKER_PID=$!
node --enable-source-maps dist/apps/api/main.js &
API_PID=$!
stop_all() { kill -TERM "$API_PID" "$WORKER_PID" 2>/dev/null || true; wait "$API_PID" "$WORKER_PID" 2>/dev/null || true; }
trap stop_all INT TERM EXIT

for _ in $(seq 1 60); do
  if curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
  kill -0 "$API_PID" 2>/dev/null || die "the API stopped during start-up (see the messages above)"
  sleep 0.5
done
say "Xinzhi is ready: http://localhost:$PORT   (API docs: http://localhost:$PORT/api/docs; Ctrl+C stops it)"
wait -n "$API_PID" "$WORKER_PID"
