/* test-map-ui.c: the community map in the real window on a private X server
 *
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The example wijk opens on its drawn map with its pins. With the real
 * pointer and keyboard (xdotool, XTEST): P switches to placing pins, a click
 * on the map shows the pin and a title entry, typing and Enter store it, and
 * the pin is found in the file where it was clicked; Escape drops one. A pin
 * dragged moves in the file, and undo puts it back. With personal data
 * hidden, pins at private addresses move to street level and lose their
 * names, on screen and in what is exported.
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "wk-map-page-private.h"
#include "wk-test-ui.h"

static cairo_status_t
png_append (GByteArray          *array,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (array, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static WkMapPage *
map_page (WkWindow *window)
{
  return WK_MAP_PAGE (window->map_page);
}

static WkWindow *
open_map (const char *file_name)
{
  WkWindow *window = wk_test_open_file (file_name);
  g_autoptr(GError) error = NULL;
  WkWijk *wijk;

  g_assert_true (wk_store_load_example (window->store, &error));
  g_assert_no_error (error);
  wijk = wk_test_find_wijk (window, "Rietveld-Oost");
  g_assert_nonnull (wijk);
  adw_view_stack_set_visible_child_name (window->view_stack, "map");
  wk_window_select_wijk (window, wijk);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)), 2000);
  adw_leaflet_navigate (window->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (wk_map_page_get_view (map_page (window)))), 2000);
  /* the leaflet slides to the page */
  wk_test_iterate (600);
  return window;
}

/* From the view's coordinates to the screen's. */
static void
on_screen (WkWindow *window,
           double    vx,
           double    vy,
           int      *x,
           int      *y)
{
  WkMapView *view = wk_map_page_get_view (map_page (window));
  graphene_point_t in_view = GRAPHENE_POINT_INIT (vx, vy), in_window;
  double sx, sy;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (window), &in_view, &in_window));
  /* no window manager: the window is at 0,0; its surface may have a shadow */
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  *x = (int) round (in_window.x + sx);
  *y = (int) round (in_window.y + sy);
}

static WkPin *
find_pin (WkWindow   *window,
          const char *title)
{
  GListModel *pins = wk_store_get_pins (window->store, wk_window_get_selected_wijk (window));

  for (guint i = 0; i < g_list_model_get_n_items (pins); i++)
    {
      g_autoptr(WkPin) pin = g_list_model_get_item (pins, i);

      if (g_strcmp0 (wk_pin_get_title (pin), title) == 0)
        return pin;
    }
  return NULL;
}

