/* test-pins.c: the community map in the store: pins, sessions, categories, base map, import, undo
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "wk-store-private.h"

typedef struct
{
  char    *dir;
  GFile   *file;
  WkStore *store;
  WkWijk  *wijk;   /* owned */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("wk-test-pins-XXXXXX", &error);
  g_assert_no_error (error);
  f->file = g_file_new_build_filename (f->dir, "wijkkaart.db", NULL);
  f->store = wk_store_open (f->file, &error);
  g_assert_no_error (error);
  f->wijk = g_object_ref (wk_store_create_wijk (f->store, "Testwijk", "Lindewaard", &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->wijk);
  g_clear_object (&f->store);
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_object_unref (f->file);
}

static gint64
category_id (WkStore    *store,
             const char *key)
{
  GListModel *categories = wk_store_get_pin_categories (store);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(WkRecord) category = g_list_model_get_item (categories, i);

      if (g_str_equal (wk_record_get_text (category, "key"), key))
        return wk_record_get_id (category);
    }
  g_assert_not_reached ();
}

static const WkPinSpot image_spot = { 0.25, 0.75, NAN, NAN };
static const WkPinSpot globe_spot = { NAN, NAN, 52.1004, 5.1025 };

/* What is stored is what was dropped, read back from the table itself. */
static void
test_create_image_pin (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *pins = wk_store_get_pins (f->store, f->wijk);
  gint64 concern = category_id (f->store, "concern");
  WkPin *pin;
  sqlite3_stmt *stmt;
  double a, b;

  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 0);
  pin = wk_store_create_pin (f->store, f->wijk, &image_spot, concern, -1, "  Donkere steeg  ", &error);
  g_assert_no_error (error);
  g_assert_nonnull (pin);
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 1);
  g_assert_cmpstr (wk_pin_get_title (pin), ==, "Donkere steeg");
  g_assert_false (wk_pin_get_place (pin, &a, &b));
  g_assert_cmpfloat (a, ==, 0.25);
  g_assert_cmpfloat (b, ==, 0.75);
  g_assert_true (isnan (wk_record_get_double (WK_RECORD (pin), "latitude")));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (pin), "category-id"), ==, concern);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (pin), "session-id"), ==, -1);
  g_assert_cmpuint (strlen (wk_record_get_text (WK_RECORD (pin), "date")), ==, 10);
  g_assert_cmpuint (wk_wijk_get_n_pins (f->wijk), ==, 1);

  stmt = _wk_store_prepare (f->store, "SELECT x, y, latitude IS NULL, title FROM pin WHERE id = ?1", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, wk_record_get_id (WK_RECORD (pin)));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpfloat (sqlite3_column_double (stmt, 0), ==, 0.25);
  g_assert_cmpfloat (sqlite3_column_double (stmt, 1), ==, 0.75);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, 1);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "Donkere steeg");
  sqlite3_reset (stmt);

  /* undo takes it away, redo brings the same row back */
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 0);
  g_assert_cmpuint (wk_wijk_get_n_pins (f->wijk), ==, 0);
  g_assert_true (wk_store_redo (f->store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 1);
}

static void
test_create_refuses (Fixture       *f,
                     gconstpointer  data)
{
  const WkPinSpot nowhere = { NAN, NAN, NAN, NAN };
  const WkPinSpot both = { 0.5, 0.5, 52.0, 5.0 };
  const WkPinSpot outside = { 1.5, 0.5, NAN, NAN };
  const WkPinSpot pole = { NAN, NAN, 95.0, 5.0 };
  const WkPinSpot *bad[] = { &nowhere, &both, &outside, &pole };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (wk_store_create_pin (f->store, f->wijk, bad[i], -1, -1, "x", &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
    }
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_pins (f->store, f->wijk)), ==, 0);
  g_assert_false (wk_undo_stack_can_undo (wk_store_get_undo_stack (f->store)));
}

