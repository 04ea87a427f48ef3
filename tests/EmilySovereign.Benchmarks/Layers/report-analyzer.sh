#!/usr/bin/env bash
# The layer analyzer's share of a real build: generates a layered codebase (default 5000 types, dense cross-layer
# use) in a temp folder and builds it twice with the locally built analyzer assembly and -p:ReportAnalyzer=true:
# without architecture.json (the layer analyzer registers nothing) and with it. Prints, for both, CoreCompile's time,
# the compiler's total analyzer time and the layer analyzer's own line. The per-analyzer line charges the semantic
# model's binding to whichever analyzer binds a method first (ADR 031), so compare the totals too.
# The sources come from LayeredCodebase.cs (the benchmark's own generator, through `layers-write`), so the script and
# LayerAnalyzerBenchmarks measure the same code. Kept: the Dense rules and code that keeps them (a codebase that builds).
# With a third argument `generate` it only writes the project into the folder given as fourth argument (kept, for
# measure-csc.sh); otherwise the temp folder is removed on exit.
# Usage: tests/EmilySovereign.Benchmarks/Layers/report-analyzer.sh [types] [Dense|Kept|Clean] [generate <folder>]
set -euo pipefail
types=${1:-5000}
rules=${2:-Dense}
mode=${3:-build}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
if [ "$mode" = "generate" ]; then
  dir=${4:?generate needs the folder to write the project into}
  mkdir -p "$dir"
else
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi
dotnet build "$repo/src/Analyzers/EmilySovereign.Analyzers" -c Release -v:q -nologo >/dev/null
dotnet build "$repo/tests/EmilySovereign.Benchmarks" -c Release -v:q -nologo >/dev/null
analyzer="$repo/src/Analyzers/EmilySovereign.Analyzers/bin/Release/netstandard2.0/EmilySovereign.Analyzers.dll"

cat > "$dir/Layered.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <NoWarn>\$(NoWarn);ES1001</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$analyzer" />
    <AdditionalFiles Include="architecture.json" Condition="'\$(LayerRules)' != 'false'" />
  </ItemGroup>
</Project>
XML
dotnet "$repo/tests/EmilySovereign.Benchmarks/bin/Release/net10.0/EmilySovereign.Benchmarks.dll" layers-write "$dir" "$types" "$rules"

if [ "$mode" = "generate" ]; then
  echo "$dir"
  exit 0
fi

for layers in false true; do
  log="$dir/build-layers-$layers.log"
  dotnet build "$dir" --no-incremental -p:LayerRules=$layers -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -nologo > "$log" || true
  echo "== architecture.json: $layers"
  grep -E "^ +[0-9]+ ms +CoreCompile " "$log" | head -1 || true
  grep -E "Total analyzer execution time" "$log" | head -1 || true
  grep -E "EmilySovereign.Analyzers.Layers.LayerAnalyzer" "$log" | head -1 || true
done
