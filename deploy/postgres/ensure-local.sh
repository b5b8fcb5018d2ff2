#!/usr/bin/env bash
# Makes sure the local PostgreSQL (127.0.0.1:5432, trust auth) is up and has the test database.
# Used by .ci/run before the PostgreSQL suite; fails loudly when PostgreSQL cannot be started.
set -euo pipefail
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
db=${PG_TEST_DB:-test}

if ! pg_isready -q -h "$host" -p "$port"; then
    echo "PostgreSQL is down on $host:$port; starting it"
    if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    fi
    for _ in $(seq 1 30); do
        pg_isready -q -h "$host" -p "$port" && break
        sleep 1
    done
fi
if ! pg_isready -q -h "$host" -p "$port"; then
    echo "PostgreSQL could not be started on $host:$port" >&2
    exit 1
fi
if ! psql -h "$host" -p "$port" -U postgres -Atqc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
    psql -h "$host" -p "$port" -U postgres -qc "create database \"$db\" encoding 'UTF8' template template0"
fi
echo "PostgreSQL is up on $host:$port (database $db)"
