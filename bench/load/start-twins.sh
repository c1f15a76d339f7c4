# Sourced by differential.sh and fuzz.sh: builds the sample, starts it and its DRF reference fresh on loopback
# ($drf_port, $cs_port; databases and logs in $work), stops both on exit, and waits until both answer.
export Seed__AdminUsername=admin Seed__AdminPassword=admin-pass-123
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
