#!/bin/bash
# Runs a command on its own private Wayland compositor with two monitors of
# different sizes, inside its own D-Bus session: a laptop and a projector.
# SPDX-License-Identifier: EUPL-1.2
#
# GTK on X11 only learns monitors from RandR, which Xvfb cannot split, so
# Weston runs with its X11 backend on a private Xvfb: each of its outputs is
# an X window there. The laptop is output X1 at the left, the projector X2
# to its right. WK_MONITORS_X11_DISPLAY names the Xvfb, so a test can move
# the pointer onto an output with xdotool: Weston opens new windows on the
# output the pointer is on.
set -u

laptop=${WK_LAPTOP_MODE:-1280x800}
projector=${WK_PROJECTOR_MODE:-1920x1080}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wk-headless-monitors-XXXXXX")
xvfb_pid=
weston_pid=
cleanup () {
  [ -n "$weston_pid" ] && kill "$weston_pid" 2>/dev/null
  [ -n "$weston_pid" ] && wait "$weston_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null
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

# Room for both outputs side by side.
Xvfb -displayfd 3 -screen 0 3840x1200x24 -nolisten tcp -noreset \
  3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 200); do
  grep -q '[0-9]' "$tmp/display" 2>/dev/null && break
  sleep 0.05
done
grep -q '[0-9]' "$tmp/display" || bail_out "Xvfb did not start:" "$tmp/xvfb.log"
x11_display=":$(tr -dc 0-9 < "$tmp/display")"

cat >"$tmp/weston.ini" <<EOF
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

[output]
name=X1
mode=$laptop

[output]
name=X2
mode=$projector
EOF

mkdir -m 700 "$tmp/run"
export XDG_RUNTIME_DIR="$tmp/run"
DISPLAY="$x11_display" weston --backend=x11-backend.so --output-count=2 --use-pixman \
  --config="$tmp/weston.ini" --socket=wayland-wk --idle-time=0 --log="$tmp/weston.log" \
  >"$tmp/weston.out" 2>&1 &
weston_pid=$!
for _ in $(seq 200); do
  [ -S "$XDG_RUNTIME_DIR/wayland-wk" ] && break
  kill -0 "$weston_pid" 2>/dev/null || break
  sleep 0.05
done
[ -S "$XDG_RUNTIME_DIR/wayland-wk" ] || bail_out "Weston did not start:" "$tmp/weston.out" "$tmp/weston.log"

# Both output windows open at the root's corner; the projector's goes right
# of the laptop's, as the outputs are in Weston's layout.
x2=
for id in $(DISPLAY="$x11_display" xdotool search --classname '^weston' 2>>"$tmp/xdotool.log"); do
  case "$(DISPLAY="$x11_display" xdotool getwindowname "$id" 2>>"$tmp/xdotool.log")" in
    *X2) x2=$id ;;
  esac
done
[ -n "$x2" ] || bail_out "Weston's projector output did not open:" "$tmp/weston.log"
DISPLAY="$x11_display" xdotool windowmove --sync "$x2" "${laptop%x*}" 0 >>"$tmp/xdotool.log" 2>&1 ||
  bail_out "Weston's projector output could not be moved:" "$tmp/xdotool.log"

export WK_MONITORS_X11_DISPLAY="$x11_display"
export WAYLAND_DISPLAY=wayland-wk
unset DISPLAY
export GDK_BACKEND=wayland
export GSK_RENDERER="${GSK_RENDERER:-cairo}"
export GSETTINGS_BACKEND="${GSETTINGS_BACKEND:-memory}"

dbus-run-session -- "$@"
