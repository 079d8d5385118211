/* test-network-ui.c: the network page in the real window on a private X server
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The example wijk is laid out by the Graphviz helper and drawn; a click
 * with the real pointer (xdotool, XTEST) on a node opens its card beside the
 * diagram; a drag moves the node and pins it, through a re-layout; the
 * positions are saved, so the wijk opens again without a layout.
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "wk-actor-card.h"
#include "wk-export-chooser.h"
#include "wk-layout.h"
#include "wk-network-page.h"
#include "wk-test-ui.h"

static WkNetworkPage *
network_page (WkWindow *window)
{
  return WK_NETWORK_PAGE (window->network_page);
}

static WkWindow *
open_network (const char *file_name)
{
  WkWindow *window = wk_test_open_file (file_name);
  g_autoptr(GError) error = NULL;
  WkWijk *wijk;

  g_assert_true (wk_store_load_example (window->store, &error));
  g_assert_no_error (error);
  wijk = wk_test_find_wijk (window, "Rietveld-Oost");
  g_assert_nonnull (wijk);
  adw_view_stack_set_visible_child_name (window->view_stack, "network");
  wk_window_select_wijk (window, wijk);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)), 2000);
  /* a narrow window shows the sidebar or the page: the page */
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  WAIT_FOR (!wk_network_page_is_busy (network_page (window)), 30000);
  wk_test_iterate (300);
  return window;
}

static void
node_on_screen (WkWindow *window,
                int       index,
                int      *x,
                int      *y)
{
  WkNetworkView *view = wk_network_page_get_view (network_page (window));
  graphene_point_t in_view, in_window;
  double wx, wy, sx, sy;

  g_assert_true (wk_network_view_node_to_widget (view, index, &wx, &wy));
  in_view = GRAPHENE_POINT_INIT (wx, wy);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (window), &in_view, &in_window));
  /* no window manager: the window is at 0,0; its surface may have a shadow */
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  *x = (int) round (in_window.x + sx);
  *y = (int) round (in_window.y + sy);
}

/* A node of an actor that has relations, well inside the view. */
static int
pick_node (WkNetwork *network)
{
  int best = -1;
  guint best_degree = 0;

  for (guint i = 0; i < wk_network_get_n_nodes (network); i++)
    {
      guint degree = 0;

      if (wk_network_get_node (network, i)->kind != WK_NODE_ACTOR)
        continue;
      for (guint e = 0; e < wk_network_get_n_edges (network); e++)
        {
          WkNetworkEdge *edge = wk_network_get_edge (network, e);

          degree += edge->source == i || edge->target == i;
        }
      if (degree > best_degree)
        best = i, best_degree = degree;
    }
  return best;
}

