#!/usr/bin/env bash
# Prints the package validation baseline of a release: the highest stable release tag "<Prefix>-<major.minor.patch>"
# reachable from HEAD whose version is below <semver>. Prints nothing when the package has no earlier stable release.
# Usage: tools/baseline-version.sh <Prefix> <semver>      e.g. tools/baseline-version.sh Routing 0.3.0  ->  0.2.1
set -euo pipefail
if [[ $# -ne 2 ]]; then
  echo "error: usage: tools/baseline-version.sh <Prefix> <semver>" >&2
  exit 1
fi
prefix=$1
core=${2%%[-+]*}
IFS=. read -r major minor patch <<< "$core"
git tag --list "$prefix-*" --merged HEAD \
  | sed -n "s/^$(printf '%s' "$prefix" | sed 's/[.]/\\./g')-\(\(0\|[1-9][0-9]*\)\.\(0\|[1-9][0-9]*\)\.\(0\|[1-9][0-9]*\)\)$/\1/p" \
  | awk -F. -v M="$major" -v m="$minor" -v p="$patch" '($1<M) || ($1==M && $2<m) || ($1==M && $2==m && $3<p)' \
  | sort -t. -k1,1n -k2,2n -k3,3n | tail -1
