#!/usr/bin/env bash
# simdesk's two commands, for a fresh Debian machine with Python 3.11 (or any Linux with it):
#   ./dev.sh run  [simdesk arguments…]   install what is needed, then start simdesk
#   ./dev.sh test [pytest arguments…]    install what is needed, lint, run the tests, then
#                                        build and check the installer (as `installer` does)
# Other actions: setup (install only), lint, bench, installer [--readme] (the PyInstaller
# folder, measured and self-tested, and the NSIS setup program, see README.md "The installer";
# --readme writes the figures into README.md).  SKIP_INSTALLER=1 ./dev.sh test leaves the
# installer step out (quicker runs of a few tests by hand; CI never sets it).
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
BIN="$VENV/bin"

# Qt's system libraries (offscreen and a real X11 window), fonts, and the venv module.
APT_PACKAGES=(
  python3-venv
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libx11-6 libdbus-1-3
  fonts-dejavu-core
  libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0
  libxcb-xkb1
)
# Only the tests need these: a real headless browser for the web-app CORS test, and a
# PostgreSQL server for the shared-database test, and curl for the README's API example.
TEST_APT_PACKAGES=(chromium postgresql curl)

system_deps() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: install Qt's libraries yourself
  local missing=()
  for pkg in "${APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "dev.sh: please install these Debian packages as root: ${missing[*]}" >&2
      return 0
    fi
  fi
  echo "dev.sh: installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

python_deps() {
  if [ ! -x "$BIN/python" ]; then
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$BIN/python" -m pip install -q --upgrade pip
    "$BIN/python" -m pip install -q -e '.[dev]'
    touch "$stamp"
  fi
}

setup() { system_deps; python_deps; }

PG_DIR=""
# A throwaway PostgreSQL server on 127.0.0.1:55432 for tests/test_postgres.py (as root, with
# Debian's postgresql package).  Anything missing: the test says why it skips.
start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ "$(id -u)" -ne 0 ] || ! id postgres >/dev/null 2>&1; then
    return 0
  fi
  PG_DIR=$(mktemp -d /tmp/simdesk-pg.XXXXXX)
  chown postgres "$PG_DIR"
  if su postgres -s /bin/sh -c "'$bin/initdb' -D '$PG_DIR/data' -A trust -U simdesk >/dev/null \
      && '$bin/pg_ctl' -D '$PG_DIR/data' -o \"-p 55432 -k '$PG_DIR' -c listen_addresses=127.0.0.1\" \
         -l '$PG_DIR/log' -w start >/dev/null \
      && '$bin/createdb' -h 127.0.0.1 -p 55432 -U simdesk simdesk_test"; then
    export SIMDESK_TEST_POSTGRES_URL="postgresql://simdesk@127.0.0.1:55432/simdesk_test"
  else
    echo "dev.sh: the test PostgreSQL server did not start; its test will be skipped" >&2
  fi
}

stop_test_postgres() {
  local bin
  [ -n "$PG_DIR" ] || return 0
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

lint() {
  "$BIN/ruff" check .
  "$BIN/mypy"
  # Security lint: every finding left in simdesk/ is justified with "# nosec BNNN" where it
  # stands (and B101, asserts, in pyproject.toml).  Its chatter about nosec lines goes to
  # stderr, shown only when it fails.
  local notes
  notes=$(mktemp)
  if ! "$BIN/bandit" -c pyproject.toml -r simdesk -q 2>"$notes"; then
    cat "$notes" >&2; rm -f "$notes"; return 1
  fi
  rm -f "$notes"
}

# The frozen program: a build venv of its own (simdesk, its PostgreSQL driver and PyInstaller,
# none of the development tools), then benchmarks/bundle.py --setup: dist/simdesk/ built,
# measured, checked and self-tested, and dist/simdesk-VERSION-setup.exe compiled by NSIS's
# makensis (on Linux the payload is the Linux folder: a check of the script, not a Windows
# installer).  Arguments go to bundle.py (--readme: write the figures into README.md).
BUILD_VENV=${BUILD_VENV:-.venv-build}
installer() {
  # makensis; strip and readelf (binutils); the shared libpython PyInstaller bundles.
  local extra=(nsis binutils) pyver
  pyver=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  if [ "$("$PYTHON" -c 'import sys; print(sys.base_prefix)')" = /usr ]; then
    extra+=("libpython$pyver")   # Debian's own Python
  fi
  system_deps "${extra[@]}"
  if [ ! -x "$BUILD_VENV/bin/python" ]; then
    "$PYTHON" -m venv "$BUILD_VENV"
  fi
  local stamp="$BUILD_VENV/.installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$BUILD_VENV/bin/python" -m pip install -q --upgrade pip
    "$BUILD_VENV/bin/python" -m pip install -q -e '.[postgres]' 'pyinstaller>=6.10,<7'
    touch "$stamp"
  fi
  if ! command -v makensis >/dev/null 2>&1; then
    echo "dev.sh: makensis is missing; install Debian's nsis package (apt-get install nsis)" >&2
    return 1
  fi
  "$BUILD_VENV/bin/python" benchmarks/bundle.py --setup "$@"
}

action=${1:-run}
[ $# -gt 0 ] && shift
case "$action" in
  setup) setup ;;
  run) setup; exec "$BIN/simdesk" "$@" ;;
  test)
    system_deps "${TEST_APT_PACKAGES[@]}" || echo "dev.sh: chromium or postgresql could not be installed; their tests will be skipped" >&2
    python_deps
    lint
    export QT_QPA_PLATFORM=offscreen
    trap stop_test_postgres EXIT
    start_test_postgres
    "$BIN/python" -m pytest "$@"
    stop_test_postgres; PG_DIR=""
    # The frozen program (about 3 minutes): the folder built, checked and self-tested, and
    # the NSIS script compiled around it.
    if [ "${SKIP_INSTALLER:-}" != 1 ]; then
      echo "dev.sh: the installer (./dev.sh installer)"
      installer
    fi
    ;;
  lint) setup; lint ;;
  bench)
    setup
    for script in benchmarks/*.py; do echo "== $script"; "$BIN/python" "$script"; done
    ;;
  installer) installer "$@" ;;
  *) echo "usage: ./dev.sh run|test|setup|lint|bench|installer [arguments…]" >&2; exit 2 ;;
esac
