#!/usr/bin/env bash
# Shared helpers for the local scripts (start, test, services, bench). Source it; do not run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Nx's task cache is off unless NX_SKIP_NX_CACHE=false: the project graph holds no edges between
# projects here (imports go through tsconfig path aliases it does not follow), so an app's cache key
# misses its libraries' changes and a cached build can be stale (docs/architecture.md, "Tooling").
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false NX_SKIP_NX_CACHE="${NX_SKIP_NX_CACHE:-true}"
export PATH="$ROOT/node_modules/.bin:$PATH"

say()  { printf '\033[1;36m[xinzhi]\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m[xinzhi]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[xinzhi]\033[0m %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }
have() { command -v "$1" >/dev/null 2>&1; }

APT_UPDATED=""
apt_install() {
  have apt-get || return 1
  local sudo=""
  if ! is_root; then have sudo || return 1; sudo="sudo"; fi
  if [ -z "$APT_UPDATED" ]; then $sudo apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  say "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Installs node_modules from the lock file when they are missing or older than the lock file.
ensure_node_deps() {
  have node || die "Node.js 20.19+ is required (Debian: apt-get install nodejs npm)."
  local stamp="$ROOT/node_modules/.xinzhi-lock-hash" want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  say "installing npm dependencies (npm ci)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
}

# Parses host and port out of a URL like postgres://u:p@host:5432/db.
url_host() { node -e 'const u=new URL(process.argv[1]);process.stdout.write(u.hostname.replace(/^\[|\]$/g,"")||"127.0.0.1")' "$1"; }
url_port() { node -e 'const u=new URL(process.argv[1]);process.stdout.write(u.port||process.argv[2])' "$1" "$2"; }
url_user() { node -e 'const u=new URL(process.argv[1]);process.stdout.write(decodeURIComponent(u.username))' "$1"; }
url_db()   { node -e 'const u=new URL(process.argv[1]);process.stdout.write(decodeURIComponent(u.pathname.slice(1)))' "$1"; }
