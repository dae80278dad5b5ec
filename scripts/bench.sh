#!/usr/bin/env bash
# Whole-process benchmarks, printed as the Markdown tables of BENCHMARKS.md:
#   1. start-up: every command on the embedded data against /bin/true and tealdeer
#      (`tldr --render` of a page of about the same size, benches/tldr-page.md);
#   2. scale: `--data` files of 1,000, 10,000 and 100,000 roles against jq doing the same filter.
# Instructions are counted with callgrind (deterministic); wall times are paired: each round runs
# the two commands back to back with hyperfine, and the table gives the median of the rounds'
# ratios. Peak memory is GNU time's maximum resident set size.
#
#   scripts/bench.sh [ROUNDS] [PART]   ROUNDS: default 10 (the 100,000-role rounds run 3 times
#                                      each); PART: startup, scale or all (the default)
#
# Installs what it needs: hyperfine, jq, valgrind, GNU time and bc from Debian's packages, tealdeer
# from crates.io. Not part of .ci/run: these machines are shared and wall times are noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
part=${2:-all}

missing=()
for pair in hyperfine:hyperfine jq:jq valgrind:valgrind /usr/bin/time:time bc:bc; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# tealdeer's own lock file names a yanked crate, so --locked cannot be used; the version is pinned.
command -v tldr >/dev/null || cargo install tealdeer --version 1.9.1 --quiet

cargo build --release --locked --quiet --bin mlcareers --example gen-dataset --example command-lines
# .cargo/config.toml names the target (for static linking), so artifacts are under target/<host>/.
release=target/$(rustc -vV | sed -n 's/^host: //p')/release
bin=$release/mlcareers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 1000 10000 100000; do "$release/examples/gen-dataset" "$n" > "$work/roles-$n.json"; done

instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        sed -n 's/.*I *refs: *//p' | tr -d ,
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# paired RUNS A B: "median-ratio median-A-ms median-B-ms" over $rounds rounds of A then B.
paired() {
    local runs=$1 a=$2 b=$3 r
    : > "$work/ratios"; : > "$work/a"; : > "$work/b"
    for ((r = 0; r < rounds; r++)); do
        hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/h.json" "$a" "$b" >/dev/null 2>&1
        jq '.results[0].median / .results[1].median' "$work/h.json" >> "$work/ratios"
        jq '.results[0].median * 1000' "$work/h.json" >> "$work/a"
        jq '.results[1].median * 1000' "$work/h.json" >> "$work/b"
    done
    printf '%s %s %s\n' "$(median < "$work/ratios")" "$(median < "$work/a")" "$(median < "$work/b")"
}

peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }

echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), $(uname -sr)"
echo "Date: $(date -u +%Y-%m-%d); $("$bin" --version); $(tldr --version); $(jq --version); $(hyperfine --version)"
echo

if [ "$part" != scale ]; then
page=benches/tldr-page.md
true_count=$(instructions /bin/true)
tldr_count=$(instructions tldr --render "$page")
echo "## Start-up (embedded data)"
echo
echo "/bin/true: $true_count instructions. tldr --render (a $(wc -c < "$page")-byte page): $tldr_count instructions."
echo
echo "| command | instructions | / tldr | wall, median | wall / tldr (paired) |"
echo "|---|---:|---:|---:|---:|"
# Every command's examples, from the registry (examples/command-lines.rs), then lines as people
# type them (a slip, questions in their own words), each once.
questions=$(cat <<'QUESTIONS'
search statstics
nlp engineer pay
they offered me 85000
which job pays the most
switch from data scientist to nlp engineer
i have python and statistics
what is ml
salary nlp engineer
salary 150k
sklls
QUESTIONS
)
{ echo --version; "$release/examples/command-lines"; echo "$questions"; } | awk '!seen[$0]++' |
while read -r args; do
    count=$(instructions "$bin" $args)
    read -r ratio ours _ < <(paired 20 "$bin $args" "tldr --render $page")
    printf '| `%s` | %s | %.2f | %.2f ms | %.2f |\n' "$args" "$count" \
        "$(echo "$count / $tldr_count" | bc -l)" "$ours" "$ratio"
done
fi

[ "$part" = startup ] && exit 0
echo
echo "## Scale (--data FILE, JSON out)"
echo
echo "jq filters: **roles** \`[.roles[] | select(.levels | index(\"mid\"))]\`, the same filter;"
echo "**search** \`[.. | strings | select(test(\"python\"; \"i\"))]\`, every string of the file, as search"
echo "reads every text; **search, roles only** \`[.roles[] | select(.title + \" \" + .responsibilities | test(\"python\"; \"i\"))]\`,"
echo "a narrower filter than search's, shown for the record."
echo
echo "| command | roles | file | instructions | x previous | wall, median | jq, median | jq / ours (paired) | peak memory | / file |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for kind in roles search "search, roles only"; do
    previous=""
    for n in 1000 10000 100000; do
        file="$work/roles-$n.json"
        case "$kind" in
            roles)
                ours="$bin --data $file roles --level mid --format json"
                theirs=(jq '[.roles[] | select(.levels | index("mid"))]' "$file") ;;
            search)
                ours="$bin --data $file search python --format json"
                theirs=(jq '[.. | strings | select(test("python"; "i"))]' "$file") ;;
            *)
                ours="$bin --data $file search python --format json"
                theirs=(jq '[.roles[] | select(.title + " " + .responsibilities | test("python"; "i"))]' "$file") ;;
        esac
        count=$(instructions $ours)
        growth="–"
        [ -n "$previous" ] && growth=$(printf '%.1f' "$(echo "$count / $previous" | bc -l)")
        previous=$count
        runs=10
        [ "$n" = 100000 ] && runs=3
        read -r ratio jq_ms ours_ms < <(paired "$runs" "${theirs[*]@Q}" "$ours")
        size=$(stat -c %s "$file")
        peak=$(peak_kb $ours)
        printf '| %s | %s | %.1f MB | %s | %s | %.1f ms | %.1f ms | %.1f | %.1f MB | %.2f |\n' "$kind" "$n" \
            "$(echo "$size / 1000000" | bc -l)" "$count" "$growth" "$ours_ms" "$jq_ms" "$ratio" \
            "$(echo "$peak / 1000" | bc -l)" "$(echo "$peak * 1024 / $size" | bc -l)"
    done
done
echo
echo "Peak memory of a run with no data file (the floor under every row): $(peak_kb "$bin" roles --format json) KB."
