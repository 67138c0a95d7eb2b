#!/usr/bin/env bash
# Starts the Interop engine with its embedded defaults: the SQLite store and queues in data/interop.db, the sample
# configuration in fixtures/config (clients, routes, destinations) and the built-in simulated GP, pharmacy, mailbox,
# patient-directory and Shared Care Record endpoints under /simulators. Listens on http://127.0.0.1:7071.
# Needs the .NET SDK, and npm the first time: the core FHIR definitions the engine validates against are installed
# into .cache/fhir by scripts/fetch-fhir-packages.sh (re-used after). Another configuration: Interop__ConfigFile=path/to/file.json ./run.sh
# (the sample's destinations point at 127.0.0.1:7071; change them with the port).
set -euo pipefail
cd "$(dirname "$0")"
urls="${INTEROP_URLS:-http://127.0.0.1:7071}"
# dotnet run starts the host in its project folder, so the sample's repository-relative paths are made absolute here.
export Interop__ConfigFile="${Interop__ConfigFile:-$PWD/fixtures/config/interop.sample.json}"
export Interop__Routing__File="${Interop__Routing__File:-$PWD/fixtures/config/routes.yaml}"
export Interop__Sqlite__DatabasePath="${Interop__Sqlite__DatabasePath:-$PWD/data/interop.db}"
export Interop__Host__PublicBaseUrl="${Interop__Host__PublicBaseUrl:-${urls%%;*}}"
export Interop__Validation__PackageCache="${Interop__Validation__PackageCache:-$PWD/.cache/fhir}"
./scripts/fetch-fhir-packages.sh
mkdir -p data
exec dotnet run --project functions/Interop.Functions -c Release -- --urls "$urls"
