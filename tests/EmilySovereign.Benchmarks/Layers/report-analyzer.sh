#!/usr/bin/env bash
# The layer analyzer's share of a real build: generates a layered codebase (default 5000 types, dense cross-layer
# use) in a temp folder and builds it twice with the locally built analyzer assembly and -p:ReportAnalyzer=true:
# without architecture.json (the layer analyzer registers nothing) and with it. Prints, for both, CoreCompile's time,
# the compiler's total analyzer time and the layer analyzer's own line. The per-analyzer line charges the semantic
# model's binding to whichever analyzer binds a method first (ADR 031), so compare the totals too.
# Kept: the Dense rules and code that keeps them (a codebase that builds).
# With a third argument `generate` it only writes the project and prints its folder (for measure-csc.sh).
# Usage: tests/EmilySovereign.Benchmarks/Layers/report-analyzer.sh [types] [Dense|Kept|Clean] [generate]
set -euo pipefail
types=${1:-5000}
rules=${2:-Dense}
mode=${3:-build}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
dir=$(mktemp -d)
dotnet build "$repo/src/Analyzers/EmilySovereign.Analyzers" -c Release -v:q -nologo >/dev/null
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

if [ "$rules" = "Clean" ]; then
cat > "$dir/architecture.json" <<'JSON'
{
  "layers": {
    "Instinct":      { "namespaces": ["Emily.Instinct.*"], "mayUse": ["Cognition", "NervousSystem", "Mind"] },
    "Cognition":     { "namespaces": ["Emily.Cognition.*"], "mayUse": ["Instinct", "NervousSystem", "Mind"] },
    "NervousSystem": { "namespaces": ["Emily.NervousSystem.*"], "mayUse": ["Instinct", "Cognition", "Mind"] },
    "Mind":          { "namespaces": ["Emily.Mind.*"], "mayUse": ["Instinct", "Cognition", "NervousSystem"] },
    "Unused":        { "namespaces": ["Emily.Unused.*"], "mayUse": [] }
  }
}
JSON
else
cat > "$dir/architecture.json" <<'JSON'
{
  "layers": {
    "Instinct":      { "namespaces": ["Emily.Instinct.*"], "mayUse": ["NervousSystem"] },
    "Cognition":     { "namespaces": ["Emily.Cognition.*"], "mayUse": ["Instinct", "NervousSystem"] },
    "NervousSystem": { "namespaces": ["Emily.NervousSystem.*"], "mayUse": [] },
    "Mind":          { "namespaces": ["Emily.Mind.*"], "mayUse": ["Cognition"] }
  }
}
JSON
fi

# Same shape as LayeredCodebase.cs: each type has six fields and six methods using random types of every layer.
keep=0; [ "$rules" = "Kept" ] && keep=1
awk -v types="$types" -v dir="$dir" -v keep="$keep" 'BEGIN {
  srand(20261125); split("Instinct Cognition NervousSystem Mind", layer, " ");
  # allowed[user, used] for the Dense rules, layers numbered 0-3 as above.
  allowed[0,0] = allowed[0,2] = allowed[1,1] = allowed[1,0] = allowed[1,2] = allowed[2,2] = allowed[3,3] = allowed[3,1] = 1;
  for (t = 0; t < types; t++) {
    file = sprintf("%s/File%d.cs", dir, int(t / 50));
    printf "namespace Emily.%s.Part%d\n{\n    public class T%d\n    {\n        public int Value;\n        public int Get() => Value;\n", layer[t % 4 + 1], t % 7, t >> file;
    for (u = 0; u < 6; u++) {
      used = int(rand() * types);
      while (keep && !((t % 4, used % 4) in allowed)) used = int(rand() * types);
      name = sprintf("global::Emily.%s.Part%d.T%d", layer[used % 4 + 1], used % 7, used);
      printf "        public %s? F%d;\n        public int M%d(%s p) { var x = new %s(); return x.Get() + p.Value + (F%d?.Get() ?? 0); }\n", name, u, u, name, name, u >> file;
    }
    printf "    }\n}\n" >> file;
  }
}'

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
echo "Generated project and logs: $dir"
