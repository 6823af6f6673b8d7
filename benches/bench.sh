#!/usr/bin/env bash
# newsgraph benchmark: extract and build on Reuters-21578 (1x and 10x), peak memory, the
# `oxigraph load` ceiling when oxigraph-cli is installed, extraction of adversarial inputs at
# two sizes (linear time: the ratio should be about 2), each bundled query's time, and the
# lookups with their parameter bound.
#
#   benches/bench.sh [--runs N] [--scales "1 10"] [--corpus FILE.jsonl] [--query-timeout S]
#
# Prints one table; each figure is the median of N runs (default 3). Needs ../shared (the
# corpus) and /usr/bin/time. The ceiling for loading is `oxigraph load` (oxigraph-cli, the
# Oxigraph version newsgraph uses) on the same N-Quads: when no `oxigraph` is on PATH, the
# script builds it once into $HOME/.cache/newsgraph-tools (cargo install: about 15 minutes on
# two cores, as it compiles RocksDB again). --no-oxigraph skips it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3; scales="1 10"; corpus=../shared/corpus/reuters21578.jsonl; qtimeout=30; no_oxigraph=
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --scales) scales=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --query-timeout) qtimeout=$2; shift 2 ;;
    --no-oxigraph) no_oxigraph=1; shift ;;
    *) echo "usage: benches/bench.sh [--runs N] [--scales \"1 10\"] [--corpus FILE.jsonl] [--query-timeout S] [--no-oxigraph]" >&2; exit 2 ;;
  esac
done
[ -f "$corpus" ] || { echo "bench: no corpus at $corpus (it is in ../shared)" >&2; exit 2; }
.ci/deps
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/newsgraph-target}"
cargo build --release -q
bin="$CARGO_TARGET_DIR/release/newsgraph"
# Keep a copy: another cargo build into the same target directory must not change the binary
# under measurement.
work_bin=$(mktemp -d); cp "$bin" "$work_bin/newsgraph"; bin="$work_bin/newsgraph"
tools="$HOME/.cache/newsgraph-tools"; export PATH="$tools/bin:$PATH"
if [ -z "$no_oxigraph" ] && ! command -v oxigraph >/dev/null; then
  oxver=$(awk '/^name = "oxigraph"$/ {getline; gsub(/"/, "", $3); print $3}' Cargo.lock)
  echo "bench: building oxigraph-cli $oxver into $tools (once)" >&2
  CARGO_TARGET_DIR="$HOME/.cache/oxigraph-cli-target" cargo install oxigraph-cli --version "=$oxver" --locked --root "$tools" -q
fi
work=$(mktemp -d); trap 'rm -rf "$work" "$work_bin"' EXIT

python3 - "$corpus" "$work" $scales <<'PY'
import json, sys
src, work, scales = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3:]]
lines = open(src, encoding="utf-8").read().splitlines()
for k in scales:
    with open(f"{work}/corpus-{k}x.jsonl", "w", encoding="utf-8") as out:
        for r in range(k):
            for l in lines:
                d = json.loads(l); d["id"] = f'{d.get("id", "")}-copy{r}' if k > 1 else d.get("id")
                out.write(json.dumps(d) + "\n")
PY

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label, command...: prints "seconds kilobytes" medians
  local label=$1; shift; local ts=() ms=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r t m < "$work/time"; ts+=("$t"); ms+=("$m")
  done
  echo "$(printf '%s\n' "${ts[@]}" | median) $(printf '%s\n' "${ms[@]}" | median)"
}

