#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback and creates the test role and database used by the API tests
# (CONFIDANT_TEST_PG_URL=postgres://confidant:confidant@127.0.0.1:5432/confidant_test). Idempotent.
set -euo pipefail
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$ver main"; then
  pg_createcluster "$ver" main
fi
conf="/etc/postgresql/$ver/main/postgresql.conf"
grep -q "^listen_addresses = '127.0.0.1'" "$conf" || echo "listen_addresses = '127.0.0.1'" >> "$conf"
pg_ctlcluster "$ver" main start 2>/dev/null || pg_ctlcluster "$ver" main status >/dev/null
for i in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432
su postgres -c "psql -v ON_ERROR_STOP=1 -q" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'confidant') THEN
    CREATE ROLE confidant LOGIN PASSWORD 'confidant' CREATEDB;
  END IF;
END $$;
-- (the tests drop their databases WITH (FORCE): an autovacuum worker on one can be ended only by a member of
-- pg_signal_backend; without it the drop fails now and then)
GRANT pg_signal_backend TO confidant;
SQL
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='confidant_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O confidant confidant_test"
echo "PostgreSQL $ver is up on 127.0.0.1:5432"
