/* wk-change.c: one undoable change to the store, as the rows it touched
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A change is recorded at the level of rows, not of user actions: a field
 * that was set (old and new value), rows that were inserted and rows that
 * were deleted (every column, so they come back with the same id and UUID).
 * Undo walks the list backwards doing the opposite; redo walks it forwards.
 * That is all an edit, a create or a delete with its dependent rows needs,
 * and it keeps undo exact: what comes back is what was there, byte for byte.
 */
#include "wk-change-private.h"

/* How long after an edit a new value of the same field still joins it. */
#define MERGE_WINDOW_USEC (2 * G_USEC_PER_SEC)

typedef enum {
  OP_SET,
  OP_INSERT,
  OP_DELETE,
} OpKind;

typedef struct
{
  OpKind          kind;
  const char     *table;     /* interned */
  gint64          id;        /* row id, or 0 for rows without one */
  /* OP_SET */
  const char     *column;    /* interned */
  sqlite3_value  *old_value;
  sqlite3_value  *new_value;
  /* OP_INSERT, OP_DELETE: the whole row */
  GPtrArray      *columns;   /* interned names */
  GPtrArray      *values;    /* sqlite3_value */
} Op;

struct _WkChange
{
  char      *label;
  GPtrArray *ops;
  gint64     last_usec;
};

static void
op_free (gpointer data)
{
  Op *op = data;

  g_clear_pointer (&op->old_value, sqlite3_value_free);
  g_clear_pointer (&op->new_value, sqlite3_value_free);
  g_clear_pointer (&op->columns, g_ptr_array_unref);
  g_clear_pointer (&op->values, g_ptr_array_unref);
  g_free (op);
}

WkChange *
_wk_change_new (const char *label)
{
  WkChange *change = g_new0 (WkChange, 1);

  change->label = g_strdup (label);
  change->ops = g_ptr_array_new_with_free_func (op_free);
  return change;
}

void
_wk_change_free (WkChange *change)
{
  if (change == NULL)
    return;
  g_ptr_array_unref (change->ops);
  g_free (change->label);
  g_free (change);
}

const char *
_wk_change_get_label (WkChange *change)
{
  return change->label;
}

gboolean
_wk_change_is_empty (WkChange *change)
{
  return change->ops->len == 0;
}

static sqlite3_stmt *
prepare_printf (WkStore     *store,
                GError     **error,
                const char  *format,
                ...) G_GNUC_PRINTF (3, 4);

/* The SQL texts built here only ever name tables and columns of the schema
 * (never user data, which is always bound), so there are few of them; they
 * are interned so the store's statement cache can keep them prepared. */
static sqlite3_stmt *
prepare_printf (WkStore     *store,
                GError     **error,
                const char  *format,
                ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  return _wk_store_prepare (store, g_intern_string (sql), error);
}

static sqlite3_value *
read_value (WkStore     *store,
            const char  *table,
            gint64       id,
            const char  *column,
            GError     **error)
{
  sqlite3_stmt *stmt;
  sqlite3_value *value;
  int rc;

  stmt = prepare_printf (store, error, "SELECT %s FROM %s WHERE id = ?1", column, table);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                     "No row %" G_GINT64_FORMAT " in %s", id, table);
      else
        _wk_store_set_sqlite_error (error, _wk_store_get_db (store), rc, table);
      return NULL;
    }
  value = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static gboolean
write_value (WkStore        *store,
             const char     *table,
             gint64          id,
             const char     *column,
             sqlite3_value  *value,
             GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = prepare_printf (store, error, "UPDATE %s SET %s = ?1 WHERE id = ?2",
                         table, column);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_value (stmt, 1, value);
  sqlite3_bind_int64 (stmt, 2, id);
  return _wk_store_step_done (store, stmt, error);
}

gboolean
_wk_change_set (WkChange       *change,
                WkStore        *store,
                const char     *table,
                gint64          id,
                const char     *column,
                sqlite3_value  *value,
                GError        **error)
{
  sqlite3_value *old_value;
  Op *op;

  old_value = read_value (store, table, id, column, error);
  if (old_value == NULL)
    return FALSE;
  if (!write_value (store, table, id, column, value, error))
    {
      sqlite3_value_free (old_value);
      return FALSE;
    }

  op = g_new0 (Op, 1);
  op->kind = OP_SET;
  op->table = g_intern_string (table);
  op->id = id;
  op->column = g_intern_string (column);
  op->old_value = old_value;
  op->new_value = sqlite3_value_dup (value);
  g_ptr_array_add (change->ops, op);
  change->last_usec = g_get_monotonic_time ();
  return TRUE;
}