/* Hostile text is kept exactly; a long note, right-to-left text and quotes too. */
static void
test_edit_hostile (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *title = "\"Quotes'\\back\\slash\" <b>&amp; مسجد الأمل 🕌";
  g_autoptr(GString) note = g_string_new (NULL);
  WkPin *pin;

  for (guint i = 0; note->len < 10000; i++)
    g_string_append_printf (note, "regel %u; ", i);
  pin = wk_store_create_pin (f->store, f->wijk, &globe_spot, -1, -1, title, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wk_pin_get_title (pin), ==, title);
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (pin), "note", note->str, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (pin), "note"), ==, note->str);
  g_assert_true (wk_pin_is_geographic (pin));
  g_assert_false (wk_store_set_text (f->store, WK_RECORD (pin), "date", "31-02-2026", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* a pin may lose its title */
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (pin), "title", "", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_pin_get_title (pin), ==, "");
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const WkPinSpot there = { NAN, NAN, 52.2, 5.3 };
  WkPin *pin = wk_store_create_pin (f->store, f->wijk, &globe_spot, -1, -1, "Bank", &error);
  double a, b;

  g_assert_no_error (error);
  g_assert_true (wk_store_move_pin (f->store, pin, &there, &error));
  g_assert_no_error (error);
  wk_pin_get_place (pin, &a, &b);
  g_assert_cmpfloat (a, ==, 52.2);
  g_assert_cmpfloat (b, ==, 5.3);
  /* a pin on a web map does not move onto an image */
  g_assert_false (wk_store_move_pin (f->store, pin, &image_spot, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  /* one undo step brings both coordinates back */
  g_assert_true (wk_store_undo (f->store, NULL));
  wk_pin_get_place (pin, &a, &b);
  g_assert_cmpfloat (a, ==, 52.1004);
  g_assert_cmpfloat (b, ==, 5.1025);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *pins = wk_store_get_pins (f->store, f->wijk);
  WkPin *pin = wk_store_create_pin (f->store, f->wijk, &image_spot, -1, -1, "Weg", &error);
  g_autofree char *uuid = g_strdup (wk_record_get_uuid (WK_RECORD (pin)));

  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (pin), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 0);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "Pin “Weg” deleted");
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 1);
  {
    g_autoptr(WkPin) back = g_list_model_get_item (pins, 0);
    g_assert_cmpstr (wk_record_get_uuid (WK_RECORD (back)), ==, uuid);
  }
}

/* Sessions: hidden and shown; deleting one keeps its pins, and undo puts them back in it. */
static void
test_sessions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *sessions = wk_store_get_mapping_sessions (f->store, f->wijk);
  WkMappingSession *later, *evening;
  WkPin *pin;

  later = wk_store_create_mapping_session (f->store, f->wijk, "Buurtwandeling", "2026-06-13", &error);
  g_assert_no_error (error);
  evening = wk_store_create_mapping_session (f->store, f->wijk, "Bewonersavond 12 maart", "2026-03-12", &error);
  g_assert_no_error (error);
  g_assert_null (wk_store_create_mapping_session (f->store, f->wijk, "  ", NULL, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  g_assert_true (wk_mapping_session_is_visible (evening));
  g_assert_true (wk_store_set_int (f->store, WK_RECORD (evening), "visible", 0, &error));
  g_assert_false (wk_mapping_session_is_visible (evening));

  pin = wk_store_create_pin (f->store, f->wijk, &image_spot, -1, wk_record_get_id (WK_RECORD (evening)),
                             "Ouderkamer", &error);
  g_assert_no_error (error);
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (evening), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 1);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (pin), "session-id"), ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_pins (f->store, f->wijk)), ==, 1);
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (sessions), ==, 2);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (pin), "session-id"), ==,
                   wk_record_get_id (WK_RECORD (evening)));
  (void) later;
}

