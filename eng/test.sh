#!/usr/bin/env bash
# The README's test command: makes sure the two programs the tests start themselves are installed (Debian's redis-server for
# the Redis throttle store, chromium for the browser tests), installing them with apt-get when it can, then runs every test.
# Arguments go to `dotnet test`, e.g. `eng/test.sh --filter FullyQualifiedName~Throttling`.
set -euo pipefail
cd "$(dirname "$0")/.."

needed=(redis-server:/usr/bin/redis-server chromium:/usr/bin/chromium)
missing=()
for entry in "${needed[@]}"; do
  [ -x "${entry#*:}" ] || missing+=("${entry%%:*}")
done

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "eng/test.sh: the tests need ${missing[*]} (Debian packages), and this machine has no apt-get; install them, or run the tests in a Debian container." >&2
    exit 2
  fi
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "eng/test.sh: the tests need ${missing[*]}; install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
  echo "eng/test.sh: installing ${missing[*]} from Debian" >&2
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

exec dotnet test RestFramework.sln "$@"
