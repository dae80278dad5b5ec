#!/usr/bin/env bash
# Installs the JSON Schema validators tests/validators.rs runs against every command's output,
# pinned, under target/validators (or $MLCAREERS_VALIDATORS): Ajv (npm) in strict mode with
# ajv-formats, and python-jsonschema (PyPI) with format checking, in a virtual environment of its
# own. Needs node, npm and python3 with its venv module; .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

AJV_VERSION=8.17.1
AJV_FORMATS_VERSION=3.0.1
JSONSCHEMA_VERSION=4.23.0

dir="${MLCAREERS_VALIDATORS:-target/validators}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

if ! node -e "process.exit(require('$dir/node_modules/ajv/package.json').version === '$AJV_VERSION' ? 0 : 1)" 2>/dev/null; then
    npm install --silent --no-save --no-audit --no-fund --prefix "$dir" \
        "ajv@$AJV_VERSION" "ajv-formats@$AJV_FORMATS_VERSION"
fi

if ! "$dir/venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('jsonschema') != '$JSONSCHEMA_VERSION')" 2>/dev/null; then
    python3 -m venv "$dir/venv"
    "$dir/venv/bin/pip" install --quiet --disable-pip-version-check "jsonschema[format]==$JSONSCHEMA_VERSION"
fi
echo "validators in $dir: ajv $AJV_VERSION, ajv-formats $AJV_FORMATS_VERSION, jsonschema $JSONSCHEMA_VERSION"
