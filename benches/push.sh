#!/usr/bin/env bash
# newsgraph push benchmark: `newsgraph push --store` of the Reuters-21578 store to a local
# Virtuoso 7 (and to `oxigraph serve` when oxigraph-cli is installed), next to each server's own
# bulk loader on the same N-Quads (Virtuoso: ld_dir + rdf_loader_run + checkpoint; Oxigraph:
# `oxigraph load`). Each server starts empty, on free local ports, for each run.
#
#   benches/push.sh [--runs N] [--jobs N] [--batch N] [--corpus FILE.jsonl]
#
# Prints one table: seconds (median of N runs, default 3), triples per second, and the ratio of
# push to the bulk loader; for Oxigraph also `push --batch N` (default 500 article graphs an
# update). Needs ../shared (the corpus), virtuoso-opensource (.ci/deps installs
# it) and, for the Oxigraph rows, oxigraph-cli on PATH or in ~/.cache/newsgraph-tools/bin.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3; jobs=4; batch=500; corpus=../shared/corpus/reuters21578.jsonl
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    *) echo "usage: benches/push.sh [--runs N] [--jobs N] [--batch N] [--corpus FILE.jsonl]" >&2; exit 2 ;;
  esac
done
[ -f "$corpus" ] || { echo "bench: no corpus at $corpus (it is in ../shared)" >&2; exit 2; }
.ci/deps
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph-target}"
cargo build --release -q
work=$(mktemp -d); trap 'pkill -P $$ 2>/dev/null; rm -rf "$work"' EXIT
cp "$CARGO_TARGET_DIR/release/newsgraph" "$work/newsgraph"; ng="$work/newsgraph"
export PATH="$HOME/.cache/newsgraph-tools/bin:$PATH"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

"$ng" build "$corpus" --store "$work/news.db" -q
mkdir -p "$work/data"
"$ng" export --store "$work/news.db" --format nquads -o "$work/data/news.nq"
quads=$(sort -u "$work/data/news.nq" | wc -l)
graphs=$(grep -o '<[^>]*> \.$' "$work/data/news.nq" | sort -u | wc -l)

# A Virtuoso with an empty database in $1; prints its SQL and HTTP ports.
virtuoso_start() {
  local dir=$1 sql http; sql=$(free_port); http=$(free_port); mkdir -p "$dir"
  cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/v.db
ErrorLogFile = $dir/v.log
LockFile = $dir/v.lck
TransactionFile = $dir/v.trx
xa_persistent_file = $dir/v.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $dir/v-temp.db
TransactionFile = $dir/v-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql
DisableUnixSocket = 1
DirsAllowed = ., $work/data
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $dir
ServerThreads = 10
MaxClientConnections = 10
INI
  (cd "$dir" && virtuoso-t +configfile virtuoso.ini +foreground >/dev/null 2>&1 &)
  until curl -sf "http://127.0.0.1:$http/sparql?query=ASK%7B%7D" >/dev/null; do sleep 0.3; done
  echo "$sql $http"
}
virtuoso_stop() { isql-vt "$1" dba dba exec="shutdown;" >/dev/null 2>&1 || true; sleep 1; }
count_virtuoso() {
  curl -s -H 'Accept: text/csv' --data-urlencode \
    'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/newsgraph/")) }' \
    "http://127.0.0.1:$1/sparql" | tail -1
}

