#!/usr/bin/env bash
# Cuts a release tag for one package. See --help.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/release.sh <Prefix> <semver> [--dry-run] [--push]
       tools/release.sh --help

Releases one package: tags "<Prefix>-<semver>" (e.g. Routing-0.3.0 for Starlette.Routing) after checking that
  - the tag is well formed, names a package and does not exist yet, and the working tree is clean;
  - every sibling the package depends on has a release that nothing it builds from changed since
    (build/README.md, "Sibling dependencies"; a pre-release may depend on unreleased siblings);
  - the package builds, its tests pass, the dependency rules hold and it packs at that version.
Pushing the tag runs .github/workflows/publish.yml, which publishes that package only.

Options:
  --dry-run   check the arguments, the tree and the siblings, print the tag, the version and each dependency
              range the package would publish; build, tag and push nothing
  --push      push the tag to origin after creating it
  -h, --help  show this help

Examples:
  tools/release.sh Types 0.1.0 --dry-run
  tools/release.sh Routing 0.3.0 --push
EOF
}

die() { echo "error: $*" >&2; exit 1; }

dry_run=false
push=false
args=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    --dry-run) dry_run=true ;;
    --push) push=true ;;
    -*) die "unknown option '$arg' (see tools/release.sh --help)." ;;
    *) args+=("$arg") ;;
  esac
done
if [[ ${#args[@]} -ne 2 ]]; then
  die "expected <Prefix> <semver> (e.g. tools/release.sh Routing 0.3.0), got ${#args[@]} argument(s); see --help."
fi

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
prefix=${args[0]}
version=${args[1]}
tag="$prefix-$version"

# resolve-tag.sh prints its own one-line error (bad format, unknown package).
resolved=$(bash tools/resolve-tag.sh "$tag") || exit 1
{ read -r id; read -r project; read -r _; } <<< "$resolved"

git rev-parse --git-dir >/dev/null 2>&1 || die "$root is not a git checkout."
if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  die "tag $tag already exists ($id $version is released); pick a new version."
fi
if [[ -n "$(git status --porcelain)" ]]; then
  die "the working tree has uncommitted changes; release from a clean checkout (git status)."
fi

# The sibling rule (build/Packing.targets), the same target publish.yml runs. The release version is given to
# this package only: StarletteReleaseOf keeps it off the siblings.
plan_props=(-p:StarletteReleaseOf="$id" -p:StarletteReleaseVersion="$version")
# Its previous stable release is the package validation baseline (none before the first release). The build and
# pack download it from the configured NuGet sources (so the publishing feed must be one of them); the plan does not.
baseline=$(bash tools/baseline-version.sh "$prefix" "$version")
release_props=("${plan_props[@]}" -p:StarletteBaselineVersion="$baseline")
plan_log=$(mktemp)
trap 'rm -f "$plan_log"' EXIT
if ! dotnet msbuild "$project" -restore -nologo -v:m -t:StarletteReleasePlan "${plan_props[@]}" >"$plan_log" 2>&1; then
  refusal=$(sed -n 's/.*error STARLETTE[0-9]*: \(.*\) \[[^]]*\]$/\1/p' "$plan_log" | head -1)
  if [[ -n "$refusal" ]]; then die "$refusal"; fi
  grep -E 'error [A-Z]+[0-9]+' "$plan_log" | sort -u >&2 || tail -20 "$plan_log" >&2
  die "could not compute the release plan of $id (dotnet msbuild failed, see above)."
fi
planned=$(sed -n 's/^ *release-plan: \(Starlette[^ ]*\) \(.*\)$/\1 \2/p' "$plan_log" | head -1)
[[ "$planned" == "$id $version" ]] || die "$id would pack as '${planned#* }', not $version."

echo "tag: $tag"
echo "version: $id $version"
echo "validated against: ${baseline:-(no earlier release)}"
deps=$(sed -n 's/^ *release-plan: depends on \(.*\)$/\1/p' "$plan_log")
if [[ -n "$deps" ]]; then
  while IFS= read -r dep; do echo "dependency: $dep"; done <<< "$deps"
else
  echo "dependency: (no sibling packages)"
fi
if [[ "$dry_run" == true ]]; then
  echo "dry run: nothing built, tagged or pushed."
  exit 0
fi

# The template package is tested by the consumer test (installed from a local feed, generated, built, tested).
test_command=(dotnet test "tests/$id.Tests" -c Release -nologo)
if [[ "$id" == "Starlette.Templates" ]]; then
  test_command=(dotnet test tests/Starlette.Repository.Tests -c Release -nologo --filter "FullyQualifiedName~ConsumerInstallTests")
elif [[ ! -d "tests/$id.Tests" ]]; then
  die "$id has no test project (tests/$id.Tests)."
fi
echo "Building and testing $id at $version..."
dotnet build "$project" -c Release -nologo "${release_props[@]}"
"${test_command[@]}"
dotnet run --project tools/DependencyCheck -c Release -- "$root"
dotnet pack "$project" -c Release -nologo -o "$(mktemp -d)" "${release_props[@]}" >/dev/null

git tag -a "$tag" -m "Release $id $version"
echo "Tagged $tag."
if [[ "$push" == true ]]; then
  git push origin "$tag"
else
  echo "Push it to publish: git push origin $tag"
fi
