#!/usr/bin/env bash
# `make dev`: the API with auto-reload on http://127.0.0.1:8000 and the Vite dev server
# side by side. Ctrl-C (or either process exiting) stops both.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=$PWD/backend/.venv/bin/python

pids=()
cleanup() {
    trap - INT TERM EXIT
    for pid in "${pids[@]}"; do
        # Each child runs in its own process group (set -m): stop the whole group.
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

# Each background job gets its own process group (set -m) so that the whole group (npm ->
# vite, uvicorn reloader -> worker) can be stopped. stdin is /dev/null: a background group
# must not read the terminal (Vite's keyboard shortcuts would stop it with SIGTTIN).
set -m
"$PYTHON" -m vitaal serve --host 127.0.0.1 --port 8000 --reload </dev/null &
pids+=("$!")
npm run -w frontend dev </dev/null &
pids+=("$!")
set +m

echo "dev: API on http://127.0.0.1:8000 (docs at /docs); the Vite dev server prints its own URL. Ctrl-C stops both."
# Return as soon as one of them stops; the EXIT trap stops the other.
status=0
wait -n || status=$?
exit "$status"
