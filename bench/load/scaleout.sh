#!/usr/bin/env bash
# Scale-out and fault check: 3 InterviewPrep instances (each its own HOME and working directory, as separate machines) on one
# empty PostgreSQL and one Redis, behind HAProxy round-robin with health checks, all on loopback. bench/load/scaleout.py then
# checks the first concurrent start, the shared login throttle, sessions and cache invalidation across instances, kill -9 mid
# writes, database and Redis outages and SIGTERM draining: one "PASS name: detail" / "FAIL name: detail" line per check and a
# last line "scaleout: N passed, N failed"; the exit code is non-zero when a check fails. At most 5 minutes in all; every
# process started here is stopped and every temporary folder removed on exit (SCALEOUT_LOGS=DIR keeps the logs there).
# Usage: bench/load/scaleout.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

# The hard limit: the script runs again under timeout (SIGTERM, then SIGKILL 20 s later); the trap below cleans up before that.
# SCALEOUT_LIMIT (seconds, at most 280, the default) shortens it.
limit=${SCALEOUT_LIMIT:-280}
[ "$limit" -le 280 ] || limit=280
if [ -z "${SCALEOUT_LIMITED:-}" ]; then
  SCALEOUT_LIMITED=1 exec timeout -k 20 "$limit" "$0" "$@"
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
temps=("$work")
redisport=""
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdata=$(mktemp -d)
temps+=("$pgdata")

