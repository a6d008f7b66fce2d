#!/usr/bin/env bash
# tools/aot-check.sh [project ...] - publishes each project (default: examples/HelloWorld) with Native AOT for
# linux-x64 and fails when the publish fails or reports any trim or AOT warning (IL2xxx / IL3xxx). Needs the
# native toolchain (Debian clang and zlib1g-dev): without it the check is skipped with a message, except under
# CI=true, where .ci/run installs them and absence is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[[ ${#projects[@]} -gt 0 ]] || projects=(examples/HelloWorld)

if ! command -v clang > /dev/null 2>&1 || [[ ! -e /usr/include/zlib.h ]]; then
  message="Native AOT check skipped: install the Debian packages clang and zlib1g-dev (apt-get install clang zlib1g-dev)."
  if [[ "${CI:-}" == "true" ]]; then echo "error: $message" >&2; exit 1; fi
  echo "$message"
  exit 0
fi

status=0
for project in "${projects[@]}"; do
  name=$(basename "$project")
  out="artifacts/aot/$name"
  log="artifacts/aot/$name.log"
  mkdir -p "$out"
  echo "Publishing $project with PublishAot=true ..."
  if ! dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true -o "$out" > "$log" 2>&1; then
    tail -40 "$log"; echo "error: the AOT publish of $project failed." >&2; status=1; continue
  fi
  warnings=$(grep -Eo 'warning IL[23][0-9]{3}[^[]*' "$log" | sort -u || true)
  if [[ -n "$warnings" ]]; then
    echo "$warnings"; echo "error: the AOT publish of $project reported trim/AOT warnings." >&2; status=1; continue
  fi
  size=$(stat -c %s "$out/$name")
  echo "$project: no trim/AOT warnings; native binary $((size / 1024)) KiB."
done
exit "$status"
