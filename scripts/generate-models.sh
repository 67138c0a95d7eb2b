#!/usr/bin/env bash
# Regenerates src/Interop.Fhir.R4/Generated and src/Interop.Fhir.Stu3/Generated from the FHIR packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/fetch-fhir-packages.sh"
gen=(dotnet run --project "$root/tools/Interop.CodeGen" --)
"${gen[@]}" "$root/.cache/fhir/hl7.fhir.r4.examples" "$root/src/Interop.Fhir.R4/Generated" Interop.Fhir.R4
"${gen[@]}" "$root/.cache/fhir/hl7.fhir.r3.examples" "$root/src/Interop.Fhir.Stu3/Generated" Interop.Fhir.Stu3
