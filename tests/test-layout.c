/* test-layout.c: Graphviz layout in the helper process, its failures, and DOT export
 * SPDX-License-Identifier: EUPL-1.2
 *
 * WK_HELPER_PATH names the built wijkkaart, whose hidden helper mode runs
 * the layouts. Failures of the helper are played by small shell scripts put
 * in its place: they crash, hang, exit with an error or print nonsense.
 */
#include <math.h>
#include <signal.h>
#include <graphviz/gvc.h>
#include <glib/gstdio.h>

#include "wk-dot.h"
#include "wk-graphviz.h"
#include "wk-layout.h"
#include "wk-synthetic.h"

static const char *hostile[] = {
  "Fatima \"El\" Amrani",
  "C:\\Users\\N\\n\\l",
  "ends in a backslash \\",
  "\\\"",
  "\\N \\G \\E \\T \\H \\L \\r \\x",
  "<b>bold</b> &amp; &lt; &#38;",
  "مرحبا بالعالم",
  "שלום עולם",
  "🙂 buurt 👩‍👩‍👧",
  "two\nlines",
  "",
  "{ } [ ] ; , = -- -> // /* */ #",
};

static char *
helper (void)
{
  const char *path = g_getenv ("WK_HELPER_PATH");

  if (path == NULL)
    g_error ("WK_HELPER_PATH is not set: it names the built wijkkaart");
  return g_strdup (path);
}

static void
use_real_helper (void)
{
  g_autofree char *path = helper ();

  wk_layout_set_helper_path (path);
}

/* a shell script in place of the helper; removed with its folder */
static char *
fake_helper (const char *body)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wk-fake-helper-XXXXXX", &error);
  g_autofree char *script = g_strdup_printf ("#!/bin/sh\n%s\n", body);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "helper", NULL);
  g_file_set_contents (path, script, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);
  wk_layout_set_helper_path (path);
  return path;
}

static void
remove_fake_helper (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
  g_free (path);
  use_real_helper ();
}

static WkNetwork *
copy_network (WkNetwork *network)
{
  WkNetwork *copy = wk_network_new ();

  for (guint i = 0; i < wk_network_get_n_nodes (network); i++)
    wk_network_add_node (copy, wk_network_get_node (network, i));
  for (guint e = 0; e < wk_network_get_n_edges (network); e++)
    wk_network_add_edge (copy, wk_network_get_edge (network, e));
  return copy;
}

static GArray *
layout (WkNetwork      *network,
        WkLayoutEngine  engine,
        gboolean        from_scratch)
{
  g_autoptr(GError) error = NULL;
  WkLayoutOptions options;
  GArray *points;

  wk_layout_options_init (&options);
  options.engine = engine;
  options.from_scratch = from_scratch;
  points = wk_layout_run (network, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (points);
  g_assert_cmpuint (points->len, ==, wk_network_get_n_nodes (network));
  return points;
}

#define POINT(points, i) (&g_array_index ((points), WkLayoutPoint, (i)))

static double
diagonal (GArray *points)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  for (guint i = 0; i < points->len; i++)
    {
      min_x = MIN (min_x, POINT (points, i)->x);
      max_x = MAX (max_x, POINT (points, i)->x);
      min_y = MIN (min_y, POINT (points, i)->y);
      max_y = MAX (max_y, POINT (points, i)->y);
    }
  return hypot (max_x - min_x, max_y - min_y);
}

static void
assert_finite (GArray *points)
{
  for (guint i = 0; i < points->len; i++)
    {
      g_assert_true (isfinite (POINT (points, i)->x));
      g_assert_true (isfinite (POINT (points, i)->y));
    }
}

/* no two nodes' boxes (as the layout sized them) overlap; only those
 * with @only, if that is not -1 */
static void
assert_no_overlap_with (WkNetwork *network,
                        GArray    *points,
                        int        only)
{
  for (guint i = 0; i < points->len; i++)
    for (guint j = i + 1; j < points->len; j++)
      {
        double wi, hi, wj, hj;
        double dx = fabs (POINT (points, i)->x - POINT (points, j)->x);
        double dy = fabs (POINT (points, i)->y - POINT (points, j)->y);

        if (only >= 0 && i != (guint) only && j != (guint) only)
          continue;
        wk_layout_get_node_size (wk_network_get_node (network, i), &wi, &hi);
        wk_layout_get_node_size (wk_network_get_node (network, j), &wj, &hj);
        if (dx < (wi + wj) / 2 - 0.01 && dy < (hi + hj) / 2 - 0.01)
          g_error ("nodes %u and %u overlap: %g × %g apart, sizes %g and %g wide",
                   i, j, dx, dy, wi, wj);
      }
}

