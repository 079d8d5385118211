/* test-presentation-ui.c: presentation mode in the real window, with a window manager, on a private X server
 *
 * SPDX-License-Identifier: EUPL-1.2
 *
 * F5 in the main window starts the presentation fullscreen with privacy on;
 * B blanks the screen and brings it back; Escape leaves. Space and → step
 * through the connectors and then the communities, ← goes back; the step
 * and its total are shown. Showing names asks first and does not outlive
 * the presentation. Page Down steps through saved views, also onto the map,
 * where a category the view left out stays out. The caption moves to the
 * top when what a step shows is at the bottom.
 * A relation (network) and a pin (map) are added with the pointer and the
 * keyboard without leaving, and Ctrl+Z takes them back. Keys and clicks go
 * through xdotool (XTEST), as a person's would.
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include <gdk/x11/gdkx.h>

#include "wk-presentation-private.h"
#include "wk-layout.h"
#include "wk-map-legend.h"
#include "wk-saved-view.h"
#include "wk-tour.h"
#include "wk-test-ui.h"

static WkWindow *
open_example (const char *file_name,
              const char *page)
{
  WkWindow *window = wk_test_open_file (file_name);
  g_autoptr(GError) error = NULL;
  WkWijk *wijk;

  g_assert_true (wk_store_load_example (window->store, &error));
  g_assert_no_error (error);
  wijk = wk_test_find_wijk (window, "Rietveld-Oost");
  g_assert_nonnull (wijk);
  adw_view_stack_set_visible_child_name (window->view_stack, page);
  wk_window_select_wijk (window, wijk);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)), 2000);
  wk_test_iterate (600);
  return window;
}

static WkPresentation *
find_presentation (void)
{
  GtkWindow *found = wk_test_find_toplevel (WK_TYPE_PRESENTATION);

  return found != NULL ? WK_PRESENTATION (found) : NULL;
}

/* F5 on the focused main window, as a person presses it. */
static WkPresentation *
enter (WkWindow *window)
{
  WkPresentation *presentation;
  g_autofree char *activate = NULL;
  guint32 xid = (guint32) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));

  activate = g_strdup_printf ("windowactivate --sync %u", xid);
  wk_test_xdotool (activate);
  wk_test_xdotool ("key F5");
  WAIT_FOR (find_presentation () != NULL, 3000);
  presentation = find_presentation ();
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (presentation)), 3000);
  WAIT_FOR (gtk_window_is_fullscreen (GTK_WINDOW (presentation)), 3000);
  WAIT_FOR (wk_presentation_is_ready (presentation), 5000);
  wk_test_iterate (300);
  return presentation;
}

static void
leave (void)
{
  wk_test_xdotool ("key Escape");
  WAIT_FOR (find_presentation () == NULL, 3000);
}

static char *
dup_text (WkPresentation *presentation,
          int             node)
{
  WkNetworkView *view = wk_presentation_get_network_view (presentation);

  return wk_renderer_dup_node_text (wk_network_view_get_renderer (view), wk_network_view_get_render_options (view),
                                    node);
}

