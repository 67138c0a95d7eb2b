#!/usr/bin/env bash
# Installs the FHIR definition packages the generator and the conformance tests read
# into .cache/fhir/<name>/package (git-ignored); re-uses what is already there.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.cache/fhir"
mkdir -p "$cache"
for spec in hl7.fhir.r4.examples@4.0.1 hl7.fhir.r3.examples@3.0.2 hl7.fhir.uv.extensions.r4@5.3.0-ballot-tc1; do
  name="${spec%@*}"
  if [ -f "$cache/$name/package/package.json" ]; then continue; fi
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null)
  mkdir -p "$cache/$name"
  tar -xzf "$tmp"/*.tgz -C "$cache/$name"
  rm -rf "$tmp"
  echo "installed $spec into .cache/fhir/$name"
done
