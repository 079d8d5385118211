# shellcheck shell=bash
# Sourced by the scripts that run a command on a private Weston: the
# temporary directory, Weston's configuration and start-up, and the
# environment GTK needs to use it.
# SPDX-License-Identifier: EUPL-1.2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wk-weston-XXXXXX")
weston_pid=
extra_cleanup=:
cleanup () {
  [ -n "$weston_pid" ] && kill "$weston_pid" 2>/dev/null
  [ -n "$weston_pid" ] && wait "$weston_pid" 2>/dev/null
  $extra_cleanup
  rm -rf "$tmp"
}
trap cleanup EXIT

bail_out () {
  echo "Bail out! $1" >&2
  shift
  for log in "$@"; do
    [ -s "$log" ] && cat "$log" >&2
  done
  exit 99
}

# start_weston ARGS...: Weston with ARGS (its backend and outputs), no
# panel, no animations, no screen lock; the outputs' [output] sections are
# read from standard input. Returns once its socket is there.
start_weston () {
  {
    cat <<INI
[core]
idle-time=0
require-input=false

[shell]
panel-position=none
locking=false
animation=none
close-animation=none
startup-animation=none
focus-animation=none

[input-method]
path=

INI
    cat
  } >"$tmp/weston.ini"
  mkdir -m 700 "$tmp/run"
  export XDG_RUNTIME_DIR="$tmp/run"
  weston "$@" --config="$tmp/weston.ini" --socket=wayland-wk --idle-time=0 --log="$tmp/weston.log" \
    >"$tmp/weston.out" 2>&1 &
  weston_pid=$!
  for _ in $(seq 200); do
    [ -S "$XDG_RUNTIME_DIR/wayland-wk" ] && break
    kill -0 "$weston_pid" 2>/dev/null || break
    sleep 0.05
  done
  [ -S "$XDG_RUNTIME_DIR/wayland-wk" ] || bail_out "Weston did not start:" "$tmp/weston.out" "$tmp/weston.log"
}

# run_on_weston COMMAND...: COMMAND as a GTK client of that Weston, in its
# own D-Bus session.
run_on_weston () {
  export WAYLAND_DISPLAY=wayland-wk
  unset DISPLAY
  export GDK_BACKEND=wayland
  export GSK_RENDERER="${GSK_RENDERER:-cairo}"
  export GSETTINGS_BACKEND="${GSETTINGS_BACKEND:-memory}"
  dbus-run-session -- "$@"
}
