/* wk-store-views.c: the saved views of a wijk, in the order a presentation steps through them
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The live list of a wijk's views is kept in the order of their position.
 * A move renumbers the views of the wijk 0, 1, 2, … in one transaction;
 * once any view changed (an edit, a move, undo or redo), the lists are put
 * in order again, so a view undone back into the middle comes back in its
 * place rather than at the end.
 */
#include <glib/gi18n-lib.h>

#include "wk-record-private.h"
#include "wk-store-records-private.h"

#define MAX_NAME_CHARS 200
#define MAX_STATE_BYTES (64 * 1024)

/* Checks ------------------------------------------------------------------ */

static gboolean
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  if (*stripped == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A view needs a name."));
      return FALSE;
    }
  if (g_utf8_strlen (stripped, -1) > MAX_NAME_CHARS)
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                   _("The name of a view can be at most %d characters long."), MAX_NAME_CHARS);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_page (const char  *page,
            GError     **error)
{
  if (g_strcmp0 (page, "network") == 0 || g_strcmp0 (page, "map") == 0)
    return TRUE;
  g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                       _("A view shows either the network or the map."));
  return FALSE;
}

/* The interface writes the state as a JSON object; the core has no JSON
 * parser, so it only keeps out what is plainly not one, and a size that
 * would make the file and every list of views heavy. */
static gboolean
check_state (const char  *state,
             GError     **error)
{
  gsize length;

  if (state == NULL)
    goto invalid;
  length = strlen (state);
  if (length > MAX_STATE_BYTES)
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                   _("What this view shows is too much to keep: at most %d KiB."), MAX_STATE_BYTES / 1024);
      return FALSE;
    }
  while (length > 0 && g_ascii_isspace (state[length - 1]))
    length--;
  while (length > 0 && g_ascii_isspace (*state))
    {
      state++;
      length--;
    }
  if (length >= 2 && state[0] == '{' && state[length - 1] == '}')
    return TRUE;

invalid:

  g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                       _("What this view shows cannot be kept: it is not in the form Wijkkaart writes."));
  return FALSE;
}

/* What wk_store_set_text() checks for a saved view: a renamed view needs a
 * name that fits, the page and the state are checked as when created. */
gboolean
_wk_store_check_view_text (WkRecord    *record,
                           const char  *field,
                           const char  *value,
                           GError     **error)
{
  if (!WK_IS_SAVED_VIEW (record))
    return TRUE;
  if (g_str_equal (field, "name"))
    return check_name (value, error);
  if (g_str_equal (field, "page"))
    return check_page (value, error);
  if (g_str_equal (field, "state"))
    return check_state (value, error);
  return TRUE;
}

/* The live lists ---------------------------------------------------------- */

static int
compare_views (gconstpointer a,
               gconstpointer b)
{
  WkSavedView *view_a = *(WkSavedView **) a;
  WkSavedView *view_b = *(WkSavedView **) b;
  gint64 position_a = wk_saved_view_get_position (view_a);
  gint64 position_b = wk_saved_view_get_position (view_b);
  gint64 id_a = wk_record_get_id (WK_RECORD (view_a));
  gint64 id_b = wk_record_get_id (WK_RECORD (view_b));

  if (position_a != position_b)
    return position_a < position_b ? -1 : 1;
  return id_a < id_b ? -1 : id_a > id_b;
}

static void
sort_list (GListStore *list)
{
  GListModel *model = G_LIST_MODEL (list);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (n, g_object_unref);
  guint first = 0;
  guint last;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (model, i));
  g_ptr_array_sort (sorted, compare_views);

  /* one items-changed over the stretch that moved, none when in order */
  while (first < n && g_ptr_array_index (sorted, first) == g_list_model_get_object (model, first))
    first++;
  if (first == n)
    return;
  last = n - 1;
  while (last > first && g_ptr_array_index (sorted, last) == g_list_model_get_object (model, last))
    last--;
  g_list_store_splice (list, first, last - first + 1, sorted->pdata + first, last - first + 1);
}

/* Called after views were refreshed: every loaded list back in order. */
void
_wk_store_sort_saved_views (WkStore *self)
{
  GHashTableIter iter;
  gpointer list;

  g_hash_table_iter_init (&iter, self->view_lists);
  while (g_hash_table_iter_next (&iter, NULL, &list))
    sort_list (list);
}

/**
 * wk_store_get_saved_views:
 *
 * Returns: (transfer none): the saved views of @wijk in the order a
 * presentation steps through them; a live list, which follows creating,
 * renaming, moving, deleting, undo and redo
 */
GListModel *
wk_store_get_saved_views (WkStore *self,
                          WkWijk  *wijk)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  return _wk_store_wijk_list (self, self->view_lists, WK_TYPE_SAVED_VIEW, wijk, "r.position, r.id");
}

/* Edits ------------------------------------------------------------------- */

static sqlite3_value *
new_value (WkStore    *self,
           const char *text,
           gint64      number)
{
  sqlite3_stmt *stmt = _wk_store_prepare (self, "SELECT ?1", NULL);
  sqlite3_value *value = NULL;

  if (stmt == NULL)
    return NULL;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return value;
}

/* Sets one column of a view inside the open transaction. */
static gboolean
change_column (WkStore     *self,
               WkChange    *change,
               gint64       id,
               const char  *column,
               const char  *text,
               gint64       number,
               GError     **error)
{
  sqlite3_value *value = new_value (self, text, number);
  gboolean ok;

  if (value == NULL)
    {
      STORE_ERROR (self, sqlite3_errcode (self->db));
      return FALSE;
    }
  ok = _wk_change_set (change, self, "saved_view", id, column, value, error);
  sqlite3_value_free (value);
  return ok;
}

