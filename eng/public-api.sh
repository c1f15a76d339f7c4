#!/usr/bin/env bash
# Records a package's new public symbols in its PublicAPI.Unshipped.txt: builds it, takes every symbol the public API
# analyzer reports as undeclared (RS0016), adds them sorted, and repeats until the build is clean.
# Usage: eng/public-api.sh src/RestFramework/RestFramework.csproj [more projects...]
# Review the diff: every line is a public surface change. Remove lines of symbols you deleted (RS0017 names them).
set -uo pipefail
for proj in "$@"; do
  dir=$(dirname "$proj")
  for round in 1 2 3; do
    out=$(dotnet build "$proj" 2>&1)
    symbols=$(echo "$out" | grep -E "RS0016" | grep -oP "Symbol '\K.*(?=' is not part of the declared public API)" | sort -u)
    if [ -z "$symbols" ]; then
      echo "$proj: declared"
      echo "$out" | grep -E " error " | sort -u | head -5
      break
    fi
    { grep -v '^#nullable' "$dir/PublicAPI.Unshipped.txt"; echo "$symbols"; } | sort -u > "$dir/PublicAPI.Unshipped.txt.new"
    { echo '#nullable enable'; cat "$dir/PublicAPI.Unshipped.txt.new"; } > "$dir/PublicAPI.Unshipped.txt"
    rm "$dir/PublicAPI.Unshipped.txt.new"
  done
done
