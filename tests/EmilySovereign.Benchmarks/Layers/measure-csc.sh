#!/usr/bin/env bash
# The layer analyzer's cost in a real compilation of a project: builds the project once to learn its exact compiler
# command line, then runs that compiler command directly (no build server, no MSBuild) with and without the project's
# architecture.json, alternating, and prints each run's CPU seconds. WITHOUT=package compares with and without the
# whole package instead (EmilySovereign's analyzers and generators and every additional file), the SDK's analyzers on
# in both: what the package adds to the compile. With MEASURE=callgrind it runs each variant once
# under `valgrind --tool=callgrind` (at nice 10, so that it yields to other work) and prints instruction counts and
# the difference instead, which stay the same on a loaded machine. WITHOUT=analyzers (callgrind only) runs three
# variants: with no analyzers or generators at all, without the package, and with it; the package's count against every
# other analyzer's is the exact form of the ReportAnalyzer ratio, which the clock makes too noisy (issue 26).
# JIT=tiered keeps the runtime's tiered JIT on, as in a build (recompiling after 30 calls rather than after a delay,
# so that the count repeats); by default one optimizing JIT per method, which leaves the JIT's cost mostly out.
# MEASURE=report runs the project's own command line with /reportanalyzer, `runs` times, with the compiler on one thread
# and no background GC (/parallel-, DOTNET_gcConcurrent=0): ReportAnalyzer's lines as in a build, without the time an
# analyzer's callback spends preempted by the compiler's other threads, and prints eng/analyzer-cost.sh's summary of each.
# With AGAINST=<checkout of another commit> it alternates that commit's analyzer and generator assemblies with this
# checkout's, in the same command line, and ends with each one's sums over the runs: single compiles of one state
# differ by a third, so only sums of alternated runs compare (issue 26).
# Its work folder (command lines, outputs, profiles) is removed on exit.
# Usage: [WITHOUT=package|analyzers] [MEASURE=callgrind|report] [AGAINST=<checkout>] [JIT=tiered] tests/EmilySovereign.Benchmarks/Layers/measure-csc.sh [project dir, default src/Runtime] [runs, default 5]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
project=$(cd "${1:-$repo/src/Runtime}" && pwd)
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A multi-targeting project (src/Runtime) is compiled for net10.0; a single-target one (a generated codebase) for its own.
tfm=$(grep -qs "<TargetFrameworks>" "$project"/*.csproj && echo "-p:TargetFramework=net10.0" || true)
dotnet build "$project" -c Release --no-incremental $tfm -p:UseSharedCompilation=false -v:d -nologo > "$work/build.log"
line=$(grep -E "bincore/csc(\.dll)? .*/out:" "$work/build.log" | tail -1 | sed 's/^ *//')
csc=$(dirname "$(echo "$line" | cut -d' ' -f1)")/csc.dll
args=${line#* }
args=$(echo "$args" | sed "s#/out:[^ ]*#/out:$work/out.dll#; s#/refout:[^ ]*##")
echo "$args" > "$work/with.rsp"
if [ "${WITHOUT:-layers}" = "package" ] || [ "${WITHOUT:-layers}" = "analyzers" ]; then
  label="the package"
  echo "$args" | sed -E 's#/analyzer:[^ ]*EmilySovereign\.(Analyzers|Generators)\.dll##g; s#/additionalfile:[^ ]*##g' > "$work/without.rsp"
  if [ "$WITHOUT" = "analyzers" ]; then echo "$args" | sed -E 's#/analyzer:[^ ]*##g' > "$work/none.rsp"; fi
else
  label="architecture.json"
  echo "$args" | sed 's#/additionalfile:[^ ]*architecture\.json##' > "$work/without.rsp"
fi
cd "$project"
if [ "${MEASURE:-time}" = "report" ]; then
  variants=with
  if [ -n "${AGAINST:-}" ]; then
    echo "$args" > "$work/against.rsp"
    for assembly in Analyzers/EmilySovereign.Analyzers:EmilySovereign.Analyzers Generators:EmilySovereign.Generators; do
      folder=$AGAINST/src/${assembly%%:*} name=${assembly##*:}
      dotnet build "$folder" -c Release -v:q -nologo > /dev/null
      sed -i -E "s#/analyzer:[^ ]*/$name\.dll#/analyzer:$folder/bin/Release/netstandard2.0/$name.dll#" "$work/against.rsp"
    done
    variants="against with"
  fi
  for run in $(seq "$runs"); do
    for variant in $variants; do
      echo "== run $run, $variant"
      DOTNET_gcConcurrent=0 dotnet exec "$csc" "@$work/$variant.rsp" /parallel- /reportanalyzer > "$work/report-$variant-$run.txt" || true
      "$repo/eng/analyzer-cost.sh" --log "$work/report-$variant-$run.txt" | tee "$work/summary-$variant-$run.txt"
    done
  done
  for variant in $variants; do
    cat "$work"/summary-"$variant"-*.txt | awk -v variant="$variant" '
      /Latency\.LatencyBudgetAnalyzer$/ { latency += $1 }
      /Layers\.LayerAnalyzer$/ { layers += $1 }
      /^EmilySovereign:/ { ours += $(NF - 1) }
      /^SDK and other packages:/ { for (i = 1; i < NF; i++) if ($i == "analyzers") { sdk += $(i + 1); break } }
      END { printf "%s, sums over the runs: ours %.3f s, the SDK'"'"'s analyzers %.3f s, ratio %.2f; latency %.3f s (%.0f %% of ours), layers %.3f s (%.0f %%)\n", variant, ours, sdk, ours / sdk, latency, 100 * latency / ours, layers, 100 * layers / ours }'
  done
elif [ "${MEASURE:-time}" = "callgrind" ]; then
  variants=$([ -f "$work/none.rsp" ] && echo "none without with" || echo "without with")
  jit="DOTNET_TieredCompilation=0"
  [ "${JIT:-}" = "tiered" ] && jit="DOTNET_TC_CallCountingDelayMs=0 DOTNET_TieredPGO=0"
  for variant in $variants; do
    # One thread, a fixed JIT policy, no background GC and a large fixed gen0, so that the count does not depend on
    # scheduling; no AVX-512, which valgrind does not emulate (the runtime's vectorized Array.Clear failed with an
    # access violation; turning all hardware intrinsics off instead made the tiered JIT abort). Should the compiler
    # still die under valgrind, the run is reported below and must be repeated. Each variant is one thread under
    # valgrind, so they run side by side.
    env DOTNET_gcServer=0 DOTNET_gcConcurrent=0 DOTNET_GCgen0size=0x4000000 $jit DOTNET_EnableAVX512F=0 DOTNET_EnableWriteXorExecute=0 \
      nice -n 10 valgrind --tool=callgrind --callgrind-out-file="$work/$variant.cg" \
      dotnet exec "$csc" "@$work/$variant.rsp" /parallel- > /dev/null 2> "$work/$variant.err" &
  done
  wait || true
  for variant in $variants; do
    what="$variant $label"; [ "$variant" = none ] && what="no analyzers or generators"
    if grep -q "terminating with default action" "$work/$variant.err"; then
      echo "$what: the compiler died under valgrind; run again. Its last words:"
      tail -5 "$work/$variant.err"
    fi
    count=$(grep -o 'Collected : [0-9]*' "$work/$variant.err" | tail -1 | grep -o '[0-9]*$')
    echo "$what: $count instructions"
    eval "$variant=$count"
  done
  awk -v a="$with" -v b="$without" 'BEGIN { printf "difference: %+.0f instructions (%+.2f %%)\n", a - b, 100 * (a - b) / b }'
  if [ -n "${none:-}" ]; then
    awk -v a="$with" -v b="$without" -v n="$none" 'BEGIN { printf "the package adds %.1f M instructions, every other analyzer and generator %.1f M: ratio %.2f\n", (a - b) / 1e6, (b - n) / 1e6, (a - b) / (b - n) }'
  fi
else
  for run in $(seq "$runs"); do
    for variant in without with; do
      /usr/bin/time -f "%U %S" -o "$work/time" dotnet exec "$csc" "@$work/$variant.rsp" > /dev/null || true
      echo "$variant $label: $(awk '{ print $1 + $2 }' "$work/time") s CPU"
    done
  done
fi
