#!/usr/bin/env bash
# Times the real EmilySovereign pre-commit hook (installed through the MSBuild targets) against the Python
# pre-commit framework running four pygrep hooks (conflict markers, private-key headers, trailing whitespace,
# AWS access keys), side by side with hyperfine, on a generated commit of 1 000 staged C# files (~3.5 MB),
# then on a one-file commit.
#
# Needs dotnet, git, hyperfine and pre-commit (Debian/Ubuntu: apt-get install -y pre-commit hyperfine).
# Usage: tests/EmilySovereign.Benchmarks/PreCommit/bench-hook.sh [runs]     (FILES=1000 by default)
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
files=${FILES:-1000}
runs=${1:-10}

for tool in dotnet git hyperfine pre-commit; do
  command -v "$tool" >/dev/null || { echo "bench-hook.sh: $tool is not installed" >&2; exit 2; }
done

dotnet build "$root/src/Build/Hook/EmilySovereign.Hook.csproj" -c Release -nologo -v:q >/dev/null
tasks="$root/src/Build/Hook/bin/Release/net8.0/EmilySovereign.Build.dll"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
mkdir -p "$repo"
cd "$repo"
git init -q -b main
git config user.email bench@example.invalid
git config user.name bench
git config commit.gpgsign false
export PRE_COMMIT_HOME="$work/pre-commit-home"

# The project that installs the hook exactly as a consumer's build does.
cat > "$work/app.proj" <<PROJ
<Project>
  <PropertyGroup><EmilySovereignTasksAssembly>$tasks</EmilySovereignTasksAssembly></PropertyGroup>
  <Import Project="$root/src/Build/build/EmilySovereign.props" />
  <Target Name="Build" />
  <Import Project="$root/src/Build/build/EmilySovereign.targets" />
</Project>
PROJ
cp "$work/app.proj" "$repo/app.proj"
CI= dotnet msbuild "$repo/app.proj" -t:EmilySovereignInstallHook -nologo -v:q
test -x .git/hooks/pre-commit

cat > .pre-commit-config.yaml <<'YAML'
repos:
  - repo: local
    hooks:
      - id: conflict-markers
        name: conflict markers
        language: pygrep
        entry: '^(<<<<<<< |=======$|>>>>>>> )'
        types: [text]
      - id: private-key
        name: private keys
        language: pygrep
        entry: 'BEGIN (RSA |DSA |EC |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY'
        types: [text]
      - id: trailing-whitespace
        name: trailing whitespace
        language: pygrep
        entry: '[ \t]$'
        types: [text]
      - id: aws-keys
        name: AWS access keys
        language: pygrep
        entry: '(AKIA|ASIA)[A-Z0-9]{16}'
        types: [text]
YAML

# 1 000 C# files of about 3.5 KB, in 20 folders.
awk -v files="$files" 'BEGIN {
  srand(1)
  for (i = 0; i < files; i++) {
    dir = sprintf("src/Module%d", i % 20); system("mkdir -p " dir)
    path = sprintf("%s/Generated%d.cs", dir, i)
    printf "namespace Bench.Module%d;\n\npublic sealed class Generated%d\n{\n", i % 20, i > path
    size = 60
    while (size < 3500) {
      n = int(rand() * 10000)
      line = sprintf("    public int Method%d(int value) => value * %d + 1; // keeps the compiler busy %d\n", n, n, int(rand() * 1000))
      printf "%s", line > path; size += length(line)
    }
    printf "}\n" > path; close(path)
  }
}'
git add -A
echo "staged: $(git diff --cached --name-only | wc -l) files, $(du -sh src | cut -f1)"
pre-commit run >/dev/null   # first run sets up pre-commit's cache
.git/hooks/pre-commit

hyperfine -N --warmup 2 --runs "$runs" \
  -n "pre-commit framework (4 pygrep hooks)" "pre-commit run" \
  -n "EmilySovereign hook (all checks)" ".git/hooks/pre-commit" \
  --export-markdown "$work/many.md"
cat "$work/many.md"

git commit -q --no-verify -m "generated"
echo "    public int Added() => 1;" >> src/Module0/Generated0.cs
sed -i '$d' src/Module0/Generated0.cs && echo "}" >> src/Module0/Generated0.cs
git add src/Module0/Generated0.cs
hyperfine -N --warmup 2 --runs "$runs" \
  -n "pre-commit framework, one file" "pre-commit run" \
  -n "EmilySovereign hook, one file" ".git/hooks/pre-commit" \
  --export-markdown "$work/one.md"
cat "$work/one.md"
