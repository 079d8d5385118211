/* bench-layout.c: the layout budget (issue 4), for build-aux/dev bench
 * SPDX-License-Identifier: EUPL-1.2
 *
 *   - a layout, the whole way the window gets it (writing the DOT, starting
 *     the helper, Graphviz, reading the positions back), takes at most 1.2
 *     times as long as Graphviz's own command-line tool given the same DOT
 *     (`sfdp -Tplain graph.dot`), measured in the same run, for synthetic
 *     wijken of 60, 300, 1,500 and 6,000 actors;
 *   - for the first-frame budget later: how long opening a saved layout of
 *     300 actors takes (the store opened, the network built with its
 *     positions, no layout).
 *
 *   _build/tests/bench-layout --helper _build/src/wijkkaart [--runs N] [--sizes 60,300]
 *
 * Prints one "layout:" line per figure and exits 1 when the budget is missed.
 * Runs of ours and of the tool alternate; the figure is the median.
 */
#include <glib/gstdio.h>
#include <locale.h>

#include "wk-layout.h"
#include "wk-synthetic.h"

#define BUDGET_RATIO 1.2

static int runs = 5;
static char *helper_path;
static char *sizes_text;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  guint n = values->len;

  g_array_sort (values, compare_doubles);
  return n % 2 ? g_array_index (values, double, n / 2)
               : (g_array_index (values, double, n / 2 - 1) + g_array_index (values, double, n / 2)) / 2;
}

typedef struct {
  GMainLoop *loop;
  GArray    *points;
  GError    *error;
} Wait;

static void
layout_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Wait *wait = user_data;

  wait->points = wk_layout_run_finish (result, &wait->error);
  g_main_loop_quit (wait->loop);
}

/* the whole async path, as the window takes it */
static double
time_ours (WkNetwork *network)
{
  Wait wait = { g_main_loop_new (NULL, FALSE) };
  gint64 start = g_get_monotonic_time ();
  double ms;

  wk_layout_run_async (network, NULL, NULL, layout_done_cb, &wait);
  g_main_loop_run (wait.loop);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  if (wait.error != NULL)
    g_error ("our layout failed: %s", wait.error->message);
  g_array_unref (wait.points);
  g_main_loop_unref (wait.loop);
  return ms;
}

