#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 for the backend tests.
#
#   1. already answering            -> done
#   2. installed but not running    -> start the Debian cluster (pg_ctlcluster)
#   3. not installed                -> apt-get install postgresql, allow trust auth for
#                                      127.0.0.1 (only on that fresh cluster), start it
#
# The tests connect as user `postgres` without a password (trust on 127.0.0.1); see
# VITAAL_TEST_POSTGRES_URL in the Makefile.
set -euo pipefail

HOST=127.0.0.1
PORT=${PG_PORT:-5432}         # overridable for testing this script against another cluster
CLUSTER=${PG_CLUSTER:-main}
WAIT_SECONDS=${POSTGRES_WAIT_SECONDS:-60}

say() { printf 'ensure-postgres: %s\n' "$*"; }
die() { printf 'ensure-postgres: ERROR: %s\n' "$*" >&2; exit 1; }

ready() { command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$HOST" -p "$PORT"; }

# Run a command as root: directly when we are root, through passwordless sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        return 126
    fi
}

need_root() {
    die "$1
  Not running as root, so this script cannot do it. Please run (as root):
    $2
  or start any PostgreSQL >= 14 on $HOST:$PORT that lets user 'postgres' in without a
  password (trust), or point VITAAL_TEST_POSTGRES_URL at one."
}

apt_get() {
    # Wait for the dpkg lock instead of failing when another apt/dpkg is running.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 "$@"
}

apt_update() {
    # `apt-get update` takes the lists lock, which DPkg::Lock::Timeout does not cover: retry.
    local i
    for i in $(seq 1 60); do
        if apt_get update; then return 0; fi
        say "apt-get update failed (lock held by another process?); retrying in 10s ($i/60)"
        sleep 10
    done
    die "apt-get update kept failing"
}

latest_version() {
    # Highest installed major version that has the cluster (/etc/postgresql/<v>/main).
    local v
    v=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$v" ] && [ -d "/etc/postgresql/$v/$CLUSTER" ] && printf '%s\n' "$v"
}

wait_ready() {
    local i
    for i in $(seq 1 "$WAIT_SECONDS"); do
        if ready; then
            say "PostgreSQL is ready on $HOST:$PORT"
            return 0
        fi
        sleep 1
    done
    die "PostgreSQL did not become ready on $HOST:$PORT within ${WAIT_SECONDS}s"
}

check_trust() {
    # Informative only: the tests need password-less access as `postgres` on 127.0.0.1.
    if command -v psql >/dev/null 2>&1 && [ -z "${PGPASSWORD:-}" ]; then
        if ! psql -w -h "$HOST" -p "$PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
            say "WARNING: cannot log in as 'postgres' on $HOST:$PORT without a password."
            say "         Allow 'host all postgres 127.0.0.1/32 trust' in pg_hba.conf, or set"
            say "         VITAAL_TEST_POSTGRES_URL to a URL with credentials."
        fi
    fi
}

if ready; then
    say "PostgreSQL is already running on $HOST:$PORT"
    check_trust
    exit 0
fi

fresh=0
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(latest_version || true)" ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
        die "PostgreSQL is not installed and this is not a Debian/Ubuntu system: install PostgreSQL and start it on $HOST:$PORT"
    fi
    if ! as_root true; then
        need_root "PostgreSQL is not installed." "apt-get update && apt-get install -y postgresql"
    fi
    if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        say "installing PostgreSQL with apt-get"
        apt_update
        apt_get install -y postgresql
    fi
    if [ -z "$(latest_version || true)" ]; then
        # Server installed but no cluster (e.g. it was dropped): create the default one.
        v=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
        say "creating cluster $v/$CLUSTER"
        as_root pg_createcluster "$v" "$CLUSTER"
    fi
    fresh=1
fi

version=$(latest_version)
conf_dir=/etc/postgresql/$version/$CLUSTER

if [ "$fresh" -eq 1 ]; then
    # A fresh Debian cluster uses scram-sha-256 for TCP and peer for the socket. The tests
    # connect as `postgres` over 127.0.0.1 without a password: trust loopback TCP only.
    hba=$conf_dir/pg_hba.conf
    if ! grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba"; then
        say "allowing trust authentication for 127.0.0.1 and ::1 in $hba (fresh cluster)"
        as_root sed -i -E \
            -e 's#^(host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+)[a-z0-9-]+#\1trust#' \
            -e 's#^(host[[:space:]]+all[[:space:]]+all[[:space:]]+::1/128[[:space:]]+)[a-z0-9-]+#\1trust#' \
            "$hba"
    fi
fi

say "starting PostgreSQL cluster $version/$CLUSTER"
if ! as_root true; then
    need_root "PostgreSQL $version is installed but not running." \
        "pg_ctlcluster --skip-systemctl-redirect $version $CLUSTER start"
fi
status=0
as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$CLUSTER" start || status=$?
# Exit code 2 means "already running" (e.g. after apt's postinst started it): reload so a
# changed pg_hba.conf takes effect.
if [ "$status" -eq 2 ]; then
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$CLUSTER" reload || true
elif [ "$status" -ne 0 ]; then
    die "pg_ctlcluster $version $CLUSTER start failed (exit $status); see /var/log/postgresql/"
fi

wait_ready
check_trust
