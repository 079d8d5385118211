/* test-mbtiles.c: reading MBTiles files (the offline map), without a display
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "wk-mbtiles.h"

static char *tmpdir;

/* A new MBTiles file; @metadata: name, value, …, NULL. */
static sqlite3 *
create_mbtiles (const char *path,
                ...)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  const char *name;
  va_list args;

  g_remove (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE metadata (name TEXT, value TEXT);"
                                 "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                                 "                    tile_row INTEGER, tile_data BLOB);"
                                 "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column,"
                                 "                                         tile_row);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO metadata VALUES (?, ?)", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  va_start (args, path);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_reset (stmt);
    }
  va_end (args);
  sqlite3_finalize (stmt);
  return db;
}

/* @row counts from the south, as the file does. */
static void
add_tile (sqlite3    *db,
          int         zoom,
          int         column,
          int         row,
          const char *data)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, zoom);
  sqlite3_bind_int (stmt, 2, column);
  sqlite3_bind_int (stmt, 3, row);
  sqlite3_bind_blob (stmt, 4, data, strlen (data), SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

static char *
temp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* The tile as text, "" when absent; fails on an error. */
static char *
tile_text (WkMbtiles *mbtiles,
           int        zoom,
           int        x,
           int        y)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = wk_mbtiles_get_tile (mbtiles, zoom, x, y, &error);
  gsize size = 0;
  const char *data;

  g_assert_no_error (error);
  if (bytes == NULL)
    return g_strdup ("");
  data = g_bytes_get_data (bytes, &size);
  return g_strndup (data, size);
}

#define assert_tile(mbtiles, z, x, y, expected)                    \
  G_STMT_START {                                                   \
    g_autofree char *_got = tile_text ((mbtiles), (z), (x), (y));  \
    g_assert_cmpstr (_got, ==, (expected));                        \
  } G_STMT_END

/* Web maps count rows from the north, the file from the south. */
static void
test_flip (void)
{
  g_autofree char *path = temp_path ("flip.mbtiles");
  g_autoptr(WkMbtiles) mbtiles = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = create_mbtiles (path, "name", "Flip", NULL);

  add_tile (db, 0, 0, 0, "z0");
  add_tile (db, 2, 1, 0, "z2 c1 r0");   /* the south row */
  add_tile (db, 2, 1, 3, "z2 c1 r3");   /* the north row */
  add_tile (db, 3, 5, 2, "z3 c5 r2");
  sqlite3_close (db);

  mbtiles = wk_mbtiles_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (mbtiles);

  assert_tile (mbtiles, 0, 0, 0, "z0");
  assert_tile (mbtiles, 2, 1, 3, "z2 c1 r0");
  assert_tile (mbtiles, 2, 1, 0, "z2 c1 r3");
  assert_tile (mbtiles, 3, 5, 5, "z3 c5 r2");   /* 2^3 - 1 - 2 */
  assert_tile (mbtiles, 3, 5, 2, "");
}

/* A tile the file does not have is no error; neither is one off the map. */
static void
test_absent (void)
{
  g_autofree char *path = temp_path ("absent.mbtiles");
  g_autoptr(WkMbtiles) mbtiles = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = create_mbtiles (path, NULL);

  add_tile (db, 1, 0, 0, "one");
  sqlite3_close (db);

  mbtiles = wk_mbtiles_open (path, &error);
  g_assert_no_error (error);

  assert_tile (mbtiles, 1, 0, 1, "one");
  assert_tile (mbtiles, 1, 1, 1, "");
  assert_tile (mbtiles, 1, 0, 0, "");
  assert_tile (mbtiles, 0, 0, 0, "");
  assert_tile (mbtiles, 1, 2, 0, "");     /* column 2 does not exist at zoom 1 */
  assert_tile (mbtiles, 1, 0, -1, "");
  assert_tile (mbtiles, 31, 0, 0, "");
  assert_tile (mbtiles, -1, 0, 0, "");
}

