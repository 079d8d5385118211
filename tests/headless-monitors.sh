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

# shellcheck source=SCRIPTDIR/weston-session.sh
. "$(dirname "$0")/weston-session.sh"

xvfb_pid=
stop_xvfb () {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null
}
extra_cleanup=stop_xvfb

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

DISPLAY="$x11_display" start_weston --backend=x11-backend.so --output-count=2 --use-pixman <<EOF
[output]
name=X1
mode=$laptop

[output]
name=X2
mode=$projector
EOF

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
run_on_weston "$@"
