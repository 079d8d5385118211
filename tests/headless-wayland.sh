#!/bin/bash
# Runs a command on its own private Wayland compositor, as on GNOME's
# default session: Weston's headless backend with one output of
# WK_WAYLAND_OUTPUT (1920x1080, a projector), composited in software.
# SPDX-License-Identifier: EUPL-1.2
set -u

# shellcheck source=SCRIPTDIR/weston-session.sh
. "$(dirname "$0")/weston-session.sh"

output=${WK_WAYLAND_OUTPUT:-1920x1080}
start_weston --backend=headless-backend.so --use-pixman --width="${output%x*}" --height="${output#*x}" </dev/null
run_on_weston "$@"
