/* wk-bench.c: what the benchmarks share: the app started, medians and percentiles, waiting for a drawn frame
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "wk-layout.h"

#include "wk-bench.h"

#define FRAME_TIMEOUT_MS 10000

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The value below which a fraction @p of @values lie; sorts @values. */
double
wk_bench_percentile (GArray *values,
                     double  p)
{
  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) floor (p * values->len)));
}

double
wk_bench_median (GArray *values)
{
  return wk_bench_percentile (values, 0.5);
}

/**
 * wk_bench_start_app:
 * @summary: what the benchmark times, for --help
 * @rounds: (inout): how many rounds, which --rounds sets
 *
 * Sets up the locale and translations, reads --rounds and --helper (the
 * layout helper program; else $WK_HELPER_PATH), and starts the application
 * the benchmark's windows belong to.
 *
 * Returns: (transfer full): the application, held
 */
WkApplication *
wk_bench_start_app (int         *argc,
                    char      ***argv,
                    const char  *summary,
                    int         *rounds)
{
  const char *localedir = g_getenv ("WK_LOCALEDIR");
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *helper = NULL;
  WkApplication *app;
  GOptionEntry entries[] = {
    { "rounds", 0, 0, G_OPTION_ARG_INT, rounds, "How many rounds to time", "N" },
    { "helper", 0, 0, G_OPTION_ARG_FILENAME, &helper, "The layout helper program", "PATH" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (summary);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, argc, argv, &error))
    g_error ("%s", error->message);
  /* never this program itself as the helper */
  wk_layout_set_helper_path (helper != NULL ? helper : g_getenv ("WK_HELPER_PATH"));

  gtk_init ();
  adw_init ();
  app = wk_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  return app;
}

static void
wake_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* Runs the main loop for @ms, sleeping while there is nothing to do. */
void
wk_bench_iterate_ms (guint ms)
{
  gboolean woken = FALSE;

  g_timeout_add_once (ms, wake_cb, &woken);
  while (!woken)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  WkBenchFrameFunc qualifies;
  gpointer         data;
  gint64           time;     /* of the after-paint of the frame waited for, or 0 */
} Frame;

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  if (frame->time == 0 && (frame->qualifies == NULL || frame->qualifies (frame->data)))
    frame->time = g_get_monotonic_time ();
}

/**
 * wk_bench_time_to_frame:
 * @widget: a realized widget
 * @start: the g_get_monotonic_time() when the work began
 * @qualifies: (nullable): whether a painted frame is the one waited for;
 *   NULL: the next frame
 *
 * Runs the main loop until @widget's frame clock paints a frame that
 * qualifies, and aborts when none does within 10 s.
 *
 * Returns: the ms from @start to that frame's after-paint
 */
double
wk_bench_time_to_frame (GtkWidget        *widget,
                        gint64            start,
                        WkBenchFrameFunc  qualifies,
                        gpointer          data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  Frame frame = { qualifies, data, 0 };
  gboolean timed_out = FALSE;
  guint timeout;
  gulong handler;

  g_assert (clock != NULL);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);
  timeout = g_timeout_add_once (FRAME_TIMEOUT_MS, wake_cb, &timed_out);
  while (frame.time == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  if (timed_out)
    g_error ("No frame of %s that was waited for within %d s", G_OBJECT_TYPE_NAME (widget), FRAME_TIMEOUT_MS / 1000);
  g_source_remove (timeout);
  return (frame.time - start) / 1000.0;
}