static void
test_metadata (void)
{
  g_autofree char *path = temp_path ("metadata.mbtiles");
  g_autoptr(WkMbtiles) mbtiles = NULL;
  g_autoptr(GError) error = NULL;
  double west, south, east, north, longitude, latitude;
  int zoom;
  sqlite3 *db = create_mbtiles (path,
                                "name", "Rietveld offline",
                                "attribution", "© Gemeente",
                                "format", "png",
                                "minzoom", "12",
                                "maxzoom", "17",
                                "bounds", "4.85, 52.30,4.95,52.40",
                                "center", "4.9,52.35,14",
                                NULL);

  add_tile (db, 13, 1, 1, "x");
  sqlite3_close (db);

  mbtiles = wk_mbtiles_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wk_mbtiles_get_path (mbtiles), ==, path);
  g_assert_cmpstr (wk_mbtiles_get_name (mbtiles), ==, "Rietveld offline");
  g_assert_cmpstr (wk_mbtiles_get_attribution (mbtiles), ==, "© Gemeente");
  g_assert_cmpstr (wk_mbtiles_get_format (mbtiles), ==, "png");
  g_assert_cmpint (wk_mbtiles_get_min_zoom (mbtiles), ==, 12);
  g_assert_cmpint (wk_mbtiles_get_max_zoom (mbtiles), ==, 17);
  g_assert_true (wk_mbtiles_get_bounds (mbtiles, &west, &south, &east, &north));
  g_assert_cmpfloat_with_epsilon (west, 4.85, 1e-9);
  g_assert_cmpfloat_with_epsilon (south, 52.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (east, 4.95, 1e-9);
  g_assert_cmpfloat_with_epsilon (north, 52.40, 1e-9);
  g_assert_true (wk_mbtiles_get_center (mbtiles, &longitude, &latitude, &zoom));
  g_assert_cmpfloat_with_epsilon (longitude, 4.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (latitude, 52.35, 1e-9);
  g_assert_cmpint (zoom, ==, 14);
}

/* Without zoom levels in the metadata, the tiles say; bad values are unknown. */
static void
test_metadata_missing (void)
{
  g_autofree char *path = temp_path ("thin.mbtiles");
  g_autofree char *empty_path = temp_path ("empty.mbtiles");
  g_autoptr(WkMbtiles) mbtiles = NULL;
  g_autoptr(WkMbtiles) empty = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = create_mbtiles (path,
                                "minzoom", "five",
                                "bounds", "4.85,52.30,4.95",        /* three numbers */
                                "center", "4.9,52.35,14,1",
                                NULL);

  add_tile (db, 5, 1, 1, "a");
  add_tile (db, 9, 1, 1, "b");
  add_tile (db, 7, 1, 1, "c");
  sqlite3_close (db);

  mbtiles = wk_mbtiles_open (path, &error);
  g_assert_no_error (error);
  g_assert_null (wk_mbtiles_get_name (mbtiles));
  g_assert_null (wk_mbtiles_get_attribution (mbtiles));
  g_assert_null (wk_mbtiles_get_format (mbtiles));
  g_assert_cmpint (wk_mbtiles_get_min_zoom (mbtiles), ==, 5);
  g_assert_cmpint (wk_mbtiles_get_max_zoom (mbtiles), ==, 9);
  g_assert_false (wk_mbtiles_get_bounds (mbtiles, NULL, NULL, NULL, NULL));
  g_assert_false (wk_mbtiles_get_center (mbtiles, NULL, NULL, NULL));

  /* no metadata table and no tiles: still a (blank) map */
  db = NULL;
  g_assert_cmpint (sqlite3_open (empty_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                                     " tile_row INTEGER, tile_data BLOB)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  empty = wk_mbtiles_open (empty_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wk_mbtiles_get_min_zoom (empty), ==, -1);
  g_assert_cmpint (wk_mbtiles_get_max_zoom (empty), ==, -1);
  assert_tile (empty, 0, 0, 0, "");
}

/* Many writers keep the images once and make `tiles` a view. */
static void
test_tiles_view (void)
{
  g_autofree char *path = temp_path ("view.mbtiles");
  g_autoptr(WkMbtiles) mbtiles = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_remove (path);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER,"
                                 "                  tile_row INTEGER, tile_id TEXT);"
                                 "CREATE TABLE images (tile_id TEXT, tile_data BLOB);"
                                 "CREATE VIEW tiles AS SELECT zoom_level, tile_column, tile_row,"
                                 "  tile_data FROM map JOIN images USING (tile_id);"
                                 "INSERT INTO images VALUES ('sea', 'blue');"
                                 "INSERT INTO map VALUES (1, 0, 0, 'sea'), (1, 1, 0, 'sea');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  mbtiles = wk_mbtiles_open (path, &error);
  g_assert_no_error (error);
  assert_tile (mbtiles, 1, 0, 1, "blue");
  assert_tile (mbtiles, 1, 1, 1, "blue");
  assert_tile (mbtiles, 1, 1, 0, "");
  g_assert_cmpint (wk_mbtiles_get_max_zoom (mbtiles), ==, 1);
}

static void
assert_open_fails (const char *path,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkMbtiles) mbtiles = wk_mbtiles_open (path, &error);
  g_autofree char *base = g_path_get_basename (path);

  g_assert_null (mbtiles);
  g_assert_error (error, WK_MBTILES_ERROR, code);
  /* the message names the file, so the user knows which one */
  g_assert_nonnull (strstr (error->message, base));
  g_test_message ("%s: %s", base, error->message);
}

static void
test_not_mbtiles (void)
{
  g_autofree char *text = temp_path ("notes.txt");
  g_autofree char *png = temp_path ("picture.mbtiles");
  g_autofree char *other = temp_path ("other.sqlite");
  g_autofree char *columns = temp_path ("columns.mbtiles");
  g_autofree char *missing = temp_path ("missing.mbtiles");
  guchar image[300];
  sqlite3 *db = NULL;

  g_assert_true (g_file_set_contents (text, "Dit is geen kaart, maar een boodschappenlijst.\n"
                                      "Melk, brood, kaas, appels, koffie en thee voor de "
                                      "bewonersavond in het buurthuis.\n", -1, NULL));
  assert_open_fails (text, WK_MBTILES_ERROR_NOT_MBTILES);

  /* an image by mistake: binary, longer than SQLite's header */
  memset (image, 0x5a, sizeof image);
  memcpy (image, "\x89PNG\r\n\x1a\n", 8);
  g_assert_true (g_file_set_contents (png, (const char *) image, sizeof image, NULL));
  assert_open_fails (png, WK_MBTILES_ERROR_NOT_MBTILES);

  g_remove (other);
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE actor (id INTEGER PRIMARY KEY, name TEXT)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_open_fails (other, WK_MBTILES_ERROR_NOT_MBTILES);

  g_remove (columns);
  g_assert_cmpint (sqlite3_open (columns, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE tiles (z INTEGER, x INTEGER, y INTEGER, png BLOB)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_open_fails (columns, WK_MBTILES_ERROR_NOT_MBTILES);

  assert_open_fails (missing, WK_MBTILES_ERROR_CANNOT_OPEN);
  assert_open_fails (tmpdir, WK_MBTILES_ERROR_CANNOT_OPEN);
}

typedef struct
{
  WkMbtiles *mbtiles;
  guint      errors;
} ThreadData;

static gpointer
read_tiles_thread (gpointer user_data)
{
  ThreadData *data = user_data;

  for (int round = 0; round < 200; round++)
    for (int x = 0; x < 4; x++)
      for (int y = 0; y < 4; y++)
        {
          g_autoptr(GBytes) bytes = wk_mbtiles_get_tile (data->mbtiles, 2, x, y, NULL);
          g_autofree char *expected = g_strdup_printf ("%d/%d", x, 3 - y);
          gsize size = 0;
          const char *got = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

          if (got == NULL || size != strlen (expected) || memcmp (got, expected, size) != 0)
            g_atomic_int_inc (&data->errors);
        }
  return NULL;
}

/* The map reads tiles from worker threads, several at a time. */
static void
test_threads (void)
{
  g_autofree char *path = temp_path ("threads.mbtiles");
  g_autoptr(GError) error = NULL;
  GThread *threads[6];
  ThreadData data = { NULL, 0 };
  sqlite3 *db = create_mbtiles (path, NULL);

  for (int x = 0; x < 4; x++)
    for (int row = 0; row < 4; row++)
      {
        g_autofree char *text = g_strdup_printf ("%d/%d", x, row);

        add_tile (db, 2, x, row, text);
      }
  sqlite3_close (db);

  data.mbtiles = wk_mbtiles_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", read_tiles_thread, &data);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
  g_assert_cmpuint (data.errors, ==, 0);
  wk_mbtiles_free (data.mbtiles);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("wk-test-mbtiles-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/mbtiles/flip", test_flip);
  g_test_add_func ("/mbtiles/absent", test_absent);
  g_test_add_func ("/mbtiles/metadata", test_metadata);
  g_test_add_func ("/mbtiles/metadata-missing", test_metadata_missing);
  g_test_add_func ("/mbtiles/tiles-view", test_tiles_view);
  g_test_add_func ("/mbtiles/not-mbtiles", test_not_mbtiles);
  g_test_add_func ("/mbtiles/threads", test_threads);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = temp_path (name);

        g_remove (path);
      }
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return status;
}
