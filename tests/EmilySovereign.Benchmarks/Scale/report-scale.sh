#!/usr/bin/env bash
# EmilySovereign's analyzers and generators against every other analyzer in the same build (issue 26). For each size
# (default 1000 10000) it writes the everything-at-once codebase (Scale/ScaleCodebase.cs: layers, budgets, [Adr],
# ADR files), builds it once with the locally built assemblies, -p:ReportAnalyzer=true and a binary log, and prints
# from the compiler's report: the time of EmilySovereign's assemblies, of all the others (the SDK's), their ratio and
# each of our analyzers' and generators' own line. Sizes are built one after the other: one build each.
# SCALE_ASSEMBLIES_FROM=<a checkout of another commit> measures that commit's analyzers and generators (before/after).
# Usage: tests/EmilySovereign.Benchmarks/Scale/report-scale.sh [types...]
set -euo pipefail
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
repo=$(cd "$(dirname "$0")/../../.." && pwd)
from=${SCALE_ASSEMBLIES_FROM:-$repo}
for project in src/Analyzers/EmilySovereign.Analyzers src/Generators src/Runtime; do
  dotnet build "$from/$project" -c Release -v:q -nologo >/dev/null
done
analyzers="$from/src/Analyzers/EmilySovereign.Analyzers/bin/Release/netstandard2.0/EmilySovereign.Analyzers.dll"
generators="$from/src/Generators/bin/Release/netstandard2.0/EmilySovereign.Generators.dll"
runtime="$from/src/Runtime/bin/Release/net8.0/EmilySovereign.Runtime.dll"
dotnet build "$repo/tests/EmilySovereign.Benchmarks" -c Release -v:q -nologo >/dev/null
bench="$repo/tests/EmilySovereign.Benchmarks/bin/Release/net10.0/EmilySovereign.Benchmarks.dll"

for types in "${sizes[@]}"; do
  dir=$(mktemp -d)
  dotnet "$bench" scale-generate "$dir" "$types" "$analyzers" "$generators" "$runtime"
  log="$dir/build.log"
  dotnet build "$dir" --no-incremental -p:ReportAnalyzer=true -bl:"$dir/build.binlog" -v:d -clp:PerformanceSummary -nologo ${SCALE_BUILD_ARGS:-} > "$log" || true
  echo "== $types types ($dir)"
  grep -E "error |Build succeeded" "$log" | sort -u | head -5 || true
  grep -E "^ +[0-9]+ ms +CoreCompile " "$log" | head -1 || true
  "$repo/eng/analyzer-cost.sh" --log "$log"
done
