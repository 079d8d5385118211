/* wk-store-wijken.c: the store's wijken: the list model, edits, base map, example
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>

#include <glib/gi18n-lib.h>

#include "wk-store-private.h"
#include "wk-wijk-private.h"

/* Wijken ------------------------------------------------------------------ */

static const char sql_select_wijken[] =
  "SELECT w.id, w.uuid, w.name, w.municipality, w.description, w.created, w.modified,"
  " (SELECT count(*) FROM actor a WHERE a.wijk_id = w.id),"
  " (SELECT count(*) FROM initiative i WHERE i.wijk_id = w.id),"
  " (SELECT count(*) FROM pin p WHERE p.wijk_id = w.id),"
  " w.map_kind, w.map_tile_url, w.map_latitude, w.map_longitude, w.map_zoom"
  " FROM wijk w WHERE w.deleted = 0"
  " ORDER BY w.name COLLATE WK_NAME, w.id";

static void
wijk_row_from_stmt (sqlite3_stmt *stmt,
                    WkWijkRow    *row)
{
  row->id = sqlite3_column_int64 (stmt, 0);
  row->uuid = (const char *) sqlite3_column_text (stmt, 1);
  row->name = (const char *) sqlite3_column_text (stmt, 2);
  row->municipality = (const char *) sqlite3_column_text (stmt, 3);
  row->description = (const char *) sqlite3_column_text (stmt, 4);
  row->created = (const char *) sqlite3_column_text (stmt, 5);
  row->modified = (const char *) sqlite3_column_text (stmt, 6);
  row->n_actors = sqlite3_column_int (stmt, 7);
  row->n_initiatives = sqlite3_column_int (stmt, 8);
  row->n_pins = sqlite3_column_int (stmt, 9);
  row->map_kind = (const char *) sqlite3_column_text (stmt, 10);
  row->map_tile_url = (const char *) sqlite3_column_text (stmt, 11);
  row->map_latitude = sqlite3_column_type (stmt, 12) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 12);
  row->map_longitude = sqlite3_column_type (stmt, 13) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 13);
  row->map_zoom = sqlite3_column_type (stmt, 14) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 14);
}

static WkWijk *
find_wijk_by_id (WkStore *self,
                 gint64   id,
                 guint   *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->wijken));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (G_LIST_MODEL (self->wijken), i);

      if (wk_wijk_get_id (wijk) == id)
        {
          if (position != NULL)
            *position = i;
          return wijk;
        }
    }
  return NULL;
}

/* Brings the list model in line with the table while keeping the existing
 * objects (and so the views bound to them): changed ones are updated in place,
 * only added, removed or re-sorted rows cause items-changed. */
gboolean
_wk_store_reload_wijken (WkStore  *self,
               GError  **error)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = G_LIST_MODEL (self->wijken);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _wk_store_prepare (self, sql_select_wijken, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WkWijkRow row;
      WkWijk *wijk;

      wijk_row_from_stmt (stmt, &row);
      wijk = find_wijk_by_id (self, row.id, NULL);
      if (wijk != NULL)
        {
          _wk_wijk_update (wijk, &row);
          g_ptr_array_add (wanted, g_object_ref (wijk));
        }
      else
        g_ptr_array_add (wanted, _wk_wijk_new (&row));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }

  /* One splice over the range that differs, so that a view sees one change
   * (a rename that re-sorts is a move, not a remove followed by an insert). */
  {
    guint n_old = g_list_model_get_n_items (model);
    guint first = 0;
    guint tail = 0;

    while (first < n_old && first < wanted->len)
      {
        g_autoptr(WkWijk) here = g_list_model_get_item (model, first);

        if (here != g_ptr_array_index (wanted, first))
          break;
        first++;
      }
    while (tail < n_old - first && tail < wanted->len - first)
      {
        g_autoptr(WkWijk) here = g_list_model_get_item (model, n_old - 1 - tail);

        if (here != g_ptr_array_index (wanted, wanted->len - 1 - tail))
          break;
        tail++;
      }
    if (first != n_old || first != wanted->len)
      g_list_store_splice (self->wijken, first, n_old - first - tail,
                           wanted->pdata + first, wanted->len - first - tail);
  }

  return TRUE;
}

/**
 * wk_store_get_wijken:
 *
 * Returns: (transfer none): a #GListModel of #WkWijk, sorted by name, that
 * follows every change made through this store.
 */
GListModel *
wk_store_get_wijken (WkStore *self)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  return G_LIST_MODEL (self->wijken);
}

WkWijk *
wk_store_find_wijk_by_uuid (WkStore    *self,
                            const char *uuid)
{
  guint n;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);

  if (uuid == NULL || *uuid == '\0')
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->wijken));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (G_LIST_MODEL (self->wijken), i);

      if (g_strcmp0 (wk_wijk_get_uuid (wijk), uuid) == 0)
        return wijk;
    }
  return NULL;
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *stripped = NULL;

  if (name != NULL)
    stripped = g_strstrip (g_strdup (name));
  if (stripped == NULL || *stripped == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A wijk needs a name."));
      return FALSE;
    }
  return TRUE;
}

