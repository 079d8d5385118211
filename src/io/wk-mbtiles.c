/* wk-mbtiles.c: reading map tiles from an MBTiles file, the offline map of a community centre
 * SPDX-License-Identifier: EUPL-1.2
 *
 * MBTiles (https://github.com/mapbox/mbtiles-spec) is an SQLite file with a
 * table `tiles (zoom_level, tile_column, tile_row, tile_data)` and a table
 * `metadata (name, value)`. Rows count from the south (the TMS scheme), web
 * maps count from the north (XYZ): the flip happens here, callers speak XYZ.
 *
 * This is a foreign file that the user picks, not the app's store: it is
 * opened read-only and never written. The connection is serialized
 * (SQLITE_OPEN_FULLMUTEX) and the one prepared tile statement has its own
 * lock, so tiles may be read from worker threads.
 */
#include <math.h>

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "wk-mbtiles.h"

G_DEFINE_QUARK (wk-mbtiles-error-quark, wk_mbtiles_error)

/* Tile indices are ints: 2^30 columns is as far as they go. */
#define MAX_ZOOM 30

struct _WkMbtiles
{
  sqlite3      *db;
  sqlite3_stmt *tile_stmt;
  GMutex        tile_lock;    /* tile_stmt is bound, stepped and reset as one */
  char         *path;
  char         *display_name;

  char         *name;
  char         *attribution;
  char         *format;
  int           min_zoom;
  int           max_zoom;
  gboolean      has_bounds;
  double        bounds[4];    /* west, south, east, north */
  gboolean      has_center;
  double        center[2];    /* longitude, latitude */
  int           center_zoom;
};

static void
set_sqlite_error (WkMbtiles  *self,
                  int         rc,
                  GError    **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, WK_MBTILES_ERROR, WK_MBTILES_ERROR_NOT_MBTILES,
                   _("“%s” is not an MBTiles map: it is not a database file at all."),
                   self->display_name);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, WK_MBTILES_ERROR, WK_MBTILES_ERROR_CANNOT_OPEN,
                   _("“%s” cannot be opened. Check that the file exists and that you "
                     "may read it."),
                   self->display_name);
      break;
    default:
      g_set_error (error, WK_MBTILES_ERROR, WK_MBTILES_ERROR_READ,
                   _("Could not read the map “%s”: %s."),
                   self->display_name,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
    }
}

/* Whether the file has a table or view of this name; MBTiles writers often
 * make `tiles` a view over deduplicated images. */
static gboolean
has_table (WkMbtiles   *self,
           const char  *table,
           gboolean    *found,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT 1 FROM sqlite_master "
                           "WHERE type IN ('table', 'view') AND name = ?",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }
  *found = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
parse_numbers (const char *text,
               double     *numbers,
               guint       n)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return FALSE;
  parts = g_strsplit (text, ",", -1);
  if (g_strv_length (parts) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      char *end = NULL;
      const char *start = g_strstrip (parts[i]);

      numbers[i] = g_ascii_strtod (start, &end);
      if (end == start || *end != '\0' || !isfinite (numbers[i]))
        return FALSE;
    }
  return TRUE;
}

static int
parse_zoom (const char *text)
{
  gint64 zoom;

  if (text == NULL || !g_ascii_string_to_signed (g_strstrip ((char *) text), 10, 0, MAX_ZOOM,
                                                 &zoom, NULL))
    return -1;
  return (int) zoom;
}

/* The metadata table is required by the specification but often thin; each
 * key that is missing or unreadable is simply not known. */