static void
assert_no_overlap (WkNetwork *network,
                   GArray    *points)
{
  assert_no_overlap_with (network, points, -1);
}

/* Choosing the engine -------------------------------------------------------- */

static void
test_engine_choice (void)
{
  g_autoptr(WkNetwork) small = wk_synthetic_network (60, 1);
  g_autoptr(WkNetwork) large = wk_synthetic_network (300, 1);
  g_autoptr(WkNetwork) huge = wk_synthetic_network (WK_LAYOUT_NEATO_PINNED_MAX + 10, 1);
  WkLayoutOptions options;

  wk_layout_options_init (&options);
  g_assert_cmpint (options.engine, ==, WK_LAYOUT_ENGINE_AUTOMATIC);
  g_assert_cmpuint (options.timeout_ms, ==, 60000);
  g_assert_cmpint (wk_layout_choose_engine (small, &options), ==, WK_LAYOUT_ENGINE_NEATO);
  g_assert_cmpint (wk_layout_choose_engine (large, &options), ==, WK_LAYOUT_ENGINE_SFDP);

  /* pins: neato, as long as it can cope */
  wk_network_get_node (large, 7)->has_position = TRUE;
  wk_network_get_node (large, 7)->pinned = TRUE;
  wk_network_get_node (huge, 7)->has_position = TRUE;
  wk_network_get_node (huge, 7)->pinned = TRUE;
  g_assert_cmpint (wk_layout_choose_engine (large, &options), ==, WK_LAYOUT_ENGINE_NEATO);
  g_assert_cmpint (wk_layout_choose_engine (huge, &options), ==, WK_LAYOUT_ENGINE_SFDP);

  options.grouping = WK_LAYOUT_GROUP_TYPE;
  g_assert_cmpint (wk_layout_choose_engine (small, &options), ==, WK_LAYOUT_ENGINE_FDP);
  options.engine = WK_LAYOUT_ENGINE_SFDP;
  g_assert_cmpint (wk_layout_choose_engine (small, &options), ==, WK_LAYOUT_ENGINE_SFDP);

  g_assert_cmpstr (wk_layout_engine_to_string (WK_LAYOUT_ENGINE_NEATO), ==, "neato");
  g_assert_cmpstr (wk_layout_engine_to_string (WK_LAYOUT_ENGINE_SFDP), ==, "sfdp");
  g_assert_cmpstr (wk_layout_engine_to_string (WK_LAYOUT_ENGINE_FDP), ==, "fdp");
}

/* The helper is told no user text: names are indices, sizes stand for labels. */
static void
test_input_has_no_user_text (void)
{
  g_autoptr(WkNetwork) network = wk_network_new ();
  g_autofree char *dot = NULL;
  WkLayoutOptions options;
  WkLayoutEngine engine = WK_LAYOUT_ENGINE_AUTOMATIC;
  Agraph_t *graph;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      WkNetworkNode node = { .kind = WK_NODE_ACTOR, .record_id = i + 1, .label = (char *) hostile[i],
                             .type_key = "sleutelfiguur", .personal = TRUE };

      wk_network_add_node (network, &node);
      if (i > 0)
        {
          WkNetworkEdge edge = { .source = i - 1, .target = i, .strength = 2 };

          wk_network_add_edge (network, &edge);
        }
    }

  wk_layout_options_init (&options);
  dot = wk_layout_write_input (network, &options, &engine);
  g_assert_cmpint (engine, ==, WK_LAYOUT_ENGINE_NEATO);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    if (strlen (hostile[i]) > 3)
      g_assert_null (strstr (dot, hostile[i]));
  g_assert_null (strstr (dot, "Fatima"));
  g_assert_null (strstr (dot, "sleutelfiguur"));
  g_assert_nonnull (strstr (dot, "label=\"\""));

  graph = agmemread (dot);
  g_assert_nonnull (graph);
  for (Agnode_t *node = agfstnode (graph); node != NULL; node = agnxtnode (graph, node), n++)
    {
      g_autofree char *name = g_strdup_printf ("n%u", n);

      g_assert_cmpstr (agnameof (node), ==, name);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (hostile));
  g_assert_cmpint (agnedges (graph), ==, G_N_ELEMENTS (hostile) - 1);
  g_assert_cmpint (agclose (graph), ==, 0);
}

