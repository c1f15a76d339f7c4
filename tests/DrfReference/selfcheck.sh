#!/bin/sh
# Starts two fresh DRF reference servers on loopback, runs differential.py between them (must report 0 differences),
# optionally records the fixture, and stops both servers (their process groups) whatever happens.
# usage: selfcheck.sh [PORT_A PORT_B] [--record]   (defaults 18431 18432)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
RECORD=
PORTS=
for arg in "$@"; do
    case "$arg" in
        --record) RECORD="--record $HERE/expected/drf-3.14.json" ;;
        *) PORTS="$PORTS $arg" ;;
    esac
done
# shellcheck disable=SC2086
set -- $PORTS
PORT_A=${1:-18431}
PORT_B=${2:-18432}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/drfref.XXXXXX")
PIDS=
stop() {
    for pid in $PIDS; do kill -TERM "-$pid" 2>/dev/null; done
    for pid in $PIDS; do
        i=0
        while kill -0 "-$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
        kill -KILL "-$pid" 2>/dev/null
    done
    rm -rf "$WORK"
}
trap stop EXIT INT TERM

start() { # name port
    DRF_DB_PATH="$WORK/$1.sqlite3" Seed__AdminUsername=admin Seed__AdminPassword=admin-pass-123 \
        setsid "$HERE/run.sh" "$2" >"$WORK/$1.log" 2>&1 &
    PIDS="$PIDS $!"
}
wait_ready() { # port name
    /usr/bin/python3 - "$1" <<'PY' || { echo "server on port $1 did not start:" >&2; cat "$WORK/$2.log" >&2; exit 2; }
import sys, time, urllib.request, urllib.error
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
for _ in range(120):
    try:
        opener.open('http://127.0.0.1:%s/api/v1/' % sys.argv[1], timeout=2).read()
        sys.exit(0)
    except (urllib.error.URLError, OSError):
        time.sleep(0.5)
sys.exit(1)
PY
}

start a "$PORT_A"
start b "$PORT_B"
wait_ready "$PORT_A" a
wait_ready "$PORT_B" b
# shellcheck disable=SC2086
/usr/bin/python3 "$HERE/differential.py" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B" \
    --report "$WORK/report.json" $RECORD
STATUS=$?
exit $STATUS
