/* test-presentation-monitors.c: presentation mode on the projector, on a private compositor with two monitors
 *
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Runs through headless-monitors.sh: Weston with a laptop, X1 at 1280×800,
 * and a projector to its right, X2 at 1920×1080. The sizes tell the two
 * apart. Automatic goes fullscreen on the monitor the main window is not
 * on, whichever that is; a monitor chosen in the Present button's popover
 * wins; a chosen monitor that is not connected is as automatic. Weston
 * opens a window on the monitor the pointer is on, so the pointer is moved
 * there (with xdotool on Weston's own X server) before the main window
 * opens. On Wayland there is no XTEST: the window's action is activated.
 */
#include <glib/gi18n.h>
#include <locale.h>

#include <gdk/wayland/gdkwayland.h>

#include "wk-presentation.h"
#include "wk-layout.h"
#include "wk-test-ui.h"

#define LAPTOP    "X1"
#define PROJECTOR "X2"

static GdkMonitor *
find_monitor (const char *connector)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (g_strcmp0 (gdk_monitor_get_connector (monitor), connector) == 0)
        return monitor;
    }
  g_error ("no monitor %s", connector);
}

/* What the app goes by: the surface's monitor, as GDK has it. Before the
 * compositor says where a surface is, GDK guesses the first monitor. */
static GdkMonitor *
monitor_of (GtkWidget *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL)
    return NULL;
  return gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
}

/* What the compositor says: the monitors a window's surface is on, from
 * wl_surface.enter and leave, followed from the window's realization. */
static GPtrArray *
entered_monitors (GtkWidget *window)
{
  GPtrArray *entered = g_object_get_data (G_OBJECT (window), "wk-entered");

  g_assert_nonnull (entered);
  return entered;
}

static void
surface_entered_cb (GdkSurface *surface,
                    GdkMonitor *monitor,
                    GtkWidget  *window)
{
  g_ptr_array_add (entered_monitors (window), monitor);
}

static void
surface_left_cb (GdkSurface *surface,
                 GdkMonitor *monitor,
                 GtkWidget  *window)
{
  g_ptr_array_remove (entered_monitors (window), monitor);
}

static void
window_realized_cb (GtkWidget *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_object_set_data_full (G_OBJECT (window), "wk-entered", g_ptr_array_new (), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (surface, "enter-monitor", G_CALLBACK (surface_entered_cb), window, 0);
  g_signal_connect_object (surface, "leave-monitor", G_CALLBACK (surface_left_cb), window, 0);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window)
{
  g_assert_false (gtk_widget_get_realized (GTK_WIDGET (window)));
  g_signal_connect_after (window, "realize", G_CALLBACK (window_realized_cb), NULL);
}

/* Whether @window is on @monitor and on no other, as the compositor says */
static gboolean
only_on (GtkWidget  *window,
         GdkMonitor *monitor)
{
  GPtrArray *entered = entered_monitors (window);

  return entered->len == 1 && g_ptr_array_index (entered, 0) == monitor;
}

static char *
dup_entered (GtkWidget *window)
{
  GPtrArray *entered = entered_monitors (window);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < entered->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            gdk_monitor_get_connector (g_ptr_array_index (entered, i)));
  return g_string_free (text, FALSE);
}

/* Waits for @window to be on @monitor only, failing with where it is */
static void
wait_only_on (GtkWidget  *window,
              GdkMonitor *monitor)
{
  gint64 end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  g_autofree char *entered = NULL;

  while (!only_on (window, monitor) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  entered = dup_entered (window);
  g_assert_cmpstr (entered, ==, gdk_monitor_get_connector (monitor));
  g_assert_true (monitor_of (window) == monitor);
}

/* Weston places a new window on the monitor under the pointer. */
static void
move_pointer_to (GdkMonitor *monitor)
{
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "DISPLAY", g_getenv ("WK_MONITORS_X11_DISPLAY"), TRUE);
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  g_autoptr(GError) error = NULL;
  GdkRectangle area;
  int status = 0;

  gdk_monitor_get_geometry (monitor, &area);
  x = g_strdup_printf ("%d", area.x + area.width / 2);
  y = g_strdup_printf ("%d", area.y + area.height / 2);
  {
    /* not --sync: that waits for a move, and there is none when the
     * pointer is there already */
    const char *argv[] = { "xdotool", "mousemove", x, y, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                                 &status, &error));
  }
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  /* Weston reads the motion from its X server */
  wk_test_iterate (200);
}

/* The example wijk in a new main window opened on @monitor. */
static WkWindow *
open_example (const char *file_name,
              GdkMonitor *monitor)
{
  WkWindow *window;
  g_autoptr(GError) error = NULL;
  WkWijk *wijk;

  move_pointer_to (monitor);
  window = wk_test_open_file (file_name);
  g_assert_true (wk_store_load_example (window->store, &error));
  g_assert_no_error (error);
  wijk = wk_test_find_wijk (window, "Rietveld-Oost");
  g_assert_nonnull (wijk);
  wk_window_select_wijk (window, wijk);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)), 2000);
  wait_only_on (GTK_WIDGET (window), monitor);
  wk_test_iterate (300);
  return window;
}

static WkPresentation *
find_presentation (void)
{
  GtkWindow *found = wk_test_find_toplevel (WK_TYPE_PRESENTATION);

  return found != NULL ? WK_PRESENTATION (found) : NULL;
}

