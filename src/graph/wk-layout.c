/* wk-layout.c: node positions from Graphviz, computed in a helper process
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Graphviz 2.42 is not thread-safe, switches LC_NUMERIC for the whole
 * process while it works, leaks with clusters and can crash on odd input, so
 * the layout runs in a child: this same executable in its hidden helper mode
 * (wk-layout-helper.c). The graph goes in as DOT on stdin, the positions come
 * back as lines on stdout. The window's process only waits for a pipe, so it
 * never freezes; cancelling or a timeout kills the child.
 *
 * What the helper is asked and what is made of its answer, including how
 * pinned and kept nodes stay put, is in wk-layout-plan.c.
 */
#include <signal.h>
#include <glib/gi18n-lib.h>

#include "wk-graphviz.h"
#include "wk-layout-private.h"

static char *helper_path;
static gsize sigpipe_ignored;

void
wk_layout_options_init (WkLayoutOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->engine = WK_LAYOUT_ENGINE_AUTOMATIC;
  options->grouping = WK_LAYOUT_GROUP_NONE;
  options->timeout_ms = WK_LAYOUT_DEFAULT_TIMEOUT_MS;
}

/**
 * wk_layout_engine_to_string:
 *
 * Returns: the Graphviz name of @engine; "automatic" for the automatic choice
 */
const char *
wk_layout_engine_to_string (WkLayoutEngine engine)
{
  switch (engine)
    {
    case WK_LAYOUT_ENGINE_NEATO:
      return "neato";
    case WK_LAYOUT_ENGINE_SFDP:
      return "sfdp";
    case WK_LAYOUT_ENGINE_FDP:
      return "fdp";
    case WK_LAYOUT_ENGINE_AUTOMATIC:
    default:
      return "automatic";
    }
}

/**
 * wk_layout_set_helper_path:
 * @path: (nullable): the executable to run in helper mode; %NULL for the
 *   wijkkaart-layout-helper program beside this executable or installed,
 *   or else this process's own hidden mode
 *
 * For tests and benchmarks, whose own executable has no helper mode.
 */
void
wk_layout_set_helper_path (const char *path)
{
  g_free (helper_path);
  helper_path = g_strdup (path);
}

/* Running the helper ------------------------------------------------------- */

#define HELPER_NAME "wijkkaart-layout-helper"

/* The small helper program beside this executable (a build tree) or where
 * it is installed; else this executable's own hidden mode. */
static const char *
default_helper (void)
{
  static char *path;

  if (g_once_init_enter (&path))
    {
      g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *dir = self != NULL ? g_path_get_dirname (self) : NULL;
      g_autofree char *beside = dir != NULL ? g_build_filename (dir, HELPER_NAME, NULL) : NULL;
      g_autofree char *installed = g_build_filename (LIBEXECDIR, HELPER_NAME, NULL);
      char *found = "/proc/self/exe";

      if (beside != NULL && g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
        found = g_steal_pointer (&beside);
      else if (g_file_test (installed, G_FILE_TEST_IS_EXECUTABLE))
        found = g_steal_pointer (&installed);
      g_once_init_leave (&path, found);
    }
  return path;
}

typedef struct {
  WkLayoutPlan         *plan;
  GSubprocess  *process;
  GCancellable *stop;           /* ends the talk with a killed child */
  GCancellable *cancellable;    /* the caller's */
  gulong        cancelled_id;
  GSource      *timeout;
  guint         timeout_ms;
  gboolean      timed_out;
  GError       *talk_error;     /* from the pipes, when the child died early */
} Run;

static void
run_free (Run *run)
{
  if (run->cancelled_id != 0)
    g_cancellable_disconnect (run->cancellable, run->cancelled_id);
  if (run->timeout != NULL)
    {
      g_source_destroy (run->timeout);
      g_source_unref (run->timeout);
    }
  /* a child still running is not wanted any more */
  if (run->process != NULL && g_subprocess_get_identifier (run->process) != NULL)
    g_subprocess_force_exit (run->process);
  g_clear_object (&run->process);
  g_clear_object (&run->stop);
  g_clear_object (&run->cancellable);
  g_clear_pointer (&run->plan, _wk_layout_plan_free);
  g_clear_error (&run->talk_error);
  g_free (run);
}

static void
run_kill (Run *run)
{
  if (run->process != NULL)
    g_subprocess_force_exit (run->process);
  g_cancellable_cancel (run->stop);
}

/* may be called in another thread: force_exit and cancel are thread-safe */
static void
run_cancelled_cb (GCancellable *cancellable,
                  Run          *run)
{
  run_kill (run);
}

static gboolean
run_timeout_cb (gpointer data)
{
  Run *run = data;

  run->timed_out = TRUE;
  run_kill (run);
  return G_SOURCE_REMOVE;
}

static char *
last_line (GBytes *bytes)
{
  gsize size = 0;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (data == NULL || size == 0)
    return g_strdup ("");
  text = g_utf8_make_valid (data, MIN (size, 64 * 1024));
  lines = g_strsplit (g_strstrip (text), "\n", -1);
  return g_utf8_substring (lines[g_strv_length (lines) - 1], 0, 300);
}

static void run_classify (GTask       *task,
                          GSubprocess *process,
                          GBytes      *out,
                          GBytes      *err,
                          GError      *talk_error);

static void
run_waited_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Run *run = g_task_get_task_data (task);

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  run_classify (task, G_SUBPROCESS (object), NULL, NULL, run->talk_error);
}