/* Layouts ---------------------------------------------------------------------- */

static void
test_engines (gconstpointer data)
{
  WkLayoutEngine engine = GPOINTER_TO_INT (data);
  g_autoptr(WkNetwork) network = wk_synthetic_network (60, 7);
  g_autoptr(GArray) points = layout (network, engine, TRUE);

  assert_finite (points);
  assert_no_overlap (network, points);
  g_assert_cmpfloat (diagonal (points), >, 100);

  /* the same graph gives the same layout; to the bit, but for sums of
   * Graphviz's whose order depends on where memory was allocated */
  {
    g_autoptr(GArray) again = layout (network, engine, TRUE);

    for (guint i = 0; i < points->len; i++)
      {
        g_assert_cmpfloat_with_epsilon (POINT (points, i)->x, POINT (again, i)->x, 1e-6);
        g_assert_cmpfloat_with_epsilon (POINT (points, i)->y, POINT (again, i)->y, 1e-6);
      }
  }

  wk_layout_apply (network, points);
  for (guint i = 0; i < points->len; i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);

      g_assert_true (node->has_position);
      g_assert_cmpfloat (node->x, ==, POINT (points, i)->x);
      g_assert_cmpfloat (node->y, ==, POINT (points, i)->y);
    }
}

static void
test_clusters (void)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (60, 3);
  g_autofree guint *communities = wk_synthetic_communities (60, 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *dot = NULL;
  g_autoptr(GArray) points = NULL;
  WkLayoutOptions options;
  WkLayoutEngine engine;

  wk_layout_options_init (&options);
  options.grouping = WK_LAYOUT_GROUP_COMMUNITY;
  options.communities = communities;
  dot = wk_layout_write_input (network, &options, &engine);
  g_assert_cmpint (engine, ==, WK_LAYOUT_ENGINE_FDP);
  g_assert_nonnull (strstr (dot, "subgraph cluster0 {"));
  g_assert_nonnull (strstr (dot, "subgraph cluster1 {"));

  points = wk_layout_run (network, &options, NULL, &error);
  g_assert_no_error (error);
  assert_finite (points);
  assert_no_overlap (network, points);
  g_clear_pointer (&points, g_array_unref);

  options.grouping = WK_LAYOUT_GROUP_TYPE;
  points = wk_layout_run (network, &options, NULL, &error);
  g_assert_no_error (error);
  assert_finite (points);
}

/* Stability -------------------------------------------------------------------- */

/* a new actor with relations, added to a laid-out network of 60, moves the
 * others by at most 2 % of the diagram's diagonal, and lands near its
 * neighbours */
static void
test_incremental (void)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (60, 11);
  g_autoptr(WkNetwork) grown = NULL;
  g_autoptr(GArray) before = layout (network, WK_LAYOUT_ENGINE_AUTOMATIC, TRUE);
  g_autoptr(GArray) after = NULL;
  WkNetworkNode actor = { .kind = WK_NODE_ACTOR, .record_id = 1000, .label = "Nieuwe buurvrouw",
                          .actor_kind = "person", .personal = TRUE };
  const guint neighbours[] = { 3, 17, 42 };
  double moved = 0, diag, near_x = 0, near_y = 0, distance;
  guint added;

  wk_layout_apply (network, before);
  grown = copy_network (network);
  added = wk_network_add_node (grown, &actor);
  for (guint k = 0; k < G_N_ELEMENTS (neighbours); k++)
    {
      WkNetworkEdge edge = { .source = added, .target = neighbours[k], .strength = 2 };

      wk_network_add_edge (grown, &edge);
      near_x += POINT (before, neighbours[k])->x / G_N_ELEMENTS (neighbours);
      near_y += POINT (before, neighbours[k])->y / G_N_ELEMENTS (neighbours);
    }

  after = layout (grown, WK_LAYOUT_ENGINE_AUTOMATIC, FALSE);
  assert_finite (after);
  diag = diagonal (before);
  for (guint i = 0; i < before->len; i++)
    moved += hypot (POINT (after, i)->x - POINT (before, i)->x,
                    POINT (after, i)->y - POINT (before, i)->y);
  moved /= before->len;
  g_test_message ("mean displacement %g pt, %.3f %% of the diagonal %g pt", moved, 100 * moved / diag, diag);
  g_assert_cmpfloat (moved, <=, 0.02 * diag);

  distance = hypot (POINT (after, added)->x - near_x, POINT (after, added)->y - near_y);
  g_test_message ("the new actor is %g pt from the mean of its neighbours", distance);
  g_assert_cmpfloat (distance, <=, 0.25 * diag);
  assert_no_overlap (grown, after);

  /* from scratch, the old positions are not kept */
  {
    g_autoptr(GArray) fresh = layout (grown, WK_LAYOUT_ENGINE_NEATO, TRUE);

    g_assert_false (memcmp (fresh->data, after->data, before->len * sizeof (WkLayoutPoint)) == 0);
  }
}