static void
test_laid_out_and_drawn (void)
{
  WkWindow *window = open_network ("layout.db");
  WkNetworkView *view = wk_network_page_get_view (network_page (window));
  WkNetwork *network = wk_network_view_get_network (view);
  WkRenderer *renderer = wk_network_view_get_renderer (view);
  const WkRenderOptions *options = wk_network_view_get_render_options (view);
  guint n;

  g_assert_nonnull (network);
  n = wk_network_get_n_nodes (network);
  g_assert_cmpuint (n, >, 5);
  g_assert_true (wk_network_has_layout (network));
  /* no two nodes overlap */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        WkNetworkNode *a = wk_network_get_node (network, i);
        WkNetworkNode *b = wk_network_get_node (network, j);

        g_assert_cmpfloat (hypot (a->x - b->x, a->y - b->y), >,
                           wk_renderer_get_node_radius (renderer, options, i) +
                           wk_renderer_get_node_radius (renderer, options, j));
      }
  /* saved: the layout table has every node */
  g_assert_cmpuint (wk_test_count_rows (window, "SELECT count(*) FROM layout"), ==, n);
  /* the connectors panel was filled by the analysis */
  wk_test_screenshot (GTK_WIDGET (window), "network");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_click_opens_card (void)
{
  WkWindow *window = open_network ("click.db");
  WkNetworkPage *page = network_page (window);
  WkNetworkView *view = wk_network_page_get_view (page);
  WkNetwork *network = wk_network_view_get_network (view);
  GtkWidget *card = wk_network_page_get_card (page);
  int index = pick_node (network);
  gint64 record_id;
  WkActor *actor;
  int x, y;

  g_assert_cmpint (index, >=, 0);
  /* the network is built again after edits: keep the id, not the node */
  record_id = wk_network_get_node (network, index)->record_id;
  wk_network_view_center_on (view, index);
  wk_test_iterate (100);
  g_assert_false (gtk_widget_get_visible (card));

  node_on_screen (window, index, &x, &y);
  {
    g_autofree char *actions = g_strdup_printf ("mousemove --sync %d %d click 1", x, y);

    wk_test_xdotool (actions);
  }
  WAIT_FOR (gtk_widget_get_visible (card), 2000);
  actor = wk_actor_card_get_actor (WK_ACTOR_CARD (card));
  g_assert_nonnull (actor);
  g_assert_cmpint (wk_record_get_id (WK_RECORD (actor)), ==, record_id);
  g_assert_cmpint (wk_network_view_get_selected (view), ==, index);
  wk_test_screenshot (GTK_WIDGET (window), "network-card");

  /* an edit on the card shows in the diagram */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (wk_store_set_text (window->store, WK_RECORD (actor), "name", "Nieuwe naam “test”", &error));
    g_assert_no_error (error);
    WAIT_FOR (g_strcmp0 (wk_network_get_node (wk_network_view_get_network (view),
                                              wk_network_find_node (wk_network_view_get_network (view),
                                                                    WK_NODE_ACTOR, record_id))->label,
                         "Nieuwe naam “test”") == 0, 3000);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drag_pins (void)
{
  WkWindow *window = open_network ("drag.db");
  WkNetworkPage *page = network_page (window);
  WkNetworkView *view = wk_network_page_get_view (page);
  WkNetwork *network = wk_network_view_get_network (view);
  int index = pick_node (network);
  gint64 record_id = wk_network_get_node (network, index)->record_id;
  double old_x = wk_network_get_node (network, index)->x;
  double old_y = wk_network_get_node (network, index)->y;
  double moved_x, moved_y;
  int x, y;
  g_autofree char *sql = NULL;

  wk_network_view_center_on (view, index);
  wk_test_iterate (100);
  node_on_screen (window, index, &x, &y);
  {
    g_autofree char *actions = g_strdup_printf ("mousemove --sync %d %d mousedown 1 "
                                                "mousemove --sync %d %d mousemove --sync %d %d "
                                                "mousemove --sync %d %d mouseup 1",
                                                x, y, x + 10, y + 5, x + 40, y + 20, x + 80, y + 40);

    wk_test_xdotool (actions);
  }
  network = wk_network_view_get_network (view);
  index = wk_network_find_node (network, WK_NODE_ACTOR, record_id);
  g_assert_true (wk_network_get_node (network, index)->pinned);
  moved_x = wk_network_get_node (network, index)->x;
  moved_y = wk_network_get_node (network, index)->y;
  /* 80 × 40 pixels right and down: y is up in Graphviz's points */
  g_assert_cmpfloat (fabs ((moved_x - old_x) * wk_network_view_get_scale (view) - 80), <, 2);
  g_assert_cmpfloat (fabs ((old_y - moved_y) * wk_network_view_get_scale (view) - 40), <, 2);
  {
    char x_text[G_ASCII_DTOSTR_BUF_SIZE], y_text[G_ASCII_DTOSTR_BUF_SIZE];

    /* SQL numbers have a decimal point in every locale */
    sql = g_strdup_printf ("SELECT count(*) FROM layout WHERE actor_id = %" G_GINT64_FORMAT
                           " AND pinned = 1 AND abs(x - %s) < 0.001 AND abs(y - %s) < 0.001",
                           record_id, g_ascii_dtostr (x_text, sizeof x_text, moved_x),
                           g_ascii_dtostr (y_text, sizeof y_text, moved_y));
  }
  g_assert_cmpuint (wk_test_count_rows (window, sql), ==, 1);

  /* a layout from scratch leaves it exactly where it was put */
  wk_network_page_relayout (page);
  WAIT_FOR (!wk_network_page_is_busy (page), 30000);
  network = wk_network_view_get_network (view);
  index = wk_network_find_node (network, WK_NODE_ACTOR, record_id);
  g_assert_cmpfloat (wk_network_get_node (network, index)->x, ==, moved_x);
  g_assert_cmpfloat (wk_network_get_node (network, index)->y, ==, moved_y);
  g_assert_cmpuint (wk_test_count_rows (window, sql), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A wijk opens on its saved layout, drawn at once: no helper runs. */
static void
test_reopen_without_layout (void)
{
  WkWindow *window = open_network ("reopen.db");
  WkNetworkPage *page = network_page (window);
  WkWijk *wijk = wk_window_get_selected_wijk (window);
  WkWijk *other = NULL;
  GListModel *wijken = wk_store_get_wijken (window->store);

  for (guint i = 0; i < g_list_model_get_n_items (wijken) && other == NULL; i++)
    {
      g_autoptr(WkWijk) candidate = g_list_model_get_item (wijken, i);

      if (candidate != wijk)
        other = candidate;
    }
  g_assert_nonnull (other);
  wk_window_select_wijk (window, other);
  WAIT_FOR (!wk_network_page_is_busy (page), 30000);

  /* a helper that cannot start: a layout now would fail with a message */
  wk_layout_set_helper_path ("/nonexistent/wijkkaart");
  wk_window_select_wijk (window, wijk);
  g_assert_true (wk_network_has_layout (wk_network_view_get_network (wk_network_page_get_view (page))));
  g_assert_false (wk_network_page_is_busy (page) &&
                  !wk_network_has_layout (wk_network_view_get_network (wk_network_page_get_view (page))));

  /* a re-layout fails clearly and keeps the picture */
  {
    WkNetwork *network = wk_network_view_get_network (wk_network_page_get_view (page));
    double x = wk_network_get_node (network, 0)->x;

    wk_network_page_relayout (page);
    WAIT_FOR (!wk_network_page_is_busy (page), 10000);
    g_assert_cmpfloat (wk_network_get_node (network, 0)->x, ==, x);
    g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (wk_test_nth_descendant (GTK_WIDGET (page),
                                                                                        GTK_TYPE_REVEALER, 0))));
  }
  wk_layout_set_helper_path (g_getenv ("WK_HELPER_PATH"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without a mouse: find an actor by name, Tab to the next one, Enter opens its card. */
static void
test_keyboard_and_find (void)
{
  WkWindow *window = open_network ("keyboard.db");
  WkNetworkPage *page = network_page (window);
  WkNetworkView *view = wk_network_page_get_view (page);
  WkNetwork *network = wk_network_view_get_network (view);
  GtkWidget *card = wk_network_page_get_card (page);
  GtkWidget *find = wk_test_nth_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, 0);
  const char *name = wk_network_get_node (network, pick_node (network))->label;
  g_autofree char *part = g_utf8_substring (name, 1, 5);
  int found, next;
  int x, y;

  /* part of the name, in other case, finds and selects it */
  {
    g_autofree char *upper = g_utf8_strup (part, -1);

    gtk_editable_set_text (GTK_EDITABLE (find), upper);
  }
  WAIT_FOR (wk_network_view_get_selected (view) >= 0, 2000);
  found = wk_network_view_get_selected (view);
  {
    g_autofree char *a = g_utf8_casefold (wk_network_get_node (network, found)->label, -1);
    g_autofree char *b = g_utf8_casefold (part, -1);

    g_assert_nonnull (strstr (a, b));
  }
  g_assert_false (gtk_widget_has_css_class (find, "error"));
  gtk_editable_set_text (GTK_EDITABLE (find), "zzqx-niemand");
  WAIT_FOR (gtk_widget_has_css_class (find, "error"), 2000);

  /* the keyboard, through the X server, on the diagram */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  node_on_screen (window, found, &x, &y);
  {
    g_autofree char *actions = g_strdup_printf ("mousemove --sync %d %d key Tab", x + 200, y + 200);

    wk_test_xdotool (actions);
  }
  WAIT_FOR (wk_network_view_get_selected (view) != found, 2000);
  next = wk_network_view_get_selected (view);
  g_assert_cmpint (next, >=, 0);
  g_assert_false (gtk_widget_get_visible (card));
  wk_test_xdotool ("key Return");
  WAIT_FOR (gtk_widget_get_visible (card), 2000);
  g_assert_cmpint (wk_record_get_id (WK_RECORD (wk_actor_card_get_actor (WK_ACTOR_CARD (card)))), ==,
                   wk_network_get_node (network, next)->record_id);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Export through the chooser: an SVG of what is on screen, persons by role. */
static void
test_export (void)
{
  WkWindow *window = open_network ("export.db");
  WkNetworkPage *page = network_page (window);
  WkNetworkView *view = wk_network_page_get_view (page);
  WkNetwork *network = wk_network_view_get_network (view);
  g_autofree char *path = g_build_filename (tmpdir, "rietveld.svg", NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;
  const char *person = NULL;

  for (guint i = 0; i < wk_network_get_n_nodes (network) && person == NULL; i++)
    if (wk_network_get_node (network, i)->personal)
      person = wk_network_get_node (network, i)->label;
  g_assert_nonnull (person);

  /* the chooser opens with personal data hidden */
  gtk_widget_activate_action (GTK_WIDGET (page), "network.export", NULL);
  WAIT_FOR (_wk_export_chooser_get_shown () != NULL, 5000);
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (_wk_export_chooser_get_shown ()), "personal"),
                   ==, "hide");
  gtk_native_dialog_hide (_wk_export_chooser_get_shown ());
  g_signal_emit_by_name (_wk_export_chooser_get_shown (), "response", GTK_RESPONSE_CANCEL);
  g_assert_null (_wk_export_chooser_get_shown ());

  /* what it does when the user confirms, with the defaults */
  {
    g_autofree char *written = wk_export_chooser_write (view, "Rietveld-Oost", path, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (written, ==, path);
  }
  g_assert_true (g_file_get_contents (path, &svg, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "Rietveld-Oost"));
  /* a person's name is personal data: not in the file by default */
  {
    g_autofree char *escaped = g_markup_escape_text (person, -1);

    g_assert_null (strstr (svg, escaped));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  wk_test_init (&argc, &argv, "wk-test-network-XXXXXX");

  g_test_add_func ("/network/laid-out-and-drawn", test_laid_out_and_drawn);
  g_test_add_func ("/network/click-opens-card", test_click_opens_card);
  g_test_add_func ("/network/drag-pins", test_drag_pins);
  g_test_add_func ("/network/reopen-without-layout", test_reopen_without_layout);
  g_test_add_func ("/network/keyboard-and-find", test_keyboard_and_find);
  g_test_add_func ("/network/export", test_export);

  return wk_test_run ();
}
