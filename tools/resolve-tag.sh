#!/usr/bin/env bash
# Resolves a release tag "<Prefix>-<semver>" to exactly one package.
# Prints three lines: the package id, its project path, the version. Exits 1 for a tag that names no package.
# Usage: tools/resolve-tag.sh Routing-0.3.0
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ $# -ne 1 || -z "$1" ]]; then
  echo "error: usage: tools/resolve-tag.sh <Prefix>-<semver> (e.g. Routing-0.3.0)" >&2
  exit 1
fi
tag=${1#refs/tags/}

prefix=${tag%%-*}
version=${tag#*-}
semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$'
if [[ "$tag" != *-* || -z "$prefix" || ! "$version" =~ $semver ]]; then
  echo "error: '$tag' is not a release tag of the form <Prefix>-<semver> (e.g. Routing-0.3.0)." >&2
  exit 1
fi

if [[ "$prefix" == "Starlette" ]]; then id="Starlette"; else id="Starlette.$prefix"; fi
project="packages/$id/$id.csproj"
if [[ ! -f "$root/$project" ]]; then
  known=$(cd "$root/packages" && for d in */; do d=${d%/}; [[ -f "$d/$d.csproj" ]] && { [[ $d == Starlette ]] && echo -n "Starlette " || echo -n "${d#Starlette.} "; }; done)
  echo "error: tag prefix '$prefix' matches no package. Known prefixes: $known" >&2
  exit 1
fi

printf '%s\n%s\n%s\n' "$id" "$project" "$version"
