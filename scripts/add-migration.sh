#!/usr/bin/env bash
# Adds a migration of the same name for both providers: scripts/add-migration.sh AddDrafts
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" \
    --project EGov.Collab.Data --startup-project EGov.Collab.Data \
    --context "${provider}CollabDbContext" \
    --output-dir "Migrations/$provider"
done
