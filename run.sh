#!/usr/bin/env bash
# Starts the Interop host: FHIR CapabilityStatements at /fhir/R4/metadata and /fhir/STU3/metadata,
# liveness at /health/live. Listens on http://127.0.0.1:8080, or on INTEROP_URLS
# (e.g. INTEROP_URLS="http://127.0.0.1:9090"). Needs only the .NET SDK.
# The CapabilityStatements advertise Interop__Host__PublicBaseUrl, by default the first listening URL;
# set it when listening on a wildcard (http://0.0.0.0:8080, http://+:8080) or behind a proxy.
set -euo pipefail
cd "$(dirname "$0")"
urls="${INTEROP_URLS:-http://127.0.0.1:8080}"
export Interop__Host__PublicBaseUrl="${Interop__Host__PublicBaseUrl:-${urls%%;*}}"
exec dotnet run --project functions/Interop.Functions -c Release -- --urls "$urls"
