#!/usr/bin/env bash
# Remakes the README's EPUB screenshots (docs/images/epub-*.png): the sample article and the guide,
# horizontal and vertical, as foliate-js shows them in Chromium and in WebKitGTK. Needs what the
# engine tests need (.ci/run installs it) and a built jar (./mvnw package -DskipTests).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/vertical"
printf 'extends: default\nepub:\n  writing-mode: vertical-rl\n' > "$work/vertical/theme.yaml"
build() {  # build SOURCE OUTDIR [THEME]
  SOURCE_DATE_EPOCH=1767225600 java -Djava.awt.headless=true -Dhanmoto.home="$repo" -jar "$repo/target/hanmoto-0.1.0.jar" \
    build "$1" --format epub,card --out "$2" ${3:+--theme "$3"} >/dev/null
}
cd "$repo"
build content/technical-operations-manager.md "$work/h"
build content/guide "$work/h"
build content/technical-operations-manager.md "$work/v" "$work/vertical"
build content/guide "$work/v" "$work/vertical"
books="seed-h=$work/h/technical_operations_manager.epub seed-v=$work/v/technical_operations_manager.epub"
books="$books guide-h=$work/h/hanmoto-guide.epub guide-v=$work/v/hanmoto-guide.epub"
cd "$here"
for engine in chromium webkit; do
  # shellcheck disable=SC2086
  node read.mjs --engine "$engine" --out "$work/$engine" --fonts "$repo/fonts" --width 400 --height 600 --pages 1 $books
done
# The pages shown: the sample's skills section (a heading, a table) and the guide's installation
# chapter (code with hyphens, a note reference); s = spine position (cover, TOC, chapters...).
for engine in chromium webkit; do
  node montage.mjs "$repo/docs/images/epub-seed-$engine.png" "$work/$engine/seed-h/s07-p01.png" "$work/$engine/seed-v/s07-p01.png"
  node montage.mjs "$repo/docs/images/epub-guide-$engine.png" "$work/$engine/guide-h/s10-p01.png" "$work/$engine/guide-v/s10-p01.png"
done
ls -l "$repo"/docs/images/epub-*.png