static void
test_enter_and_leave (void)
{
  WkWindow *window = open_example ("enter.db", "network");
  WkPresentation *presentation = enter (window);
  GdkRectangle area;
  GdkMonitor *monitor;

  /* fullscreen, the network only, privacy on and said so */
  monitor = gdk_display_get_monitor_at_surface (gdk_display_get_default (),
                                                gtk_native_get_surface (GTK_NATIVE (presentation)));
  gdk_monitor_get_geometry (monitor, &area);
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (presentation)) == area.width &&
            gtk_widget_get_height (GTK_WIDGET (presentation)) == area.height, 2000);
  g_assert_cmpstr (wk_presentation_get_page (presentation), ==, "network");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (wk_presentation_get_network_view (presentation))));
  g_assert_true (wk_presentation_get_privacy (presentation));
  g_assert_true (wk_network_view_get_render_options (wk_presentation_get_network_view (presentation))->hide_personal_data);
  g_assert_cmpstr (gtk_label_get_text (presentation->privacy_label), ==, _("Privacy on"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (presentation->privacy_button)));
  /* no header bar, no sidebar: nothing of the main window's chrome */
  g_assert_null (wk_test_nth_descendant (GTK_WIDGET (presentation), ADW_TYPE_HEADER_BAR, 0));
  g_assert_null (wk_test_nth_descendant (GTK_WIDGET (presentation), WK_TYPE_SIDEBAR, 0));
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-network-light");

  /* B blanks to black and back */
  wk_test_xdotool ("key b");
  g_assert_true (wk_presentation_get_blank (presentation));
  g_assert_true (gtk_widget_get_mapped (presentation->blank_box));
  wk_test_xdotool ("key b");
  g_assert_false (wk_presentation_get_blank (presentation));

  /* D: the dark projector palette; + and −: the text size */
  wk_test_xdotool ("key d");
  g_assert_cmpint (wk_presentation_get_palette (presentation), ==, WK_PALETTE_PROJECTOR_DARK);
  g_assert_cmpint (wk_network_view_get_render_options (wk_presentation_get_network_view (presentation))->palette, ==,
                   WK_PALETTE_PROJECTOR_DARK);
  wk_test_xdotool ("key plus");
  g_assert_cmpfloat (wk_presentation_get_label_size (presentation), ==, 2.5);
  wk_test_xdotool ("key minus key minus");
  g_assert_cmpfloat (wk_presentation_get_label_size (presentation), ==, 1.5);
  wk_test_xdotool ("key plus");
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-network-dark");

  leave ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (window->presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_tour (void)
{
  WkWindow *window = open_example ("tour.db", "network");
  WkPresentation *presentation = enter (window);
  guint n_steps;
  const WkTourStep *first, *last;
  g_autofree char *expected = NULL;
  g_autofree char *step_text = NULL;
  int community_step = -1;

  g_assert_cmpint (wk_presentation_get_tour_step (presentation, &n_steps), ==, -1);
  g_assert_cmpuint (n_steps, >=, 2);
  g_assert_false (gtk_widget_get_visible (presentation->caption_box));

  /* Space: the first connector, large, by role when a person */
  wk_test_xdotool ("key space");
  g_assert_cmpint (wk_presentation_get_tour_step (presentation, NULL), ==, 0);
  first = &g_array_index (presentation->tour, WkTourStep, 0);
  g_assert_cmpint (first->kind, ==, WK_TOUR_CONNECTOR);
  expected = dup_text (presentation, first->node);
  g_assert_true (gtk_widget_get_visible (presentation->caption_box));
  g_assert_cmpstr (gtk_label_get_text (presentation->caption_title), ==, expected);
  step_text = g_strdup_printf ("1 / %u", n_steps);
  g_assert_cmpstr (gtk_label_get_text (presentation->step_label), ==, step_text);
  if (wk_network_get_node (presentation->network, first->node)->personal)
    g_assert_cmpstr (expected, !=, wk_network_get_node (presentation->network, first->node)->label);
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-tour-connector");

  /* → and ← */
  wk_test_xdotool ("key Right");
  g_assert_cmpint (wk_presentation_get_tour_step (presentation, NULL), ==, 1);
  wk_test_xdotool ("key Left key Left");
  g_assert_cmpint (wk_presentation_get_tour_step (presentation, NULL), ==, -1);
  g_assert_false (gtk_widget_get_visible (presentation->caption_box));

  /* to the end: the communities come after the connectors */
  for (guint i = 0; i < n_steps + 2; i++)
    wk_test_xdotool ("key space");
  g_assert_cmpint (wk_presentation_get_tour_step (presentation, NULL), ==, (int) n_steps - 1);
  last = &g_array_index (presentation->tour, WkTourStep, n_steps - 1);
  g_assert_cmpint (last->kind, ==, WK_TOUR_COMMUNITY);
  for (guint i = 0; i < n_steps; i++)
    if (g_array_index (presentation->tour, WkTourStep, i).kind == WK_TOUR_COMMUNITY)
      {
        community_step = (int) i;
        break;
      }
  for (guint i = community_step; i < n_steps; i++)
    g_assert_cmpint (g_array_index (presentation->tour, WkTourStep, i).kind, ==, WK_TOUR_COMMUNITY);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (presentation->caption_title), _("Group 1")) ||
                 community_step < (int) n_steps - 1);
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-tour-community");

  /* Home: the whole network again */
  wk_test_xdotool ("key Home");
  g_assert_cmpint (wk_presentation_get_tour_step (presentation, NULL), ==, -1);
  leave ();
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_privacy_confirmation (void)
{
  WkWindow *window = open_example ("privacy.db", "network");
  WkPresentation *presentation = enter (window);
  GtkWindow *dialog;

  /* N asks; the default answer keeps privacy on */
  wk_test_xdotool ("key n");
  WAIT_FOR ((dialog = wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, 2000);
  wk_test_screenshot (GTK_WIDGET (dialog), "presentation-privacy-question");
  wk_test_xdotool ("key Return");
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, 2000);
  g_assert_true (wk_presentation_get_privacy (presentation));

  /* a deliberate yes shows names, and says so */
  wk_test_xdotool ("key n");
  WAIT_FOR ((dialog = wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL, 2000);
  wk_test_respond (dialog, "show");
  g_assert_false (wk_presentation_get_privacy (presentation));
  g_assert_false (wk_network_view_get_render_options (wk_presentation_get_network_view (presentation))->hide_personal_data);
  g_assert_cmpstr (gtk_label_get_text (presentation->privacy_label), ==, _("Names shown"));

  /* ending the presentation ends it: the next one starts private */
  leave ();
  presentation = enter (window);
  g_assert_true (wk_presentation_get_privacy (presentation));
  leave ();
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
save_view (WkWindow   *window,
           const char *name,
           const char *page,
           const char *json)
{
  g_autoptr(GError) error = NULL;
  WkSavedView *view = wk_store_create_saved_view (window->store, wk_window_get_selected_wijk (window), name, page,
                                                  json, &error);

  g_assert_no_error (error);
  g_assert_nonnull (view);
}

static void
test_saved_views (void)
{
  WkWindow *window = open_example ("views.db", "network");
  WkPresentation *presentation;
  const WkRenderOptions *options;
  WkNetwork *network;
  guint shown = 0;

  save_view (window, "Sleutelfiguren", "network", "{\"filters\": {\"type\": \"sleutelfiguur\"}}");
  save_view (window, "De kaart", "map", "{}");
  presentation = enter (window);
  options = wk_network_view_get_render_options (wk_presentation_get_network_view (presentation));
  g_assert_null (options->visible);
  wk_test_xdotool ("key Next");
  network = presentation->network;
  g_assert_cmpstr (wk_presentation_get_page (presentation), ==, "network");
  g_assert_nonnull (options->visible);
  for (guint i = 0; i < wk_network_get_n_nodes (network); i++)
    if (options->visible[i])
      {
        g_assert_cmpstr (wk_network_get_node (network, i)->type_key, ==, "sleutelfiguur");
        shown++;
      }
  g_assert_cmpuint (shown, >, 0);
  g_assert_cmpstr (gtk_label_get_text (presentation->caption_title), ==, "Sleutelfiguren");
  {
    g_autofree char *step = g_strdup_printf (_("View %d / %u"), 1, 2);

    g_assert_cmpstr (gtk_label_get_text (presentation->step_label), ==, step);
  }

  wk_test_xdotool ("key Next");
  g_assert_cmpstr (wk_presentation_get_page (presentation), ==, "map");
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (wk_presentation_get_map_view (presentation))), 2000);
  g_assert_true (wk_map_view_get_hide_personal_data (wk_presentation_get_map_view (presentation)));
  g_assert_cmpuint (wk_map_view_get_n_shown (wk_presentation_get_map_view (presentation)), >, 0);
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-map-light");
  wk_test_xdotool ("key d");
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-map-dark");

  wk_test_xdotool ("key Prior");
  g_assert_cmpstr (wk_presentation_get_page (presentation), ==, "network");
  leave ();
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The actor drawn lowest (@lowest) or highest near the middle of the
 * network, where a caption would be. */
static int
actor_near_edge (WkNetwork *network,
                 gboolean   lowest)
{
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE;
  int found = -1;

  for (guint i = 0; i < wk_network_get_n_nodes (network); i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);

      if (node->has_position)
        {
          min_x = MIN (min_x, node->x);
          max_x = MAX (max_x, node->x);
        }
    }
  for (guint i = 0; i < wk_network_get_n_nodes (network); i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);
      WkNetworkNode *best = found >= 0 ? wk_network_get_node (network, found) : NULL;

      if (node->kind != WK_NODE_ACTOR || !node->has_position ||
          fabs (node->x - (min_x + max_x) / 2.) > (max_x - min_x) / 8.)
        continue;
      /* the drawing's y grows upwards */
      if (best == NULL || (lowest ? node->y < best->y : node->y > best->y))
        found = (int) i;
    }
  g_assert_cmpint (found, >=, 0);
  return found;
}