/* nodes the user pinned stay put, to the bit, through every layout */
static void
test_pinned (gconstpointer data)
{
  WkLayoutEngine engine = GPOINTER_TO_INT (data);
  g_autoptr(WkNetwork) network = wk_synthetic_network (60, 5);
  const guint pinned[] = { 0, 9, 23, 40, 59 };
  const WkLayoutPoint places[] = {
    { 0.1, 0.2 }, { 1234.5678901234, -987.654321 }, { -3e2, 1e-7 }, { 600.0000001, 333.3333333333 },
    { M_PI * 100, M_E * 100 },
  };
  g_autoptr(GArray) first = layout (network, engine, TRUE);

  wk_layout_apply (network, first);
  for (guint k = 0; k < G_N_ELEMENTS (pinned); k++)
    {
      WkNetworkNode *node = wk_network_get_node (network, pinned[k]);

      node->x = places[k].x;
      node->y = places[k].y;
      node->pinned = TRUE;
    }

  for (int from_scratch = 0; from_scratch < 2; from_scratch++)
    {
      g_autoptr(GArray) again = NULL;

      /* a new node, so that there is something to place */
      wk_network_get_node (network, 30)->has_position = FALSE;
      again = layout (network, engine, from_scratch);
      assert_finite (again);
      for (guint k = 0; k < G_N_ELEMENTS (pinned); k++)
        g_assert_cmpmem (POINT (again, pinned[k]), sizeof (WkLayoutPoint), &places[k], sizeof (WkLayoutPoint));
      /* kept nodes may overlap where the user put pins; placed ones may not */
      assert_no_overlap_with (network, again, from_scratch ? -1 : 30);
    }
}

/* every node stays: no helper runs at all */
static void
test_nothing_to_place (void)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (20, 2);
  g_autoptr(GArray) points = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 20; i++)
    {
      wk_network_get_node (network, i)->x = i * 100.5;
      wk_network_get_node (network, i)->y = -1.0 * i;
      wk_network_get_node (network, i)->has_position = TRUE;
    }

  wk_layout_set_helper_path ("/nonexistent/wijkkaart");
  points = wk_layout_run (network, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 20; i++)
    {
      g_assert_cmpfloat (POINT (points, i)->x, ==, i * 100.5);
      g_assert_cmpfloat (POINT (points, i)->y, ==, -1.0 * i);
    }

  /* from scratch it must run, and says why it cannot */
  {
    WkLayoutOptions options;
    g_autoptr(GArray) none = NULL;

    wk_layout_options_init (&options);
    options.from_scratch = TRUE;
    none = wk_layout_run (network, &options, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, WK_GRAPH_ERROR, WK_GRAPH_ERROR_FAILED);
    g_assert_nonnull (strstr (error->message, "helper"));
  }
  use_real_helper ();
}

/* The asynchronous call, as the window makes it ------------------------------ */

typedef struct {
  GMainLoop *loop;
  GArray    *points;
  GError    *error;
  gint64     done;
} AsyncResult;

