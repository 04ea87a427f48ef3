#!/usr/bin/env bash
# Line coverage of src/ per shipped assembly: runs the unit-test projects with coverlet, merges their reports and
# prints one line per assembly. Usage: bash eng/coverage.sh [results folder, default artifacts/coverage]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/coverage}
rm -rf "$out"
dotnet tool restore >/dev/null

# The integration tests drive the package in child processes, which coverlet does not see: leave them out.
# A failing test does not stop the report, but the script then exits non-zero.
failed=0
for project in tests/EmilySovereign.Analyzers.Tests tests/EmilySovereign.Generators.Tests \
               tests/EmilySovereign.Build.Tests tests/EmilySovereign.Runtime.Tests; do
  dotnet test "$project" --settings eng/coverage.runsettings --results-directory "$out/raw" -nologo -v:q || failed=1
done

dotnet reportgenerator -reports:"$out/raw/**/coverage.cobertura.xml" -targetdir:"$out/report" \
  -reporttypes:"TextSummary;Cobertura" >/dev/null
# The summary lists the total, then one line per assembly: "EmilySovereign.Analyzers   93.1%".
grep -E '^( *Line coverage|EmilySovereign\.[A-Za-z]+ )' "$out/report/Summary.txt"
exit $failed
