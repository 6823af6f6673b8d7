#!/usr/bin/env bash
# Serves a store built by newsgraph with `oxigraph serve` (oxigraph-cli) and checks that every
# bundled query returns as many rows over the SPARQL protocol (HTTP POST to /query) as
# `newsgraph query NAME --format csv` does on the same store.
#
#   tests/interop/oxigraph-serve.sh            # NEWSGRAPH=path/to/newsgraph OXIGRAPH=path/to/oxigraph
#
# Exits 0 with a message when oxigraph is not installed (`cargo install oxigraph-cli`).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
newsgraph=${NEWSGRAPH:-${CARGO_TARGET_DIR:-$root/target}/release/newsgraph}
oxigraph=${OXIGRAPH:-$(command -v oxigraph || true)}
if [ -z "$oxigraph" ] && [ -x "$HOME/.cache/newsgraph-tools/bin/oxigraph" ]; then
    oxigraph=$HOME/.cache/newsgraph-tools/bin/oxigraph
fi
if [ -z "$oxigraph" ]; then
    echo "skipping: oxigraph is not on PATH (install it with: cargo install oxigraph-cli)"
    exit 0
fi
if [ ! -x "$newsgraph" ]; then
    echo "error: no newsgraph binary at $newsgraph; build it with cargo build --release or set NEWSGRAPH" >&2
    exit 2
fi

tmp=$(mktemp -d)
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

"$newsgraph" -q build "$root/examples" --store "$tmp/db"

# Rows of a SPARQL CSV result (values may hold quoted newlines).
rows() { python3 -c 'import csv, sys; print(max(len(list(csv.reader(sys.stdin))) - 1, 0))'; }

# newsgraph first: oxigraph serve then holds the store's lock.
names=$("$newsgraph" queries | awk '{print $1}')
for name in $names; do
    "$newsgraph" query "$name" --print > "$tmp/$name.rq"
    "$newsgraph" query "$name" --store "$tmp/db" --format csv | rows > "$tmp/$name.expected"
done

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# newsgraph queries see the union of the article graphs as their default graph.
"$oxigraph" serve --location "$tmp/db" --bind "127.0.0.1:$port" --union-default-graph \
    > "$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/query?query=ASK%7B%7D"; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "error: oxigraph serve stopped:" >&2; cat "$tmp/server.log" >&2; exit 2
    fi
    sleep 0.1
done

failed=0
for name in $names; do
    got=$(curl -fsS -X POST "http://127.0.0.1:$port/query" \
        -H 'Content-Type: application/sparql-query' -H 'Accept: text/csv' \
        --data-binary "@$tmp/$name.rq" | rows)
    expected=$(cat "$tmp/$name.expected")
    if [ "$got" = "$expected" ]; then
        printf 'ok    %-22s %s rows\n' "$name" "$got"
    else
        printf 'FAIL  %-22s oxigraph serve %s rows, newsgraph %s\n' "$name" "$got" "$expected"
        failed=1
    fi
done
exit $failed