static void
run_communicated_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  GSubprocess *process = G_SUBPROCESS (object);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_finish (process, result, &out, &err, &error);

  /* The pipe broke: the child died before it read everything. How it
   * died says more than the pipe, so wait for it. */
  if (error != NULL && !run->timed_out && !g_cancellable_is_cancelled (run->stop))
    {
      run->talk_error = g_steal_pointer (&error);
      g_subprocess_wait_async (process, run->stop, run_waited_cb, g_steal_pointer (&task));
      return;
    }
  run_classify (task, process, out, err, NULL);
}

static void
run_classify (GTask       *task,
              GSubprocess *process,
              GBytes      *out,
              GBytes      *err,
              GError      *talk_error)
{
  Run *run = g_task_get_task_data (task);
  g_autoptr(GArray) points = NULL;
  g_autofree char *message = NULL;
  const char *engine = wk_layout_engine_to_string (run->plan->engine);
  int status;

  g_source_destroy (run->timeout);

  if (run->timed_out)
    {
      g_task_return_new_error (task, WK_GRAPH_ERROR, WK_GRAPH_ERROR_TIMEOUT,
                               _("Laying out the network took too long (more than %u s), so it was stopped. "
                                 "The network is unchanged."),
                               MAX (1, (run->timeout_ms + 999) / 1000));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  if (g_subprocess_get_identifier (process) != NULL)
    {
      /* still running, and not talking */
      g_subprocess_force_exit (process);
      g_task_return_new_error (task, WK_GRAPH_ERROR, WK_GRAPH_ERROR_FAILED,
                               _("The layout helper could not be reached: %s"),
                               talk_error != NULL ? talk_error->message : "");
      return;
    }

  if (g_subprocess_get_if_signaled (process))
    {
      int signum = g_subprocess_get_term_sig (process);

      g_task_return_new_error (task, WK_GRAPH_ERROR, WK_GRAPH_ERROR_CRASHED,
                               _("Graphviz crashed while laying out the network (signal %d, %s). "
                                 "The network is unchanged; try another layout engine."),
                               signum, g_strsignal (signum));
      return;
    }

  status = g_subprocess_get_exit_status (process);
  message = last_line (err);
  switch (status)
    {
    case 0:
      break;
    case _WK_LAYOUT_EXIT_NO_ENGINE:
      g_task_return_new_error (task, WK_GRAPH_ERROR, WK_GRAPH_ERROR_NO_ENGINE,
                               _("Graphviz lacks the layout engine “%s”. Its plugins are not configured: "
                                 "run “dot -c” as administrator, or reinstall Graphviz."),
                               engine);
      return;
    default:
      g_task_return_new_error (task, WK_GRAPH_ERROR, WK_GRAPH_ERROR_FAILED,
                               _("Graphviz could not lay out the network with “%s” (exit status %d): %s"),
                               engine, status, message);
      return;
    }

  points = g_array_sized_new (FALSE, TRUE, sizeof (WkLayoutPoint), run->plan->n_nodes);
  g_array_set_size (points, run->plan->n_nodes);
  if (!_wk_layout_parse_output (out, run->plan->n_nodes, (WkLayoutPoint *) points->data))
    {
      g_task_return_new_error (task, WK_GRAPH_ERROR, WK_GRAPH_ERROR_BAD_OUTPUT,
                               _("The layout helper answered with something that is not a layout. "
                                 "The network is unchanged."));
      return;
    }

  _wk_layout_plan_finish (run->plan, (WkLayoutPoint *) points->data);
  g_task_return_pointer (task, g_steal_pointer (&points), (GDestroyNotify) g_array_unref);
}

/**
 * wk_layout_run_async:
 * @network: the network; it is read before this returns, so it may change
 *   afterwards
 * @options: (nullable): how; %NULL for the defaults
 *
 * Lays out @network in a helper process. Pinned nodes stay where they are;
 * unless @options says from_scratch, so do the nodes that have a position,
 * and only the others are placed. When every node stays, no helper runs.
 * Cancelling @cancellable, or the timeout, kills the helper.
 */
void
wk_layout_run_async (WkNetwork             *network,
                     const WkLayoutOptions *options,
                     GCancellable          *cancellable,
                     GAsyncReadyCallback    callback,
                     gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GError) error = NULL;
  WkLayoutOptions defaults;
  gsize length;
  Run *run;

  g_return_if_fail (WK_IS_NETWORK (network));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* A helper that dies before it has read the whole graph breaks the pipe;
   * that must be an error here, not SIGPIPE ending the window's process.
   * GIO's GSocket ignores SIGPIPE process-wide for the same reason. */
  if (g_once_init_enter (&sigpipe_ignored))
    {
      signal (SIGPIPE, SIG_IGN);
      g_once_init_leave (&sigpipe_ignored, 1);
    }

  if (options == NULL)
    {
      wk_layout_options_init (&defaults);
      options = &defaults;
    }

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, wk_layout_run_async);

  run = g_new0 (Run, 1);
  run->plan = _wk_layout_plan_new (network, options);
  run->timeout_ms = options->timeout_ms > 0 ? options->timeout_ms : WK_LAYOUT_DEFAULT_TIMEOUT_MS;
  run->stop = g_cancellable_new ();
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  if (g_task_return_error_if_cancelled (task))
    return;
  if (run->plan->n_fixed == run->plan->n_nodes)
    {
      g_task_return_pointer (task, _wk_layout_plan_get_kept (run->plan), (GDestroyNotify) g_array_unref);
      return;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  run->process = g_subprocess_launcher_spawn (launcher, &error,
                                              helper_path != NULL ? helper_path : default_helper (),
                                              WK_LAYOUT_HELPER_OPTION,
                                              wk_layout_engine_to_string (run->plan->engine),
                                              NULL);
  if (run->process == NULL)
    {
      g_task_return_new_error (task, WK_GRAPH_ERROR, WK_GRAPH_ERROR_FAILED,
                               _("The layout helper could not be started: %s"), error->message);
      return;
    }

  run->timeout = g_timeout_source_new (run->timeout_ms);
  g_source_set_callback (run->timeout, run_timeout_cb, run, NULL);
  g_source_set_static_name (run->timeout, "[wijkkaart] layout timeout");
  g_source_attach (run->timeout, g_task_get_context (task));

  if (cancellable != NULL)
    {
      run->cancellable = g_object_ref (cancellable);
      run->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (run_cancelled_cb), run, NULL);
    }

  /* written while the helper starts */
  _wk_layout_plan_write_dot (run->plan, network, options);
  length = strlen (run->plan->dot);
  input = g_bytes_new_take (g_steal_pointer (&run->plan->dot), length);
  g_subprocess_communicate_async (run->process, input, run->stop,
                                  run_communicated_cb, g_steal_pointer (&task));
}