printf '%-22s %10s %10s %9s %12s %10s\n' "job" "seconds" "articles/s" "MB/s" "triples/s" "peak MB"
for k in $scales; do
  f="$work/corpus-${k}x.jsonl"
  # MB are 10^6 bytes, exactly (du -m would round up to whole MiB).
  n=$(wc -l < "$f"); mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN {print b / 1000000}')
  "$bin" extract "$f" --format nquads > "$work/out.nq"
  triples=$(wc -l < "$work/out.nq")
  # The pipeline's own speed: the N-Quads (8 times the input) go to /dev/null, not to a disk.
  res=$(measure extract "$bin" extract "$f" --format nquads -o /dev/null)  # set -e stops on a failed run
  read -r t m <<<"$res"
  awk -v j="extract ${k}x" -v t="$t" -v n="$n" -v mb="$mb" -v tr="$triples" -v m="$m" \
    'BEGIN {printf "%-22s %10.2f %10.0f %9.2f %12.0f %10.0f\n", j, t, n/t, mb/t, tr/t, m/1024}'
  # build and `oxigraph load` run in turns (build, load, build, load, …), so that a machine
  # whose speed drifts over minutes weighs on both alike; each median is of its own runs.
  bts=(); bms=(); lts=(); lms=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" bash -c "rm -rf '$work/db' && '$bin' build '$f' --store '$work/db'" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r t m < "$work/time"; bts+=("$t"); bms+=("$m")
    if command -v oxigraph >/dev/null; then
      /usr/bin/time -f "%e %M" -o "$work/time" bash -c "rm -rf '$work/ox' && oxigraph load --location '$work/ox' --file '$work/out.nq'" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
      read -r t m < "$work/time"; lts+=("$t"); lms+=("$m")
    fi
  done
  t=$(printf '%s\n' "${bts[@]}" | median); m=$(printf '%s\n' "${bms[@]}" | median)
  awk -v j="build ${k}x" -v t="$t" -v n="$n" -v mb="$mb" -v tr="$triples" -v m="$m" \
    'BEGIN {printf "%-22s %10.2f %10.0f %9.2f %12.0f %10.0f\n", j, t, n/t, mb/t, tr/t, m/1024}'
  if [ ${#lts[@]} -gt 0 ]; then
    t=$(printf '%s\n' "${lts[@]}" | median); m=$(printf '%s\n' "${lms[@]}" | median)
    awk -v j="oxigraph load ${k}x" -v t="$t" -v n="$n" -v mb="$mb" -v tr="$triples" -v m="$m" \
      'BEGIN {printf "%-22s %10.2f %10.0f %9.2f %12.0f %10.0f\n", j, t, n/t, mb/t, tr/t, m/1024}'
    # The ratio of each build to the load that ran next to it, and their median.
    ratios=$(paste <(printf '%s\n' "${bts[@]}") <(printf '%s\n' "${lts[@]}") | awk '{printf "%.2f\n", $1 / $2}')
    printf '%-22s %10s   (runs: %s)\n' "build / load ${k}x" "$(echo "$ratios" | median)" "$(echo $ratios)"
  else
    printf '%-22s %s\n' "oxigraph load ${k}x" "not measured: oxigraph is not installed (cargo install oxigraph-cli)"
  fi
done

# Inputs that made extraction quadratic before (README, Robustness): each at size n and 2n.
# Linear time gives a ratio of about 2 (quadratic: 4). tests/robustness.rs checks what they give.
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
shapes = {
    "unclosed-quote": (lambda n: '"' + "\n\n".join(f"Paragraph {i}: Jane Smith said the talks went on" for i in range(n)), 20000),
    "one-long-line": (lambda n: " ".join(f"word{i} John Smith said that" for i in range(n)), 40000),
    "no-full-stop": (lambda n: "\n".join(["John Smith told reporters that the deal is off, and"] * n), 20000),
    "quote-marks": (lambda n: "\"a\" \u201cb \u2018c' \u00abd " * n, 20000),
    "titled-names": (lambda n: " ".join(f"Mr {('Hale', 'Lowe', 'Whitby', 'Dunmore')[i % 4]} said the plan was fine." for i in range(n)), 20000),
}
for name, (make, n) in shapes.items():
    for k in (1, 2):
        with open(f"{work}/adv-{name}-{k}.txt", "w", encoding="utf-8") as out:
            out.write(make(k * n))
PY
echo
printf '%-30s %10s %10s %7s\n' "adversarial input" "n (s)" "2n (s)" "ratio"
for name in unclosed-quote one-long-line no-full-stop quote-marks titled-names; do
  res=$(measure adv "$bin" extract "$work/adv-$name-1.txt" --format nquads -o /dev/null --max-article-size 1GB)  # set -e stops on a failed run
  read -r t1 _ <<<"$res"
  res=$(measure adv "$bin" extract "$work/adv-$name-2.txt" --format nquads -o /dev/null --max-article-size 1GB)  # set -e stops on a failed run
  read -r t2 _ <<<"$res"
  kb=$(( $(stat -c %s "$work/adv-$name-1.txt") / 1024 ))
  awk -v j="$name (${kb} KB)" -v a="$t1" -v b="$t2" 'BEGIN {printf "%-30s %10.2f %10.2f %7.2f\n", j, a, b, (a > 0 ? b / a : 0)}'
done

first=$(echo "$scales" | awk '{print $1}')
rm -rf "$work/db"; "$bin" build "$work/corpus-${first}x.jsonl" --store "$work/db" >/dev/null
echo
# Each query as a user runs it: a new process that opens the store, evaluates the query and
# writes CSV (median of the runs). "open" is a process that opens the store and asks nothing;
# "minus open" is the rest: evaluation and writing the results.
wall() { # command...: median wall-clock seconds, to the millisecond (/usr/bin/time rounds to 10 ms)
  local ts=()
  for _ in $(seq "$runs"); do
    local s; s=$(date +%s%N)
    "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    ts+=("$(( ($(date +%s%N) - s) / 1000000 ))")
  done
  printf '%s\n' "${ts[@]}" | median | awk '{printf "%.3f", $1 / 1000}'
}
open_t=$(wall "$bin" query -e 'ASK {}' --store "$work/db")
printf '%-22s %10s %12s %8s\n' "query (${first}x store)" "seconds" "minus open" "rows"
printf '%-22s %10.3f\n' "(open store, ASK {})" "$open_t"
for q in $("$bin" queries | awk '{print $1}'); do
  if timeout "$qtimeout" "$bin" query "$q" --store "$work/db" --format tsv > "$work/rows"; then
    rows=$(( $(wc -l < "$work/rows") - 1 ))
    t=$(wall "$bin" query "$q" --store "$work/db" --format csv)
    awk -v j="$q" -v t="$t" -v o="$open_t" -v r="$rows" 'BEGIN {printf "%-22s %10.3f %12.3f %8d\n", j, t, t - o, r}'
  else
    printf '%-22s %10s\n' "$q" "> $qtimeout"
  fi
done
# The lookups, with their parameter bound (values from Reuters-21578; on another corpus they may
# find nothing): each should answer in under 0.1 s in a new process.
lookups=(
  "quotes_by_person|person=Ronald Reagan"
  "quotes_by_person|person=Reagan"
  "office_holders|iso=GB"
  "office_holders|iso=US"
  "timeline|subject=Ronald Reagan"
  "timeline|subject=US"
)
for l in "${lookups[@]}"; do
  q=${l%%|*}; p=${l#*|}
  if timeout "$qtimeout" "$bin" query "$q" --param "$p" --store "$work/db" --format tsv > "$work/rows"; then
    rows=$(( $(wc -l < "$work/rows") - 1 ))
    t=$(wall "$bin" query "$q" --param "$p" --store "$work/db" --format csv)
    awk -v j="$q $p" -v t="$t" -v o="$open_t" -v r="$rows" 'BEGIN {printf "%-36s %10.3f %12.3f %8d\n", j, t, t - o, r}'
  else
    printf '%-36s %10s\n' "$q $p" "> $qtimeout"
  fi
done
