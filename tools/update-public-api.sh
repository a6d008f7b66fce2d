#!/usr/bin/env bash
# Brings every package's PublicAPI.Unshipped.txt up to date with its code (Microsoft.CodeAnalysis.PublicApiAnalyzers):
# adds the public API that no PublicAPI.*.txt lists yet (RS0016, RS0037) and drops entries of API that is gone (RS0017).
# Review the diff afterwards: every line is a public API promise.
# Usage: tools/update-public-api.sh [package-id or project...]      (default: every package; ~20 s each)
#   e.g. tools/update-public-api.sh Starlette.Routing
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
targets=()
for arg in "$@"; do
  if [[ -f "packages/$arg/$arg.csproj" ]]; then targets+=("packages/$arg/$arg.csproj")
  elif [[ "$arg" == *.csproj && -f "$arg" ]]; then targets+=("$arg")
  else echo "error: '$arg' is neither a package id (packages/<id>/<id>.csproj) nor a .csproj file." >&2; exit 1
  fi
done
if [[ ${#targets[@]} -eq 0 ]]; then
  for dir in packages/*/; do
    id=$(basename "$dir")
    [[ -f "$dir$id.csproj" ]] && targets+=("$dir$id.csproj")
  done
fi
# One project at a time: `dotnet format` on the whole solution leaves most projects' files untouched.
for target in "${targets[@]}"; do
  echo "$target"
  dotnet format analyzers "$target" --diagnostics RS0016 RS0017 RS0037 --severity info -v q
done
git status --short -- 'packages/*/PublicAPI.*.txt'
