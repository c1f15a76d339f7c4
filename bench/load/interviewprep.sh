#!/usr/bin/env bash
# Load test: InterviewPrep (C#) against its DRF 3.14 reference on gunicorn (2 workers), each alone, on loopback.
# Per endpoint: 3 s warm-up thrown away, then 10 s measured with wrk -t2 -c32. Usage: bench/load/interviewprep.sh [rounds]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-1}
work=$(mktemp -d)
export Seed__AdminUsername=admin Seed__AdminPassword=admin-pass-123
export RestFramework__DefaultThrottleRates__anon=1000000/day RestFramework__DefaultThrottleRates__user=1000000/day
endpoints=("questions/?page_size=100" "questions/1/" "study-plan/?minutes=60")
port=18701
dotnet build -c Release "$root/samples/InterviewPrep" >/dev/null

measure() { # name
  for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/" && break; sleep 0.5; done
  for e in "${endpoints[@]}"; do
    url="http://127.0.0.1:$port/api/v1/$e"
    timeout 10 wrk -t2 -c32 -d3s "$url" >/dev/null
    rps=$(timeout 20 wrk -t2 -c32 -d10s "$url" | awk '/Requests\/sec/ {print $2}')
    echo "$1 $e $rps"
  done
}

for round in $(seq "$rounds"); do
  rm -rf "$work"/*.db* "$work"/*.sqlite3*
  DRF_DB_PATH="$work/drf.sqlite3" setsid "$root/tests/DrfReference/run.sh" "$port" >"$work/drf.log" 2>&1 &
  pid=$!
  measure drf
  kill -- -"$pid" 2>/dev/null || kill "$pid"; wait "$pid" 2>/dev/null || true
  (cd "$work" && Logging__LogLevel__Default=Warning ConnectionStrings__Prep="Data Source=$work/cs.db" \
    exec setsid dotnet "$root/samples/InterviewPrep/bin/Release/net10.0/InterviewPrep.dll" --urls "http://127.0.0.1:$port" >"$work/cs.log" 2>&1) &
  pid=$!
  measure restframework
  kill -- -"$pid" 2>/dev/null || kill "$pid"; wait "$pid" 2>/dev/null || true
done