static gboolean
read_metadata (WkMbtiles  *self,
               GError    **error)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;
  double numbers[4];
  int rc;

  if (!has_table (self, "metadata", &found, error))
    return FALSE;

  if (found)
    {
      rc = sqlite3_prepare_v2 (self->db, "SELECT name, value FROM metadata", -1, &stmt, NULL);
      while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 0);
          const char *value = (const char *) sqlite3_column_text (stmt, 1);

          if (name != NULL && value != NULL && g_utf8_validate (value, -1, NULL))
            g_hash_table_replace (values, g_ascii_strdown (name, -1), g_strdup (value));
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          set_sqlite_error (self, rc, error);
          return FALSE;
        }
    }

  self->name = g_strdup (g_hash_table_lookup (values, "name"));
  self->attribution = g_strdup (g_hash_table_lookup (values, "attribution"));
  self->format = g_strdup (g_hash_table_lookup (values, "format"));
  self->min_zoom = parse_zoom (g_hash_table_lookup (values, "minzoom"));
  self->max_zoom = parse_zoom (g_hash_table_lookup (values, "maxzoom"));

  if (parse_numbers (g_hash_table_lookup (values, "bounds"), numbers, 4)
      && numbers[0] >= -180 && numbers[2] <= 180 && numbers[0] < numbers[2]
      && numbers[1] >= -90 && numbers[3] <= 90 && numbers[1] < numbers[3])
    {
      self->has_bounds = TRUE;
      memcpy (self->bounds, numbers, sizeof self->bounds);
    }

  if (parse_numbers (g_hash_table_lookup (values, "center"), numbers, 3)
      && fabs (numbers[0]) <= 180 && fabs (numbers[1]) <= 90
      && numbers[2] >= 0 && numbers[2] <= MAX_ZOOM)
    {
      self->has_center = TRUE;
      self->center[0] = numbers[0];
      self->center[1] = numbers[1];
      self->center_zoom = (int) numbers[2];
    }

  return TRUE;
}