static void
test_categories (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *categories = wk_store_get_pin_categories (f->store);
  guint builtin = g_list_model_get_n_items (categories);
  WkPinCategory *category;
  double r, g, b;

  g_assert_cmpuint (builtin, ==, 6);
  {
    g_autoptr(WkPinCategory) first = g_list_model_get_item (categories, 0);
    g_assert_cmpstr (wk_record_get_text (WK_RECORD (first), "key"), ==, "meeting-place");
    g_assert_cmpstr (wk_pin_category_get_symbol (first), ==, "☕");
    g_assert_true (wk_pin_category_get_rgb (first, &r, &g, &b));
    g_assert_cmpfloat_with_epsilon (g, 0xc2 / 255.0, 1e-9);
  }
  category = wk_store_create_pin_category (f->store, "Speelplek", "#1c71d8", "⚽", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, builtin + 1);
  g_assert_cmpstr (wk_pin_category_get_label (category), ==, "Speelplek");
  g_assert_null (wk_store_create_pin_category (f->store, "Rood", "red", "", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (wk_store_create_pin_category (f->store, "Lang", "#000000", "ABCDEFG", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* edits are checked as on creation */
  g_assert_false (wk_store_set_text (f->store, WK_RECORD (category), "color", "red", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wk_store_set_text (f->store, WK_RECORD (category), "symbol", "ABCDEFGH", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wk_store_set_text (f->store, WK_RECORD (category), "stored-label", "  ", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (wk_pin_category_get_label (category), ==, "Speelplek");

  /* renamed and recoloured, shown as written */
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (category), "color", "#26a269", &error));
  g_assert_true (wk_pin_category_get_rgb (category, &r, &g, &b));
  g_assert_cmpfloat_with_epsilon (r, 0x26 / 255.0, 1e-9);
}

static WkPinDraft *
draft (const char *title,
       double      latitude,
       double      longitude,
       const char *category,
       const char *session)
{
  WkPinDraft *pin = wk_pin_draft_new ();

  g_free (pin->title);
  pin->title = g_strdup (title);
  pin->latitude = latitude;
  pin->longitude = longitude;
  pin->category = g_strdup (category);
  pin->session = g_strdup (session);
  return pin;
}

/* All or nothing, one undo step, categories and sessions found or made. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) wk_pin_draft_free);
  GListModel *pins = wk_store_get_pins (f->store, f->wijk);
  guint n_categories = g_list_model_get_n_items (wk_store_get_pin_categories (f->store));
  guint n_added = 99;

  g_ptr_array_add (drafts, draft ("Bankje", 52.1, 5.1, "Ontmoetingsplek", "Avond"));
  g_ptr_array_add (drafts, draft ("Kuil", 52.2, 5.2, "concern", "Avond"));
  g_ptr_array_add (drafts, draft ("Mural", 52.3, 5.3, "Kunst", NULL));
  g_ptr_array_add (drafts, draft ("Fout", 152.3, 5.3, NULL, NULL));
  ((WkPinDraft *) drafts->pdata[3])->feature = 7;

  /* a bad place: nothing written, the error names the feature */
  g_assert_false (wk_store_import_pins (f->store, f->wijk, (WkPinDraft **) drafts->pdata, drafts->len, -1,
                                        &n_added, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "7"));
  g_clear_error (&error);
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 0);

  g_ptr_array_remove_index (drafts, 3);
  g_assert_true (wk_store_import_pins (f->store, f->wijk, (WkPinDraft **) drafts->pdata, drafts->len, -1,
                                       &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_mapping_sessions (f->store, f->wijk)), ==, 1);
  /* "Kunst" is new; "Ontmoetingsplek" is not a key or English label, so it is new too
   * unless the Dutch translation is in use */
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_pin_categories (f->store)), >=, n_categories + 1);
  {
    g_autoptr(WkPin) kuil = g_list_model_get_item (pins, 1);
    g_assert_cmpint (wk_record_get_int (WK_RECORD (kuil), "category-id"), ==, category_id (f->store, "concern"));
  }

  /* one undo step takes the pins, the new session and the new categories */
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "3 pins imported");
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pins), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_mapping_sessions (f->store, f->wijk)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_pin_categories (f->store)), ==, n_categories);
}

