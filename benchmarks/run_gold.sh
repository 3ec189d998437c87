#!/usr/bin/env bash
# Run sitrep over the dev gold documents, then score the output against the gold events with the
# floors in benchmarks/floors.json. CI calls this; exit status is that of `sitrep evaluate`
# (0 fine, 1 a floor broken, 2 unreadable input). Extra arguments go to `sitrep evaluate`
# (e.g. --json). Set SITREP_PRED to keep the predictions in a chosen file, SITREP_FLOORS to use
# another floors file, SITREP_GOLD to score another gold set (e.g. benchmarks/bulletins).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
gold="${SITREP_GOLD:-$here/gold}"
floors="${SITREP_FLOORS:-$here/floors.json}"
if ! compgen -G "$gold/events*.jsonl" > /dev/null; then
  echo "run_gold: no $gold/events*.jsonl; the gold set is missing" >&2
  exit 2
fi
if command -v sitrep > /dev/null; then sitrep=(sitrep); else sitrep=(python -m sitrep.cli); fi
if [[ -n "${SITREP_PRED:-}" ]]; then
  pred="$SITREP_PRED"
else
  pred="$(mktemp -t sitrep-gold-pred.XXXXXX.jsonl)"
  trap 'rm -f "$pred"' EXIT
fi
"${sitrep[@]}" extract "$gold/docs" --format jsonl --output "$pred"
echo "predictions: $pred ($(wc -l < "$pred") events)" >&2
"${sitrep[@]}" evaluate "$gold" "$pred" --floors "$floors" "$@"