static void
test_example_drawn (void)
{
  WkWindow *window = open_map ("example.db");
  WkMapPage *page = map_page (window);
  WkMapView *view = wk_map_page_get_view (page);
  WkWijk *wijk = wk_window_get_selected_wijk (window);
  WkPin *pin = find_pin (window, "Bibliotheek Rietveld");
  double x, y;

  g_assert_cmpstr (wk_wijk_get_map_kind (wijk), ==, "image");
  g_assert_false (wk_map_view_has_tiles (view));
  /* every pin of the wijk is on its drawn map */
  g_assert_cmpuint (wk_map_view_get_n_shown (view), ==, wk_wijk_get_n_pins (wijk));
  g_assert_cmpuint (wk_map_view_get_n_shown (view), >, 20);
  /* a pin is drawn where it belongs: inside the view */
  g_assert_nonnull (pin);
  g_assert_true (wk_map_view_get_pin_position (view, pin, &x, &y));
  g_assert_cmpfloat (x, >, 0);
  g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpfloat (y, >, 0);
  g_assert_cmpfloat (y, <, gtk_widget_get_height (GTK_WIDGET (view)));
  wk_test_screenshot (GTK_WIDGET (window), "map");

  /* the network on the map: lines between actors that have pins */
  {
    const guint *pairs;
    const int *strengths;
    guint n_marks, n_links;

    wk_map_view_get_marks (view, 1.0, &n_marks, &pairs, &strengths, &n_links);
    g_assert_cmpuint (n_links, ==, 0);
    gtk_widget_activate_action (GTK_WIDGET (map_page (window)), "map.network", NULL);
    wk_map_view_get_marks (view, 1.0, &n_marks, &pairs, &strengths, &n_links);
    g_assert_cmpuint (n_links, >, 3);
    for (guint i = 0; i < n_links; i++)
      {
        g_assert_cmpuint (pairs[2 * i], <, n_marks);
        g_assert_cmpuint (pairs[2 * i + 1], <, n_marks);
        g_assert_cmpint (strengths[i], >=, 1);
      }
    wk_test_iterate (100);
    wk_test_screenshot (GTK_WIDGET (window), "map-network");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* P, a click, a title, Enter: the pin is in the file where it was clicked. */
static void
test_place_pin (void)
{
  WkWindow *window = open_map ("place.db");
  WkMapPage *page = map_page (window);
  WkMapView *view = wk_map_page_get_view (page);
  GtkWidget *entry = wk_map_page_get_draft_entry (page);
  guint before = wk_test_count_rows (window, "SELECT count(*) FROM pin");
  double vx = gtk_widget_get_width (GTK_WIDGET (view)) * 0.42;
  double vy = gtk_widget_get_height (GTK_WIDGET (view)) * 0.55;
  WkPinSpot expected;
  g_autofree char *sql = NULL;
  WkPin *pin;
  int x, y;

  /* P with the map focused turns placing on */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  wk_test_iterate (100);
  wk_test_xdotool ("key p");
  WAIT_FOR (wk_map_view_get_placing (view), 2000);
  wk_test_iterate (300);

  g_assert_true (wk_map_view_spot_at (view, vx, vy, &expected));
  on_screen (window, vx, vy, &x, &y);

  {
    g_autofree char *actions = g_strdup_printf ("mousemove --sync %d %d click 1", x, y);
    wk_test_xdotool (actions);
  }
  WAIT_FOR (gtk_widget_has_focus (entry) || gtk_widget_has_focus (gtk_widget_get_first_child (entry)), 2000);
  wk_test_xdotool ("type --delay 20 'Bankje bij de vijver'");
  wk_test_xdotool ("key Return");
  WAIT_FOR (find_pin (window, "Bankje bij de vijver") != NULL, 2000);

  pin = find_pin (window, "Bankje bij de vijver");
  {
    char x_text[G_ASCII_DTOSTR_BUF_SIZE], y_text[G_ASCII_DTOSTR_BUF_SIZE];

    /* within a pixel of the click, read from the file itself */
    sql = g_strdup_printf ("SELECT count(*) FROM pin WHERE title = 'Bankje bij de vijver'"
                           " AND abs(x - %s) < 0.002 AND abs(y - %s) < 0.002 AND latitude IS NULL",
                           g_ascii_dtostr (x_text, sizeof x_text, expected.x),
                           g_ascii_dtostr (y_text, sizeof y_text, expected.y));
  }
  g_test_message ("clicked at %g, %g; stored at %g, %g", expected.x, expected.y,
                  wk_record_get_double (WK_RECORD (pin), "x"), wk_record_get_double (WK_RECORD (pin), "y"));
  g_assert_cmpuint (wk_test_count_rows (window, sql), ==, 1);
  g_assert_cmpuint (wk_test_count_rows (window, "SELECT count(*) FROM pin"), ==, before + 1);
  /* with the category and the session chosen in the toolbar */
  g_assert_cmpint (wk_record_get_int (WK_RECORD (pin), "category-id"), >, 0);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (pin), "session-id"), >, 0);
  /* still placing, ready for the next */
  g_assert_true (wk_map_view_get_placing (view));

  /* Escape drops a pin being placed */
  {
    g_autofree char *actions = g_strdup_printf ("mousemove --sync %d %d click 1", x + 60, y + 30);
    wk_test_xdotool (actions);
  }
  WAIT_FOR (gtk_widget_get_mapped (entry), 2000);
  wk_test_xdotool ("type --delay 20 'Niet bewaren'");
  wk_test_xdotool ("key Escape");
  WAIT_FOR (!gtk_widget_get_mapped (entry), 2000);
  wk_test_iterate (200);
  g_assert_null (find_pin (window, "Niet bewaren"));
  g_assert_cmpuint (wk_test_count_rows (window, "SELECT count(*) FROM pin"), ==, before + 1);

  /* and P again stops placing */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  wk_test_xdotool ("key p");
  WAIT_FOR (!wk_map_view_get_placing (view), 2000);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A pin dragged 60 × 30 pixels moves in the file; undo moves it back. */
static void
test_drag_and_undo (void)
{
  WkWindow *window = open_map ("drag.db");
  WkMapView *view = wk_map_page_get_view (map_page (window));
  WkPin *pin = find_pin (window, "Taalcafé");
  WkPinSpot moved;
  double old_x, old_y, vx, vy;
  int x, y;

  g_assert_nonnull (pin);
  wk_pin_get_place (pin, &old_x, &old_y);
  g_assert_true (wk_map_view_get_pin_position (view, pin, &vx, &vy));
  /* the pin's head, above its tip */
  on_screen (window, vx, vy - 18, &x, &y);
  g_assert_true (wk_map_view_spot_at (view, vx + 60, vy + 30, &moved));
  {
    g_autofree char *actions = g_strdup_printf ("mousemove --sync %d %d mousedown 1 "
                                                "mousemove --sync %d %d mousemove --sync %d %d "
                                                "mousemove --sync %d %d mouseup 1",
                                                x, y, x + 10, y + 5, x + 30, y + 15, x + 60, y + 30);
    wk_test_xdotool (actions);
  }
  WAIT_FOR (fabs (wk_record_get_double (WK_RECORD (pin), "x") - moved.x) < 0.002, 2000);
  g_assert_cmpfloat (fabs (wk_record_get_double (WK_RECORD (pin), "y") - moved.y), <, 0.002);

  g_assert_true (wk_store_undo (window->store, NULL));
  g_assert_cmpfloat (wk_record_get_double (WK_RECORD (pin), "x"), ==, old_x);
  g_assert_cmpfloat (wk_record_get_double (WK_RECORD (pin), "y"), ==, old_y);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Hidden personal data: street level and no names, on screen and in exports. */
static void
test_privacy (void)
{
  WkWindow *window = open_map ("privacy.db");
  WkMapPage *page = map_page (window);
  WkMapView *view = wk_map_page_get_view (page);
  WkPin *pin = find_pin (window, "Riet van der Meer");
  g_autoptr(GPtrArray) drafts = NULL;
  double shown_x, shown_y, home_x, home_y;
  g_autofree char *label = NULL;

  g_assert_nonnull (pin);
  g_assert_true (wk_pin_is_private (pin));
  g_assert_true (wk_map_view_get_pin_position (view, pin, &home_x, &home_y));
  label = wk_map_view_dup_pin_label (view, pin, FALSE);
  g_assert_cmpstr (label, ==, "Riet van der Meer");

  gtk_widget_activate_action (GTK_WIDGET (page), "map.hide-personal", NULL);
  wk_test_iterate (100);
  g_assert_true (wk_map_view_get_hide_personal_data (view));
  g_assert_true (wk_map_view_get_pin_position (view, pin, &shown_x, &shown_y));
  g_assert_cmpfloat (hypot (shown_x - home_x, shown_y - home_y), >, 0.5);
  g_clear_pointer (&label, g_free);
  label = wk_map_view_dup_pin_label (view, pin, TRUE);
  g_assert_cmpstr (label, !=, "Riet van der Meer");
  g_assert_null (strstr (label, "Riet"));
  wk_test_screenshot (GTK_WIDGET (window), "map-private");

  /* exports hide them even when the view shows them */
  gtk_widget_activate_action (GTK_WIDGET (page), "map.hide-personal", NULL);
  g_assert_false (wk_map_view_get_hide_personal_data (view));
  drafts = _wk_map_page_dup_drafts (page);
  g_assert_cmpuint (drafts->len, ==, wk_map_view_get_n_shown (view));
  for (guint i = 0; i < drafts->len; i++)
    {
      WkPinDraft *draft = drafts->pdata[i];

      g_assert_null (strstr (draft->title, "Riet van der Meer"));
      g_assert_null (strstr (draft->title, "Fatima Bouzid"));
      g_assert_null (strstr (draft->title, "Ab Vermeulen"));
      g_assert_true (draft->actor == NULL || strstr (draft->actor, "Riet van der Meer") == NULL);
      if (draft->street_level)
        g_assert_cmpstr (draft->note, ==, "");
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Sessions hide their pins; the legend counts what is shown. */
static void
test_sessions_filter (void)
{
  WkWindow *window = open_map ("sessions.db");
  WkMapView *view = wk_map_page_get_view (map_page (window));
  GListModel *sessions = wk_store_get_mapping_sessions (window->store, wk_window_get_selected_wijk (window));
  g_autoptr(WkMappingSession) first = g_list_model_get_item (sessions, 0);
  guint all = wk_map_view_get_n_shown (view);
  guint in_first = 0, n_categories, total = 0;
  GListModel *pins = wk_store_get_pins (window->store, wk_window_get_selected_wijk (window));
  const guint *counts;

  for (guint i = 0; i < g_list_model_get_n_items (pins); i++)
    {
      g_autoptr(WkRecord) pin = g_list_model_get_item (pins, i);

      in_first += wk_record_get_int (pin, "session-id") == wk_record_get_id (WK_RECORD (first));
    }
  g_assert_cmpuint (in_first, >, 0);
  g_assert_true (wk_store_set_int (window->store, WK_RECORD (first), "visible", 0, NULL));
  wk_test_iterate (50);
  g_assert_cmpuint (wk_map_view_get_n_shown (view), ==, all - in_first);
  counts = wk_map_view_get_counts (view, &n_categories);
  for (guint i = 0; i <= n_categories; i++)
    total += counts[i];
  g_assert_cmpuint (total, ==, all - in_first);
  g_assert_true (wk_store_undo (window->store, NULL));
  wk_test_iterate (50);
  g_assert_cmpuint (wk_map_view_get_n_shown (view), ==, all);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An offline map the test draws: a beige ground with white streets every
 * 64 pixels and a green park, as PNG tiles at zoom 16 to 18 around the
 * Molenkwartier, in an MBTiles file (rows counted from the south). */
static char *
write_mbtiles (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "molenkwartier.mbtiles", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE metadata (name TEXT, value TEXT);"
                                 "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                                 "INSERT INTO metadata VALUES ('name', 'Testkaart'), ('format', 'png'),"
                                 " ('attribution', 'Testkaart van de test'), ('minzoom', '16'), ('maxzoom', '18');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)", -1, &stmt, NULL), ==, SQLITE_OK);
  for (int z = 16; z <= 18; z++)
    {
      double n = 1 << z;
      double lat = 52.1004 * G_PI / 180;
      int cx = (int) ((5.1025 + 180) / 360 * n);
      int cy = (int) ((1 - log (tan (lat) + 1 / cos (lat)) / G_PI) / 2 * n);

      for (int x = cx - 6; x <= cx + 6; x++)
        for (int y = cy - 5; y <= cy + 5; y++)
          {
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
            cairo_t *cr = cairo_create (surface);
            g_autoptr(GByteArray) png = g_byte_array_new ();

            cairo_set_source_rgb (cr, 0.93, 0.90, 0.84);
            cairo_paint (cr);
            if ((x + y) % 5 == 0)
              {
                cairo_set_source_rgb (cr, 0.70, 0.85, 0.62);
                cairo_rectangle (cr, 40, 40, 176, 176);
                cairo_fill (cr);
              }
            cairo_set_source_rgb (cr, 1, 1, 1);
            cairo_set_line_width (cr, 10);
            for (int k = 0; k <= 256; k += 128)
              {
                cairo_move_to (cr, k, 0);
                cairo_line_to (cr, k, 256);
                cairo_move_to (cr, 0, k);
                cairo_line_to (cr, 256, k);
              }
            cairo_stroke (cr);
            cairo_destroy (cr);
            cairo_surface_write_to_png_stream (surface, (cairo_write_func_t) png_append, png);
            cairo_surface_destroy (surface);
            sqlite3_bind_int (stmt, 1, z);
            sqlite3_bind_int (stmt, 2, x);
            sqlite3_bind_int (stmt, 3, (1 << z) - 1 - y);
            sqlite3_bind_blob (stmt, 4, png->data, png->len, SQLITE_TRANSIENT);
            g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
            sqlite3_reset (stmt);
          }
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_steal_pointer (&path);
}

/* The Molenkwartier on an offline web map: its pins by latitude and
 * longitude, a click placing one there, attribution drawn. */
static void
test_tile_map (void)
{
  WkWindow *window = open_map ("tiles.db");
  WkMapPage *page = map_page (window);
  WkMapView *view = wk_map_page_get_view (page);
  WkWijk *wijk = wk_test_find_wijk (window, "Molenkwartier");
  g_autofree char *path = write_mbtiles ();
  g_autofree char *url = g_strconcat ("mbtiles:", path, NULL);
  g_autoptr(GError) error = NULL;
  WkPinSpot expected;
  double vx, vy;
  int x, y;

  g_assert_true (wk_store_set_wijk_map_tiles (window->store, wijk, url, &error));
  g_assert_no_error (error);
  wk_window_select_wijk (window, wijk);
  WAIT_FOR (wk_map_view_has_tiles (view), 2000);
  wk_test_iterate (1000);
  g_assert_cmpuint (wk_map_view_get_n_shown (view), ==, wk_wijk_get_n_pins (wijk));
  g_assert_cmpstr (wk_map_view_get_attribution (view), ==, "Testkaart van de test");
  g_assert_false (wk_map_page_is_offline (page));

  /* a click places a pin at that latitude and longitude */
  wk_map_page_set_placing (page, TRUE);
  vx = gtk_widget_get_width (GTK_WIDGET (view)) * 0.3;
  vy = gtk_widget_get_height (GTK_WIDGET (view)) * 0.3;
  g_assert_true (wk_map_view_spot_at (view, vx, vy, &expected));
  on_screen (window, vx, vy, &x, &y);
  {
    g_autofree char *actions = g_strdup_printf ("mousemove --sync %d %d click 1", x, y);
    wk_test_xdotool (actions);
  }
  WAIT_FOR (gtk_widget_get_mapped (wk_map_page_get_draft_entry (page)), 2000);
  wk_test_xdotool ("type --delay 20 'Bankje op het Molenplein'");
  wk_test_xdotool ("key Return");
  WAIT_FOR (find_pin (window, "Bankje op het Molenplein") != NULL, 2000);
  {
    WkPin *pin = find_pin (window, "Bankje op het Molenplein");
    double lat, lon;

    g_assert_true (wk_pin_get_place (pin, &lat, &lon));
    /* within a few metres of the click */
    g_assert_cmpfloat (fabs (lat - expected.latitude), <, 0.00005);
    g_assert_cmpfloat (fabs (lon - expected.longitude), <, 0.00005);
  }
  wk_map_page_set_placing (page, FALSE);
  wk_test_iterate (300);
  wk_test_screenshot (GTK_WIDGET (window), "map-tiles");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GBytes *
stored_image (WkWindow *window)
{
  return wk_store_get_wijk_map_image (window->store, wk_window_get_selected_wijk (window), NULL, NULL);
}

static AdwMessageDialog *
wait_for_dialog (void)
{
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL, 5000);
  return ADW_MESSAGE_DIALOG (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* A file that is not an image, a broken one, and one of 20,000 pixels:
 * refused with a message, or scaled down, while the window keeps drawing. */
static void
test_bad_images (void)
{
  WkWindow *window = open_map ("images.db");
  WkMapPage *page = map_page (window);
  g_autoptr(GBytes) before = stored_image (window);
  g_autofree char *text_path = g_build_filename (tmpdir, "plattegrond.png", NULL);
  g_autofree char *broken_path = g_build_filename (tmpdir, "kapot.png", NULL);
  g_autofree char *wide_path = g_build_filename (tmpdir, "luchtfoto.png", NULL);
  g_autoptr(GFile) text_file = g_file_new_for_path (text_path);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken_path);
  g_autoptr(GFile) wide_file = g_file_new_for_path (wide_path);
  AdwMessageDialog *dialog;
  gint64 last, longest = 0;

  g_assert_true (g_file_set_contents (text_path, "Dit is een boodschappenlijstje, geen kaart.\n", -1, NULL));
  _wk_map_page_import_image_file (page, text_file);
  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "PNG"));
  wk_test_respond (dialog, "close");
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, 2000);

  {
    /* the first 200 bytes of a real PNG */
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 200);
    g_autoptr(GByteArray) png = g_byte_array_new ();

    cairo_surface_write_to_png_stream (surface, (cairo_write_func_t) png_append, png);
    cairo_surface_destroy (surface);
    g_assert_true (g_file_set_contents (broken_path, (const char *) png->data, MIN (200, png->len), NULL));
  }
  _wk_map_page_import_image_file (page, broken_file);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  wk_test_respond (dialog, "close");
  WAIT_FOR (wk_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL, 2000);
  {
    g_autoptr(GBytes) after = stored_image (window);
    g_assert_true (g_bytes_equal (before, after));
  }

  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 20000, 300);
    cairo_t *cr = cairo_create (surface);

    cairo_set_source_rgb (cr, 0.2, 0.5, 0.3);
    cairo_paint (cr);
    cairo_destroy (cr);
    g_assert_cmpint (cairo_surface_write_to_png (surface, wide_path), ==, CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy (surface);
  }
  _wk_map_page_import_image_file (page, wide_file);
  /* the window keeps running while the photo is scaled in a worker thread */
  last = g_get_monotonic_time ();
  for (gint64 end = last + 30 * G_USEC_PER_SEC; g_get_monotonic_time () < end;)
    {
      g_autoptr(GBytes) now = stored_image (window);
      gint64 t;

      if (!g_bytes_equal (now, before))
        break;
      g_main_context_iteration (NULL, FALSE);
      t = g_get_monotonic_time ();
      longest = MAX (longest, t - last);
      last = t;
      g_usleep (1000);
    }
  g_test_message ("longest pause of the main loop while scaling: %.1f ms", longest / 1000.0);
  g_assert_cmpint (longest, <, 250 * 1000);
  {
    g_autoptr(GBytes) now = stored_image (window);
    g_autoptr(WkMapImage) image = wk_map_image_new_from_bytes (now, "image/png", NULL);

    g_assert_false (g_bytes_equal (now, before));
    g_assert_nonnull (image);
    g_assert_cmpint (wk_map_image_get_width (image), ==, 8192);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A web map that cannot be reached: a notice, and pins still work. Then a
 * GeoJSON file with bad features: nothing unless confirmed, the good ones
 * when confirmed, all of them gone with one undo. */
static void
test_offline_and_geojson (void)
{
  WkWindow *window = open_map ("geojson.db");
  WkMapPage *page = map_page (window);
  WkWijk *wijk = wk_test_find_wijk (window, "Molenkwartier");
  g_autofree char *path = g_build_filename (tmpdir, "punten.geojson", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *pins;
  AdwMessageDialog *dialog;
  guint before;
  const char *geojson =
    "{\"type\": \"FeatureCollection\", \"features\": ["
    "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [5.1021, 52.1001]},"
    " \"properties\": {\"title\": \"Speeltuin \\\"De Molen\\\"\", \"category\": \"concern\"}},"
    "{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[5.1, 52.1], [5.2, 52.2]]},"
    " \"properties\": {\"title\": \"Een straat\"}},"
    "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [5.1030, 52.1010]},"
    " \"properties\": {\"title\": \"مسجد\", \"session\": \"Import\"}},"
    "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [200.5, 52.1]},"
    " \"properties\": {}},"
    "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [5.1040, 52.1020]}}"
    "]}";

  g_assert_true (wk_store_set_wijk_map_tiles (window->store, wijk, "http://127.0.0.1:9/{z}/{x}/{y}.png", NULL));
  wk_window_select_wijk (window, wijk);
  WAIT_FOR (wk_map_view_has_tiles (wk_map_page_get_view (page)), 2000);
  WAIT_FOR (wk_map_page_is_offline (page), 10000);
  pins = wk_store_get_pins (window->store, wijk);
  before = g_list_model_get_n_items (pins);

  g_assert_true (g_file_set_contents (path, geojson, -1, NULL));
  _wk_map_page_import_geojson_file (page, file);
  dialog = wait_for_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "LineString"));
  wk_test_respond (dialog, "cancel");
  wk_test_iterate (200);
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, before);

  _wk_map_page_import_geojson_file (page, file);
  dialog = wait_for_dialog ();
  wk_test_respond (dialog, "import");
  WAIT_FOR (g_list_model_get_n_items (pins) == before + 3, 2000);
  g_assert_nonnull (find_pin (window, "Speeltuin \"De Molen\""));
  g_assert_nonnull (find_pin (window, "مسجد"));

  g_assert_true (wk_store_undo (window->store, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
file_has_content (const char *path)
{
  GStatBuf buf;

  return g_stat (path, &buf) == 0 && buf.st_size > 0;
}

/* PNG, PDF and CSV of the map in view: title, pins, no person's name. */
static void
test_exports (void)
{
  WkWindow *window = open_map ("export.db");
  WkMapPage *page = map_page (window);
  WkMapView *view = wk_map_page_get_view (page);
  g_autofree char *png_path = g_build_filename (tmpdir, "kaart.png", NULL);
  g_autofree char *pdf_path = g_build_filename (tmpdir, "kaart.pdf", NULL);
  g_autofree char *csv_path = g_build_filename (tmpdir, "pins.csv", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png_path);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autofree char *text = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *command = NULL;
  cairo_surface_t *surface;

  _wk_map_page_export_file (page, "png", png_file);
  _wk_map_page_export_file (page, "pdf", pdf_file);
  _wk_map_page_export_file (page, "csv", csv_file);
  WAIT_FOR (file_has_content (png_path) && file_has_content (pdf_path) && file_has_content (csv_path), 10000);
  wk_test_iterate (200);

  surface = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 2 * gtk_widget_get_width (GTK_WIDGET (view)));
  cairo_surface_destroy (surface);

  command = g_strdup_printf ("pdftotext %s -", pdf_path);
  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, NULL, NULL));
  g_assert_nonnull (strstr (text, "Rietveld-Oost"));
  /* the title, the date line and the legend */
  g_assert_nonnull (strstr (text, "Wijkkaart, "));
  g_assert_nonnull (strstr (text, _("Meeting place")));
  g_assert_null (strstr (text, "Riet van der Meer"));
  g_assert_null (strstr (text, "Ab Vermeulen"));

  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  g_assert_nonnull (strstr (csv, "Bibliotheek Rietveld"));
  g_assert_null (strstr (csv, "Riet van der Meer"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  wk_test_init (&argc, &argv, "wk-test-map-XXXXXX");

  g_test_add_func ("/map/example-drawn", test_example_drawn);
  g_test_add_func ("/map/place-pin", test_place_pin);
  g_test_add_func ("/map/drag-and-undo", test_drag_and_undo);
  g_test_add_func ("/map/privacy", test_privacy);
  g_test_add_func ("/map/sessions-filter", test_sessions_filter);
  g_test_add_func ("/map/tile-map", test_tile_map);
  g_test_add_func ("/map/bad-images", test_bad_images);
  g_test_add_func ("/map/offline-and-geojson", test_offline_and_geojson);
  g_test_add_func ("/map/exports", test_exports);

  return wk_test_run ();
}
