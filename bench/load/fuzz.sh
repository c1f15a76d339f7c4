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
drf_port=${DRF_PORT:-18641} cs_port=${CS_PORT:-18642}
. "$root/bench/load/start-twins.sh"
timeout 300 /usr/bin/python3 "$root/tests/DrfReference/fuzz.py" "http://127.0.0.1:$drf_port" "http://127.0.0.1:$cs_port" \
  --seed "$seed" --steps "$steps" --report "$report" "$@"
