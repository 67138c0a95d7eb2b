#!/usr/bin/env bash
# Compares the FHIRPath engine with HL7's fhirpath.js 5.1.1 (5.2.2 does not install from the npm registry reachable here:
# its @lhncbc/ucum-lhc ^7.1.10 is not served) on the same cases, on this machine, in one run:
#   (a) every expression of HL7's R4 suite that the engine passes, over its input;
#   (b) ten routing expressions over every GP Connect Update Record example (STU3).
# Prints evaluations/s for each engine and set, and the ratio. Run by hand, on a quiet machine; takes a few minutes.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
js="$root/.cache/fhirpath-js"           # fhirpath.js installed from the pinned lock file (git-ignored)
bench="$root/.cache/fhirpath-bench"     # the cases and their inputs as JSON (written by fhirpath-export)
project="$root/tests/Interop.Benchmarks"

mkdir -p "$js"
cp "$project/FhirPathJs/package.json" "$project/FhirPathJs/package-lock.json" "$project/FhirPathJs/bench.js" "$js/"
(cd "$js" && npm ci --no-audit --no-fund --loglevel=error)

dotnet build "$project" -c Release --nologo -v quiet
(cd "$project" && dotnet run -c Release --no-build -- fhirpath-export)
node "$js/bench.js" "$bench"
(cd "$project" && dotnet run -c Release --no-build -- fhirpath-compare)
