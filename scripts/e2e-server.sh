#!/usr/bin/env bash
# The server for the Playwright end-to-end tests (started by playwright.config.ts's
# webServer): a fresh SQLite database under var/e2e-PORT/, migrated and with the demo loaded,
# served with the built SPA on http://127.0.0.1:8765 by one worker. Expects
# `npm run -w frontend build` to have run (`make e2e` does that). E2E_PORT and E2E_DIST (a built app folder) let several checkouts
# or people run the suite side by side: each port gets its own database folder.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PYTHON=$ROOT/backend/.venv/bin/python

if [ ! -x "$PYTHON" ]; then
    echo "e2e-server: $PYTHON is missing; run 'make install' first" >&2
    exit 1
fi
PORT=${E2E_PORT:-8765}
DIST=${E2E_DIST:-$ROOT/frontend/dist}
DATA=$ROOT/var/e2e-$PORT
if [ ! -f "$DIST/index.html" ]; then
    echo "e2e-server: $DIST is missing; run 'npm run -w frontend build' (or 'make build') first" >&2
    exit 1
fi

rm -rf "$DATA"
mkdir -p "$DATA"

export VITAAL_ENV=test
export VITAAL_DATABASE_URL="sqlite+aiosqlite:///$DATA/vitaal.db"
export VITAAL_SECRET_KEY="e2e-only-secret-key-never-use-in-production-0001"   # 48 characters
export VITAAL_PUBLIC_URL="http://127.0.0.1:$PORT"
export VITAAL_STATIC_DIR="$DIST"
# The cheapest valid argon2id, as in the backend tests: every login stays a real hash.
export VITAAL_PASSWORD_HASH_TIME_COST=1 VITAAL_PASSWORD_HASH_MEMORY_KIB=8 VITAAL_PASSWORD_HASH_PARALLELISM=1
# Mail is never sent from the end-to-end tests.
unset VITAAL_SMTP_HOST VITAAL_SMTP_PORT VITAAL_SMTP_USER VITAAL_SMTP_PASSWORD VITAAL_SMTP_FROM

"$PYTHON" -m vitaal migrate
# The demo coalition with its two logins (the municipality coordinating, the school board as a
# partner): tests/e2e/visibility.spec.ts reads it; every other spec signs up its own accounts.
"$PYTHON" -m vitaal seed-demo
exec "$PYTHON" -m vitaal serve --host 127.0.0.1 --port "$PORT" --workers 1