/**
 * wk_store_create_wijk:
 *
 * Returns: (transfer none): the new wijk, as found in wk_store_get_wijken()
 */
WkWijk *
wk_store_create_wijk (WkStore     *self,
                      const char  *name,
                      const char  *municipality,
                      GError     **error)
{
  static const char sql[] = "INSERT INTO wijk (name, municipality) VALUES (?1, ?2)";
  g_autofree char *clean_name = _wk_store_clean_text (name);
  g_autofree char *clean_municipality = _wk_store_clean_text (municipality ? municipality : "");
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);

  if (!check_name (clean_name, error))
    return NULL;
  g_strstrip (clean_name);
  g_strstrip (clean_municipality);

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, clean_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean_municipality, -1, SQLITE_TRANSIENT);
  if (!_wk_store_step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);
  if (!_wk_store_commit (self, error))
    return NULL;

  if (!_wk_store_reload_wijken (self, error))
    return NULL;
  return find_wijk_by_id (self, id, NULL);

fail:
  _wk_store_rollback (self);
  return NULL;
}

/**
 * wk_store_update_wijk:
 * @name: (nullable): the new name, or %NULL to keep it
 * @municipality: (nullable): the new municipality, or %NULL to keep it
 * @description: (nullable): the new description, or %NULL to keep it
 */
gboolean
wk_store_update_wijk (WkStore     *self,
                      WkWijk      *wijk,
                      const char  *name,
                      const char  *municipality,
                      const char  *description,
                      GError     **error)
{
  static const char sql[] =
    "UPDATE wijk SET name = coalesce(?2, name), municipality = coalesce(?3, municipality),"
    " description = coalesce(?4, description) WHERE id = ?1";
  g_autofree char *clean_name = _wk_store_clean_text (name);
  g_autofree char *clean_municipality = _wk_store_clean_text (municipality);
  g_autofree char *clean_description = _wk_store_clean_text (description);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);

  if (clean_name != NULL)
    {
      if (!check_name (clean_name, error))
        return FALSE;
      g_strstrip (clean_name);
    }
  if (clean_municipality != NULL)
    g_strstrip (clean_municipality);

  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  if (clean_name != NULL)
    sqlite3_bind_text (stmt, 2, clean_name, -1, SQLITE_TRANSIENT);
  if (clean_municipality != NULL)
    sqlite3_bind_text (stmt, 3, clean_municipality, -1, SQLITE_TRANSIENT);
  if (clean_description != NULL)
    sqlite3_bind_text (stmt, 4, clean_description, -1, SQLITE_TRANSIENT);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;

  return _wk_store_reload_wijken (self, error);
}

static gboolean
set_deleted (WkStore   *self,
             WkWijk    *wijk,
             gboolean   deleted,
             GError   **error)
{
  static const char sql[] = "UPDATE wijk SET deleted = ?2 WHERE id = ?1";
  sqlite3_stmt *stmt;

  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_int (stmt, 2, deleted ? 1 : 0);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;

  return _wk_store_reload_wijken (self, error);
}

/**
 * wk_store_delete_wijk:
 *
 * Removes the wijk from the list. The delete stays pending, so that
 * wk_store_undelete_wijk() can undo it, until
 * wk_store_purge_deleted_wijken() or closing the store makes it final; then
 * everything in the wijk is deleted with it.
 */
gboolean
wk_store_delete_wijk (WkStore  *self,
                      WkWijk   *wijk,
                      GError  **error)
{
  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);

  return set_deleted (self, wijk, TRUE, error);
}

gboolean
wk_store_undelete_wijk (WkStore  *self,
                        WkWijk   *wijk,
                        GError  **error)
{
  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);

  return set_deleted (self, wijk, FALSE, error);
}

gboolean
wk_store_purge_deleted_wijken (WkStore  *self,
                               GError  **error)
{
  static const char sql[] = "DELETE FROM wijk WHERE deleted = 1";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);

  stmt = _wk_store_prepare (self, sql, error);
  return stmt != NULL && _wk_store_step_done (self, stmt, error);
}

/* Base map ---------------------------------------------------------------- */

gboolean
wk_store_set_wijk_map_image (WkStore     *self,
                             WkWijk      *wijk,
                             GBytes      *image,
                             const char  *content_type,
                             GError     **error)
{
  static const char sql[] =
    "UPDATE wijk SET map_kind = 'image', map_image = ?2, map_image_type = ?3 WHERE id = ?1";
  sqlite3_stmt *stmt;
  gsize size;
  const void *data;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);
  g_return_val_if_fail (image != NULL, FALSE);
  g_return_val_if_fail (content_type != NULL, FALSE);

  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  data = g_bytes_get_data (image, &size);
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_blob64 (stmt, 2, data, size, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, content_type, -1, SQLITE_TRANSIENT);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;

  return _wk_store_reload_wijken (self, error);
}

/**
 * wk_store_get_wijk_map_image:
 * @content_type: (out) (optional): the image's content type
 *
 * Returns: (transfer full) (nullable): the wijk's base map image, or %NULL
 * without an error when it has none
 */
