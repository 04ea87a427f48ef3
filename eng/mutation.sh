#!/usr/bin/env bash
# Mutation score of one shipped project with Stryker.NET, run from its test project's folder, where stryker-config.json
# names the project, the 80 % break threshold and the reports (StrykerOutput/<time>/reports/mutation-report.html).
#   bash eng/mutation.sh <Generators|Runtime|Analyzers|Build> [more dotnet stryker arguments, e.g. --mutate "**/Flags/**/*.cs"]
# Stryker finds the SDK through `dotnet --info`, which it gives 10 s by default; on a loaded machine that call takes
# longer and the run stops with "Could not find build environment", so the wait is raised here.
set -euo pipefail
cd "$(dirname "$0")/.."
part=${1:?usage: bash eng/mutation.sh <Generators|Runtime|Analyzers|Build> [dotnet stryker arguments]}
shift
dotnet tool restore >/dev/null
cd "tests/EmilySovereign.$part.Tests"
DOTNET_INFO_WAIT_TIME=${DOTNET_INFO_WAIT_TIME:-120000} dotnet stryker "$@"
