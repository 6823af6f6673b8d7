#!/usr/bin/env bash
# Pushes the test articles to `oxigraph serve` (oxigraph-cli) on a free port with `newsgraph push`
# and checks what the server holds: every graph with as many triples as `newsgraph extract`
# gives; the same after a second push (nothing doubled); a changed article's graph replaced.
#
#   tests/interop/oxigraph-push.sh            # NEWSGRAPH=path/to/newsgraph OXIGRAPH=path/to/oxigraph
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
cp -r "$root/tests/fixtures/identity" "$tmp/corpus"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$oxigraph" serve --location "$tmp/db" --bind "127.0.0.1:$port" > "$tmp/server.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/query?query=ASK%7B%7D" > /dev/null && break
    sleep 0.1
done

# "graph",triples for each graph, sorted: in the server, and as extract gives them.
held() {
    curl -s -H 'Accept: text/csv' --data-urlencode \
        'query=SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g' \
        "http://127.0.0.1:$port/query" | tail -n +2 | tr -d '\r' | sed 's/^\(.*\),\(.*\)$/\1 \2/'
}
extracted() {
    "$newsgraph" extract "$tmp/corpus" --format nquads -q | sort -u \
        | grep -o '<[^>]*> \.$' | sed 's/^<\(.*\)> \.$/\1/' | sort | uniq -c | awk '{print $2, $1}'
}
check() { # what, graphs to compare (a grep pattern)
    if diff <(held | grep -- "$2") <(extracted | grep -- "$2") > "$tmp/diff"; then
        echo "ok    $1 ($(held | grep -c -- "$2") graphs)"
    else
        echo "FAIL  $1"; cat "$tmp/diff"; exit 1
    fi
}

push() { "$newsgraph" push "$tmp/corpus" --to "http://127.0.0.1:$port" --endpoint-style oxigraph -q; }
push; check "first push" .
push; check "second push, nothing doubled" .
printf 'Talks end\n\n"We will meet again," Foreign Minister Dmytro Kuleba said in Kyiv.\n' > "$tmp/corpus/kyiv.txt"
push; check "a changed article replaced" /article/
