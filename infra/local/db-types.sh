#!/usr/bin/env bash
# npm run db:types: writes libs/server/db/src/schema/tables.generated.ts from the catalog of a
# scratch database that the migrations have just built, so the file says exactly what the
# migrations make (not what a long-lived local database has drifted to). Run it after adding or
# changing a migration and commit the result; `--check` only compares.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
DB="${XINZHI_TYPES_DB:-xinzhi_types}"
unset DATABASE_URL DATABASE_OWNER_URL
bash infra/local/ensure-services.sh "$DB" --reset >/dev/null
export DATABASE_URL="postgres://xinzhi_app:xinzhi_app@127.0.0.1:5432/$DB"
export DATABASE_OWNER_URL="postgres://xinzhi_owner:xinzhi_owner@127.0.0.1:5432/$DB"
nx build api --output-style=static >/dev/null || die "the api build failed; run \`nx build api\` to see why"
node dist/apps/api/migrate.js >/dev/null
node dist/apps/api/db-types.js "$@"
