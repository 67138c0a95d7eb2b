#!/usr/bin/env bash
# Starts the Interop host (FHIR CapabilityStatements at /fhir/R4/metadata and /fhir/STU3/metadata,
# liveness at /health/live) on http://127.0.0.1:8080, or on the URLs in INTEROP_URLS
# (e.g. INTEROP_URLS="http://0.0.0.0:9090"). Needs only the .NET SDK.
# The address the CapabilityStatements advertise is Interop__Host__PublicBaseUrl (default http://127.0.0.1:8080).
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project functions/Interop.Functions -c Release -- --urls "${INTEROP_URLS:-http://127.0.0.1:8080}"
