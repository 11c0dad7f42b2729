#!/usr/bin/env bash
# Run a command with the settings from .env (if present) in its environment, e.g.
#   scripts/with-env.sh backend/.venv/bin/python -m vitaal serve
# Lines are KEY=VALUE (optionally `export KEY=VALUE`, optionally quoted); blank lines and
# lines starting with # are skipped; no ${...} expansion; KEY= (empty) leaves KEY unset. Variables already set in the
# environment win over .env, as with docker compose.
set -euo pipefail

env_file=${VITAAL_ENV_FILE:-.env}
if [ -f "$env_file" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
        line=${line#"${line%%[![:space:]]*}"}   # leading blanks
        line=${line#export }
        if [[ ! "$line" =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]]; then
            echo "with-env: ignoring malformed line in $env_file: $line" >&2
            continue
        fi
        key=${BASH_REMATCH[1]}
        value=${BASH_REMATCH[2]}
        if [[ "$value" =~ ^\"(.*)\"$ || "$value" =~ ^\'(.*)\'$ ]]; then
            value=${BASH_REMATCH[1]}
        fi
        # An empty value means "not set" (the app's default applies).
        if [ -n "$value" ] && [ -z "${!key+set}" ]; then
            export "$key=$value"
        fi
    done <"$env_file"
fi

exec "$@"
