#!/usr/bin/env bash
# Refresh the .ts sources from the code; then translate new entries (Qt Linguist
# or a text editor). tests/ui/test_translations.py fails while any is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find desktop_app/ui desktop_app/app.py -name '*.py' | sort)
pyside6-lupdate "${sources[@]}" -no-obsolete -ts resources/translations/knute_nb.ts -target-language nb_NO
