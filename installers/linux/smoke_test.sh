#!/usr/bin/env bash
# Smoke test of the frozen Linux bundle (installers/linux/build.sh makes it):
#   the command line works (--version, new, info), the window opens a .knute offscreen and paints
#   it (KNUTE_SMOKE_TEST=1: one line, then exit 0) in English and in bokmål, a file that is not a
#   map is refused with its reason (exit 1, nothing hangs), and the CLI exports the PDF plan,
#   which pdfinfo reads. Every run is under `timeout`: an exception in a Qt callback can hang a
#   frozen app instead of ending it.
#
#   installers/linux/smoke_test.sh [BUNDLE_DIR]      (default: dist/knute)
#
# Exit 0 when everything passed. KNUTE_SMOKE_TIMEOUT (seconds, default 60) bounds each run.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=$(cd "${1:-dist/knute}" && pwd)
EXE=$BUNDLE/knute
LIMIT=${KNUTE_SMOKE_TIMEOUT:-60}
[ -x "$EXE" ] || { echo "smoke test: no bundle at $BUNDLE (run installers/linux/build.sh)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=
unset KNUTE_LANG
mkdir -p "$HOME/Documents"
failures=0

step() {  # step NAME EXPECTED_EXIT PATTERN -- COMMAND...: run under timeout, check exit code and output
    local name=$1 expected=$2 pattern=$3 started output code
    shift 4
    started=$(date +%s.%N)
    set +e
    output=$(timeout --kill-after=5 "$LIMIT" "$@" 2>&1)
    code=$?
    set -e
    local took
    took=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
    if [ "$code" = "$expected" ] && echo "$output" | grep -q -- "$pattern"; then
        printf 'ok    %-34s %5.2f s\n' "$name" "$took"
    else
        printf 'FAIL  %-34s exit %s (expected %s)%s\n%s\n' "$name" "$code" "$expected" \
            "$([ "$code" = 124 ] && echo ', timed out')" "$output" | sed '2,$s/^/      /'
        failures=$((failures + 1))
    fi
}

MAP=$WORK/map.knute
cp "$BUNDLE/_internal/desktop_app/resources/examples/best_lokalt.knute" "$MAP"
chmod u+w "$MAP"
printf 'not a map\n' > "$WORK/notes.knute"

step "knute --version" 0 "^knute [0-9]" -- "$EXE" --version
step "knute new" 0 "Smoke" -- "$EXE" new "$WORK/new.knute" --title Smoke
step "knute info (healthy)" 0 "Smoke" -- "$EXE" info "$WORK/new.knute"
step "window paints a map (en)" 0 "smoke test: painted 'Best Lokalt Røros'.*language en" \
    -- env KNUTE_SMOKE_TEST=1 "$EXE" "$MAP"
step "window paints a map (nb_NO)" 0 "language nb" \
    -- env KNUTE_SMOKE_TEST=1 LANG=nb_NO.UTF-8 "$EXE" "$MAP"
step "window refuses a non-map" 1 "is not a Knute map" -- env KNUTE_SMOKE_TEST=1 "$EXE" "$WORK/notes.knute"
step "knute export --to pdf (nb)" 0 "nettverksplanen" -- "$EXE" export "$MAP" --to pdf "$WORK/plan.pdf" --lang nb
if command -v pdfinfo >/dev/null 2>&1; then
    step "pdfinfo reads the plan" 0 "Pages: *[1-9]" -- pdfinfo "$WORK/plan.pdf"
else
    echo "skip  pdfinfo (poppler-utils not installed)"
fi
if command -v xvfb-run >/dev/null 2>&1; then
    step "window paints under Xvfb (xcb)" 0 "platform xcb" \
        -- env QT_QPA_PLATFORM=xcb KNUTE_SMOKE_TEST=1 xvfb-run -a "$EXE" "$MAP"
fi

if [ "$failures" -ne 0 ]; then
    echo "smoke test: $failures failed"
    exit 1
fi
echo "smoke test: all passed ($BUNDLE, $(du -sh "$BUNDLE" | cut -f1))"
