#!/usr/bin/env bash
# Fuzzes mlcareers with cargo fuzz (libFuzzer): `dataset` feeds data files through loading,
# checking and every command in every format; `args` feeds argument lists through clap and every
# command; `question` feeds the words of the question form (`mlcareers WORDS...`); `moves` feeds
# generated datasets to `path`, `compare` and `match`. Each fails on a panic or on a character a
# terminal would act on that the format may not hold.
#
#   scripts/fuzz.sh [SECONDS]    each target runs SECONDS (default 300), one after the other
#
# Builds on the stable toolchain (RUSTC_BOOTSTRAP=1 for the flags cargo fuzz passes); installs
# cargo-fuzz if missing. A crash is saved under fuzz/artifacts/TARGET/: turn it into a test in
# tests/hostile.rs, fix it. Each target's last line says how many runs it made.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-300}
export RUSTC_BOOTSTRAP=1

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --version 0.13.2

for target in $(cargo fuzz list); do
    dict=()
    [ "$target" = dataset ] && dict=(-dict=json.dict)
    # No sanitizer: mlcareers has no unsafe code, and AddressSanitizer made runs several times slower.
    # Debug assertions stay on, so an arithmetic overflow is a crash.
    cargo fuzz run --sanitizer none "$target" -- -max_total_time="$seconds" -max_len=65536 \
        -print_final_stats=1 "${dict[@]}"
done
