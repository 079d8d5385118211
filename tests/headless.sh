#!/bin/bash
# Runs a command on its own private X server inside its own D-Bus session,
# so that tests can run at the same time without sharing a display.
# SPDX-License-Identifier: EUPL-1.2
set -u

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wk-headless-XXXXXX")
xvfb_pid=
cleanup () {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

# Xvfb writes the display number it picked to fd 3 once it is ready.
Xvfb -displayfd 3 -screen 0 "${WK_XVFB_SCREEN:-1280x1024x24}" -nolisten tcp -noreset \
  3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 200); do
  grep -q '[0-9]' "$tmp/display" 2>/dev/null && break
  sleep 0.05
done
if ! grep -q '[0-9]' "$tmp/display"; then
  echo "Bail out! Xvfb did not start:" >&2
  cat "$tmp/xvfb.log" >&2
  exit 99
fi

export DISPLAY=":$(tr -dc 0-9 < "$tmp/display")"
unset WAYLAND_DISPLAY
export GDK_BACKEND=x11
export GSK_RENDERER="${GSK_RENDERER:-cairo}"
export GSETTINGS_BACKEND="${GSETTINGS_BACKEND:-memory}"

if [ "${WK_WINDOW_MANAGER:-}" = openbox ]; then
  openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
  sleep 0.3
fi

dbus-run-session -- "$@"
