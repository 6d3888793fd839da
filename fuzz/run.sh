#!/usr/bin/env bash
# Runs every fuzz target for a bounded time and prints executions and crashes per target.
#
#   fuzz/run.sh [SECONDS_PER_TARGET]     (default 60)
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). One target at a time,
# one job: the machine stays usable. New corpus entries go to fuzz/corpus/<target>/ (only the
# committed seed-* files are tracked); crashes go to fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-60}"
# TARGETS="matcher fix" fuzz/run.sh 300 runs only those.
read -r -a targets <<<"${TARGETS:-rule_file matcher formats fix}"
cargo +nightly fuzz build >/dev/null 2>&1 || cargo +nightly fuzz build
printf '%-10s %8s %12s %10s %8s\n' target seconds executions exec/s crashes
status=0
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    log="artifacts/$t.log"
    find "artifacts/$t" -type f | sort >"artifacts/$t.before"
    # -rss_limit_mb: a leak or a blow-up is a finding too; -max_len: inputs up to 64 KiB.
    cargo +nightly fuzz run "$t" "corpus/$t" -- \
        -max_total_time="$secs" -print_final_stats=1 -rss_limit_mb=2048 -max_len=65536 \
        -timeout=20 >"$log" 2>&1 || status=1
    find "artifacts/$t" -type f | sort >"artifacts/$t.after"
    new=$(comm -13 "artifacts/$t.before" "artifacts/$t.after")
    crashes=$(printf '%s' "$new" | grep -c . || true)
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    rate=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
    printf '%-10s %8s %12s %10s %8s\n' "$t" "$secs" "${runs:-?}" "${rate:-?}" "$crashes"
    if [ "$crashes" -gt 0 ]; then
        printf '%s\n' "$new" | sed 's/^/    crash: fuzz\//'
        grep -m1 -A3 -E 'panicked|ERROR: (AddressSanitizer|libFuzzer)' "$log" | sed 's/^/    /'
    fi
done
exit $status
