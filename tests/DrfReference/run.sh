#!/bin/sh
# Starts the DRF reference of InterviewPrep on 127.0.0.1:PORT: migrate, seed, then gunicorn (2 workers) in the foreground.
# Environment: DRF_DB_PATH (SQLite file), DRF_CACHE_DIR (throttle cache, default $DRF_DB_PATH.cache, emptied here),
# Seed__AdminUsername / Seed__AdminPassword / Seed__AdminEmail, Seed__Bank, RestFramework__DefaultThrottleRates__*.
set -eu
if [ $# -ne 1 ]; then
    echo "usage: $0 PORT" >&2
    exit 2
fi
PORT=$1
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=/usr/bin/python3
export DJANGO_SETTINGS_MODULE=interviewprep_ref.settings
export DRF_DB_PATH="${DRF_DB_PATH:-${TMPDIR:-/tmp}/drfref-interviewprep.sqlite3}"
export DRF_CACHE_DIR="${DRF_CACHE_DIR:-$DRF_DB_PATH.cache}"
cd "$HERE"
rm -rf "$DRF_CACHE_DIR"
"$PYTHON" manage.py migrate --noinput >&2
"$PYTHON" manage.py seed >&2
exec "$PYTHON" /usr/bin/gunicorn --workers 2 --bind "127.0.0.1:$PORT" --chdir "$HERE" \
    --access-logfile - interviewprep_ref.wsgi:application