static void
layout_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->points = wk_layout_run_finish (result, &r->error);
  r->done = g_get_monotonic_time ();
  g_main_loop_quit (r->loop);
}

static gboolean
tick_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_async (void)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (300, 4);
  AsyncResult r = { g_main_loop_new (NULL, FALSE) };
  guint ticks = 0;

  /* the main loop keeps turning while the helper works */
  g_timeout_add (1, tick_cb, &ticks);
  wk_layout_run_async (network, NULL, NULL, layout_done_cb, &r);
  g_main_loop_run (r.loop);
  g_source_remove_by_user_data (&ticks);

  g_assert_no_error (r.error);
  g_assert_cmpuint (r.points->len, ==, 300);
  assert_finite (r.points);
  g_test_message ("%u main loop ticks during the layout", ticks);
  g_assert_cmpuint (ticks, >, 3);
  g_array_unref (r.points);
  g_main_loop_unref (r.loop);
}

static void
test_cancel (void)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (6000, 4);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  AsyncResult r = { g_main_loop_new (NULL, FALSE) };
  g_autofree char *pid_file = g_build_filename (g_get_tmp_dir (), "wk-test-layout-pid", NULL);
  g_autofree char *script = g_strdup_printf ("echo $$ > '%s'\nexec sleep 30", pid_file);
  g_autofree char *pid_text = NULL;
  g_autofree char *proc = NULL;
  char *fake;
  gint64 start;

  /* cancelled before it starts */
  g_cancellable_cancel (cancellable);
  g_assert_null (wk_layout_run (network, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&cancellable);

  /* the real helper, in the middle of a large layout */
  cancellable = g_cancellable_new ();
  start = g_get_monotonic_time ();
  g_timeout_add (300, cancel_cb, cancellable);
  wk_layout_run_async (network, NULL, cancellable, layout_done_cb, &r);
  g_main_loop_run (r.loop);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (r.points);
  g_assert_cmpint (r.done - start, <, 3 * G_USEC_PER_SEC);
  g_clear_error (&r.error);
  g_clear_object (&cancellable);

  /* the child is gone */
  fake = fake_helper (script);
  cancellable = g_cancellable_new ();
  g_remove (pid_file);
  start = g_get_monotonic_time ();
  g_timeout_add (300, cancel_cb, cancellable);
  wk_layout_run_async (network, NULL, cancellable, layout_done_cb, &r);
  g_main_loop_run (r.loop);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&r.error);
  g_assert_cmpint (r.done - start, <, 3 * G_USEC_PER_SEC);
  g_assert_true (g_file_get_contents (pid_file, &pid_text, NULL, NULL));
  proc = g_strdup_printf ("/proc/%d", atoi (pid_text));
  for (int i = 0; i < 100 && g_file_test (proc, G_FILE_TEST_EXISTS); i++)
    g_usleep (20000);
  g_assert_false (g_file_test (proc, G_FILE_TEST_EXISTS));
  g_remove (pid_file);
  remove_fake_helper (fake);
  g_main_loop_unref (r.loop);
}

/* Failures --------------------------------------------------------------------- */

static void
assert_fails (WkNetwork   *network,
              guint        timeout_ms,
              int          code,
              const char  *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;
  WkLayoutOptions options;
  gint64 start = g_get_monotonic_time ();

  wk_layout_options_init (&options);
  options.timeout_ms = timeout_ms;
  points = wk_layout_run (network, &options, NULL, &error);
  g_assert_null (points);
  g_assert_error (error, WK_GRAPH_ERROR, code);
  g_test_message ("%s", error->message);
  if (part != NULL)
    g_assert_nonnull (strstr (error->message, part));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

static void
test_timeout (void)
{
  g_autoptr(WkNetwork) huge = wk_synthetic_network (6000, 4);
  g_autoptr(WkNetwork) small = wk_synthetic_network (60, 4);
  char *fake;

  /* the real helper cannot lay out 6,000 nodes in 5 ms */
  assert_fails (huge, 5, WK_GRAPH_ERROR_TIMEOUT, "(more than 1 s)");

  fake = fake_helper ("exec sleep 30");
  assert_fails (small, 1500, WK_GRAPH_ERROR_TIMEOUT, "(more than 2 s)");
  remove_fake_helper (fake);
}

static void
test_crash (void)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (60, 4);
  g_autoptr(WkNetwork) large = wk_synthetic_network (3000, 4);
  char *fake = fake_helper ("kill -SEGV $$");

  assert_fails (network, 0, WK_GRAPH_ERROR_CRASHED, "signal 11");
  remove_fake_helper (fake);

  /* dies before reading the whole graph: the pipe breaks, no SIGPIPE here */
  fake = fake_helper ("kill -ABRT $$");
  assert_fails (large, 0, WK_GRAPH_ERROR_CRASHED, "signal 6");
  remove_fake_helper (fake);
}

