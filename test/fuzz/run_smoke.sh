#!/bin/sh
# Build the libFuzzer targets (clang, ASan+UBSan) in build-fuzz and run each
# for a short while on seeds made from the golden scenarios: the CI smoke
# run. Usage: test/fuzz/run_smoke.sh [SECONDS per target, default 20]
set -eu
cd "$(dirname "$0")/../.."
secs="${1:-20}"
if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang CXX=clang++ meson setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false \
        --buildtype=debug >/dev/null
fi
ninja -C build-fuzz >/dev/null
seeds=build-fuzz/fuzz-seeds
rm -rf "$seeds"
mkdir -p "$seeds/pg" "$seeds/sqlite"
# a seed: the dialect byte, then a scenario
for f in test/golden/postgres/*.sql; do
    { printf 'p'; cat "$f"; } > "$seeds/pg/$(basename "$f")"
done
for f in test/golden/sqlite/*.sql; do
    { printf 's'; cat "$f"; } > "$seeds/sqlite/$(basename "$f")"
done
python3 test/fuzz/make_dict.py . build-fuzz/sql.dict
# ordering seeds: the file names of the bundled examples and order cases
mkdir -p "$seeds/order"
for d in test/order/*/; do
    [ -d "$d" ] && (cd "$d" && find . -type f | sed 's|^\./||' | { printf 'p'; cat; }) > "$seeds/order/$(basename "$d")"
done
status=0
for t in fuzz_lexer fuzz_replay fuzz_roundtrip fuzz_check fuzz_order; do
    dirs="$seeds/pg $seeds/sqlite"
    [ "$t" = fuzz_order ] && dirs="$seeds/order"
    corpus="build-fuzz/corpus-$t"
    mkdir -p "$corpus"
    echo "== $t (${secs}s)"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "build-fuzz/test/fuzz/$t" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/$t-" -print_final_stats=1 -dict=build-fuzz/sql.dict "$corpus" $dirs > "build-fuzz/$t.log" 2>&1; then
        status=1
        tail -40 "build-fuzz/$t.log"
    else
        grep -E "stat::number_of_executed_units|cov:" "build-fuzz/$t.log" | tail -2
    fi
done
exit $status