static void
value_free (gpointer value)
{
  sqlite3_value_free (value);
}

/* Reads the rows of @table matching @where (with ?1 bound to @arg). */
static GPtrArray *
capture_rows (WkStore     *store,
              OpKind       kind,
              const char  *table,
              const char  *where,
              gint64       arg,
              GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (op_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare_printf (store, error, "SELECT * FROM %s WHERE %s", table, where);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, arg);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int n = sqlite3_column_count (stmt);
      Op *op = g_new0 (Op, 1);

      op->kind = kind;
      op->table = g_intern_string (table);
      op->columns = g_ptr_array_new ();
      op->values = g_ptr_array_new_with_free_func (value_free);
      for (int i = 0; i < n; i++)
        {
          const char *name = sqlite3_column_name (stmt, i);

          if (g_str_equal (name, "id"))
            op->id = sqlite3_column_int64 (stmt, i);
          g_ptr_array_add (op->columns, (gpointer) g_intern_string (name));
          g_ptr_array_add (op->values, sqlite3_value_dup (sqlite3_column_value (stmt, i)));
        }
      g_ptr_array_add (rows, op);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _wk_store_set_sqlite_error (error, _wk_store_get_db (store), rc, table);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
insert_row (WkStore  *store,
            Op       *op,
            GError  **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_string_append_printf (sql, "INSERT INTO %s (", op->table);
  for (guint i = 0; i < op->columns->len; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", (char *) op->columns->pdata[i]);
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < op->columns->len; i++)
    g_string_append_printf (sql, "%s?%u", i > 0 ? ", " : "", i + 1);
  g_string_append (sql, ")");

  stmt = _wk_store_prepare (store, g_intern_string (sql->str), error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < op->values->len; i++)
    sqlite3_bind_value (stmt, i + 1, op->values->pdata[i]);
  return _wk_store_step_done (store, stmt, error);
}

/* By id where the table has one; link tables are matched on every column. */
static gboolean
delete_row (WkStore  *store,
            Op       *op,
            GError  **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_string_append_printf (sql, "DELETE FROM %s WHERE ", op->table);
  if (op->id != 0)
    g_string_append (sql, "id = ?1");
  else
    for (guint i = 0; i < op->columns->len; i++)
      g_string_append_printf (sql, "%s%s IS ?%u", i > 0 ? " AND " : "",
                              (char *) op->columns->pdata[i], i + 1);

  stmt = _wk_store_prepare (store, g_intern_string (sql->str), error);
  if (stmt == NULL)
    return FALSE;
  if (op->id != 0)
    sqlite3_bind_int64 (stmt, 1, op->id);
  else
    for (guint i = 0; i < op->values->len; i++)
      sqlite3_bind_value (stmt, i + 1, op->values->pdata[i]);
  return _wk_store_step_done (store, stmt, error);
}

static void
take_ops (WkChange  *change,
          GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (change->ops, g_steal_pointer (&rows->pdata[i]));
  g_ptr_array_set_free_func (rows, NULL);
  g_ptr_array_unref (rows);
  change->last_usec = g_get_monotonic_time ();
}

/* Deletes the rows of @table matching @where, keeping them for undo. */
gboolean
_wk_change_delete (WkChange    *change,
                   WkStore     *store,
                   const char  *table,
                   const char  *where,
                   gint64       arg,
                   GError     **error)
{
  GPtrArray *rows = capture_rows (store, OP_DELETE, table, where, arg, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      if (!delete_row (store, rows->pdata[i], error))
        {
          g_ptr_array_unref (rows);
          return FALSE;
        }
    }
  take_ops (change, rows);
  return TRUE;
}

/* Clears @column wherever it holds @arg: what ON DELETE SET NULL would do,
 * but recorded so that undo can put the references back. */
gboolean
_wk_change_nullify (WkChange    *change,
                    WkStore     *store,
                    const char  *table,
                    const char  *column,
                    gint64       arg,
                    GError     **error)
{
  g_autofree char *where = g_strdup_printf ("%s = ?1", column);
  g_autoptr(GPtrArray) rows = capture_rows (store, OP_DELETE, table, where, arg, error);
  sqlite3_value *null_value;
  gboolean ok = TRUE;

  if (rows == NULL)
    return FALSE;

  {
    /* an unprotected NULL value to bind, owned here */
    sqlite3_stmt *stmt = _wk_store_prepare (store, "SELECT NULL", error);

    if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
      return FALSE;
    null_value = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
    sqlite3_reset (stmt);
  }

  for (guint i = 0; ok && i < rows->len; i++)
    {
      Op *row = rows->pdata[i];

      ok = _wk_change_set (change, store, table, row->id, column, null_value, error);
    }
  sqlite3_value_free (null_value);
  return ok;
}

/* Records rows the store has just inserted, so that undo removes them. */
gboolean
_wk_change_inserted (WkChange    *change,
                     WkStore     *store,
                     const char  *table,
                     const char  *where,
                     gint64       arg,
                     GError     **error)
{
  GPtrArray *rows = capture_rows (store, OP_INSERT, table, where, arg, error);

  if (rows == NULL)
    return FALSE;
  take_ops (change, rows);
  return TRUE;
}

static gboolean
apply_op (WkStore  *store,
          Op       *op,
          gboolean  forward,
          GError  **error)
{
  switch (op->kind)
    {
    case OP_SET:
      return write_value (store, op->table, op->id, op->column,
                          forward ? op->new_value : op->old_value, error);
    case OP_INSERT:
      return forward ? insert_row (store, op, error) : delete_row (store, op, error);
    case OP_DELETE:
      return forward ? delete_row (store, op, error) : insert_row (store, op, error);
    default:
      g_assert_not_reached ();
    }
}

gboolean
_wk_change_apply (WkChange  *change,
                  WkStore   *store,
                  gboolean   forward,
                  GError   **error)
{
  guint n = change->ops->len;

  for (guint i = 0; i < n; i++)
    {
      Op *op = change->ops->pdata[forward ? i : n - 1 - i];

      if (!apply_op (store, op, forward, error))
        return FALSE;
    }
  change->last_usec = 0;   /* an undone or redone change never merges again */
  return TRUE;
}

static gint64
value_as_id (GPtrArray  *columns,
             GPtrArray  *values,
             const char *column)
{
  for (guint i = 0; i < columns->len; i++)
    if (g_str_equal (columns->pdata[i], column))
      return sqlite3_value_int64 (values->pdata[i]);
  return 0;
}

/* Rows of link tables have no id: they touch the records at their ends. */
void
_wk_change_foreach_touched (WkChange          *change,
                            WkChangeTouchFunc  func,
                            gpointer           user_data)
{
  for (guint i = 0; i < change->ops->len; i++)
    {
      Op *op = change->ops->pdata[i];

      if (op->id != 0)
        func (op->table, op->id, user_data);
      else if (op->columns != NULL && g_str_equal (op->table, "actor_tag"))
        func ("actor", value_as_id (op->columns, op->values, "actor_id"), user_data);
      else if (op->columns != NULL && g_str_equal (op->table, "initiative_tag"))
        func ("initiative", value_as_id (op->columns, op->values, "initiative_id"), user_data);

      /* a contact entry that comes or goes changes its actor's "last
       * contact"; for an edited one the store looks the actor up */
      if (op->columns != NULL && g_str_equal (op->table, "contact"))
        func ("actor", value_as_id (op->columns, op->values, "actor_id"), user_data);
    }
}

gboolean
_wk_change_can_merge_set (WkChange   *change,
                          const char *table,
                          gint64      id,
                          const char *column,
                          gint64      now_usec)
{
  Op *op;

  if (change->ops->len != 1 || change->last_usec == 0)
    return FALSE;
  if (now_usec - change->last_usec > MERGE_WINDOW_USEC)
    return FALSE;

  op = change->ops->pdata[0];
  return op->kind == OP_SET && op->id == id &&
         g_str_equal (op->table, table) && g_str_equal (op->column, column);
}

void
_wk_change_merge_set (WkChange      *change,
                      sqlite3_value *value,
                      gint64         now_usec)
{
  Op *op = change->ops->pdata[0];

  g_assert (op->kind == OP_SET);
  sqlite3_value_free (op->new_value);
  op->new_value = sqlite3_value_dup (value);
  change->last_usec = now_usec;
}
