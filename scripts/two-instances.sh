#!/usr/bin/env bash
# Two Reise instances of one build on one PostgreSQL, behind nginx on the loopback, under load:
#
#   scripts/two-instances.sh                          # 50 users, 5 minutes, one instance killed at 2.5 min
#   scripts/two-instances.sh --users 20 --duration 90s --kill-after 45s
#
# Starts a throwaway PostgreSQL (scripts/ci/postgres.sh), then `npm run load -- --instances 2`:
# both instances (ports 3391 and 3392) run the same test build with the same secret, Debian's nginx
# listens on 127.0.0.1:3390 as their load balancer, and the sales users sign in, read and write
# through nginx. Halfway through, one instance is killed with SIGKILL; nginx sends the rest to the
# other. At the end every follow-up the servers acknowledged must be in the database exactly once;
# the exit code says whether it was. Installs nginx (Debian's nginx-light) when it is missing and
# this runs as root. Nothing listens beyond 127.0.0.1; the database is gone afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/ci/postgres.sh
source scripts/ci/postgres.sh

if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  if [[ $EUID -ne 0 ]]; then
    echo "nginx is missing: apt-get install nginx-light (as root), then run this again." >&2
    exit 2
  fi
  echo "Installing Debian's nginx-light…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light >/dev/null
fi

args=("$@")
[[ " ${args[*]} " == *" --kill-after "* ]] || args+=(--kill-after 150s)

trap pg_stop EXIT
pg_start
echo "PostgreSQL at ${PG_URL//:*@/:***@}"
DATABASE_URL="$PG_URL" npm run --silent load -- --instances 2 "${args[@]}"
