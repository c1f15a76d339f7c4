#!/usr/bin/env bash
# Differential check: the DRF reference of InterviewPrep and the C# sample, both fresh on loopback, same request sequence.
# Usage: [DRF_PORT=18601 CS_PORT=18602] bench/load/differential.sh [report.json]    (exit code 1 when they differ)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
report=${1:-$work/report.json}
drf_port=${DRF_PORT:-18601} cs_port=${CS_PORT:-18602}
. "$root/bench/load/start-twins.sh"
timeout 300 /usr/bin/python3 "$root/tests/DrfReference/differential.py" "http://127.0.0.1:$drf_port" "http://127.0.0.1:$cs_port" --report "$report"
