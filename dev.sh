#!/usr/bin/env bash
# Set-up and run in one step on a fresh Linux machine with Python 3.11+.
#   ./dev.sh demo [ARGS]   open Kuhina Desktop on the built-in demo association
#   ./dev.sh test [ARGS]   run the whole test suite headless (extra ARGS go to pytest)
#   ./dev.sh run  [ARGS]   run kuhina-desktop with any arguments
# The first call creates .venv and installs everything; later calls reuse it.
set -euo pipefail
cd "$(dirname "$0")"
VENV=${KUHINA_VENV:-.venv}
PY=${PYTHON:-python3}

need_debs() {
    # Qt's platform plugins need a few system libraries that a bare server may lack.
    local missing=()
    local lib
    for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 \
               libxcb-cursor.so.0 libxkbcommon-x11.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 \
               libxcb-shape.so.0; do
        ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing system libraries for Qt (${missing[*]})…"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
            libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
            libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0 \
            fonts-dejavu-core >/dev/null
    else
        echo "Note: missing system libraries for Qt: ${missing[*]}" >&2
        echo "      install them with your package manager (see README)." >&2
    fi
}

setup() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PY" -m venv "$VENV"
    fi
    local stamp="$VENV/.installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
        "$VENV/bin/python" -m pip install -q -e ".[dev,build]" 2>&1 \
            | { grep -v "is ignored: it is neither" || true; }  # pip's own status still counts
        touch "$stamp"
    fi
    need_debs
}

cmd=${1:-demo}
[ $# -gt 0 ] && shift
case "$cmd" in
    demo) setup; exec "$VENV/bin/kuhina-desktop" --demo "$@" ;;
    run)  setup; exec "$VENV/bin/kuhina-desktop" "$@" ;;
    test)
        setup
        export QT_QPA_PLATFORM=offscreen
        "$VENV/bin/ruff" check .
        set +e
        "$VENV/bin/python" -m pytest "$@"
        rc=$?
        set -e
        if [ $rc -eq 5 ]; then
            echo "pytest collected no tests: that is a failure here." >&2
            exit 1
        fi
        exit $rc ;;
    *) echo "usage: ./dev.sh demo|test|run [ARGS]" >&2; exit 2 ;;
esac
