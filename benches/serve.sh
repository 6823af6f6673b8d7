#!/usr/bin/env bash
# newsgraph serve benchmark: pages and the SPARQL endpoint under load, on the Reuters-21578
# store, with oha (https://github.com/hatoo/oha) as the load generator.
#
#   benches/serve.sh [--requests N] [--clients N] [--store DIR] [--corpus FILE.jsonl]
#
# Builds the store from the corpus (or takes --store), starts `newsgraph serve` on a free local
# port, reads every page once so that what the server keeps is in memory, then sends N requests
# (default 2000) from N clients (default 8) for each kind of request, spread over many addresses:
# person pages (every 20th person of the corpus), article pages (every 50th article), searches
# (the first letters of those people's names), and /sparql with the bundled office_holders query
# bound to one country (`--param iso=XX`, written into the query as `newsgraph query --print`
# does). Prints one table: requests/s, median and p99 latency in ms, and non-200 answers.
# Needs ../shared (the corpus, unless --store) and oha (`cargo install oha`; also looked for in
# ~/.cache/newsgraph-tools/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
requests=2000; clients=8; store=""; corpus=../shared/corpus/reuters21578.jsonl
while [ $# -gt 0 ]; do
  case "$1" in
    --requests) requests=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --store) store=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    *) echo "usage: benches/serve.sh [--requests N] [--clients N] [--store DIR] [--corpus FILE.jsonl]" >&2; exit 2 ;;
  esac
done
export PATH="$HOME/.cache/newsgraph-tools/bin:$PATH"
command -v oha >/dev/null || { echo "bench: oha is not installed (cargo install oha)" >&2; exit 2; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph-target}"
cargo build --release -q
work=$(mktemp -d); trap 'pkill -P $$ 2>/dev/null; rm -rf "$work"' EXIT
cp "$CARGO_TARGET_DIR/release/newsgraph" "$work/newsgraph"; ng="$work/newsgraph"
if [ -z "$store" ]; then
  [ -f "$corpus" ] || { echo "bench: no corpus at $corpus (it is in ../shared)" >&2; exit 2; }
  store="$work/news.db"
  "$ng" build "$corpus" --store "$store" -q
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$ng" serve --store "$store" --bind "127.0.0.1:$port" -q 2>"$work/serve.log" &
for _ in $(seq 100); do curl -sf -o /dev/null "$base/" && break; sleep 0.2; done

# The addresses: people and articles of the store, searches, bound queries.
"$ng" query --store "$store" --format tsv -e \
  'SELECT DISTINCT ?p ?name WHERE { GRAPH ngraph:identity { ?a ng:corpusPerson ?p } ?p schema:name ?name } ORDER BY ?p' \
  | tail -n +2 | awk -F'\t' 'NR % 20 == 1' > "$work/people.tsv"
sed -E 's|^<https://w3id.org/newsgraph/id/person/([^>]*)>.*|'"$base"'/person/\1|' "$work/people.tsv" > "$work/person.urls"
"$ng" query --store "$store" --format tsv -e \
  'SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } } ORDER BY ?a' \
  | tail -n +2 | awk 'NR % 50 == 1' \
  | sed -E 's|^<https://w3id.org/newsgraph/id/article/([^>]*)>$|'"$base"'/article/\1|' > "$work/article.urls"
cut -f2 "$work/people.tsv" | sed -E 's/^"//; s/".*//' | cut -c1-5 \
  | python3 -c 'import sys, urllib.parse; [print(sys.argv[1] + "/search?q=" + urllib.parse.quote(l.strip())) for l in sys.stdin if l.strip()]' "$base" > "$work/search.urls"
for iso in US GB JP DE FR CA BR IT AU CN NL BE CH SE ES MX AR ZA IN KR; do
  "$ng" query office_holders --param "iso=$iso" --print \
    | python3 -c 'import sys, urllib.parse; print(sys.argv[1] + "/sparql?query=" + urllib.parse.quote(sys.stdin.read()))' "$base"
done > "$work/sparql.urls"

# Every page once: what the server keeps is read, and no answer is an error.
for kind in person article search sparql; do
  while read -r url; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: application/sparql-results+json' "$url")
    [ "$code" = 200 ] || { echo "bench: $url answered $code" >&2; exit 1; }
  done < "$work/$kind.urls"
done

printf '| requests | addresses | clients | requests/s | median ms | p99 ms | not 200 |\n|---|---|---|---|---|---|---|\n'
for kind in person article search sparql; do
  oha --no-tui --output-format json -n "$requests" -c "$clients" \
    -H 'Accept: application/sparql-results+json' --urls-from-file "$work/$kind.urls" > "$work/$kind.json"
  python3 - "$kind" "$(wc -l < "$work/$kind.urls")" "$clients" "$work/$kind.json" <<'EOF'
import json, sys
kind, n, clients, path = sys.argv[1:5]
r = json.load(open(path))
codes = r.get("statusCodeDistribution", {})
bad = sum(v for k, v in codes.items() if k != "200")
p = r["latencyPercentiles"]
names = {"person": "person pages", "article": "article pages", "search": "search pages",
         "sparql": "/sparql office_holders --param iso=…"}
print(f"| {names[kind]} | {n} | {clients} | {r['summary']['requestsPerSec']:.0f} | "
      f"{p['p50'] * 1000:.1f} | {p['p99'] * 1000:.1f} | {bad} |")
EOF
done
