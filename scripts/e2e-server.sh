#!/usr/bin/env bash
# The server for the Playwright end-to-end tests (started by playwright.config.ts's
# webServer): a fresh SQLite database under var/e2e/, migrated, served with the built SPA
# on http://127.0.0.1:8765 by one worker. Expects `npm run -w frontend build` to have run
# (`make e2e` does that).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PYTHON=$ROOT/backend/.venv/bin/python

if [ ! -x "$PYTHON" ]; then
    echo "e2e-server: $PYTHON is missing; run 'make install' first" >&2
    exit 1
fi
if [ ! -f "$ROOT/frontend/dist/index.html" ]; then
    echo "e2e-server: frontend/dist is missing; run 'npm run -w frontend build' (or 'make build') first" >&2
    exit 1
fi

rm -rf "$ROOT/var/e2e"
mkdir -p "$ROOT/var/e2e"

export VITAAL_ENV=test
export VITAAL_DATABASE_URL="sqlite+aiosqlite:///$ROOT/var/e2e/vitaal.db"
export VITAAL_SECRET_KEY="e2e-only-secret-key-never-use-in-production-0001"   # 48 characters
export VITAAL_PUBLIC_URL="http://127.0.0.1:8765"
export VITAAL_STATIC_DIR="$ROOT/frontend/dist"
# Mail is never sent from the end-to-end tests.
unset VITAAL_SMTP_HOST VITAAL_SMTP_PORT VITAAL_SMTP_USER VITAAL_SMTP_PASSWORD VITAAL_SMTP_FROM

"$PYTHON" -m vitaal migrate
exec "$PYTHON" -m vitaal serve --host 127.0.0.1 --port 8765 --workers 1
