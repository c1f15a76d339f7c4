#!/usr/bin/env bash
# Load test: a trivial ApiView against a minimal API endpoint in the same server, with wrk on loopback.
# Usage: bench/load/pipeline.sh [rounds]   (each round: 3 s warm-up, then 10 s per endpoint, alternating)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
port=5391
dotnet build -c Release bench/RestFramework.Benchmarks >/dev/null
dotnet bench/RestFramework.Benchmarks/bin/Release/net10.0/RestFramework.Benchmarks.dll serve "http://127.0.0.1:$port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/view/" >/dev/null && break; sleep 0.2; done
for path in minimal view; do timeout 10 wrk -t2 -c32 -d3s "http://127.0.0.1:$port/$path/" >/dev/null; done
for round in $(seq "$rounds"); do
  for path in minimal view; do
    rps=$(timeout 20 wrk -t2 -c32 -d10s "http://127.0.0.1:$port/$path/" | awk '/Requests\/sec/ {print $2}')
    echo "round $round $path $rps"
  done
done