push_v=(); load_v=(); push_o=(); load_o=(); batch_o=()
for r in $(seq "$runs"); do
  read -r sql http < <(virtuoso_start "$work/v-push-$r")
  t0=$(now)
  NEWSGRAPH_PUSH_USER=dba NEWSGRAPH_PUSH_PASSWORD=dba "$ng" push --store "$work/news.db" \
    --to "http://127.0.0.1:$http" --endpoint-style virtuoso --jobs "$jobs" -q
  isql-vt "$sql" dba dba exec="checkpoint;" >/dev/null
  push_v+=("$(echo "$(now) - $t0" | bc)")
  n=$(count_virtuoso "$http"); [ "$n" = "$quads" ] || echo "bench: Virtuoso holds $n quads after push, not $quads" >&2
  virtuoso_stop "$sql"

  read -r sql http < <(virtuoso_start "$work/v-load-$r")
  t0=$(now)
  isql-vt "$sql" dba dba exec="ld_dir('$work/data', 'news.nq', 'http://example.org/default'); rdf_loader_run(); checkpoint;" >/dev/null
  load_v+=("$(echo "$(now) - $t0" | bc)")
  n=$(count_virtuoso "$http"); [ "$n" = "$quads" ] || echo "bench: Virtuoso holds $n quads after ld_dir, not $quads" >&2
  virtuoso_stop "$sql"

  if command -v oxigraph >/dev/null; then
    port=$(free_port)
    oxigraph serve --location "$work/o-push-$r" --bind "127.0.0.1:$port" >/dev/null 2>&1 &
    oxpid=$!
    until curl -sf "http://127.0.0.1:$port/query?query=ASK%7B%7D" >/dev/null; do sleep 0.3; done
    t0=$(now)
    "$ng" push --store "$work/news.db" --to "http://127.0.0.1:$port" --endpoint-style oxigraph --jobs "$jobs" -q
    push_o+=("$(echo "$(now) - $t0" | bc)")
    kill "$oxpid"; wait "$oxpid" 2>/dev/null || true
    port=$(free_port)
    oxigraph serve --location "$work/o-batch-$r" --bind "127.0.0.1:$port" >/dev/null 2>&1 &
    oxpid=$!
    until curl -sf "http://127.0.0.1:$port/query?query=ASK%7B%7D" >/dev/null; do sleep 0.3; done
    t0=$(now)
    "$ng" push --store "$work/news.db" --to "http://127.0.0.1:$port" --endpoint-style oxigraph --jobs "$jobs" --batch "$batch" -q
    batch_o+=("$(echo "$(now) - $t0" | bc)")
    n=$(curl -s -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }' "http://127.0.0.1:$port/query" | tail -1 | tr -d '\r')
    [ "$n" = "$quads" ] || echo "bench: Oxigraph holds $n quads after push --batch, not $quads" >&2
    kill "$oxpid"; wait "$oxpid" 2>/dev/null || true
    t0=$(now)
    oxigraph load --location "$work/o-load-$r" --file "$work/data/news.nq" >/dev/null 2>&1
    load_o+=("$(echo "$(now) - $t0" | bc)")
  fi
done

row() { # name, push times, load times
  local p l; p=$(printf '%s\n' $2 | median); l=$(printf '%s\n' $3 | median)
  printf '| %s | %.2f s | %.0f | %.2f s | %.0f | %.2f |\n' "$1" "$p" "$(echo "$quads / $p" | bc -l)" "$l" "$(echo "$quads / $l" | bc -l)" "$(echo "$p / $l" | bc -l)"
}
echo "Reuters store: $quads quads in $graphs graphs; push with --jobs $jobs; median of $runs runs"
echo "| server | push | quads/s | bulk loader | quads/s | push / loader |"
echo "|---|---|---|---|---|---|"
row "Virtuoso 7.2 (ld_dir + rdf_loader_run)" "${push_v[*]}" "${load_v[*]}"
[ ${#push_o[@]} -gt 0 ] && row "Oxigraph $(oxigraph --version 2>/dev/null | awk '{print $2}') (oxigraph load)" "${push_o[*]}" "${load_o[*]}"
[ ${#batch_o[@]} -gt 0 ] && row "Oxigraph, push --batch $batch" "${batch_o[*]}" "${load_o[*]}"
echo "per run: Virtuoso push ${push_v[*]}, load ${load_v[*]}; Oxigraph push ${push_o[*]:-}, --batch ${batch_o[*]:-}, load ${load_o[*]:-}"
