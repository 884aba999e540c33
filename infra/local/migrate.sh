#!/usr/bin/env bash
# Applies pending migrations to the database named by DATABASE_OWNER_URL (default: local xinzhi).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
[ -f dist/apps/api/migrate.js ] || nx build api
node dist/apps/api/migrate.js