/* Where the caption is, and where what stands out is, in the presentation's
 * coordinates; and whether they meet. */
static gboolean
caption_covers_spotlight (WkPresentation  *presentation,
                          graphene_rect_t *caption,
                          graphene_rect_t *spot)
{
  WkNetworkView *view = wk_presentation_get_network_view (presentation);
  graphene_point_t origin;

  g_assert_true (gtk_widget_compute_bounds (presentation->caption_box, GTK_WIDGET (presentation), caption));
  g_assert_true (wk_network_view_get_spotlight_bounds (view, spot));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (presentation),
                                           &GRAPHENE_POINT_INIT (0, 0), &origin));
  graphene_rect_offset (spot, origin.x, origin.y);
  return graphene_rect_intersection (caption, spot, NULL);
}

/* The caption stands at the bottom, unless what the step shows is there:
 * then at the top, so nothing that stands out is hidden under it. */
static void
test_caption_room (void)
{
  WkWindow *window = open_example ("caption.db", "network");
  WkPresentation *presentation = enter (window);
  WkNetwork *network = presentation->network;
  int low = actor_near_edge (network, TRUE), high = actor_near_edge (network, FALSE);
  g_autofree char *low_json = g_strdup_printf ("{\"actor\": %" G_GINT64_FORMAT "}",
                                               wk_network_get_node (network, low)->record_id);
  g_autofree char *high_json = g_strdup_printf ("{\"actor\": %" G_GINT64_FORMAT "}",
                                                wk_network_get_node (network, high)->record_id);
  int height = gtk_widget_get_height (GTK_WIDGET (presentation));
  graphene_rect_t caption, spot;
  guint n_steps, at_top = 0;

  save_view (window, "Onderaan", "network", low_json);
  save_view (window, "Bovenaan", "network", high_json);

  /* an actor low in the middle: the caption goes up */
  wk_test_xdotool ("key Next");
  wk_test_iterate (200);
  g_assert_true (gtk_widget_get_visible (presentation->caption_box));
  g_assert_false (caption_covers_spotlight (presentation, &caption, &spot));
  g_assert_cmpfloat (spot.origin.y + spot.size.height, >, height / 2.);
  g_assert_cmpfloat (caption.origin.y, <, height / 2.);
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-caption-top");

  /* one high up: at the bottom, as always */
  wk_test_xdotool ("key Next");
  wk_test_iterate (200);
  g_assert_false (caption_covers_spotlight (presentation, &caption, &spot));
  g_assert_cmpfloat (caption.origin.y, >, height / 2.);

  /* the tour: where the caption is, it covers no more of the step than the
   * other place would */
  wk_test_xdotool ("key Home");
  wk_presentation_get_tour_step (presentation, &n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      graphene_rect_t other, both;
      float here = 0.f, there = 0.f;

      wk_test_xdotool ("key space");
      wk_test_iterate (50);
      if (caption_covers_spotlight (presentation, &caption, &spot) &&
          graphene_rect_intersection (&caption, &spot, &both))
        here = both.size.width * both.size.height;
      other = caption;
      other.origin.y = caption.origin.y < height / 2. ? height - 48 - caption.size.height : 48;
      if (graphene_rect_intersection (&other, &spot, &both))
        there = both.size.width * both.size.height;
      g_assert_cmpfloat (here, <=, there);
      at_top += caption.origin.y < height / 2.;
    }
  g_test_message ("the caption stood at the top in %u of %u steps", at_top, n_steps);
  leave ();
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A map view saved from the map page with a category switched off in its
 * legend keeps that category's pins off the projector. */
static void
test_saved_map_view_hidden_categories (void)
{
  WkWindow *window = open_example ("hidden.db", "map");
  GListModel *views = wk_store_get_saved_views (window->store, wk_window_get_selected_wijk (window));
  GtkWidget *legend = wk_test_nth_descendant (window->map_page, WK_TYPE_MAP_LEGEND, 0);
  GtkWidget *check;
  GtkWindow *dialog;
  WkPresentation *presentation;
  g_autoptr(WkSavedView) saved = NULL;
  g_autoptr(WkViewState) state = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 category;
  guint all, without, n_pins;

  save_view (window, "Alle pinnen", "map", "{}");

  /* the legend's first category off, then Save View… as a person would */
  g_assert_nonnull (legend);
  for (int n = 0; (check = wk_test_nth_descendant (legend, GTK_TYPE_CHECK_BUTTON, n)) != NULL; n++)
    if (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "category-id")) > 0)
      break;
  g_assert_nonnull (check);
  category = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "category-id"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-view", NULL);
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, 2000);
  dialog = wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  wk_test_respond (dialog, "save");
  WAIT_FOR (g_list_model_get_n_items (views) == 2, 2000);
  saved = g_list_model_get_item (views, 1);
  g_assert_cmpstr (wk_saved_view_get_page (saved), ==, "map");
  state = wk_view_state_new_from_json ("map", wk_saved_view_get_state (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (state->hidden_categories->len, ==, 1);
  g_assert_cmpint (g_array_index (state->hidden_categories, gint64, 0), ==, category);

  /* on the projector: the first view has every pin, the second lacks the
   * category's, and only those */
  sql = g_strdup_printf ("SELECT count(*) FROM pin WHERE wijk_id = %" G_GINT64_FORMAT
                         " AND category_id = %" G_GINT64_FORMAT,
                         wk_wijk_get_id (wk_window_get_selected_wijk (window)), category);
  n_pins = wk_test_count_rows (window, sql);
  g_assert_cmpuint (n_pins, >, 0);
  presentation = enter (window);
  wk_test_xdotool ("key Next");
  g_assert_cmpstr (wk_presentation_get_page (presentation), ==, "map");
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (wk_presentation_get_map_view (presentation))), 2000);
  all = wk_map_view_get_n_shown (wk_presentation_get_map_view (presentation));
  wk_test_xdotool ("key Next");
  wk_test_iterate (200);
  without = wk_map_view_get_n_shown (wk_presentation_get_map_view (presentation));
  g_assert_cmpuint (all - without, ==, n_pins);
  wk_test_xdotool ("key Prior");
  wk_test_iterate (200);
  g_assert_cmpuint (wk_map_view_get_n_shown (wk_presentation_get_map_view (presentation)), ==, all);
  leave ();
  gtk_window_destroy (GTK_WINDOW (window));
}

