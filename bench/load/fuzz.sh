#!/usr/bin/env bash
# Randomised differential check: the DRF reference of InterviewPrep and the C# sample, both fresh on loopback, one seeded
# random stateful sequence (tests/DrfReference/fuzz.py).
# Usage: [DRF_PORT=18641 CS_PORT=18642] bench/load/fuzz.sh SEED [STEPS [report.json [fuzz.py options...]]]
# (exit code 1 when they differ)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seed=${1:?usage: fuzz.sh SEED [STEPS [report.json]]}
steps=${2:-400}
work=$(mktemp -d)
report=${3:-$work/report.json}
shift $(($# < 3 ? $# : 3))
export Seed__AdminUsername=admin Seed__AdminPassword=admin-pass-123
drf_port=${DRF_PORT:-18641} cs_port=${CS_PORT:-18642}
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
timeout 300 /usr/bin/python3 "$root/tests/DrfReference/fuzz.py" "http://127.0.0.1:$drf_port" "http://127.0.0.1:$cs_port" \
  --seed "$seed" --steps "$steps" --report "$report" "$@"
