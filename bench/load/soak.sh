#!/usr/bin/env bash
# Soak test: one InterviewPrep instance (Release, SQLite in a temporary folder) under a mixed wrk load for MINUTES (default 10):
# bench/load/soak.lua sends ~40% filtered/searched/ordered/paged question lists, 25% details, 15% study plans and 20%
# practice POSTs with a token. The throttle rates are raised so the load is not throttled. The server's RSS is read from /proc
# every 10 s. Prints the requests, the non-2xx replies, wrk's errors, the RSS after minute 1 and at the end, and p50/p99.
# Loopback only; the server and the sampler are stopped and the folder removed on exit. Usage: bench/load/soak.sh [MINUTES]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
minutes=${1:-10}
connections=${SOAK_CONNECTIONS:-16}
work=$(mktemp -d)
pid=""; sampler=""
cleanup() {
  for p in $sampler $pid; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
export Seed__AdminUsername=admin Seed__AdminPassword=admin-pass-123
export RestFramework__DefaultThrottleRates__anon=1000000/second RestFramework__DefaultThrottleRates__user=1000000/second
export RestFramework__DefaultThrottleRates__login=1000/minute
timeout 300 dotnet build -c Release "$root/samples/InterviewPrep" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
(cd "$work" && Logging__LogLevel__Default=Warning ConnectionStrings__Prep="Data Source=$work/soak.db" \
  exec dotnet "$root/samples/InterviewPrep/bin/Release/net10.0/InterviewPrep.dll" --urls "$base" >"$work/server.log" 2>&1) &
pid=$!
for _ in $(seq 120); do curl -sf -m 2 -o /dev/null "$base/api/v1/" && break; sleep 0.5; done
curl -sf -m 5 -o /dev/null "$base/api/v1/" || { echo "the server did not start"; tail -20 "$work/server.log"; exit 1; }

# A user and its token for the practice POSTs.
curl -sf -m 10 -o /dev/null -X POST "$base/api/v1/auth/signup/" -H 'Content-Type: application/json' \
  -d '{"username":"soak","email":"soak@example.com","password":"soak-pass-123","password_confirm":"soak-pass-123"}'
token=$(curl -sf -m 10 -X POST "$base/api/v1/auth/token/" -d 'username=soak&password=soak-pass-123' \
  | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
questions=$(curl -sf -m 10 "$base/api/v1/questions/?page_size=1" | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["count"])')

# RSS of the server (kB), every 10 s, with the seconds since the load started.
(
  t=0
  while kill -0 "$pid" 2>/dev/null; do
    echo "$t $(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null)"
    sleep 10; t=$((t + 10))
  done
) >"$work/rss" &
sampler=$!

echo "soak: ${minutes} min, wrk -t2 -c${connections} on $base, $questions questions, pid $pid"
SOAK_TOKEN=$token SOAK_QUESTIONS=$questions timeout $((minutes * 60 + 60)) \
  wrk -t2 -c"$connections" -d"${minutes}m" --timeout 5s -s "$root/bench/load/soak.lua" "$base" | tee "$work/wrk.txt"
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
end_rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
at() { awk -v t="$1" '$1 == t {print $2}' "$work/rss"; }
echo "rss: after minute 1 $(at 60) kB, at the end $end_rss kB"
echo "rss samples (s kB): $(tr '\n' ' ' <"$work/rss")"
fails=$(grep -c '^fail: ' "$work/server.log" || true)
echo "server log: $fails fail lines, $(grep -c '^warn: ' "$work/server.log" || true) warnings"
grep -A1 -E '^(fail|warn): ' "$work/server.log" | head -20 || true
