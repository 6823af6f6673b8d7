#!/usr/bin/env bash
# Validates newsgraph's output against ontology/shapes.ttl with pySHACL.
#
#   tests/interop/shacl-check.sh [INPUT...]     # default: examples/
#
# Creates a virtualenv with rdflib and pyshacl from PyPI the first time (in
# $NEWSGRAPH_SHACL_VENV, default ~/.cache/newsgraph-shacl-venv). Exits 1 on a violation, with
# pySHACL's report.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
newsgraph=${NEWSGRAPH:-${CARGO_TARGET_DIR:-$root/target}/release/newsgraph}
venv=${NEWSGRAPH_SHACL_VENV:-$HOME/.cache/newsgraph-shacl-venv}
if [ ! -x "$newsgraph" ]; then
    echo "error: no newsgraph binary at $newsgraph; build it with cargo build --release or set NEWSGRAPH" >&2
    exit 2
fi
if [ ! -x "$venv/bin/pyshacl" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet rdflib pyshacl
fi
[ $# -gt 0 ] || set -- "$root/examples"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Exit code 1 only says some input was skipped; anything worse stops here.
"$newsgraph" -q extract "$@" --format turtle -o "$tmp/graph.ttl" || [ $? -eq 1 ]
if "$venv/bin/pyshacl" --shacl "$root/ontology/shapes.ttl" --data-file-format turtle \
    --shacl-file-format turtle --format human "$tmp/graph.ttl" > "$tmp/report.txt"; then
    echo "conforms: $(grep -c '' "$tmp/graph.ttl") lines of Turtle from $* satisfy ontology/shapes.ttl"
else
    cat "$tmp/report.txt"
    exit 1
fi
