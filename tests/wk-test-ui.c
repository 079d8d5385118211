/* wk-test-ui.c: what the window tests share: a main loop to wait in, widgets to find, screenshots
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "wk-layout.h"
#include "wk-test-ui.h"

WkApplication *app;
char *tmpdir;

/* Start and end ------------------------------------------------------------- */

/**
 * wk_test_init:
 * @tmp_template: the temporary folder's name, as for g_dir_make_tmp()
 *
 * The locale and translations as main.c sets them (gtk_test_init() alone
 * would keep the C locale), GTK and libadwaita, a temporary folder, the
 * layout helper, and the application every window of the test belongs to,
 * held between windows.
 */
void
wk_test_init (int         *argc,
              char      ***argv,
              const char  *tmp_template)
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("WK_LOCALEDIR") ? g_getenv ("WK_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* the built app's helper mode: without it the layout helper would be
   * this test program, run again */
  wk_layout_set_helper_path (g_getenv ("WK_HELPER_PATH"));

  tmpdir = g_dir_make_tmp (tmp_template, &error);
  g_assert_no_error (error);

  /* the application registers the interface's resources and its style */
  app = wk_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
}

/* Runs the tests added, then lets the application go. */
int
wk_test_run (void)
{
  int status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  return status;
}

/* Helpers ----------------------------------------------------------------- */

void
wk_test_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

WkWindow *
wk_test_active_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (WK_IS_WINDOW (window));
  return WK_WINDOW (window);
}

GFile *
wk_test_temp_file (const char *name)
{
  return g_file_new_build_filename (tmpdir, name, NULL);
}

WkWindow *
wk_test_open_file (const char *name)
{
  g_autoptr(GFile) file = wk_test_temp_file (name);

  g_assert_true (wk_application_open_file (app, file));
  wk_test_iterate (50);
  return wk_test_active_window ();
}

/* The n-th visible toplevel of a type other than WkWindow, e.g. a dialog. */
GtkWindow *
wk_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type,
                 int       *index)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*index)-- == 0)
        return child;
      found = find_descendant (child, type, index);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
wk_test_nth_descendant (GtkWidget *widget,
                GType      type,
                int        n)
{
  return find_descendant (widget, type, &n);
}

guint
wk_test_count_rows (WkWindow   *window,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (window->store), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Renders a window as the user sees it and writes it where the build keeps
 * screenshots; the file is checked to hold more than one colour. */
void
wk_test_screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("WK_SCREENSHOT_DIR");
  const char *suffix = g_getenv ("WK_SCREENSHOT_SUFFIX");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  g_autofree char *file_name = NULL;
  g_autofree guchar *pixels = NULL;
  GtkSnapshot *snapshot;
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;
  int width, height;
  gsize stride;
  gboolean varied = FALSE;

  if (dir == NULL)
    return;

  /* toasts slide in, dialogs settle their size: show what a user sees after a moment */
  wk_test_iterate (400);

  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  WAIT_FOR (painted, 5000);
  g_signal_handler_disconnect (clock, handler);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* a blank picture is a failed test, not a screenshot */
  stride = width * 4;
  pixels = g_malloc (stride * height);
  gdk_texture_download (texture, pixels, stride);
  for (gsize i = 4; i < stride * height && !varied; i += 4)
    varied = memcmp (pixels, pixels + i, 4) != 0;
  g_assert_true (varied);

  g_mkdir_with_parents (dir, 0755);
  file_name = g_strdup_printf ("%s-%s.png", name, suffix != NULL ? suffix : "C");
  path = g_build_filename (dir, file_name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* What clicking a response button does: respond, then close. */
void
wk_test_respond (gpointer    dialog,
         const char *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), response));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_close (GTK_WINDOW (dialog));
}


/* The wijk called @name in @window's file, or NULL. */
WkWijk *
wk_test_find_wijk (WkWindow   *window,
                   const char *name)
{
  GListModel *wijken = wk_store_get_wijken (window->store);

  for (guint i = 0; i < g_list_model_get_n_items (wijken); i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);

      if (g_strcmp0 (wk_wijk_get_name (wijk), name) == 0)
        return wijk;
    }
  return NULL;
}

/* The real pointer and keys, through the X server (XTEST): xdotool @actions. */
void
wk_test_xdotool (const char *actions)
{
  g_autofree char *command = g_strdup_printf ("xdotool %s", actions);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  wk_test_iterate (150);
}
