#!/bin/sh
# Creates the role Boussole runs as (DATABASE_URL), with a password from the environment.
# The official postgres image runs the scripts of /docker-entrypoint-initdb.d once, on the first start
# of an empty volume, as POSTGRES_USER (the schema's owner). The role gets no right here: the app's
# first start, as the owner (DATABASE_OWNER_URL), runs the migrations and then grants it exactly what
# the app needs (apps/api/src/database/app-role.ts).
set -eu
: "${APP_DB_USER:=boussole_app}"
: "${APP_DB_PASSWORD:?APP_DB_PASSWORD doit être défini (le mot de passe du rôle de l’application)}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
  -v app_user="$APP_DB_USER" -v app_password="$APP_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', :'app_user', :'app_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_user') \gexec
-- PostgreSQL 15+ already keeps PUBLIC out of the public schema; said again for older servers.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
