#!/usr/bin/env bash
# One entry point for a fresh machine: system packages (Debian/Ubuntu, as root), the virtual
# environment, then either the app on a demo database (run) or every check CI runs (test).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${DEALERDESK_VENV:-$ROOT/.venv}

# Qt offscreen/xcb libraries, a Chinese font for screen and paper, PDF and QR checks;
# binutils (objdump) and libpython3 (the shared library) for PyInstaller's bundle test, git for the
# test that the font is never committed.
APT_PACKAGES="python3 python3-venv python3-pip libegl1 libgl1 libfontconfig1 libglib2.0-0 libxkbcommon0
libdbus-1-3 xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei poppler-utils poppler-data zbar-tools
binutils libpython3-dev git postgresql"

say() { printf '\033[1m[dealerdesk]\033[0m %s\n' "$*"; }

system_packages() {
  command -v dpkg >/dev/null 2>&1 || { say "not a Debian system: install the Qt, font and poppler packages yourself"; return 0; }
  local missing=()
  for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ]; then
    say "installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "missing system packages (run as root, or: sudo apt-get install ${missing[*]})"
  fi
}

venv() {
  local py=${PYTHON:-python3}
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in $VENV"
    "$py" -m venv "$VENV"
  fi
  # Reinstall only when the dependency list changed.
  local stamp="$VENV/.dealerdesk-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing Python packages"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test,installer]"
    touch "$stamp"
  fi
}

cmd_run() {
  system_packages
  venv
  local db=${DEALERDESK_DEMO_DB:-$ROOT/demo/demo.sqlite}
  mkdir -p "$(dirname "$db")"
  if [ ! -f "$db" ]; then
    "$VENV/bin/dealerdesk" demo --db "$db"
  fi
  say "demo users: admin/admin123, manager/manager1, sa1/advisor1, tech1/tech1234, lead1/lead1234, qc1/qc123456, cr1/care1234"
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    say "no display found: starting on a virtual screen (xvfb-run); set DISPLAY to see the window"
    exec xvfb-run -a "$VENV/bin/dealerdesk" --db "$db" "$@"
  fi
  exec "$VENV/bin/dealerdesk" --db "$db" "$@"
}

# A throw-away PostgreSQL cluster for the tests: initdb in a temp folder, run as an unprivileged
# user (initdb refuses root), listening on a Unix socket in that folder only (no TCP port to
# collide with), fsync off (nothing in it outlives the run). Stopped and removed on exit.
# Exports DEALERDESK_TEST_PG_URL, the cluster's maintenance database; tests/conftest.py makes
# a fresh database per test from a migrated template.
pg_bin() {
  local d
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

pg_start() {
  if [ -n "${DEALERDESK_TEST_PG_URL:-}" ]; then say "PostgreSQL for the tests: given by DEALERDESK_TEST_PG_URL"; return 0; fi
  local bin; bin=$(pg_bin) || true
  if [ -z "$bin" ]; then
    say "PostgreSQL server binaries (initdb) not found: install Debian's postgresql package (the tests on PostgreSQL will fail)"
    return 0
  fi
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/dealerdesk-pg.XXXXXX")
  local as=()
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    if ! id "$user" >/dev/null 2>&1; then
      user=dealerdesk-pg
      id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
    fi
    chown "$user" "$PG_DIR"
    as=(runuser -u "$user" --)
  fi
  PG_AS=("${as[@]}")
  PG_BIN=$bin
  trap pg_stop EXIT
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U dealerdesk --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -s \
    -o "-c listen_addresses='' -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start || { cat "$PG_DIR/server.log"; return 1; }
  export DEALERDESK_TEST_PG_URL="postgresql+psycopg://dealerdesk@/postgres?host=$PG_DIR"
  say "PostgreSQL for the tests: throw-away cluster in $PG_DIR ($("$bin/postgres" --version))"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -s stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}

cmd_test() {
  system_packages
  venv
  export QT_QPA_PLATFORM=offscreen
  say "ruff"
  "$VENV/bin/ruff" check .
  "$VENV/bin/ruff" format --check .
  say "mypy"
  "$VENV/bin/mypy"
  say "forms and translations up to date"
  "$VENV/bin/python" tools/build_forms.py --check
  "$VENV/bin/python" tools/fix_context.py --check
  "$VENV/bin/python" tools/i18n.py check
  say "pytest"
  pg_start
  "$VENV/bin/python" -m pytest "$@"
}

# Only pytest (with the throw-away PostgreSQL), for a developer running some tests.
cmd_pytest() {
  venv
  export QT_QPA_PLATFORM=offscreen
  pg_start
  "$VENV/bin/python" -m pytest "$@"
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  pytest) shift; cmd_pytest "$@" ;;
  setup) system_packages; venv ;;
  *) echo "usage: scripts/dev.sh run|test|pytest|setup [args]"; exit 2 ;;
esac
