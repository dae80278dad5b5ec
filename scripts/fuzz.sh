#!/usr/bin/env bash
# Fuzzes mlcareers with cargo fuzz (libFuzzer): the `dataset` target feeds data files through
# loading, checking and every command in every format; the `args` target feeds argument lists
# through clap and every command. Both fail on a panic or on a raw control character in output.
#
#   scripts/fuzz.sh [SECONDS]    each target runs SECONDS (default 300), one after the other
#
# Needs nightly Rust, installed here with rustup if missing; the normal build and .ci/run never do.
# A crash is saved under fuzz/artifacts/TARGET/: turn it into a test in tests/hostile.rs, fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

for target in dataset args; do
    dict=()
    [ "$target" = dataset ] && dict=(-dict=fuzz/json.dict)
    # No sanitizer: mlcareers has no unsafe code, and AddressSanitizer made runs several times slower.
    # Debug assertions stay on, so an arithmetic overflow is a crash.
    cargo +nightly fuzz run --sanitizer none "$target" -- -max_total_time="$seconds" -max_len=65536 \
        -print_final_stats=1 "${dict[@]}"
done
