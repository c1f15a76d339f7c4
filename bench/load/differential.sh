#!/usr/bin/env bash
# Differential check: the DRF reference of InterviewPrep and the C# sample, both fresh on loopback, same request sequence.
# Usage: [DRF_PORT=18601 CS_PORT=18602] bench/load/differential.sh [report.json]    (exit code 1 when they differ)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
report=${1:-$work/report.json}
export Seed__AdminUsername=admin Seed__AdminPassword=admin-pass-123
drf_port=${DRF_PORT:-18601} cs_port=${CS_PORT:-18602}
dotnet build -c Release "$root/samples/InterviewPrep" >/dev/null
DRF_DB_PATH="$work/drf.sqlite3" setsid "$root/tests/DrfReference/run.sh" "$drf_port" >"$work/drf.log" 2>&1 &
drf=$!
(cd "$work" && Logging__LogLevel__Default=Warning ConnectionStrings__Prep="Data Source=$work/cs.db" \
  exec setsid dotnet "$root/samples/InterviewPrep/bin/Release/net10.0/InterviewPrep.dll" --urls "http://127.0.0.1:$cs_port" >"$work/cs.log" 2>&1) &
cs=$!
trap 'kill -- -$drf -$cs 2>/dev/null || kill $drf $cs 2>/dev/null || true' EXIT
for port in $drf_port $cs_port; do
  for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/" && break; sleep 0.5; done
done
timeout 300 /usr/bin/python3 "$root/tests/DrfReference/differential.py" "http://127.0.0.1:$drf_port" "http://127.0.0.1:$cs_port" --report "$report"
