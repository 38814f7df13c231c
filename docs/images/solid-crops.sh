#!/usr/bin/env bash
# The README's before/after crops of solid setting (issue 17): the sample's punctuation, a justified
# line with Latin words, and the ruby fixture's paragraph, each from the PDF built at BEFORE (a git
# revision, default main) and from this work tree. Needs git, a JDK and poppler-utils (pdftoppm,
# pdftotext); writes docs/images/solid-{punctuation,latin,ruby}-{before,after}.png (grey, 150 dpi).
#
#   docs/images/solid-crops.sh [BEFORE]
set -euo pipefail
HERE="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
BEFORE="${1:-main}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/hanmoto-crops.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
DPI=150

build() {  # tree out: the sample and the ruby fixture to PDF
  (cd "$1" && ./hanmoto build content/technical-operations-manager.md --format pdf --out "$2" >/dev/null 2>&1
   ./hanmoto build src/test/resources/markdown/ruby.md --format pdf --out "$2" >/dev/null 2>&1)
}

# crop PDF TEXT ABOVE HEIGHT PNG: the text block's width, from ABOVE pt over the first line holding
# TEXT, HEIGHT pt tall (pdftotext -bbox finds the line; its page is the first that has it).
crop() {
  local pdf="$1" text="$2" above="$3" height="$4" png="$5" page ymin
  read -r page ymin < <(pdftotext -bbox "$pdf" - | awk -v t="$text" '
    /<page / { p++ } /<word / && index($0, t) { match($0, /yMin="[0-9.]+"/); print p, substr($0, RSTART + 6, RLENGTH - 7); exit }')
  [ -n "$page" ] || { echo "no '$text' in $pdf" >&2; exit 1; }
  local s; s=$(awk -v d=$DPI 'BEGIN { print d / 72 }')
  pdftoppm -gray -png -r $DPI -f "$page" -l "$page" -singlefile \
    -x "$(awk -v s="$s" 'BEGIN { printf "%d", 34 * s }')" -y "$(awk -v s="$s" -v y="$ymin" -v a="$above" 'BEGIN { printf "%d", (y - a) * s }')" \
    -W "$(awk -v s="$s" 'BEGIN { printf "%d", (420 - 68) * s }')" -H "$(awk -v s="$s" -v h="$height" 'BEGIN { printf "%d", h * s }')" \
    "$pdf" "${png%.png}"
}

mkdir -p "$WORK/before"
git -C "$HERE" archive "$BEFORE" | tar -x -C "$WORK/before"
build "$WORK/before" "$WORK/out-before"
build "$HERE" "$WORK/out-after"
for v in before after; do
  crop "$WORK/out-$v/technical_operations_manager.pdf" "彼らの役割は" 4 50 "$HERE/docs/images/solid-punctuation-$v.png"
  crop "$WORK/out-$v/technical_operations_manager.pdf" "現代のデジタル" 4 65 "$HERE/docs/images/solid-latin-$v.png"
  crop "$WORK/out-$v/ruby.pdf" "を含む段落" 6 33 "$HERE/docs/images/solid-ruby-$v.png"
done
ls -l "$HERE"/docs/images/solid-*.png