/* When the metadata does not say which zoom levels there are, the tiles do. */
static gboolean
read_zoom_range (WkMbtiles  *self,
                 GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (self->min_zoom >= 0 && self->max_zoom >= self->min_zoom)
    return TRUE;

  rc = sqlite3_prepare_v2 (self->db, "SELECT min (zoom_level), max (zoom_level) FROM tiles",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_INTEGER)
    {
      self->min_zoom = CLAMP (sqlite3_column_int (stmt, 0), 0, MAX_ZOOM);
      self->max_zoom = CLAMP (sqlite3_column_int (stmt, 1), self->min_zoom, MAX_ZOOM);
    }
  else if (rc == SQLITE_ROW)
    {
      self->min_zoom = -1;  /* no tiles at all */
      self->max_zoom = -1;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * wk_mbtiles_open:
 * @path: an MBTiles file
 *
 * Opens @path read-only and checks that it is an MBTiles file: an SQLite
 * database with a `tiles` table that has the columns the specification
 * names. The metadata is read at once.
 *
 * Returns: (transfer full): the map, or %NULL with @error in
 * %WK_MBTILES_ERROR set
 */
WkMbtiles *
wk_mbtiles_open (const char  *path,
                 GError     **error)
{
  g_autoptr(WkMbtiles) self = NULL;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (WkMbtiles, 1);
  g_mutex_init (&self->tile_lock);
  self->path = g_strdup (path);
  self->display_name = g_filename_display_basename (path);
  self->min_zoom = -1;
  self->max_zoom = -1;

  /* sqlite would open a directory or a fifo and fail later, less clearly */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      set_sqlite_error (self, SQLITE_CANTOPEN, error);
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }
  sqlite3_busy_timeout (self->db, 2000);

  /* the first query is where a file that is no database shows itself */
  if (!has_table (self, "tiles", &found, error))
    return NULL;
  if (!found)
    {
      g_set_error (error, WK_MBTILES_ERROR, WK_MBTILES_ERROR_NOT_MBTILES,
                   _("“%s” is not an MBTiles map: it is a database without map tiles."),
                   self->display_name);
      return NULL;
    }

  rc = sqlite3_prepare_v3 (self->db,
                           "SELECT tile_data FROM tiles "
                           "WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                           -1, SQLITE_PREPARE_PERSISTENT, &self->tile_stmt, NULL);
  if (rc == SQLITE_ERROR)
    {
      g_set_error (error, WK_MBTILES_ERROR, WK_MBTILES_ERROR_NOT_MBTILES,
                   _("“%s” is not an MBTiles map: its tiles table lacks the columns "
                     "zoom_level, tile_column, tile_row or tile_data."),
                   self->display_name);
      return NULL;
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  if (!read_metadata (self, error) || !read_zoom_range (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
wk_mbtiles_free (WkMbtiles *self)
{
  if (self == NULL)
    return;

  sqlite3_finalize (self->tile_stmt);
  sqlite3_close (self->db);
  g_mutex_clear (&self->tile_lock);
  g_free (self->path);
  g_free (self->display_name);
  g_free (self->name);
  g_free (self->attribution);
  g_free (self->format);
  g_free (self);
}

/**
 * wk_mbtiles_get_tile:
 * @zoom: the zoom level
 * @x: the column, from the west
 * @y: the row, from the north (XYZ, as web maps count)
 *
 * Reads one tile; safe to call from any thread.
 *
 * Returns: (transfer full) (nullable): the tile's data as stored (PNG, JPEG,
 * …); %NULL without an error when the file has no tile there, %NULL with
 * @error set when the file cannot be read
 */
GBytes *
wk_mbtiles_get_tile (WkMbtiles  *self,
                     int         zoom,
                     int         x,
                     int         y,
                     GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gint64 n;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (zoom < 0 || zoom > MAX_ZOOM)
    return NULL;
  n = (gint64) 1 << zoom;
  if (x < 0 || x >= n || y < 0 || y >= n)
    return NULL;

  g_mutex_lock (&self->tile_lock);
  sqlite3_bind_int (self->tile_stmt, 1, zoom);
  sqlite3_bind_int (self->tile_stmt, 2, x);
  sqlite3_bind_int64 (self->tile_stmt, 3, n - 1 - y);  /* TMS counts from the south */
  rc = sqlite3_step (self->tile_stmt);
  if (rc == SQLITE_ROW && sqlite3_column_bytes (self->tile_stmt, 0) > 0)
    bytes = g_bytes_new (sqlite3_column_blob (self->tile_stmt, 0),
                         sqlite3_column_bytes (self->tile_stmt, 0));
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    set_sqlite_error (self, rc, error);
  sqlite3_reset (self->tile_stmt);
  sqlite3_clear_bindings (self->tile_stmt);
  g_mutex_unlock (&self->tile_lock);

  return g_steal_pointer (&bytes);
}

const char *
wk_mbtiles_get_path (WkMbtiles *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

/* Returns: (nullable): the map's name from the metadata */
const char *
wk_mbtiles_get_name (WkMbtiles *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

/* Returns: (nullable): the attribution the map must be shown with (may be HTML) */
const char *
wk_mbtiles_get_attribution (WkMbtiles *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->attribution;
}

/* Returns: (nullable): "png", "jpg", "webp", "pbf" (vector tiles), … as the metadata says */
const char *
wk_mbtiles_get_format (WkMbtiles *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->format;
}

/* Returns: the lowest zoom level with tiles, from the metadata or else the
 * tiles themselves; -1 when the file has no tiles */
int
wk_mbtiles_get_min_zoom (WkMbtiles *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->min_zoom;
}

/* Returns: the highest zoom level with tiles; -1 when the file has no tiles */
int
wk_mbtiles_get_max_zoom (WkMbtiles *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->max_zoom;
}

/* Returns: whether the metadata gives valid bounds (WGS 84 degrees) */
gboolean
wk_mbtiles_get_bounds (WkMbtiles *self,
                       double    *west,
                       double    *south,
                       double    *east,
                       double    *north)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_bounds)
    return FALSE;
  if (west != NULL)
    *west = self->bounds[0];
  if (south != NULL)
    *south = self->bounds[1];
  if (east != NULL)
    *east = self->bounds[2];
  if (north != NULL)
    *north = self->bounds[3];
  return TRUE;
}

/* Returns: whether the metadata gives a valid centre (where to open the map) */
gboolean
wk_mbtiles_get_center (WkMbtiles *self,
                       double    *longitude,
                       double    *latitude,
                       int       *zoom)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_center)
    return FALSE;
  if (longitude != NULL)
    *longitude = self->center[0];
  if (latitude != NULL)
    *latitude = self->center[1];
  if (zoom != NULL)
    *zoom = self->center_zoom;
  return TRUE;
}