static void
test_exit_status (void)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (60, 4);
  char *fake = fake_helper ("cat >/dev/null\necho 'Warning: something' >&2\n"
                            "echo 'Error: trouble in init_rank' >&2\nexit 1");

  assert_fails (network, 0, WK_GRAPH_ERROR_FAILED, "(exit status 1): Error: trouble in init_rank");
  remove_fake_helper (fake);
}

static void
test_garbage (void)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (3, 4);
  const char *outputs[] = {
    "echo garbage",
    "true",
    "printf 'wk-layout 1\\nn0 1 2\\nn1 3 4\\nn2 5 6\\n'",                   /* no end */
    "printf 'wk-layout 2\\nn0 1 2\\nn1 3 4\\nn2 5 6\\nend\\n'",             /* other version */
    "printf 'wk-layout 1\\nn0 1 2\\nn1 3 4\\nend\\n'",                      /* a node missing */
    "printf 'wk-layout 1\\nn0 1 2\\nn1 3 4\\nn1 3 4\\nend\\n'",             /* one twice */
    "printf 'wk-layout 1\\nn0 1 2\\nn1 3 4\\nn3 5 6\\nend\\n'",             /* no such node */
    "printf 'wk-layout 1\\nn0 1 2\\nn1 nan 4\\nn2 5 6\\nend\\n'",           /* not a number */
    "printf 'wk-layout 1\\nn0 1 2\\nn1 inf 4\\nn2 5 6\\nend\\n'",
    "printf 'wk-layout 1\\nn0 1,5 2\\nn1 3 4\\nn2 5 6\\nend\\n'",           /* a decimal comma */
    "printf 'wk-layout 1\\nn0 1 2 3\\nn1 3 4\\nn2 5 6\\nend\\n'",
    "printf 'wk-layout 1\\nn0 1 2\\nn1 3 4\\nn2 5 6\\nend\\nmore\\n'",
    "printf 'wk-layout 1\\nn0 1 2\\nn1 3 4\\nn2 5\\0 6\\nend\\n'",
    "printf 'wk-layout 1\\nn-1 1 2\\nn0 1 2\\nn1 3 4\\nn2 5 6\\nend\\n'",
    "printf 'wk-layout 1\\nn99999999999999999999 1 2\\nn0 1 2\\nn1 3 4\\nn2 5 6\\nend\\n'",
  };

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *body = g_strdup_printf ("cat >/dev/null\n%s", outputs[i]);
      char *fake = fake_helper (body);

      g_test_message ("output: %s", outputs[i]);
      assert_fails (network, 0, WK_GRAPH_ERROR_BAD_OUTPUT, "not a layout");
      remove_fake_helper (fake);
    }

  /* and the well-formed answer is taken as it is */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GArray) points = NULL;
    char *fake = fake_helper ("cat >/dev/null\nprintf 'wk-layout 1\\nn2 500 6.5\\nn0 -1e3 2\\nn1 3 4\\nend\\n'");

    points = wk_layout_run (network, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpfloat (POINT (points, 0)->x, ==, -1000);
    g_assert_cmpfloat (POINT (points, 2)->y, ==, 6.5);
    remove_fake_helper (fake);
  }
}