static gboolean
check_live (WkSavedView  *view,
            GError      **error)
{
  if (!wk_record_is_deleted (WK_RECORD (view)))
    return TRUE;
  g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID, _("This view was deleted."));
  return FALSE;
}

/**
 * wk_store_create_saved_view:
 * @name: what the presenter sees in the list of views; at most 200 characters
 * @page: "network" or "map"
 * @state: what the page shows, as a JSON object
 *
 * Saves a view at the end of @wijk's views, as one step of the undo history.
 *
 * Returns: (transfer none): the new view, also last in wk_store_get_saved_views()
 */
WkSavedView *
wk_store_create_saved_view (WkStore     *self,
                            WkWijk      *wijk,
                            const char  *name,
                            const char  *page,
                            const char  *state,
                            GError     **error)
{
  static const char sql[] =
    "INSERT INTO saved_view (wijk_id, position, name, page, state)"
    " VALUES (?1, (SELECT coalesce(max(position), -1) + 1 FROM saved_view WHERE wijk_id = ?1), ?2, ?3, ?4)";
  g_autofree char *clean = _wk_store_clean_text (name != NULL ? name : "");
  g_autofree char *clean_state = NULL;
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  g_strstrip (clean);
  if (!check_name (clean, error) || !check_page (page, error) || !check_state (state, error))
    return NULL;
  clean_state = _wk_store_clean_text (state);

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, page, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, clean_state, -1, SQLITE_TRANSIENT);
  label = g_strdup_printf (_("View “%s” saved"), clean);
  return WK_SAVED_VIEW (_wk_store_create (self, WK_TYPE_SAVED_VIEW, stmt, label, error));
}

/**
 * wk_store_update_saved_view:
 * @page: "network" or "map"
 * @state: what the page shows now, as a JSON object
 *
 * Replaces what @view shows with what is on screen now, keeping its name
 * and place, as one step of the undo history.
 */
gboolean
wk_store_update_saved_view (WkStore      *self,
                            WkSavedView  *view,
                            const char   *page,
                            const char   *state,
                            GError      **error)
{
  g_autoptr(WkChange) change = NULL;
  g_autofree char *clean_state = NULL;
  g_autofree char *label = NULL;
  gint64 id;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_SAVED_VIEW (view), FALSE);

  if (!check_live (view, error) || !check_page (page, error) || !check_state (state, error))
    return FALSE;
  clean_state = _wk_store_clean_text (state);
  id = wk_record_get_id (WK_RECORD (view));

  if (!_wk_store_begin (self, error))
    return FALSE;
  label = g_strdup_printf (_("View “%s” updated"), wk_saved_view_get_name (view));
  change = _wk_change_new (label);
  if ((!g_str_equal (page, wk_saved_view_get_page (view)) &&
       !change_column (self, change, id, "page", page, 0, error)) ||
      (!g_str_equal (clean_state, wk_record_get_text (WK_RECORD (view), "state")) &&
       !change_column (self, change, id, "state", clean_state, 0, error)))
    {
      _wk_store_rollback (self);
      return FALSE;
    }
  return _wk_store_finish_change (self, g_steal_pointer (&change), error);
}

/**
 * wk_store_move_saved_view:
 * @position: the index @view gets in wk_store_get_saved_views(); past the
 *   end puts it last
 *
 * Moves @view among its wijk's views, as one step of the undo history. The
 * views of the wijk are numbered anew from 0 in their new order.
 */
gboolean
wk_store_move_saved_view (WkStore      *self,
                          WkSavedView  *view,
                          guint         position,
                          GError      **error)
{
  static const char sql[] = "SELECT id, position FROM saved_view WHERE wijk_id = ?1 ORDER BY position, id";
  typedef struct { gint64 id; gint64 position; } Row;
  g_autoptr(WkChange) change = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;
  Row moved;
  guint from = G_MAXUINT;
  int rc;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_SAVED_VIEW (view), FALSE);

  if (!check_live (view, error))
    return FALSE;

  if (!_wk_store_begin (self, error))
    return FALSE;
  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, wk_saved_view_get_wijk_id (view));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Row row = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      if (row.id == wk_record_get_id (WK_RECORD (view)))
        from = rows->len;
      g_array_append_val (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      goto failed;
    }
  if (from == G_MAXUINT)
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID, _("This view was deleted."));
      goto failed;
    }

  position = MIN (position, rows->len - 1);
  if (position == from)
    {
      /* in place already: no step in the history that does nothing */
      _wk_store_rollback (self);
      return TRUE;
    }
  moved = g_array_index (rows, Row, from);
  g_array_remove_index (rows, from);
  g_array_insert_val (rows, position, moved);

  label = g_strdup_printf (_("View “%s” moved"), wk_saved_view_get_name (view));
  change = _wk_change_new (label);
  /* the old numbers may have gaps (a view deleted) or ties: each view
   * gets its index, and only the ones whose number changes are written */
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);

      if (row->position != (gint64) i &&
          !change_column (self, change, row->id, "position", NULL, (gint64) i, error))
        goto failed;
    }
  return _wk_store_finish_change (self, g_steal_pointer (&change), error);

failed:
  _wk_store_rollback (self);
  return FALSE;
}
