#!/usr/bin/env bash
# Builds the Debian package and checks what it installs.
#
# The release binary is asked for its own man page and completion scripts (never kept by hand);
# `cargo deb --no-build` packs them with the binary (assets in Cargo.toml's
# [package.metadata.deb]). Then the package is unpacked into a scratch root, and the man page must
# render under `man --warnings` and each completion script load in its shell, from the folder that
# shell reads. Needs cargo-deb, dpkg-deb, man, bash, zsh and fish (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked
# .cargo/config.toml names the target, so the binary is under target/<host triple>/release.
host=$(rustc -vV | sed -n 's/^host: //p')
binary=target/$host/release/mlcareers
[[ -x $binary ]] || binary=target/release/mlcareers

out=target/package
rm -rf "$out" && mkdir -p "$out"
cp "$binary" "$out/mlcareers"
"$out/mlcareers" man >"$out/mlcareers.1"
gzip -9n -f "$out/mlcareers.1"
"$out/mlcareers" completions bash >"$out/mlcareers.bash"
"$out/mlcareers" completions zsh >"$out/_mlcareers"
"$out/mlcareers" completions fish >"$out/mlcareers.fish"

rm -rf target/debian
cargo deb --no-build --locked
deb=$(ls target/debian/mlcareers_*.deb)
echo "built $deb"
dpkg-deb -c "$deb"

# Unpack into a scratch root and use every file from where the package puts it.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
fail() { echo "package check failed: $*" >&2; exit 1; }
for file in usr/bin/mlcareers usr/share/man/man1/mlcareers.1.gz \
    usr/share/bash-completion/completions/mlcareers usr/share/zsh/vendor-completions/_mlcareers \
    usr/share/fish/vendor_completions.d/mlcareers.fish; do
    [[ -s $root/$file ]] || fail "$file is missing or empty"
done
"$root/usr/bin/mlcareers" --version

# A clean environment, as a new user's shell would have; a HOME of its own.
home=$root/home && mkdir -p "$home"
clean=(env -i "PATH=$root/usr/bin:/usr/bin:/bin" "HOME=$home" LANG=C.UTF-8)

warnings=$("${clean[@]}" MANWIDTH=80 MANPAGER=cat PAGER=cat \
    man --warnings -l "$root/usr/share/man/man1/mlcareers.1.gz" 2>&1 >"$root/man.txt") \
    || fail "man: $warnings"
[[ -z $warnings ]] || fail "man warned: $warnings"
grep -q 'EXIT STATUS' "$root/man.txt" || fail "the man page has no EXIT STATUS"
# man finds the page by name from the package's MANPATH, as it would under /usr/share/man.
"${clean[@]}" MANPATH="$root/usr/share/man" MANPAGER=cat man -w mlcareers >/dev/null \
    || fail "man -w mlcareers finds nothing"

"${clean[@]}" bash --norc -c "
    source '$root/usr/share/bash-completion/completions/mlcareers'
    complete -p mlcareers
    COMP_WORDS=(mlcareers role nlp); COMP_CWORD=2; COMP_LINE='mlcareers role nlp'; COMP_POINT=\${#COMP_LINE}
    _mlcareers mlcareers nlp role
    [[ \${COMPREPLY[*]} == nlp-engineer ]] || { echo \"completed: \${COMPREPLY[*]}\"; exit 1; }
" || fail "bash completion"

"${clean[@]}" zsh -f -c "
    fpath=('$root/usr/share/zsh/vendor-completions' \$fpath)
    autoload -U compinit && compinit -u -D
    autoload -Uz _mlcareers && (( \$+functions[_mlcareers] )) && [[ \${_comps[mlcareers]} == _mlcareers ]]
" || fail "zsh completion"

"${clean[@]}" fish --no-config -c "
    set -p fish_complete_path '$root/usr/share/fish/vendor_completions.d'
    complete --do-complete 'mlcareers role nlp' | string match -q 'nlp-engineer*'
" || fail "fish completion"

echo "package ok: binary, man page, bash, zsh and fish completions"
