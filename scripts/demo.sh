#!/usr/bin/env bash
# `make demo`: the follow-up journey end to end, in a fresh temporary home (SQLite).
set -euo pipefail
TACTFUL="${TACTFUL:-.venv/bin/tactful}"
export TACTFUL_HOME="$(mktemp -d)"
export TZ="${TZ:-Europe/Paris}"
trap 'rm -rf "$TACTFUL_HOME"' EXIT

step() { printf '\n\033[1m$ tactful %s\033[0m\n' "$*"; "$TACTFUL" "$@"; }

echo "A fresh home: $TACTFUL_HOME"
export TACTFUL_NOW="2026-11-25T17:00:00+01:00"
echo "It is $TACTFUL_NOW; you had an interview at 14:00."

step application add --company "Acme Analytics" --role "Data engineer" \
  --closing-date 2026-11-20 --country FR --contact "Rita Martin <rita@acme.example>"
step interview add 1 --at "2026-11-25 14:00" --duration 60 \
  --interviewer "Ada Lovelace <ada@acme.example>" --timeline "two weeks" \
  --detail "the story of the pipeline outage on Black Friday" \
  --selling-point "five years of running Spark pipelines in production" \
  --forgot "my AWS data-engineering certification"
step plan
step due
step config set me.name "Sam Candidate"
step draft 1 thank-you
step sent 1 thank-you
step plan 1

export TACTFUL_NOW="2026-12-10T09:30:00+01:00"
echo
echo "Two weeks later ($TACTFUL_NOW), no news:"
step due
step draft 1 status