/* Graphviz without its plugin configuration: "Layout type not recognized" */
static void
test_missing_plugin (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *empty = g_dir_make_tmp ("wk-no-plugins-XXXXXX", NULL);
      g_autoptr(WkNetwork) network = wk_synthetic_network (60, 4);

      use_real_helper ();
      g_setenv ("GVBINDIR", empty, TRUE);
      assert_fails (network, 0, WK_GRAPH_ERROR_NO_ENGINE, "“neato”");
      g_rmdir (empty);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* the helper on its own: what it says to input the app never sends */
static void
test_helper_directly (void)
{
  g_autofree char *path = helper ();
  const struct { const char *engine; const char *input; int status; const char *out; } cases[] = {
    { "neato", "graph { a -- b; }", 0, "wk-layout 1\na " },
    { "dot", "graph { a -- b; }", _WK_LAYOUT_EXIT_BAD_INPUT, "" },
    { "neato", "graph { a -- ", _WK_LAYOUT_EXIT_BAD_INPUT, "" },
    { "neato", "", _WK_LAYOUT_EXIT_BAD_INPUT, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GSubprocess) process = NULL;
      g_autoptr(GBytes) in = g_bytes_new_static (cases[i].input, strlen (cases[i].input));
      g_autoptr(GBytes) out = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                  G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                                  path, WK_LAYOUT_HELPER_OPTION, cases[i].engine, NULL);
      g_assert_no_error (error);
      g_subprocess_communicate (process, in, NULL, &out, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_exited (process));
      g_assert_cmpint (g_subprocess_get_exit_status (process), ==, cases[i].status);
      text = g_bytes_get_size (out) > 0 ? g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out))
                                         : g_strdup ("");
      g_assert_true (g_str_has_prefix (text, cases[i].out));
    }
}

/* DOT export --------------------------------------------------------------------- */

static char *
undo_escapes (const char *value)
{
  GString *text = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] == '\\')
        g_string_append_c (text, '\\'), p++;
      else if (p[0] == '\\' && p[1] == 'n')
        g_string_append_c (text, '\n'), p++;
      else if (g_str_has_prefix (p, "&amp;"))
        g_string_append_c (text, '&'), p += 4;
      else
        g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static WkNetwork *
hostile_network (void)
{
  WkNetwork *network = wk_network_new ();
  g_autofree char *long_label = NULL;
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 10000 / 5; i++)
    g_string_append (text, i % 2 ? "a\\\"b " : "ß€🙂\" ");
  long_label = g_string_free (text, FALSE);

  for (guint i = 0; i <= G_N_ELEMENTS (hostile); i++)
    {
      WkNetworkNode node = { .kind = i % 3 ? WK_NODE_ACTOR : WK_NODE_INITIATIVE, .record_id = i + 1,
                             .label = i < G_N_ELEMENTS (hostile) ? (char *) hostile[i] : long_label,
                             .type_key = (char *) hostile[(i + 1) % G_N_ELEMENTS (hostile)],
                             .type_label = "Sleutelfiguur", .personal = i % 2 == 0,
                             .x = i * 72.125, .y = -i * 0.1, .has_position = i != 2, .pinned = i == 3 };

      wk_network_add_node (network, &node);
      if (i > 0)
        {
          WkNetworkEdge edge = { .source = i - 1, .target = i, .strength = 1 + i % 3, .directed = i % 2,
                                 .type_key = "knows" };

          wk_network_add_edge (network, &edge);
        }
    }
  return network;
}

