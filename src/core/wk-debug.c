/* wk-debug.c: WK_DEBUG=timing reports how long start-up steps take
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Timings are printed relative to wk_debug_init() (called first thing in main)
 * and as absolute CLOCK_MONOTONIC microseconds, so that a benchmark which
 * spawned the process can measure from the real process start.
 */
#include "wk-debug.h"

static guint debug_flags;
static gint64 start_time;

void
wk_debug_init (void)
{
  static const GDebugKey keys[] = {
    { "timing", WK_DEBUG_TIMING },
    { "exit-on-first-frame", WK_DEBUG_EXIT_ON_FRAME },
  };

  start_time = g_get_monotonic_time ();
  debug_flags = g_parse_debug_string (g_getenv ("WK_DEBUG"), keys, G_N_ELEMENTS (keys));
}

gboolean
wk_debug_enabled (WkDebugFlags flag)
{
  return (debug_flags & flag) != 0;
}

void
wk_timing_mark (const char *what)
{
  gint64 now;

  if (!wk_debug_enabled (WK_DEBUG_TIMING))
    return;

  now = g_get_monotonic_time ();
  g_printerr ("wijkkaart-timing: %-24s %8.1f ms since main (monotonic %" G_GINT64_FORMAT " us)\n",
              what, (now - start_time) / 1000.0, now);
}
