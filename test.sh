#!/usr/bin/env bash
# Installs what the tests need, builds everything and runs every test project.
# Ends with one line "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"

./scripts/fetch-fhir-packages.sh || { echo "0 passed, 1 failed"; exit 1; }

# The console's browser tests drive Debian's Chromium through Playwright, which never downloads a browser of its own.
if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log=$(mktemp)
  echo "installing Debian's chromium for the console's browser tests"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium; } >"$log" 2>&1; then
    tail -n 20 "$log"
    echo "could not install chromium (apt-get install chromium), which the console's browser tests need"
    echo "0 passed, 1 failed"
    exit 1
  fi
  rm -f "$log"
fi

if ! dotnet build Interop.sln -c Release -nologo -v quiet; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

rm -rf .test-results
dotnet test Interop.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory .test-results
status=$?

passed=0
failed=0
for trx in .test-results/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

# A crashed test host leaves no counts behind: never report a failed run as clean.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi

echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
