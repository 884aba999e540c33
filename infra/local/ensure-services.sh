#!/usr/bin/env bash
# Makes sure PostgreSQL (15+) and Redis run and are configured, and that the Xinzhi database and
# its three roles exist. Uses DATABASE_URL / DATABASE_OWNER_URL / REDIS_URL when given (then it only
# checks them, and provisions roles and database only when PGSUPERUSER is set); otherwise it starts
# the local Debian services, installing them with apt when absent, and only where that is impossible
# starts the missing service with infra/docker/compose.yml.
#
#   bash infra/local/ensure-services.sh [database-name] [--reset]
#
# --reset drops and recreates the database (the test run uses it for a clean slate).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB_NAME="${1:-${XINZHI_DB_NAME:-xinzhi}}"
RESET="${2:-}"
APP_ROLE="xinzhi_app"
OWNER_ROLE="xinzhi_owner"
# Owns the few SECURITY DEFINER functions that read across tenants before a context exists (login,
# invitations, the worker's tenant list). It cannot log in and has no BYPASSRLS.
DEFINER_ROLE="xinzhi_definer"

EXTERNAL_DB=""; [ -n "${DATABASE_URL:-}" ] && EXTERNAL_DB=1
EXTERNAL_REDIS=""; [ -n "${REDIS_URL:-}" ] && EXTERNAL_REDIS=1
: "${DATABASE_URL:=postgres://$APP_ROLE:$APP_ROLE@127.0.0.1:5432/$DB_NAME}"
: "${DATABASE_OWNER_URL:=postgres://$OWNER_ROLE:$OWNER_ROLE@127.0.0.1:5432/$DB_NAME}"
: "${REDIS_URL:=redis://127.0.0.1:6379}"

PG_HOST="$(url_host "$DATABASE_URL")"; PG_PORT="$(url_port "$DATABASE_URL" 5432)"
REDIS_HOST="$(url_host "$REDIS_URL")"; REDIS_PORT="$(url_port "$REDIS_URL" 6379)"

docker_usable() { have docker && docker info >/dev/null 2>&1; }

pg_up() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2 2>/dev/null; }

wait_for() { # what, seconds, command...
  local what="$1" secs="$2"; shift 2
  for _ in $(seq 1 $((secs * 2))); do "$@" && return 0; sleep 0.5; done
  die "$what did not come up within ${secs}s."
}

start_local_postgres() {
  if ! have pg_ctlcluster; then
    if apt_install postgresql postgresql-contrib; then :
    elif docker_usable; then
      say "starting PostgreSQL with docker compose"; docker compose -f "$ROOT/infra/docker/compose.yml" up -d postgres; return
    else
      die "PostgreSQL is not running on $PG_HOST:$PG_PORT and cannot be installed here. Install PostgreSQL 15+ (Debian/Ubuntu: apt-get install postgresql), or set DATABASE_URL and DATABASE_OWNER_URL."
    fi
  fi
  local version
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if [ ! -d "/etc/postgresql/$version/main" ]; then
    say "creating PostgreSQL $version cluster"
    pg_createcluster "$version" main >/dev/null
  fi
  say "starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
}

# Runs SQL as a superuser: the postgres OS user over the socket, else TCP as postgres.
psql_super() {
  export PGOPTIONS="-c client_min_messages=warning"
  if is_root && id postgres >/dev/null 2>&1 && [ -z "$EXTERNAL_DB" ]; then
    (cd /tmp && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@")
  else
    # The compose fallback's postgres superuser has the password "postgres".
    PGPASSWORD="${PGPASSWORD:-postgres}" psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "${PGSUPERUSER:-postgres}" -d postgres "$@"
  fi
}

provision_database() {
  local version
  version="$(psql_super -tA -c 'SHOW server_version_num')"
  [ "${version:-0}" -ge 150000 ] || die "PostgreSQL 15 or newer is required (found $version)."
  psql_super <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$OWNER_ROLE') THEN
    CREATE ROLE $OWNER_ROLE LOGIN PASSWORD '$OWNER_ROLE' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DEFINER_ROLE') THEN
    CREATE ROLE $DEFINER_ROLE NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') THEN
    CREATE ROLE $APP_ROLE LOGIN PASSWORD '$APP_ROLE' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END \$\$;
-- Whatever happened before, the application role may never bypass row-level security.
ALTER ROLE $APP_ROLE NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
-- The owner hands function ownership to the definer role, so it must be a member of it.
GRANT $DEFINER_ROLE TO $OWNER_ROLE;
SQL
  if [ "$RESET" = "--reset" ]; then
    psql_super -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)"
  fi
  if [ "$(psql_super -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
    say "creating database $DB_NAME"
    psql_super -c "CREATE DATABASE \"$DB_NAME\" OWNER $OWNER_ROLE ENCODING 'UTF8' TEMPLATE template0"
  fi
  psql_super -c "REVOKE ALL ON DATABASE \"$DB_NAME\" FROM PUBLIC; GRANT CONNECT, TEMPORARY ON DATABASE \"$DB_NAME\" TO $APP_ROLE; GRANT ALL ON DATABASE \"$DB_NAME\" TO $OWNER_ROLE"
}

redis_cli() { redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" "$@"; }
redis_up() { [ "$(redis_cli ping 2>/dev/null)" = PONG ]; }
redis_url_up() { node -e '
  const net=require("net");const u=new URL(process.argv[1]);
  const s=net.connect(+(u.port||6379),u.hostname,()=>{s.write("PING\r\n")});
  s.on("data",d=>{process.exit(/PONG|NOAUTH/.test(String(d))?0:1)});s.on("error",()=>process.exit(1));setTimeout(()=>process.exit(1),1500);' "$REDIS_URL"; }

start_local_redis() {
  if ! have redis-server; then
    if apt_install redis-server redis-tools; then :
    elif docker_usable; then
      say "starting Redis with docker compose"; docker compose -f "$ROOT/infra/docker/compose.yml" up -d redis; return
    else
      die "Redis is not running on $REDIS_HOST:$REDIS_PORT and cannot be installed here. Install Redis 6.2+ (Debian/Ubuntu: apt-get install redis-server), or set REDIS_URL."
    fi
  fi
  local dir="$ROOT/tmp/redis"; mkdir -p "$dir"
  say "starting Redis on port $REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --dir "$dir" \
    --save "" --appendonly yes --maxmemory-policy noeviction --logfile "$dir/redis.log" >/dev/null
}

# --- PostgreSQL
if pg_up; then :
elif [ -n "$EXTERNAL_DB" ]; then
  die "DATABASE_URL points at $PG_HOST:$PG_PORT, where no PostgreSQL answers."
else
  start_local_postgres
  wait_for "PostgreSQL on $PG_HOST:$PG_PORT" 30 pg_up
fi
if [ -z "$EXTERNAL_DB" ] || [ -n "${PGSUPERUSER:-}" ]; then
  provision_database
fi

# --- Redis
if [ -n "$EXTERNAL_REDIS" ]; then
  redis_url_up || die "REDIS_URL points at $REDIS_HOST:$REDIS_PORT, where no Redis answers."
else
  redis_up || { start_local_redis; wait_for "Redis on $REDIS_HOST:$REDIS_PORT" 20 redis_up; }
  # Queues must never lose jobs to eviction.
  redis_cli config set maxmemory-policy noeviction >/dev/null || warn "could not set maxmemory-policy noeviction on Redis"
fi

say "PostgreSQL ($PG_HOST:$PG_PORT, database $DB_NAME) and Redis ($REDIS_HOST:$REDIS_PORT) are ready"
