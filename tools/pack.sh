#!/usr/bin/env bash
# Packs every package: one .nupkg and one .snupkg each, under artifacts/packages/.
# Usage: tools/pack.sh [extra dotnet pack arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$root/artifacts/packages"
dotnet pack "$root/Starlette.Packages.sln" -c Release -nologo "$@"
ls -1 "$root/artifacts/packages"
