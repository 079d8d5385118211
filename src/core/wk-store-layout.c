/* wk-store-layout.c: where the network diagram put each actor, per wijk
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Positions are not part of the undo history: a layout is recomputed, and a
 * dragged node is moved back by dragging it. They are stored in one
 * transaction per layout or per drag, so a wijk reopens as it was left.
 */
#include <math.h>
#include <glib/gi18n-lib.h>

#include "wk-store-private.h"

/**
 * wk_store_load_layout:
 *
 * Returns: (transfer full) (element-type WkPosition): the saved positions of
 * the actors and initiatives of @wijk, or %NULL on error
 */
GArray *
wk_store_load_layout (WkStore  *self,
                      WkWijk   *wijk,
                      GError  **error)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (WkPosition));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  stmt = _wk_store_prepare (self,
                            "SELECT coalesce(actor_id, 0), coalesce(initiative_id, 0), x, y, pinned"
                            " FROM layout WHERE wijk_id = ?1",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      WkPosition position = {
        .actor_id = sqlite3_column_int64 (stmt, 0),
        .initiative_id = sqlite3_column_int64 (stmt, 1),
        .x = sqlite3_column_double (stmt, 2),
        .y = sqlite3_column_double (stmt, 3),
        .pinned = sqlite3_column_int (stmt, 4) != 0,
      };
      g_array_append_val (positions, position);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      return NULL;
    }
  return g_steal_pointer (&positions);
}

static gboolean
save_one (WkStore           *self,
          gint64             wijk_id,
          const WkPosition  *position,
          GError           **error)
{
  sqlite3_stmt *stmt;

  if (position->actor_id > 0)
    stmt = _wk_store_prepare (self,
                              "INSERT INTO layout (wijk_id, actor_id, x, y, pinned)"
                              " SELECT ?1, ?2, ?3, ?4, ?5 FROM actor WHERE id = ?2 AND wijk_id = ?1"
                              " ON CONFLICT (actor_id) DO UPDATE SET x = ?3, y = ?4, pinned = ?5,"
                              " modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                              error);
  else
    stmt = _wk_store_prepare (self,
                              "INSERT INTO layout (wijk_id, initiative_id, x, y, pinned)"
                              " SELECT ?1, ?2, ?3, ?4, ?5 FROM initiative WHERE id = ?2 AND wijk_id = ?1"
                              " ON CONFLICT (initiative_id) DO UPDATE SET x = ?3, y = ?4, pinned = ?5,"
                              " modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wijk_id);
  sqlite3_bind_int64 (stmt, 2, position->actor_id > 0 ? position->actor_id : position->initiative_id);
  sqlite3_bind_double (stmt, 3, position->x);
  sqlite3_bind_double (stmt, 4, position->y);
  sqlite3_bind_int (stmt, 5, position->pinned ? 1 : 0);
  return _wk_store_step_done (self, stmt, error);
}

/**
 * wk_store_save_layout:
 * @positions: (array length=n_positions): where each node now is
 * @replace: forget the positions of nodes not in @positions
 *
 * Stores a whole layout of @wijk in one transaction. Positions of records
 * that are not in @wijk are ignored.
 */
gboolean
wk_store_save_layout (WkStore           *self,
                      WkWijk            *wijk,
                      const WkPosition  *positions,
                      guint              n_positions,
                      gboolean           replace,
                      GError           **error)
{
  gint64 wijk_id;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_WIJK (wijk), FALSE);
  g_return_val_if_fail (positions != NULL || n_positions == 0, FALSE);

  wijk_id = wk_wijk_get_id (wijk);
  if (!_wk_store_begin (self, error))
    return FALSE;

  if (replace)
    {
      sqlite3_stmt *stmt = _wk_store_prepare (self, "DELETE FROM layout WHERE wijk_id = ?1", error);

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, wijk_id);
      if (!_wk_store_step_done (self, stmt, error))
        goto fail;
    }

  for (guint i = 0; i < n_positions; i++)
    {
      if (!isfinite (positions[i].x) || !isfinite (positions[i].y) ||
          (positions[i].actor_id > 0) == (positions[i].initiative_id > 0))
        {
          g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                       _("A position in the layout is not valid."));
          goto fail;
        }
      if (!save_one (self, wijk_id, &positions[i], error))
        goto fail;
    }

  return _wk_store_commit (self, error);

fail:
  _wk_store_rollback (self);
  return FALSE;
}
