#!/bin/sh
# Regenerates docs/letter.png, the picture at the top of the README: the first page of a real letter
# from the sample cohort (Jingyi Chen applying to Tidewater Payments), written by the command-line
# tool and rendered at 80 dpi by pdftoppm (poppler-utils). Run from anywhere: docs/make-picture.sh
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/letterpress" generate \
    --candidate "$root/samples/cohort/candidates/jingyi-chen.yaml" \
    --job "$root/samples/jobs/tidewater-payments-software-engineer-ii.yaml" \
    --brand "$root/samples/cohort/brand.yaml" \
    --format pdf --date 2026-11-30 --out "$work" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work"/jingyi-chen/*.pdf "$root/docs/letter"
echo "wrote $root/docs/letter.png ($(wc -c < "$root/docs/letter.png") bytes)"