GBytes *
wk_store_get_wijk_map_image (WkStore  *self,
                             WkWijk   *wijk,
                             char    **content_type,
                             GError  **error)
{
  static const char sql[] = "SELECT map_image, map_image_type FROM wijk WHERE id = ?1";
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int rc;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_BLOB)
    {
      bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      if (content_type != NULL)
        *content_type = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    STORE_ERROR (self, rc);
  sqlite3_reset (stmt);

  return bytes;
}

/**
 * wk_store_set_wijk_map_tiles:
 * @url: a tile URL template with {z}, {x} and {y}, or "mbtiles:" and a path
 *
 * Puts @wijk on a web map. An image it had is kept, so that choosing the
 * image again brings it back with its pins.
 */
gboolean
wk_store_set_wijk_map_tiles (WkStore     *self,
                             WkWijk      *wijk,
                             const char  *url,
                             GError     **error)
{
  static const char sql[] = "UPDATE wijk SET map_kind = 'tiles', map_tile_url = ?2 WHERE id = ?1";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);

  if (!g_str_has_prefix (url, "mbtiles:") &&
      !(g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A map address starts with https:// or http://."));
      return FALSE;
    }
  if (!g_str_has_prefix (url, "mbtiles:") &&
      (strstr (url, "{z}") == NULL || strstr (url, "{x}") == NULL ||
       (strstr (url, "{y}") == NULL && strstr (url, "{-y}") == NULL)))
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A map address must hold {z}, {x} and {y} where the tile numbers go."));
      return FALSE;
    }

  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_text (stmt, 2, url, -1, SQLITE_TRANSIENT);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;
  return _wk_store_reload_wijken (self, error);
}

/**
 * wk_store_use_wijk_map_image:
 *
 * Puts @wijk back on the image it has stored. Fails when it has none.
 */
gboolean
wk_store_use_wijk_map_image (WkStore  *self,
                             WkWijk   *wijk,
                             GError  **error)
{
  static const char sql[] =
    "UPDATE wijk SET map_kind = 'image' WHERE id = ?1 AND map_image IS NOT NULL";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);

  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (_wk_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("This wijk has no map image yet."));
      return FALSE;
    }
  return _wk_store_reload_wijken (self, error);
}

/**
 * wk_store_set_wijk_map_view:
 *
 * Keeps where the web map of @wijk was left, to open there next time.
 * Not a step of the undo history.
 */
gboolean
wk_store_set_wijk_map_view (WkStore  *self,
                            WkWijk   *wijk,
                            double    latitude,
                            double    longitude,
                            double    zoom,
                            GError  **error)
{
  static const char sql[] =
    "UPDATE wijk SET map_latitude = ?2, map_longitude = ?3, map_zoom = ?4 WHERE id = ?1";
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);

  if (!isfinite (latitude) || !isfinite (longitude) || !isfinite (zoom) ||
      fabs (latitude) > 90 || fabs (longitude) > 180 || zoom < 0 || zoom > 30)
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("This value is not allowed here."));
      return FALSE;
    }
  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_double (stmt, 2, latitude);
  sqlite3_bind_double (stmt, 3, longitude);
  sqlite3_bind_double (stmt, 4, zoom);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;
  return _wk_store_reload_wijken (self, error);
}

/* The example wijk -------------------------------------------------------- */

/**
 * wk_store_load_example:
 *
 * Fills an empty store with the bundled example wijken, in one transaction.
 */
gboolean
wk_store_load_example (WkStore  *self,
                       GError  **error)
{
  static const char sql_count[] = "SELECT count(*) FROM wijk";
  static const char sql_map[] =
    "UPDATE wijk SET map_image = ?1 WHERE map_kind = 'image' AND map_image IS NULL";
  g_autoptr(GBytes) script = NULL;
  g_autoptr(GBytes) map = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gsize size;
  const char *data;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);

  stmt = _wk_store_prepare (self, sql_count, error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int (stmt, 0) != 0)
    {
      sqlite3_reset (stmt);
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("The example can only be loaded into an empty database."));
      return FALSE;
    }
  sqlite3_reset (stmt);

  script = g_resources_lookup_data ("/nl/wijkkaart/Wijkkaart/example/example-wijk.sql",
                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (script == NULL)
    return FALSE;
  map = g_resources_lookup_data ("/nl/wijkkaart/Wijkkaart/example/example-wijk.svg",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (map == NULL)
    return FALSE;

  data = g_bytes_get_data (script, &size);
  sql = g_strndup (data, size);

  if (!_wk_store_begin (self, error))
    return FALSE;
  if (!_wk_store_exec (self, sql, error))
    goto fail;
  stmt = _wk_store_prepare (self, sql_map, error);
  if (stmt == NULL)
    goto fail;
  data = g_bytes_get_data (map, &size);
  sqlite3_bind_blob64 (stmt, 1, data, size, SQLITE_STATIC);
  if (!_wk_store_step_done (self, stmt, error))
    goto fail;
  sqlite3_clear_bindings (stmt);
  if (!_wk_store_commit (self, error))
    return FALSE;

  return _wk_store_reload_wijken (self, error);

fail:
  _wk_store_rollback (self);
  return FALSE;
}