/* Presents, and checks the presentation fills @expected, all of it. */
static void
present_on (WkWindow   *window,
            GdkMonitor *expected)
{
  WkPresentation *presentation;
  GdkMonitor *own = monitor_of (GTK_WIDGET (window));
  GdkRectangle area;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  WAIT_FOR (find_presentation () != NULL, 3000);
  presentation = find_presentation ();
  g_assert_true (window->presentation == GTK_WIDGET (presentation));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (presentation)), 3000);
  WAIT_FOR (gtk_window_is_fullscreen (GTK_WINDOW (presentation)), 3000);
  wait_only_on (GTK_WIDGET (presentation), expected);
  gdk_monitor_get_geometry (expected, &area);
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (presentation)) == area.width &&
            gtk_widget_get_height (GTK_WIDGET (presentation)) == area.height, 3000);
  WAIT_FOR (wk_presentation_is_ready (presentation), 5000);
  wk_test_iterate (200);
  /* still fullscreen there, and the main window stayed where it was */
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (presentation)));
  g_assert_true (only_on (GTK_WIDGET (presentation), expected));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presentation)), ==, area.width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (presentation)), ==, area.height);
  g_assert_true (only_on (GTK_WIDGET (window), own));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.end", NULL));
  WAIT_FOR (find_presentation () == NULL, 3000);
  g_assert_null (window->presentation);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
}

static GtkDropDown *
monitor_dropdown (WkWindow *window)
{
  GtkWidget *dropdown = wk_test_nth_descendant (window->present_options, GTK_TYPE_DROP_DOWN, 0);

  g_assert_nonnull (dropdown);
  return GTK_DROP_DOWN (dropdown);
}

static void
test_environment (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkRectangle laptop, projector;

  /* not X11 with one RandR monitor: the test would prove nothing there */
  g_assert_true (GDK_IS_WAYLAND_DISPLAY (display));
  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 2);
  gdk_monitor_get_geometry (find_monitor (LAPTOP), &laptop);
  gdk_monitor_get_geometry (find_monitor (PROJECTOR), &projector);
  g_assert_cmpint (laptop.width, ==, 1280);
  g_assert_cmpint (laptop.height, ==, 800);
  g_assert_cmpint (projector.width, ==, 1920);
  g_assert_cmpint (projector.height, ==, 1080);
  g_assert_cmpint (projector.x, ==, laptop.x + laptop.width);
}

static void
test_automatic (void)
{
  WkWindow *window = open_example ("automatic.db", find_monitor (LAPTOP));
  g_autofree char *chosen = g_settings_get_string (window->settings, "presentation-monitor");

  g_assert_cmpstr (chosen, ==, "");
  present_on (window, find_monitor (PROJECTOR));
  /* and again: nothing of the first presentation is left in the way */
  present_on (window, find_monitor (PROJECTOR));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The team works on the projector's side: the other one is the laptop. */
static void
test_automatic_from_projector (void)
{
  WkWindow *window = open_example ("from-projector.db", find_monitor (PROJECTOR));

  present_on (window, find_monitor (LAPTOP));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_options_list_monitors (void)
{
  WkWindow *window = open_example ("options.db", find_monitor (LAPTOP));
  GListModel *names = gtk_drop_down_get_model (monitor_dropdown (window));
  g_autofree char *laptop = NULL;
  g_autofree char *projector = NULL;

  g_assert_true (GTK_IS_STRING_LIST (names));
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (monitor_dropdown (window)), ==, 0);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, _("Automatic: the other screen"));
  laptop = g_strdup_printf (LAPTOP " (%d×%d)", 1280, 800);
  projector = g_strdup_printf (PROJECTOR " (%d×%d)", 1920, 1080);
  g_assert_true (g_str_has_suffix (gtk_string_list_get_string (GTK_STRING_LIST (names), 1), laptop));
  g_assert_true (g_str_has_suffix (gtk_string_list_get_string (GTK_STRING_LIST (names), 2), projector));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The laptop chosen in the popover: the presentation covers the laptop,
 * the main window's own monitor, and the projector stays as it was. */
static void
test_chosen (void)
{
  WkWindow *window = open_example ("chosen.db", find_monitor (LAPTOP));
  GtkDropDown *dropdown = monitor_dropdown (window);
  g_autofree char *chosen = NULL;
  g_autofree char *reset = NULL;

  gtk_drop_down_set_selected (dropdown, 1);
  chosen = g_settings_get_string (window->settings, "presentation-monitor");
  g_assert_cmpstr (chosen, ==, LAPTOP);
  present_on (window, find_monitor (LAPTOP));

  /* back to automatic in the popover */
  gtk_drop_down_set_selected (dropdown, 0);
  reset = g_settings_get_string (window->settings, "presentation-monitor");
  g_assert_cmpstr (reset, ==, "");
  present_on (window, find_monitor (PROJECTOR));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A remembered projector that is not connected tonight: automatic. */
static void
test_chosen_missing (void)
{
  WkWindow *window = open_example ("missing.db", find_monitor (LAPTOP));

  g_settings_set_string (window->settings, "presentation-monitor", "HDMI-1");
  g_assert_cmpuint (gtk_drop_down_get_selected (monitor_dropdown (window)), ==, 0);
  present_on (window, find_monitor (PROJECTOR));
  g_settings_reset (window->settings, "presentation-monitor");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  wk_test_init (&argc, &argv, "wk-test-presentation-monitors-XXXXXX");
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  g_test_add_func ("/presentation-monitors/environment", test_environment);
  g_test_add_func ("/presentation-monitors/automatic", test_automatic);
  g_test_add_func ("/presentation-monitors/automatic-from-projector", test_automatic_from_projector);
  g_test_add_func ("/presentation-monitors/options-list-monitors", test_options_list_monitors);
  g_test_add_func ("/presentation-monitors/chosen", test_chosen);
  g_test_add_func ("/presentation-monitors/chosen-missing", test_chosen_missing);

  return wk_test_run ();
}
