#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the adapter-postgres server tests.
#
#   eval "$(scripts/postgres-test-cluster.sh start)"   # exports STADIG_TEST_POSTGRES_URL
#   npm test                                           # the server suites now run
#   scripts/postgres-test-cluster.sh stop              # stops it and deletes its directory
#
# `start` makes a cluster in a new temporary directory with initdb, listening only on
# 127.0.0.1 at a free port with password (scram-sha-256) authentication, creates the
# database `stadig`, and prints the `export` lines for the URL and the directory.
# initdb refuses to run as root, so as root the cluster runs as the `postgres` user
# (or `nobody`). Needs Debian's `postgresql` package (or any PostgreSQL >= 13 on PATH).
set -euo pipefail

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] && command -v pg_ctl > /dev/null 2>&1; then
    found=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
  fi
  if [ -z "$found" ]; then
    echo "postgres-test-cluster: no PostgreSQL found; install it (apt-get install -y postgresql)" >&2
    exit 1
  fi
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

owner=$(id -un)
if [ "$(id -u)" = 0 ]; then
  owner=postgres
  id postgres > /dev/null 2>&1 || owner=nobody
fi

start() {
  local bin dir port password
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/stadig-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown "$owner" "$dir"
  password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  printf '%s\n' "$password" > "$dir/pwfile"
  [ "$(id -u)" = 0 ] && chown "$owner" "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U stadig_test --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start > /dev/null || { cat "$dir/server.log" >&2; exit 1; }
  PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U stadig_test -d postgres -qAt \
    -c 'create database stadig' > /dev/null
  echo "export STADIG_TEST_POSTGRES_URL='postgresql://stadig_test:$password@127.0.0.1:$port/stadig'"
  echo "export STADIG_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir="${1:-${STADIG_TEST_POSTGRES_DIR:-}}"
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    echo "postgres-test-cluster: no cluster directory given (argument or STADIG_TEST_POSTGRES_DIR)" >&2
    exit 1
  fi
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [directory]" >&2; exit 2 ;;
esac
