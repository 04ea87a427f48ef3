#!/usr/bin/env bash
# Measures the latency analyzer's share of a real build of a generated codebase, two ways:
#  1. -p:ReportAnalyzer=true: the compiler's own account of the time spent in the analyzer's callbacks (wall clock,
#     which on a loaded machine includes waiting for a core, and includes binding bodies other analyzers share);
#  2. CPU time (user + sys, compiler in-process) of the same build with and without the analyzer, alternated ROUNDS
#     times; the difference of the medians over the median without it is the analyzer's share of the build's CPU.
# The codebase is LatencyModule.template stamped out MODULES times (the same code the BenchmarkDotNet benchmark uses);
# the project loads the locally built analyzer dll as an <Analyzer> item and references the locally built runtime.
# CODEBASE WorstCase keeps every module's budgets (3 types in 4 budgeted); Realistic keeps them in 2 modules of 15 and
# strips the [LatencyBudget] lines (and the namespace import) from the others: 1 type in 10 budgeted, as
# LatencyCodebase does for the benchmark. The build is a real `dotnet build`, with the SDK's own analyzers.
#
# Usage: tests/EmilySovereign.Benchmarks/Latency/measure-build-share.sh [MODULES=200] [WORK_DIR=a new temp dir] [ROUNDS=5] [CODEBASE=WorstCase|Realistic]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
modules="${1:-200}"
# A folder given is kept (with its build.log); a temp one is removed on exit.
if [[ -n "${2:-}" ]]; then
  work="$2"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
rounds="${3:-5}"
codebase="${4:-WorstCase}"
analyzer="$root/src/Analyzers/EmilySovereign.Analyzers/bin/Release/netstandard2.0/EmilySovereign.Analyzers.dll"
runtime="$root/src/Runtime/bin/Release/net10.0/EmilySovereign.Runtime.dll"

dotnet build "$root/src/Analyzers/EmilySovereign.Analyzers" -c Release -nologo -v:q
dotnet build "$root/src/Runtime" -c Release -f net10.0 -nologo -v:q

mkdir -p "$work/src"
for ((i = 0; i < modules; i++)); do
  if [[ "$codebase" == WorstCase ]] || (( (2 * i) % 15 < 2 )); then
    sed "s/\\\$i\\\$/$i/g" "$here/LatencyModule.template" > "$work/src/Module$i.cs"
  else
    sed -e '/\[LatencyBudget(/d' -e '/^using EmilySovereign;/d' -e "s/\\\$i\\\$/$i/g" "$here/LatencyModule.template" > "$work/src/Module$i.cs"
  fi
done
# The analyzer assembly holds the package's other analyzers too: their rules are off in both builds, so that the
# driver skips them and the difference is the latency analyzer's (and the loading of its assembly).
{
  echo "is_global = true"
  for id in ES1001 ES1002 ES1003 ES1004 ES1005 ES5001 ES5002 ES5003 ES5004 ES5005; do
    echo "dotnet_diagnostic.$id.severity = none"
  done
} > "$work/.globalconfig"
cat > "$work/LatencyCodebase.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <!-- The generated code has ES2003/ES2005 warnings on purpose; the build must finish to be measured. -->
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="EmilySovereign.Runtime" HintPath="$runtime" />
    <Analyzer Include="$analyzer" Condition="'\$(WithLatencyAnalyzer)' != 'false'" />
  </ItemGroup>
</Project>
PROJECT

cd "$work"
dotnet restore -nologo -v:q
start=$(date +%s.%N)
dotnet build --no-restore --no-incremental -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > build.log
end=$(date +%s.%N)

build_seconds=$(echo "$end - $start" | bc -l)
total_analyzers=$(grep -m1 -oP 'Total analyzer execution time: \K[0-9.]+' build.log || echo 0)
latency=$(grep -m1 -oP '^\s*\K[0-9.]+(?=\s+\S+\s+EmilySovereign\.Analyzers\.Latency\.LatencyBudgetAnalyzer)' build.log || echo 0)
csc_ms=$(grep -oP '^\s*\K[0-9]+(?= ms\s+Csc\s)' build.log | head -1 || echo 0)
echo "modules:                 $modules ($(cat src/*.cs | wc -l) lines, $codebase, $(grep -l 'LatencyBudget(' src/*.cs | wc -l) with budgets)"
echo "build wall time:         $build_seconds s"
echo "Csc task:                $csc_ms ms"
echo "all analyzers:           $total_analyzers s"
echo "LatencyBudgetAnalyzer:   $latency s"
echo "share of the build:      $(echo "100 * $latency / $build_seconds" | bc -l | cut -c1-6) %"
echo "share of the Csc task:   $(echo "100 * $latency * 1000 / $csc_ms" | bc -l | cut -c1-6) %"
# CPU of the whole build with the compiler in-process, with and without the analyzer, alternated.
cpu_of() {
  /usr/bin/time -f '%U %S' -o cpu.txt dotnet build --no-restore --no-incremental -nologo -v:q \
    -p:UseSharedCompilation=false -p:WithLatencyAnalyzer="$1" > /dev/null
  awk '{ print $1 + $2 }' cpu.txt
}
with=(); without=()
for ((r = 0; r < rounds; r++)); do
  without+=("$(cpu_of false)")
  with+=("$(cpu_of true)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
cpu_without=$(median "${without[@]}")
cpu_with=$(median "${with[@]}")
echo "build CPU without:       $cpu_without s (runs: ${without[*]})"
echo "build CPU with:          $cpu_with s (runs: ${with[*]})"
echo "analyzer share of CPU:   $(echo "100 * ($cpu_with - $cpu_without) / $cpu_without" | bc -l | cut -c1-6) %"
echo "diagnostics:             $(grep -c 'warning ES20' build.log || true) latency warnings in the log${2:+; log: $work/build.log}"
