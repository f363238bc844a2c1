#!/bin/sh
# Validates tandem's SARIF, iCalendar, JUnit and GitHub outputs with real consumers.
# Usage: Tests/validators/run.sh PATH/TO/tandem
set -eu
if [ $# -ne 1 ]; then
    echo "usage: $0 PATH/TO/tandem" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
if ! "$python" -c 'import jsonschema, icalendar, markdown_it' >/dev/null 2>&1; then
    "$python" -m pip install --quiet --disable-pip-version-check jsonschema icalendar markdown-it-py >/dev/null 2>&1 ||
        "$python" -m pip install --quiet --disable-pip-version-check --user jsonschema icalendar markdown-it-py
fi
exec "$python" "$here/validate_formats.py" "$1"