/**
 * wk_layout_run_finish:
 *
 * Returns: (transfer full) (element-type WkLayoutPoint): a position for each
 * node of the network, by index; %NULL with @error set on failure
 */
GArray *
wk_layout_run_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == wk_layout_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
run_sync_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/**
 * wk_layout_run:
 *
 * wk_layout_run_async() that waits, for the command line. Runs a main
 * context of its own, so it may be called from any thread.
 *
 * Returns: (transfer full) (element-type WkLayoutPoint): as
 * wk_layout_run_finish()
 */
GArray *
wk_layout_run (WkNetwork             *network,
               const WkLayoutOptions *options,
               GCancellable          *cancellable,
               GError               **error)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GAsyncResult) result = NULL;

  g_return_val_if_fail (WK_IS_NETWORK (network), NULL);

  g_main_context_push_thread_default (context);
  wk_layout_run_async (network, options, cancellable, run_sync_cb, &result);
  while (result == NULL)
    g_main_context_iteration (context, TRUE);
  g_main_context_pop_thread_default (context);

  return wk_layout_run_finish (result, error);
}

/**
 * wk_layout_apply:
 * @points: (element-type WkLayoutPoint): a layout of @network
 *
 * Moves the nodes of @network to @points; pinned flags are left as they are.
 */
void
wk_layout_apply (WkNetwork *network,
                 GArray    *points)
{
  guint n;

  g_return_if_fail (WK_IS_NETWORK (network));
  g_return_if_fail (points != NULL);
  g_return_if_fail (points->len == wk_network_get_n_nodes (network));

  n = wk_network_get_n_nodes (network);
  for (guint i = 0; i < n; i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);

      node->x = g_array_index (points, WkLayoutPoint, i).x;
      node->y = g_array_index (points, WkLayoutPoint, i).y;
      node->has_position = TRUE;
    }
}
