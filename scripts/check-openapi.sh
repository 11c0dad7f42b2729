#!/usr/bin/env bash
# Fails when the committed contract is stale:
#   1. openapi/openapi.json must equal what the backend generates now;
#   2. the TypeScript client in frontend/src/client must equal what the generator makes
#      from openapi/openapi.json.
# Nothing is changed: the client is regenerated, compared with a snapshot and restored.
# Fix a failure with `make openapi` and commit the result.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=$PWD/backend/.venv/bin/python
CLIENT=frontend/src/client

# Prints its own message either way.
"$PYTHON" -m vitaal openapi --check openapi/openapi.json

if [ ! -d "$CLIENT" ]; then
    echo "check-openapi: $CLIENT is missing; run 'make openapi' and commit the result" >&2
    exit 1
fi

snapshot=$(mktemp -d)
restore() {
    # Put the original files back (with their timestamps, so nothing looks rebuilt).
    rm -rf "$CLIENT"
    cp -a "$snapshot/client" "$CLIENT"
    rm -rf "$snapshot"
}
cp -a "$CLIENT" "$snapshot/client"
trap restore EXIT

npm run --silent -w frontend generate-client >/dev/null

if ! diff -rq "$snapshot/client" "$CLIENT" >/dev/null; then
    diff -ru "$snapshot/client" "$CLIENT" | head -n 200 || true
    echo "check-openapi: $CLIENT is stale (first differences above); run 'make openapi' and commit the result" >&2
    exit 1
fi
echo "check-openapi: $CLIENT is up to date"