static double
time_cli (const char *engine,
          const char *dot_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { engine, "-Tplain", dot_file, NULL };
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    g_error ("%s: %s", engine, error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", engine, error->message, err);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static gboolean
measure (guint        n_actors,
         const char  *tmp)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (n_actors, 42);
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cli = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *dot_file = g_strdup_printf ("%s/network-%u.dot", tmp, n_actors);
  g_autofree char *dot = NULL;
  WkLayoutOptions options;
  WkLayoutEngine engine;
  const char *name;
  int n_runs = n_actors >= 6000 ? MIN (runs, 3) : runs;
  double ours_ms, cli_ms, ratio;

  wk_layout_options_init (&options);
  dot = wk_layout_write_input (network, &options, &engine);
  name = wk_layout_engine_to_string (engine);
  if (!g_file_set_contents (dot_file, dot, -1, &error))
    g_error ("%s", error->message);

  /* warm the page cache and the plugin configuration */
  if (n_actors < 6000)
    {
      time_ours (network);
      time_cli (name, dot_file);
    }
  for (int r = 0; r < n_runs; r++)
    {
      double t;

      t = time_ours (network);
      g_array_append_val (ours, t);
      t = time_cli (name, dot_file);
      g_array_append_val (cli, t);
    }

  ours_ms = median (ours);
  cli_ms = median (cli);
  ratio = ours_ms / cli_ms;
  g_print ("layout: %5u actors %5u relations  %-5s  ours %8.1f ms  %s -Tplain %8.1f ms  "
           "ratio %.2f  %s (median of %d)\n",
           n_actors, wk_network_get_n_edges (network), name, ours_ms, name, cli_ms, ratio,
           ratio <= BUDGET_RATIO ? "within" : "OVER", n_runs);
  g_remove (dot_file);
  return ratio <= BUDGET_RATIO;
}

/* Where a small layout's time goes: starting the process, with an empty graph */
static double
time_empty (const char *program,
            const char *argument)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) in = g_bytes_new_static ("graph {}\n", 9);
  gint64 start = g_get_monotonic_time ();

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                              G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                              program, argument, "neato", NULL);
  if (process == NULL || !g_subprocess_communicate (process, in, NULL, NULL, NULL, &error))
    g_error ("%s: %s", program, error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
measure_start_up (void)
{
  g_autoptr(GArray) helper = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cli = g_array_new (FALSE, FALSE, sizeof (double));

  for (int r = 0; r < 2 * runs + 1; r++)
    {
      double t = time_empty (helper_path, WK_LAYOUT_HELPER_OPTION);

      g_array_append_val (helper, t);
      t = time_empty ("neato", "-Tplain");
      g_array_append_val (cli, t);
    }
  g_print ("layout: start-up, an empty graph: the helper %.1f ms, neato -Tplain %.1f ms (median of %d)\n",
           median (helper), median (cli), 2 * runs + 1);
}

/* Opening a saved layout: the store, then the network with its positions. */
static void
measure_open (const char *tmp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp, "wijkkaart.db", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) build_ms = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_nodes = 0;

  {
    g_autoptr(WkStore) store = wk_store_open (file, &error);
    g_autoptr(WkNetwork) network = wk_synthetic_network (300, 42);
    g_autoptr(GArray) points = NULL;
    WkWijk *wijk;

    if (store == NULL)
      g_error ("%s", error->message);
    wijk = wk_store_create_wijk (store, "Synthetisch", "Lindewaard", &error);
    if (wijk == NULL)
      g_error ("%s", error->message);
    points = wk_layout_run (network, NULL, NULL, &error);
    if (points == NULL)
      g_error ("%s", error->message);
    wk_layout_apply (network, points);
    if (!wk_synthetic_store_fill (store, wijk, network, &error))
      g_error ("%s", error->message);
  }

  for (int r = 0; r < runs + 1; r++)
    {
      gint64 start = g_get_monotonic_time ();
      gint64 opened;
      g_autoptr(WkStore) store = wk_store_open (file, &error);
      g_autoptr(WkWijk) wijk = NULL;
      g_autoptr(WkNetwork) network = NULL;
      double t;

      if (store == NULL)
        g_error ("%s", error->message);
      opened = g_get_monotonic_time ();
      wijk = g_list_model_get_item (wk_store_get_wijken (store), 0);
      network = wk_network_new_from_store (store, wijk, TRUE, &error);
      if (network == NULL)
        g_error ("%s", error->message);
      if (!wk_network_has_layout (network))
        g_error ("the saved layout did not come back");
      n_nodes = wk_network_get_n_nodes (network);
      if (r == 0)
        continue;   /* warm the page cache */
      t = (opened - start) / 1000.0;
      g_array_append_val (open_ms, t);
      t = (g_get_monotonic_time () - opened) / 1000.0;
      g_array_append_val (build_ms, t);
    }

  g_print ("layout: opening a saved layout of %u actors: %.1f ms (store %.1f ms, network with "
           "positions %.1f ms; median of %d)\n",
           n_nodes, median (open_ms) + median (build_ms), median (open_ms), median (build_ms), runs);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- the layout budget");
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_auto(GStrv) sizes = NULL;
  gboolean within = TRUE;
  const GOptionEntry entries[] = {
    { "helper", 0, 0, G_OPTION_ARG_FILENAME, &helper_path, "The built wijkkaart", "PATH" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per figure (5)", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Network sizes (60,300,1500,6000)", "N,…" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (helper_path == NULL)
    helper_path = g_strdup (g_getenv ("WK_HELPER_PATH"));
  if (helper_path == NULL)
    {
      g_printerr ("bench-layout needs --helper PATH (the built wijkkaart)\n");
      return 2;
    }
  wk_layout_set_helper_path (helper_path);
  runs = MAX (runs, 1);
  sizes = g_strsplit (sizes_text != NULL ? sizes_text : "60,300,1500,6000", ",", -1);

  tmp = g_dir_make_tmp ("wk-bench-layout-XXXXXX", &error);
  if (tmp == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; sizes[i] != NULL; i++)
    within &= measure ((guint) g_ascii_strtoull (sizes[i], NULL, 10), tmp);
  measure_start_up ();
  measure_open (tmp);

  {
    g_autoptr(GDir) dir = g_dir_open (tmp, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp, name, NULL);

        g_remove (path);
      }
    g_rmdir (tmp);
  }

  if (!within)
    g_print ("layout: the budget of %.1f× the Graphviz tool is missed (OVER above)\n", BUDGET_RATIO);
  return within ? 0 : 1;
}
