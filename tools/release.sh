#!/usr/bin/env bash
# Cuts a release tag for one package, after checking that it builds, its tests pass and it packs at that version.
# Usage: tools/release.sh <Prefix> <semver> [--push]      e.g. tools/release.sh Routing 0.3.0 --push
# The tag is "<Prefix>-<semver>"; pushing it runs .github/workflows/publish.yml for that package only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
prefix=${1:?usage: tools/release.sh <Prefix> <semver> [--push]}
version=${2:?usage: tools/release.sh <Prefix> <semver> [--push]}
tag="$prefix-$version"

mapfile -t resolved < <(tools/resolve-tag.sh "$tag")
id=${resolved[0]}; project=${resolved[1]}

if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  echo "error: tag $tag already exists." >&2; exit 1
fi
if [[ -n "$(git status --porcelain)" ]]; then
  echo "error: the working tree has uncommitted changes; release from a clean checkout." >&2; exit 1
fi

echo "Building and testing $id at $version..."
dotnet build "$project" -c Release -nologo -p:StarletteVersionOverride="$version"
if [[ -d "tests/$id.Tests" ]]; then
  dotnet test "tests/$id.Tests" -c Release -nologo
else
  echo "error: $id has no test project (tests/$id.Tests)." >&2; exit 1
fi
dotnet run --project tools/DependencyCheck -c Release -- "$root"
dotnet pack "$project" -c Release -nologo -o "$(mktemp -d)" -p:StarletteVersionOverride="$version" >/dev/null

git tag -a "$tag" -m "Release $id $version"
echo "Tagged $tag."
if [[ "${3:-}" == "--push" ]]; then
  git push origin "$tag"
else
  echo "Push it to publish: git push origin $tag"
fi