/* From a widget's coordinates to the screen's, for xdotool. */
static void
on_screen (GtkWidget *widget,
           double     wx,
           double     wy,
           int       *x,
           int       *y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t in_widget = GRAPHENE_POINT_INIT (wx, wy), in_native;
  double sx, sy;
  int rx = 0, ry = 0;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &in_widget, &in_native));
  gtk_native_get_surface_transform (native, &sx, &sy);
  {
    Window child;
    GdkSurface *surface = gtk_native_get_surface (native);
    Display *display = gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface));

    XTranslateCoordinates (display, gdk_x11_surface_get_xid (surface), DefaultRootWindow (display), 0, 0,
                           &rx, &ry, &child);
  }
  *x = rx + (int) round (in_native.x + sx);
  *y = ry + (int) round (in_native.y + sy);
}

static void
click (GtkWidget *widget,
       double     wx,
       double     wy)
{
  g_autofree char *command = NULL;
  int x, y;

  on_screen (widget, wx, wy, &x, &y);
  command = g_strdup_printf ("mousemove --sync %d %d click 1", x, y);
  wk_test_xdotool (command);
  wk_test_iterate (200);
}

static void
test_live_relation (void)
{
  WkWindow *window = open_example ("relation.db", "network");
  WkPresentation *presentation = enter (window);
  WkNetworkView *view = wk_presentation_get_network_view (presentation);
  const char *count_sql = "SELECT count(*) FROM relation";
  guint before = wk_test_count_rows (window, count_sql);
  g_autoptr(WkNetwork) network = g_object_ref (presentation->network);
  int b = -1;
  double ax, ay, bx, by;

  /* two visible actors that have no relation yet */
  for (guint i = 0; i < wk_network_get_n_nodes (network) && b < 0; i++)
    for (guint j = i + 1; j < wk_network_get_n_nodes (network) && b < 0; j++)
      {
        gboolean tied = FALSE;

        if (wk_network_get_node (network, i)->kind != WK_NODE_ACTOR ||
            wk_network_get_node (network, j)->kind != WK_NODE_ACTOR)
          continue;
        for (guint e = 0; e < wk_network_get_n_edges (network); e++)
          {
            WkNetworkEdge *edge = wk_network_get_edge (network, e);

            tied |= (edge->source == i && edge->target == j) || (edge->source == j && edge->target == i);
          }
        if (!tied && wk_network_view_node_to_widget (view, i, &ax, &ay) &&
            wk_network_view_node_to_widget (view, j, &bx, &by) && hypot (ax - bx, ay - by) > 80)
          b = (int) j;
      }
  g_assert_cmpint (b, >=, 0);

  wk_test_xdotool ("key r");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (presentation->hint_label)));
  click (GTK_WIDGET (view), ax, ay);
  g_assert_cmpint (presentation->capture, ==, CAPTURE_RELATION_SECOND);
  click (GTK_WIDGET (view), bx, by);
  g_assert_cmpint (presentation->capture, ==, CAPTURE_NONE);
  g_assert_cmpuint (wk_test_count_rows (window, count_sql), ==, before + 1);
  g_assert_nonnull (find_presentation ());
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-relation-added");

  /* the drawing follows, and Ctrl+Z takes it back */
  WAIT_FOR (presentation->network != network, 2000);
  g_assert_cmpuint (wk_network_get_n_edges (presentation->network), ==, wk_network_get_n_edges (network) + 1);
  wk_test_xdotool ("key ctrl+z");
  g_assert_cmpuint (wk_test_count_rows (window, count_sql), ==, before);

  /* Escape first stops adding, then leaves */
  wk_test_xdotool ("key r");
  wk_test_xdotool ("key Escape");
  g_assert_cmpint (presentation->capture, ==, CAPTURE_NONE);
  g_assert_nonnull (find_presentation ());
  leave ();
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_live_pin (void)
{
  WkWindow *window = open_example ("pin.db", "map");
  WkPresentation *presentation = enter (window);
  WkMapView *view = wk_presentation_get_map_view (presentation);
  const char *count_sql = "SELECT count(*) FROM pin WHERE title = 'Bankje bij de vijver'";
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));

  g_assert_cmpstr (wk_presentation_get_page (presentation), ==, "map");
  g_assert_true (wk_map_view_get_hide_personal_data (view));
  /* on the dark projector palette, where the draft must stay readable */
  wk_test_xdotool ("key d");
  g_assert_cmpint (wk_presentation_get_palette (presentation), ==, WK_PALETTE_PROJECTOR_DARK);
  wk_test_xdotool ("key p");
  g_assert_true (wk_map_view_get_placing (view));
  click (GTK_WIDGET (view), width * .47, height * .55);
  WAIT_FOR (gtk_widget_get_state_flags (wk_presentation_get_draft_entry (presentation)) & GTK_STATE_FLAG_FOCUS_WITHIN, 2000);
  wk_test_xdotool ("type --delay 5 'Bankje bij de vijver'");
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-pin-draft-dark");
  wk_test_xdotool ("key Return");
  WAIT_FOR (wk_test_count_rows (window, count_sql) == 1, 2000);
  g_assert_false (wk_map_view_get_placing (view));
  g_assert_nonnull (find_presentation ());
  wk_test_screenshot (GTK_WIDGET (presentation), "presentation-pin-added");

  wk_test_xdotool ("key ctrl+z");
  WAIT_FOR (wk_test_count_rows (window, count_sql) == 0, 2000);
  leave ();
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  wk_test_init (&argc, &argv, "wk-test-presentation-XXXXXX");

  g_test_add_func ("/presentation/enter-and-leave", test_enter_and_leave);
  g_test_add_func ("/presentation/tour", test_tour);
  g_test_add_func ("/presentation/privacy-confirmation", test_privacy_confirmation);
  g_test_add_func ("/presentation/saved-views", test_saved_views);
  g_test_add_func ("/presentation/caption-room", test_caption_room);
  g_test_add_func ("/presentation/saved-map-view-hidden-categories", test_saved_map_view_hidden_categories);
  g_test_add_func ("/presentation/live-relation", test_live_relation);
  g_test_add_func ("/presentation/live-pin", test_live_pin);

  return wk_test_run ();
}