static void
test_base_map (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) image = g_bytes_new_static ("<svg/>", 6);
  double lat, lon, zoom;

  g_assert_cmpstr (wk_wijk_get_map_kind (f->wijk), ==, "none");
  g_assert_false (wk_wijk_get_map_view (f->wijk, &lat, &lon, &zoom));
  g_assert_false (wk_store_use_wijk_map_image (f->store, f->wijk, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (wk_store_set_wijk_map_tiles (f->store, f->wijk, "file:///tmp/{z}/{x}/{y}.png", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wk_store_set_wijk_map_tiles (f->store, f->wijk, "https://tiles.example.org/{z}.png", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (wk_store_set_wijk_map_tiles (f->store, f->wijk, "https://tiles.example.org/{z}/{x}/{y}.png", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_wijk_get_map_kind (f->wijk), ==, "tiles");
  g_assert_cmpstr (wk_wijk_get_map_tile_url (f->wijk), ==, "https://tiles.example.org/{z}/{x}/{y}.png");
  g_assert_true (wk_store_set_wijk_map_view (f->store, f->wijk, 52.1, 5.1, 16.5, &error));
  g_assert_true (wk_wijk_get_map_view (f->wijk, &lat, &lon, &zoom));
  g_assert_cmpfloat (zoom, ==, 16.5);
  g_assert_false (wk_store_set_wijk_map_view (f->store, f->wijk, NAN, 5.1, 16.5, &error));
  g_clear_error (&error);

  /* an image, then tiles, then the image again: still there */
  g_assert_true (wk_store_set_wijk_map_image (f->store, f->wijk, image, "image/svg+xml", &error));
  g_assert_cmpstr (wk_wijk_get_map_kind (f->wijk), ==, "image");
  g_assert_true (wk_store_set_wijk_map_tiles (f->store, f->wijk, "mbtiles:/srv/kaart.mbtiles", &error));
  g_assert_true (wk_store_use_wijk_map_image (f->store, f->wijk, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_wijk_get_map_kind (f->wijk), ==, "image");
}

/* The example: Rietveld-Oost on its drawn map, Molenkwartier on PDOK tiles. */
static void
test_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = wk_store_open_demo (&error);
  GListModel *wijken;
  guint image_pins = 0, globe_pins = 0, private_pins = 0;

  g_assert_no_error (error);
  wijken = wk_store_get_wijken (store);
  for (guint i = 0; i < g_list_model_get_n_items (wijken); i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);
      GListModel *pins = wk_store_get_pins (store, wijk);

      if (g_str_equal (wk_wijk_get_name (wijk), "Rietveld-Oost"))
        g_assert_cmpstr (wk_wijk_get_map_kind (wijk), ==, "image");
      else
        {
          g_assert_cmpstr (wk_wijk_get_map_kind (wijk), ==, "tiles");
          g_assert_true (g_str_has_prefix (wk_wijk_get_map_tile_url (wijk), "https://service.pdok.nl/"));
          g_assert_true (wk_wijk_get_map_view (wijk, NULL, NULL, NULL));
        }
      g_assert_cmpuint (g_list_model_get_n_items (pins), ==, wk_wijk_get_n_pins (wijk));
      for (guint k = 0; k < g_list_model_get_n_items (pins); k++)
        {
          g_autoptr(WkPin) pin = g_list_model_get_item (pins, k);

          if (wk_pin_is_geographic (pin))
            globe_pins++;
          else
            image_pins++;
          if (wk_pin_is_private (pin))
            private_pins++;
        }
    }
  g_assert_cmpuint (image_pins, >, 20);
  g_assert_cmpuint (globe_pins, >=, 3);
  g_assert_cmpuint (private_pins, >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/pins/create-image", test_create_image_pin);
  ADD ("/pins/create-refuses", test_create_refuses);
  ADD ("/pins/edit-hostile", test_edit_hostile);
  ADD ("/pins/move", test_move);
  ADD ("/pins/delete-undo", test_delete_undo);
  ADD ("/pins/sessions", test_sessions);
  ADD ("/pins/categories", test_categories);
  ADD ("/pins/import", test_import);
  ADD ("/pins/base-map", test_base_map);
#undef ADD
  g_test_add_func ("/pins/example", test_example);

  return g_test_run ();
}
