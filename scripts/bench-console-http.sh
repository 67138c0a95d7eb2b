#!/usr/bin/env bash
# Times the console's API over HTTP against the console benchmarks' million-message store (seed it first:
# cd tests/Interop.Benchmarks && dotnet run -c Release -- seed-store). Starts the host on its own port against that
# file, mints an operator token, asks each question 20 times with curl and prints the median and slowest answer.
# Usage: scripts/bench-console-http.sh [store-folder]    (default: $TMPDIR/interop-bench-store-1m)
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-${TMPDIR:-/tmp}/interop-bench-store-1m}"
port=7391
base="http://127.0.0.1:$port"
dotnet build functions/Interop.Functions -c Release -v q -nologo >/dev/null
# The built host itself (not run.sh's `dotnet run`), so the trap below stops the process it started.
export Interop__ConfigFile="$PWD/fixtures/config/interop.sample.json" Interop__Routing__File="$PWD/fixtures/config/routes.yaml"
export Interop__Sqlite__DatabasePath="$store/interop.db" Interop__Host__PublicBaseUrl="$base" Interop__Validation__PackageCache="$PWD/.cache/fhir"
dotnet functions/Interop.Functions/bin/Release/net10.0/Interop.Functions.dll --urls "$base" >"${TMPDIR:-/tmp}/bench-console-http-host.log" 2>&1 &
host=$!
trap 'kill "$host" 2>/dev/null || true' EXIT
until curl -sf "$base/health/ready" >/dev/null; do sleep 1; done
token=$(dotnet run --project src/Interop.Cli -c Release -- token --client demo-operator | tail -1)
nhs=9000012345
paths=(
  "api/messages"
  "api/messages?status=dead-lettered"
  "api/messages?destination=shcr"
  "api/messages?nhsNumber=$nhs"
  "api/messages?sender=FA007&from=2026-10-28T00:00:00Z&to=2026-10-29T00:00:00Z"
  "api/dead-letters?from=2026-10-31T00:00:00Z&to=2026-11-01T00:00:00Z"
  "api/stats?from=2026-10-31T00:00:00Z&to=2026-11-01T00:00:00Z"
)
printf '%-80s %10s %10s\n' "GET" "median ms" "max ms"
for path in "${paths[@]}"; do
  times=()
  for _ in $(seq 20); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base/$path")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v p="$path" '{ t[NR] = $1 * 1000 } END { printf "%-80s %10.1f %10.1f\n", p, t[int((NR + 1) / 2)], t[NR] }'
done