cleanup() {
  local rc=$?
  trap - EXIT; trap "" INT TERM
  if [ "$rc" -ne 0 ] && ! grep -qs '^scaleout: ' "$work/checks.log"; then
    echo "FAIL setup: stopped before the checks finished (exit $rc)"
    echo "scaleout: 0 passed, 1 failed"
  fi
  # Only processes of this run: a pid whose command line names this run's folder or Redis port (an exited one's pid may be
  # reused; redis-server shows "redis-server 127.0.0.1:PORT" as its command line).
  for f in "$work"/i*/pid "$work"/haproxy.pid "$work"/redis.pid; do
    [ -f "$f" ] || continue
    pid=$(cat "$f"); mark=$work
    [ "$f" = "$work/redis.pid" ] && mark="127.0.0.1:$redisport"
    { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF "$mark" && kill -9 "$pid" 2>/dev/null || true
  done
  [ -f "$pgdata/postmaster.pid" ] && timeout 10 su postgres -c "$pgbin/pg_ctl -D $pgdata -m immediate -t 8 stop" >/dev/null 2>&1 || true
  if [ -n "${SCALEOUT_LOGS:-}" ]; then
    mkdir -p "$SCALEOUT_LOGS"
    for n in 1 2 3; do cp "$work/i$n/log" "$SCALEOUT_LOGS/instance-$n.log" 2>/dev/null || true; done
    cp "$work"/*.log "$pgdata/log" "$SCALEOUT_LOGS/" 2>/dev/null || true
  fi
  rm -rf "${temps[@]}"
}
trap cleanup EXIT
trap 'exit 124' INT TERM

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pgport=$(free_port); redisport=$(free_port); lbport=$(free_port)
ports=("$(free_port)" "$(free_port)" "$(free_port)")

# PostgreSQL (throwaway cluster, fsync off) and Redis (no persistence).
chown postgres "$pgdata"
su postgres -c "$pgbin/initdb -D $pgdata -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -t 30 -o '-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off' start" >/dev/null
cat >"$work/redis.conf" <<EOF
bind 127.0.0.1
port $redisport
save ""
appendonly no
pidfile $work/redis.pid
EOF
redis-server "$work/redis.conf" >"$work/redis.log" 2>&1 &
echo $! >"$work/redis.pid"; disown

# The sample, published once in Release.
start=$(date +%s)
timeout 180 dotnet publish -c Release "$root/samples/InterviewPrep" -o "$work/app" >"$work/publish.log" 2>&1 \
  || { tail -20 "$work/publish.log"; echo "dotnet publish failed or took over 180 s"; exit 1; }
echo "published in $(($(date +%s) - start)) s"

# The instances' settings; each instance gets its own HOME and working directory.
export Database__Provider=Postgres ConnectionStrings__Prep="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
export Redis__Configuration="127.0.0.1:$redisport" Seed__AdminUsername=admin Seed__AdminPassword=admin-pass-123
export RestFramework__DefaultThrottleRates__anon=1000000/day RestFramework__DefaultThrottleRates__user=1000000/day
export Cache__Seconds=60
for n in 1 2 3; do
  mkdir "$work/i$n"
  home=$(mktemp -d); cwd=$(mktemp -d); temps+=("$home" "$cwd")
  echo "$home" >"$work/i$n/home"; echo "$cwd" >"$work/i$n/cwd"; echo "${ports[$((n - 1))]}" >"$work/i$n/port"
done
# start-instance.sh N: starts instance N in the background; its pid goes to i$N/pid, its exit code to i$N/exit when it ends.
export SCALEOUT_WORK=$work
cat >"$work/start-instance.sh" <<'EOF'
#!/usr/bin/env bash
d="$SCALEOUT_WORK/i$1"
(
  cd "$(cat "$d/cwd")"
  HOME=$(cat "$d/home") sh -c 'echo $$ >"$1/pid"; exec dotnet "$2" --urls "http://127.0.0.1:$3"' \
    _ "$d" "$SCALEOUT_WORK/app/InterviewPrep.dll" "$(cat "$d/port")" >>"$d/log" 2>&1
  echo $? >"$d/exit"
) </dev/null >/dev/null 2>&1 &
EOF
chmod +x "$work/start-instance.sh"
for n in 1 2 3; do "$work/start-instance.sh" "$n"; done

# HAProxy, round-robin, health checks every 500 ms on the API root; the answering server is named in X-Instance.
cat >"$work/haproxy.cfg" <<EOF
global
  maxconn 1000
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch
frontend api
  bind 127.0.0.1:$lbport
  default_backend instances
backend instances
  balance roundrobin
  option httpchk
  http-check send meth GET uri /api/v1/ ver HTTP/1.1 hdr Host 127.0.0.1
  http-check expect status 200
  http-response set-header X-Instance %s
  server 1 127.0.0.1:${ports[0]} check inter 500ms fall 2 rise 1
  server 2 127.0.0.1:${ports[1]} check inter 500ms fall 2 rise 1
  server 3 127.0.0.1:${ports[2]} check inter 500ms fall 2 rise 1
EOF
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
echo $! >"$work/haproxy.pid"; disown

# The checks, in the time left; when they are cut short, the summary counts the lines they printed and one failure more.
left=$((limit - 10 - SECONDS))
[ "$left" -ge 5 ] || left=5
SCALEOUT_LB_PORT=$lbport SCALEOUT_PORTS=$(IFS=,; echo "${ports[*]}") \
SCALEOUT_PGBIN=$pgbin SCALEOUT_PGDATA=$pgdata SCALEOUT_PGPORT=$pgport SCALEOUT_REDIS_PORT=$redisport \
SCALEOUT_REDIS_CMD="redis-server $work/redis.conf" SCALEOUT_BANK="$root/samples/InterviewPrep/Data/question-bank.json" \
SCALEOUT_MIGRATIONS="$root/samples/InterviewPrep/Migrations/Postgres" \
  timeout "$left" /usr/bin/python3 "$root/bench/load/scaleout.py" | tee "$work/checks.log" && status=0 || status=${PIPESTATUS[0]}
if ! grep -q '^scaleout: ' "$work/checks.log"; then
  passed=$(grep -c '^PASS ' "$work/checks.log" || true); failed=$(grep -c '^FAIL ' "$work/checks.log" || true)
  { echo "FAIL time-limit: the checks did not finish within ${left} s (exit $status)"
    echo "scaleout: $passed passed, $((failed + 1)) failed"
  } | tee -a "$work/checks.log"
  status=1
fi
echo "scaleout ran ${SECONDS} s"
exit "$status"
