#!/usr/bin/env bash
# What EmilySovereign's analyzers and generators cost in a build, against every other analyzer in the same build.
#   eng/analyzer-cost.sh <project, solution or folder> [more dotnet build arguments]
# builds it once (restore, first compile), then again from scratch with -p:ReportAnalyzer=true, and prints from the
# compiler's report each of our analyzers' and generators' line, our total, the others' total and the ratio.
#   eng/analyzer-cost.sh --log <detailed build log>   only reads an existing log (dotnet build -v:d -p:ReportAnalyzer=true).
set -euo pipefail
if [ "${1:-}" = "--log" ]; then
  log=$2
else
  target=${1:?usage: eng/analyzer-cost.sh <project> [dotnet build arguments] | --log <file>}
  shift
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  dotnet build "$target" -nologo -v:q "$@" >/dev/null || true
  dotnet build "$target" --no-incremental -p:ReportAnalyzer=true -v:d -nologo "$@" > "$log" || true
  grep -E "^ +[0-9]+ ms +CoreCompile " "$log" | head -1 || true
fi

# The report lists each analyzer assembly as "   <seconds>   <percent>   <assembly>, Version=...", analyzers first and
# generators after "Total generator execution time"; the lines under an assembly name its types.
awk '
  /Total analyzer execution time/ { section = "analyzers" }
  /Total generator execution time/ { section = "generators" }
  section != "" && /^ +[0-9.<]+ +[0-9<]+ +[A-Za-z].*, Version=/ {
    time = $1; sub(/^</, "", time)
    if ($0 ~ /EmilySovereign/) ours[section] += time; else sdk[section] += time
  }
  section != "" && /^ +[0-9.<]+ +[0-9<]+ +EmilySovereign\.[A-Za-z.]*(Analyzer|Generator)( \(.*\))?$/ { sub(/ \(.*\)$/, ""); print "   " $0 }
  END {
    total = ours["analyzers"] + ours["generators"]
    printf "EmilySovereign: analyzers %.3f s + generators %.3f s = %.3f s\n", ours["analyzers"], ours["generators"], total
    printf "SDK and other packages: analyzers %.3f s, generators %.3f s\n", sdk["analyzers"], sdk["generators"]
    printf "ratio to their analyzers: %.2f; to their analyzers and generators: %.2f\n", total / (sdk["analyzers"] > 0 ? sdk["analyzers"] : 1), total / (sdk["analyzers"] + sdk["generators"] > 0 ? sdk["analyzers"] + sdk["generators"] : 1)
  }' "$log"