static void
test_dot_labels (void)
{
  g_autoptr(WkNetwork) network = hostile_network ();
  g_autoptr(GString) dot = g_string_new (NULL);
  GVC_t *gvc = gvContext ();
  Agraph_t *graph;
  guint n = wk_network_get_n_nodes (network);

  wk_dot_write (network, WK_DOT_POSITIONS, dot);
  graph = agmemread (dot->str);
  g_assert_nonnull (graph);
  g_assert_cmpint (agnnodes (graph), ==, n);
  g_assert_cmpint (agnedges (graph), ==, n - 1);

  for (guint i = 0; i < n; i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);
      g_autofree char *name = g_strdup_printf ("n%u", i);
      Agnode_t *gnode = agnode (graph, name, FALSE);
      g_autofree char *label = NULL;
      g_autofree char *type = NULL;

      g_assert_nonnull (gnode);
      /* what cgraph read: the text with \\, \n and &amp; still escaped */
      label = undo_escapes (agget (gnode, "label"));
      g_assert_cmpstr (label, ==, node->label);
      type = undo_escapes (agget (gnode, "wk_type"));
      g_assert_cmpstr (type, ==, node->type_key);
      g_assert_cmpstr (agget (gnode, "wk_kind"), ==, node->kind == WK_NODE_ACTOR ? "actor" : "initiative");
      g_assert_cmpstr (agget (gnode, "wk_pinned"), ==, node->pinned ? "true" : "");
      if (node->has_position)
        {
          g_autofree char *pos = g_strdup (agget (gnode, "pos"));
          char *comma = strchr (pos, ',');

          g_assert_nonnull (comma);
          g_assert_true (g_str_has_suffix (pos, "!"));
          g_assert_cmpfloat (g_ascii_strtod (pos, NULL), ==, node->x);
          g_assert_cmpfloat (g_ascii_strtod (comma + 1, NULL), ==, node->y);
        }
      else
        g_assert_cmpstr (agget (gnode, "pos"), ==, "");
    }

  /* what Graphviz draws: the lines of each label, after its own escapes */
  g_assert_cmpint (gvLayout (gvc, graph, "neato"), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);
      g_autofree char *name = g_strdup_printf ("n%u", i);
      Agnode_t *gnode = agnode (graph, name, FALSE);
      textlabel_t *label = ND_label (gnode);
      g_autoptr(GString) drawn = g_string_new (NULL);

      for (int k = 0; k < label->u.txt.nspans; k++)
        {
          if (k > 0)
            g_string_append_c (drawn, '\n');
          g_string_append (drawn, label->u.txt.span[k].str);
        }
      g_assert_cmpstr (drawn->str, ==, node->label);
    }
  g_assert_cmpint (gvFreeLayout (gvc, graph), ==, 0);
  g_assert_cmpint (agclose (graph), ==, 0);
  gvFreeContext (gvc);
}

static void
test_dot_redacted (void)
{
  g_autoptr(WkNetwork) network = hostile_network ();
  g_autoptr(GString) dot = g_string_new (NULL);
  Agraph_t *graph;

  wk_dot_write (network, WK_DOT_REDACT_PERSONAL, dot);
  g_assert_null (strstr (dot->str, "pos="));

  graph = agmemread (dot->str);
  g_assert_nonnull (graph);
  for (guint i = 0; i < wk_network_get_n_nodes (network); i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);
      g_autofree char *name = g_strdup_printf ("n%u", i);
      g_autofree char *label = undo_escapes (agget (agnode (graph, name, FALSE), "label"));

      g_assert_cmpstr (label, ==, node->personal ? "Sleutelfiguur" : node->label);
    }
  g_assert_cmpint (agclose (graph), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  use_real_helper ();

  g_test_add_func ("/layout/engine-choice", test_engine_choice);
  g_test_add_func ("/layout/input-has-no-user-text", test_input_has_no_user_text);
  g_test_add_data_func ("/layout/neato", GINT_TO_POINTER (WK_LAYOUT_ENGINE_NEATO), test_engines);
  g_test_add_data_func ("/layout/sfdp", GINT_TO_POINTER (WK_LAYOUT_ENGINE_SFDP), test_engines);
  g_test_add_func ("/layout/fdp-clusters", test_clusters);
  g_test_add_func ("/layout/incremental", test_incremental);
  g_test_add_data_func ("/layout/pinned/neato", GINT_TO_POINTER (WK_LAYOUT_ENGINE_NEATO), test_pinned);
  g_test_add_data_func ("/layout/pinned/sfdp", GINT_TO_POINTER (WK_LAYOUT_ENGINE_SFDP), test_pinned);
  g_test_add_data_func ("/layout/pinned/fdp", GINT_TO_POINTER (WK_LAYOUT_ENGINE_FDP), test_pinned);
  g_test_add_func ("/layout/nothing-to-place", test_nothing_to_place);
  g_test_add_func ("/layout/async", test_async);
  g_test_add_func ("/layout/cancel", test_cancel);
  g_test_add_func ("/layout/timeout", test_timeout);
  g_test_add_func ("/layout/crash", test_crash);
  g_test_add_func ("/layout/exit-status", test_exit_status);
  g_test_add_func ("/layout/garbage", test_garbage);
  g_test_add_func ("/layout/missing-plugin", test_missing_plugin);
  g_test_add_func ("/layout/helper-directly", test_helper_directly);
  g_test_add_func ("/dot/labels", test_dot_labels);
  g_test_add_func ("/dot/redacted", test_dot_redacted);

  return g_test_run ();
}
