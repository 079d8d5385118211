/* wk-store-records.c: the store's records: live lists, edits, delete, undo and redo
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Every edit runs in one transaction and is recorded as a WkChange, which
 * the undo stack keeps. After a change is committed, applied or reverted,
 * the records it touched are read again: the objects handed out are updated
 * in place, the live lists gain or lose rows, and ::changed is emitted so
 * that views showing other lists (relations, contact log) reload them.
 */
#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "wk-change-private.h"
#include "wk-record-private.h"
#include "wk-store-records-private.h"

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean undo_apply (gpointer item, gboolean forward, gpointer user_data, GError **error);

static GHashTable *
new_id_table (GDestroyNotify value_free)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, value_free);
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

void
_wk_store_init_records (WkStore *self)
{
  self->records = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->actor_lists = new_id_table (g_object_unref);
  self->initiative_lists = new_id_table (g_object_unref);
  self->relation_lists = new_id_table (g_object_unref);
  self->pin_lists = new_id_table (g_object_unref);
  self->session_lists = new_id_table (g_object_unref);
  self->view_lists = new_id_table (g_object_unref);
  self->terms = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->undo = wk_undo_stack_new (undo_apply, (GDestroyNotify) _wk_change_free, self);
}

void
_wk_store_finalize_records (WkStore *self)
{
  g_clear_object (&self->undo);
  g_clear_pointer (&self->actor_lists, g_hash_table_unref);
  g_clear_pointer (&self->initiative_lists, g_hash_table_unref);
  g_clear_pointer (&self->relation_lists, g_hash_table_unref);
  g_clear_pointer (&self->pin_lists, g_hash_table_unref);
  g_clear_pointer (&self->session_lists, g_hash_table_unref);
  g_clear_pointer (&self->view_lists, g_hash_table_unref);
  g_clear_object (&self->pin_categories);
  g_clear_pointer (&self->records, g_hash_table_unref);
  g_clear_pointer (&self->terms, g_hash_table_unref);
}

/* Called from wk_store_class_init. */
void
_wk_store_class_init_records (GObjectClass *klass)
{
  /**
   * WkStore::changed:
   * @table: "actor", "initiative", "relation", "contact", "actor_type", …
   * @id: the row
   *
   * A row was created, edited, deleted, or brought back by undo or redo.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                   G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_INT64);
}

static GHashTable *
records_of_type (WkStore *self,
                 GType    type)
{
  GHashTable *table = g_hash_table_lookup (self->records, GSIZE_TO_POINTER (type));

  if (table == NULL)
    {
      table = new_id_table (g_object_unref);
      g_hash_table_insert (self->records, GSIZE_TO_POINTER (type), table);
    }
  return table;
}

static GType
type_for_table (const char *table)
{
  if (g_str_equal (table, "actor"))
    return WK_TYPE_ACTOR;
  if (g_str_equal (table, "initiative"))
    return WK_TYPE_INITIATIVE;
  if (g_str_equal (table, "relation"))
    return WK_TYPE_RELATION;
  if (g_str_equal (table, "contact"))
    return WK_TYPE_CONTACT;
  if (g_str_equal (table, "pin"))
    return WK_TYPE_PIN;
  if (g_str_equal (table, "pin_category"))
    return WK_TYPE_PIN_CATEGORY;
  if (g_str_equal (table, "mapping_session"))
    return WK_TYPE_MAPPING_SESSION;
  if (g_str_equal (table, "saved_view"))
    return WK_TYPE_SAVED_VIEW;
  return G_TYPE_INVALID;
}

static GListStore *
list_for (WkStore *self,
          GType    type,
          gint64   wijk_id)
{
  if (type == WK_TYPE_ACTOR)
    return g_hash_table_lookup (self->actor_lists, &wijk_id);
  if (type == WK_TYPE_INITIATIVE)
    return g_hash_table_lookup (self->initiative_lists, &wijk_id);
  if (type == WK_TYPE_RELATION)
    return g_hash_table_lookup (self->relation_lists, &wijk_id);
  if (type == WK_TYPE_PIN)
    return g_hash_table_lookup (self->pin_lists, &wijk_id);
  if (type == WK_TYPE_MAPPING_SESSION)
    return g_hash_table_lookup (self->session_lists, &wijk_id);
  if (type == WK_TYPE_SAVED_VIEW)
    return g_hash_table_lookup (self->view_lists, &wijk_id);
  if (type == WK_TYPE_PIN_CATEGORY)
    return self->pin_categories;
  return NULL;
}

static sqlite3_stmt *
prepare_select_one (WkStore             *self,
                    const WkRecordInfo  *info,
                    GError             **error)
{
  g_autofree char *sql = g_strconcat (info->select_sql, " WHERE r.id = ?1", NULL);

  return _wk_store_prepare (self, g_intern_string (sql), error);
}

/* Reads row @id of @type into the object handed out for it (creating it
 * when there is none yet) and keeps the live list of its wijk in step. */
static WkRecord *
refresh (WkStore *self,
         GType    type,
         gint64   id)
{
  const WkRecordInfo *info = _wk_record_info_for_type (type);
  GHashTable *records = records_of_type (self, type);
  WkRecord *record = g_hash_table_lookup (records, &id);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  gboolean was_live;
  gboolean live;
  int rc;

  stmt = prepare_select_one (self, info, &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read back a %s: %s", info->table, error->message);
      return record;
    }
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);

  was_live = record != NULL && !wk_record_is_deleted (record);
  live = rc == SQLITE_ROW;
  if (live && record == NULL)
    {
      record = _wk_record_new_from_stmt (type, stmt);
      g_hash_table_insert (records, id_key (id), record);
    }
  else if (live)
    _wk_record_update_from_stmt (record, stmt);
  sqlite3_reset (stmt);

  if (record == NULL)
    return NULL;
  _wk_record_set_deleted (record, !live);

  if (type == WK_TYPE_ACTOR || type == WK_TYPE_INITIATIVE || type == WK_TYPE_RELATION ||
      type == WK_TYPE_PIN || type == WK_TYPE_MAPPING_SESSION || type == WK_TYPE_PIN_CATEGORY ||
      type == WK_TYPE_SAVED_VIEW)
    {
      gint64 wijk_id = type == WK_TYPE_PIN_CATEGORY ? 0 : wk_record_get_int (record, "wijk-id");
      GListStore *list = list_for (self, type, wijk_id);
      guint position;

      if (list != NULL)
        {
          gboolean listed = g_list_store_find (list, record, &position);

          if (live && !listed)
            g_list_store_append (list, record);
          else if (!live && listed)
            g_list_store_remove (list, position);
          else if (live && listed)
            /* the same object again: views re-sort and re-filter it */
            g_list_model_items_changed (G_LIST_MODEL (list), position, 1, 1);
        }
      /* the wijk's counts */
      if (was_live != live &&
          (type == WK_TYPE_ACTOR || type == WK_TYPE_INITIATIVE || type == WK_TYPE_PIN))
        _wk_store_reload_wijken (self, NULL);
    }

  return record;
}

typedef struct
{
  WkStore    *self;
  GHashTable *seen;   /* "table:id" */
} TouchData;

static void
touch_cb (const char *table,
          gint64      id,
          gpointer    user_data)
{
  TouchData *data = user_data;
  char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);

  if (!g_hash_table_add (data->seen, key))
    return;

  /* an edited contact entry changes its actor's "last contact" */
  if (g_str_equal (table, "contact"))
    {
      sqlite3_stmt *stmt = _wk_store_prepare (data->self, "SELECT actor_id FROM contact WHERE id = ?1", NULL);

      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            touch_cb ("actor", sqlite3_column_int64 (stmt, 0), user_data);
          sqlite3_reset (stmt);
        }
    }
  /* a renamed actor is also the contact person named on initiatives */
  if (g_str_equal (table, "actor"))
    {
      GHashTable *initiatives = records_of_type (data->self, WK_TYPE_INITIATIVE);
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, initiatives);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (wk_record_get_int (value, "contact-actor-id") == id)
          touch_cb ("initiative", wk_record_get_id (value), user_data);
    }
  /* pins show the name of what they are linked to */
  if (g_str_equal (table, "actor") || g_str_equal (table, "initiative"))
    {
      GHashTable *pins = records_of_type (data->self, WK_TYPE_PIN);
      const char *field = g_str_equal (table, "actor") ? "actor-id" : "initiative-id";
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, pins);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (!wk_record_is_deleted (value) && wk_record_get_int (value, field) == id)
          touch_cb ("pin", wk_record_get_id (value), user_data);
    }
  /* and relations handed out show the names of both ends; a relations list
   * open on the other end's card is not reloaded for a rename */
  if (g_str_equal (table, "actor") || g_str_equal (table, "initiative"))
    {
      GHashTable *relations = records_of_type (data->self, WK_TYPE_RELATION);
      gboolean actor = g_str_equal (table, "actor");
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, relations);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          if (wk_record_is_deleted (value))
            continue;
          if (actor ? (wk_record_get_int (value, "source-actor-id") == id ||
                       wk_record_get_int (value, "target-actor-id") == id)
                    : wk_record_get_int (value, "target-initiative-id") == id)
            touch_cb ("relation", wk_record_get_id (value), user_data);
        }
    }
  if (g_str_equal (table, "actor_type") || g_str_equal (table, "relation_type"))
    g_hash_table_remove (data->self->terms, table);
}

static void
emit_changes (WkStore  *self,
              WkChange *change)
{
  TouchData data = { self, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };
  gboolean views = FALSE;
  GHashTableIter iter;
  gpointer key;

  _wk_change_foreach_touched (change, touch_cb, &data);

  g_hash_table_iter_init (&iter, data.seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) parts = g_strsplit (key, ":", 2);
      gint64 id = g_ascii_strtoll (parts[1], NULL, 10);
      GType type = type_for_table (parts[0]);

      if (type != G_TYPE_INVALID)
        refresh (self, type, id);
      views = views || type == WK_TYPE_SAVED_VIEW;
    }
  /* a list in order of position, once every view moved has its new one */
  if (views)
    _wk_store_sort_saved_views (self);
  g_hash_table_iter_init (&iter, data.seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_auto(GStrv) parts = g_strsplit (key, ":", 2);

      g_signal_emit (self, signals[CHANGED], 0, parts[0], g_ascii_strtoll (parts[1], NULL, 10));
    }
  g_hash_table_unref (data.seen);
}

/* Commits the transaction holding @change and makes it one undo step. */
gboolean
_wk_store_finish_change (WkStore   *self,
                         WkChange  *change,
                         GError   **error)
{
  if (!_wk_store_commit (self, error))
    {
      _wk_store_rollback (self);
      _wk_change_free (change);
      return FALSE;
    }
  if (_wk_change_is_empty (change))
    {
      _wk_change_free (change);
      return TRUE;
    }
  wk_undo_stack_push (self->undo, _wk_change_get_label (change), change);
  emit_changes (self, change);
  return TRUE;
}

static gboolean
undo_apply (gpointer   item,
            gboolean   forward,
            gpointer   user_data,
            GError   **error)
{
  WkStore *self = user_data;
  WkChange *change = item;

  if (!_wk_store_begin (self, error))
    return FALSE;
  if (!_wk_change_apply (change, self, forward, error) || !_wk_store_commit (self, error))
    {
      _wk_store_rollback (self);
      return FALSE;
    }
  emit_changes (self, change);
  return TRUE;
}

WkUndoStack *
wk_store_get_undo_stack (WkStore *self)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  return self->undo;
}

gboolean
wk_store_undo (WkStore  *self,
               GError  **error)
{
  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  return wk_undo_stack_undo (self->undo, error);
}

gboolean
wk_store_redo (WkStore  *self,
               GError  **error)
{
  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  return wk_undo_stack_redo (self->undo, error);
}

/* Lists ------------------------------------------------------------------ */

GListStore *
_wk_store_load_list (WkStore    *self,
           GType       type,
           const char *where,
           gint64      arg,
           const char *order)
{
  const WkRecordInfo *info = _wk_record_info_for_type (type);
  GHashTable *records = records_of_type (self, type);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("%s WHERE %s ORDER BY %s", info->select_sql, where, order);
  GListStore *list = g_list_store_new (type);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _wk_store_prepare (self, g_intern_string (sql), &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot read the %s list: %s", info->table, error->message);
      return list;
    }
  sqlite3_bind_int64 (stmt, 1, arg);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      WkRecord *record = g_hash_table_lookup (records, &id);

      if (record == NULL)
        {
          record = _wk_record_new_from_stmt (type, stmt);
          g_hash_table_insert (records, id_key (id), record);
        }
      else
        {
          _wk_record_update_from_stmt (record, stmt);
          _wk_record_set_deleted (record, FALSE);
        }
      g_ptr_array_add (rows, g_object_ref (record));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    g_warning ("Cannot read the %s list: %s", info->table, sqlite3_errstr (rc));

  g_list_store_splice (list, 0, 0, rows->pdata, rows->len);
  return list;
}

/* The live list of @type in @wijk from @lists, read once. */
GListModel *
_wk_store_wijk_list (WkStore    *self,
           GHashTable *lists,
           GType       type,
           WkWijk     *wijk,
           const char *order)
{
  gint64 id = wk_wijk_get_id (wijk);
  GListStore *list = g_hash_table_lookup (lists, &id);

  if (list == NULL)
    {
      list = _wk_store_load_list (self, type, "r.wijk_id = ?1", id, order);
      g_hash_table_insert (lists, id_key (id), list);
    }
  return G_LIST_MODEL (list);
}

/**
 * wk_store_get_actors:
 *
 * Returns: (transfer none): the actors of @wijk, as read in name order, later ones at the end; a live list
 */
GListModel *
wk_store_get_actors (WkStore *self,
                     WkWijk  *wijk)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  /* in the tables' first order, so that sorting them by name finds one
   * run already in order instead of comparing 80,000 pairs */
  return _wk_store_wijk_list (self, self->actor_lists, WK_TYPE_ACTOR, wijk, "wk_fold(r.name), r.name, r.id");
}

/**
 * wk_store_get_initiatives:
 *
 * Returns: (transfer none): the initiatives of @wijk, as read in title order, later ones at the end; a live list
 */
GListModel *
wk_store_get_initiatives (WkStore *self,
                          WkWijk  *wijk)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  return _wk_store_wijk_list (self, self->initiative_lists, WK_TYPE_INITIATIVE, wijk, "wk_fold(r.title), r.title, r.id");
}

/**
 * wk_store_get_relations:
 *
 * Returns: (transfer none): the relations of @wijk, in no particular order; a live list
 */
GListModel *
wk_store_get_relations (WkStore *self,
                        WkWijk  *wijk)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  return _wk_store_wijk_list (self, self->relation_lists, WK_TYPE_RELATION, wijk, "r.id");
}

/**
 * wk_store_list_relations:
 * @end: a #WkActor or #WkInitiative
 *
 * Returns: (transfer full): the relations with @end at either side, as they
 * are now; reload on #WkStore::changed for "relation"
 */
GListModel *
wk_store_list_relations (WkStore  *self,
                         WkRecord *end)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_ACTOR (end) || WK_IS_INITIATIVE (end), NULL);

  if (WK_IS_ACTOR (end))
    return G_LIST_MODEL (_wk_store_load_list (self, WK_TYPE_RELATION,
                                    "r.source_actor_id = ?1 OR r.target_actor_id = ?1",
                                    wk_record_get_id (end), "r.id"));
  return G_LIST_MODEL (_wk_store_load_list (self, WK_TYPE_RELATION, "r.target_initiative_id = ?1",
                                  wk_record_get_id (end), "r.id"));
}

/**
 * wk_store_list_contacts:
 *
 * Returns: (transfer full): the contact log of @actor, newest first
 */
GListModel *
wk_store_list_contacts (WkStore *self,
                        WkActor *actor)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_ACTOR (actor), NULL);

  return G_LIST_MODEL (_wk_store_load_list (self, WK_TYPE_CONTACT, "r.actor_id = ?1",
                                  wk_record_get_id (WK_RECORD (actor)), "r.date DESC, r.id DESC"));
}

/**
 * wk_store_lookup:
 *
 * Returns: (transfer none) (nullable): the record @id of @type, or %NULL
 * when there is no such row
 */
WkRecord *
wk_store_lookup (WkStore *self,
                 GType    type,
                 gint64   id)
{
  WkRecord *record;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, WK_TYPE_RECORD), NULL);

  record = g_hash_table_lookup (records_of_type (self, type), &id);
  if (record == NULL)
    record = refresh (self, type, id);
  if (record == NULL || wk_record_is_deleted (record))
    return NULL;
  return record;
}

WkRecord *
_wk_store_refresh (WkStore *self,
                   GType    type,
                   gint64   id)
{
  return refresh (self, type, id);
}

/* After rows were added to @wijk_id outside the undo history (an import):
 * the live lists of that wijk that are loaded gain the rows they lack (one
 * items-changed each), the types are read again, and ::changed is emitted
 * once per table with id 0, meaning "many rows". */
void
_wk_store_imported (WkStore *self,
                    gint64   wijk_id)
{
  const GType types[] = { WK_TYPE_ACTOR, WK_TYPE_INITIATIVE, WK_TYPE_RELATION };
  const char * const tables[] = { "actor_type", "relation_type", "actor", "relation" };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GListStore *list = list_for (self, types[i], wijk_id);
      g_autoptr(GListStore) fresh = NULL;
      g_autoptr(GHashTable) listed = NULL;
      g_autoptr(GPtrArray) added = NULL;
      guint n;

      if (list == NULL)
        continue;
      /* the new rows in the order the list is first read in, as one run */
      fresh = _wk_store_load_list (self, types[i], "r.wijk_id = ?1", wijk_id,
                         types[i] == WK_TYPE_ACTOR ? "wk_fold(r.name), r.name, r.id"
                         : types[i] == WK_TYPE_INITIATIVE ? "wk_fold(r.title), r.title, r.id"
                         : "r.id");
      listed = g_hash_table_new (NULL, NULL);
      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      for (guint k = 0; k < n; k++)
        g_hash_table_add (listed, g_list_model_get_item (G_LIST_MODEL (list), k));
      added = g_ptr_array_new_with_free_func (g_object_unref);
      n = g_list_model_get_n_items (G_LIST_MODEL (fresh));
      for (guint k = 0; k < n; k++)
        {
          gpointer record = g_list_model_get_item (G_LIST_MODEL (fresh), k);

          if (g_hash_table_contains (listed, record))
            g_object_unref (record);
          else
            g_ptr_array_add (added, record);
        }
      /* the references taken for the set: the list keeps its own */
      {
        GHashTableIter iter;
        gpointer record;

        g_hash_table_iter_init (&iter, listed);
        while (g_hash_table_iter_next (&iter, &record, NULL))
          g_object_unref (record);
      }
      if (added->len > 0)
        g_list_store_splice (list, g_list_model_get_n_items (G_LIST_MODEL (list)), 0,
                             added->pdata, added->len);
    }

  g_hash_table_remove (self->terms, "actor_type");
  g_hash_table_remove (self->terms, "relation_type");
  _wk_store_reload_wijken (self, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_signal_emit (self, signals[CHANGED], 0, tables[i], (gint64) 0);
}

/* Edits ------------------------------------------------------------------ */

/* A date is YYYY-MM-DD, and a real one; "" is no date. */
gboolean
_wk_store_check_date (const char  *text,
                      GError     **error)
{
  unsigned year, month, day;
  char end;

  if (*text == '\0')
    return TRUE;
  /* sscanf alone would also take signs and spaces ("2026-+1-01", "2026- 1-01")
   * and store a date no other program reads as one */
  for (guint i = 0; i < 10 && text[i] != '\0'; i++)
    if (i == 4 || i == 7 ? text[i] != '-' : !g_ascii_isdigit (text[i]))
      goto invalid;
  if (strlen (text) == 10 && sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) == 3 &&
      g_date_valid_dmy (day, month, year))
    return TRUE;

invalid:

  g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
               _("“%s” is not a date. Write it as day-month-year, for example 23-11-2026."),
               text);
  return FALSE;
}

static sqlite3_value *
value_from_text (WkStore    *self,
                 const char *text,
                 gboolean    null_when_empty)
{
  sqlite3_stmt *stmt = _wk_store_prepare (self, "SELECT ?1", NULL);
  sqlite3_value *value = NULL;

  if (stmt == NULL)
    return NULL;
  if (null_when_empty && *text == '\0')
    sqlite3_bind_null (stmt, 1);
  else
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return value;
}

static sqlite3_value *
value_from_int (WkStore  *self,
                gint64    number,
                gboolean  null_when_negative)
{
  sqlite3_stmt *stmt = _wk_store_prepare (self, "SELECT ?1", NULL);
  sqlite3_value *value = NULL;

  if (stmt == NULL)
    return NULL;
  if (null_when_negative && number < 0)
    sqlite3_bind_null (stmt, 1);
  else
    sqlite3_bind_int64 (stmt, 1, number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static gboolean
set_value (WkStore           *self,
           WkRecord          *record,
           const WkFieldInfo *field,
           sqlite3_value     *value,
           GError           **error)
{
  const char *table = wk_record_get_table (record);
  gint64 id = wk_record_get_id (record);
  WkChange *top = wk_undo_stack_peek (self->undo);
  gint64 now = g_get_monotonic_time ();
  g_autoptr(WkChange) change = NULL;

  if (!_wk_store_begin (self, error))
    return FALSE;

  change = _wk_change_new (_("Edit"));
  if (!_wk_change_set (change, self, table, id, field->column, value, error))
    {
      _wk_store_rollback (self);
      if (error != NULL && *error != NULL && (*error)->code == WK_STORE_ERROR_FAILED &&
          g_str_has_prefix ((*error)->message, "CHECK"))
        (*error)->code = WK_STORE_ERROR_INVALID;
      return FALSE;
    }

  /* Never while something can be redone: the edit must drop that history,
   * or a redo would replay an older step over it. */
  if (top != NULL && !wk_undo_stack_can_redo (self->undo) &&
      _wk_change_can_merge_set (top, table, id, field->column, now))
    {
      if (!_wk_store_commit (self, error))
        {
          _wk_store_rollback (self);
          return FALSE;
        }
      _wk_change_merge_set (top, value, now);
      emit_changes (self, change);
      return TRUE;
    }
  return _wk_store_finish_change (self, g_steal_pointer (&change), error);
}

static const WkFieldInfo *
writable_field (WkRecord     *record,
                const char   *field,
                WkFieldKind  *kinds,
                guint         n_kinds)
{
  const WkFieldInfo *info = _wk_record_find_field (_wk_record_get_info (record), field, NULL);

  if (info == NULL || info->column == NULL)
    {
      g_critical ("%s has no field “%s” that can be edited", G_OBJECT_TYPE_NAME (record), field);
      return NULL;
    }
  for (guint i = 0; i < n_kinds; i++)
    if (info->kind == kinds[i])
      return info;
  g_critical ("The field “%s” of %s is of another kind", field, G_OBJECT_TYPE_NAME (record));
  return NULL;
}

/**
 * wk_store_set_text:
 * @value: the new text; invalid UTF-8 is replaced by U+FFFD; a date is
 *   YYYY-MM-DD or "" for none
 *
 * Stores one text or date field. Edits of the same field in quick
 * succession become one undo step.
 */
gboolean
wk_store_set_text (WkStore     *self,
                   WkRecord    *record,
                   const char  *field,
                   const char  *value,
                   GError     **error)
{
  static WkFieldKind kinds[] = { WK_FIELD_TEXT, WK_FIELD_DATE };
  const WkFieldInfo *info;
  g_autofree char *clean = NULL;
  sqlite3_value *sql_value;
  gboolean ok;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_RECORD (record), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  info = writable_field (record, field, kinds, G_N_ELEMENTS (kinds));
  if (info == NULL)
    return FALSE;

  clean = _wk_store_clean_text (value);
  if (info->kind == WK_FIELD_DATE)
    {
      g_strstrip (clean);
      if (!_wk_store_check_date (clean, error))
        return FALSE;
    }
  if ((WK_IS_ACTOR (record) || WK_IS_INITIATIVE (record)) &&
      (g_str_equal (field, "name") || g_str_equal (field, "title")) &&
      !_wk_store_check_name (clean, record, error))
    return FALSE;
  if (!_wk_store_check_map_text (record, field, clean, error) ||
      !_wk_store_check_view_text (record, field, clean, error))
    return FALSE;

  if (g_strcmp0 (wk_record_get_text (record, field), clean) == 0)
    return TRUE;

  sql_value = value_from_text (self, clean, info->kind == WK_FIELD_DATE);
  ok = set_value (self, record, info, sql_value, error);
  sqlite3_value_free (sql_value);
  return ok;
}

/**
 * wk_store_set_int:
 * @value: the number; -1 clears an optional number (a budget, a link)
 *
 * Stores one number or yes/no field (0 or 1).
 */
gboolean
wk_store_set_int (WkStore     *self,
                  WkRecord    *record,
                  const char  *field,
                  gint64       value,
                  GError     **error)
{
  static WkFieldKind kinds[] = { WK_FIELD_INT, WK_FIELD_BOOL, WK_FIELD_OPTIONAL_INT };
  const WkFieldInfo *info;
  sqlite3_value *sql_value;
  gboolean ok;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_RECORD (record), FALSE);

  info = writable_field (record, field, kinds, G_N_ELEMENTS (kinds));
  if (info == NULL)
    return FALSE;
  if (info->kind == WK_FIELD_BOOL && value != 0 && value != 1)
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID, _("This value is not allowed here."));
      return FALSE;
    }
  if (wk_record_get_int (record, field) == value)
    return TRUE;

  sql_value = value_from_int (self, value, info->kind == WK_FIELD_OPTIONAL_INT);
  ok = set_value (self, record, info, sql_value, error);
  sqlite3_value_free (sql_value);
  return ok;
}

/**
 * wk_store_delete_record:
 *
 * Deletes @record with everything that belongs to it (relations, contact
 * log, tags, saved position); references from pins and initiatives are
 * cleared. Undo brings all of it back, with the same ids.
 */
gboolean
wk_store_delete_record (WkStore   *self,
                        WkRecord  *record,
                        GError   **error)
{
  g_autoptr(WkChange) change = NULL;
  g_autofree char *label = NULL;
  gint64 id;
  gboolean ok = TRUE;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_RECORD (record), FALSE);

  id = wk_record_get_id (record);
  if (WK_IS_ACTOR (record))
    label = g_strdup_printf (_("“%s” deleted"), wk_actor_get_name (WK_ACTOR (record)));
  else if (WK_IS_INITIATIVE (record))
    label = g_strdup_printf (_("“%s” deleted"), wk_initiative_get_title (WK_INITIATIVE (record)));
  else if (WK_IS_RELATION (record))
    label = g_strdup (_("Relation deleted"));
  else if (WK_IS_PIN (record))
    label = *wk_pin_get_title (WK_PIN (record)) != '\0'
            ? g_strdup_printf (_("Pin “%s” deleted"), wk_pin_get_title (WK_PIN (record)))
            : g_strdup (_("Pin deleted"));
  else if (WK_IS_MAPPING_SESSION (record))
    label = g_strdup_printf (_("“%s” deleted"),
                             wk_mapping_session_get_name (WK_MAPPING_SESSION (record)));
  else if (WK_IS_PIN_CATEGORY (record))
    label = g_strdup_printf (_("“%s” deleted"),
                             wk_pin_category_get_label (WK_PIN_CATEGORY (record)));
  else if (WK_IS_SAVED_VIEW (record))
    label = g_strdup_printf (_("View “%s” deleted"), wk_saved_view_get_name (WK_SAVED_VIEW (record)));
  else
    label = g_strdup (_("Contact entry deleted"));

  if (!_wk_store_begin (self, error))
    return FALSE;
  change = _wk_change_new (label);

  if (WK_IS_ACTOR (record))
    {
      ok = _wk_change_nullify (change, self, "pin", "actor_id", id, error) &&
           _wk_change_nullify (change, self, "initiative", "contact_actor_id", id, error) &&
           _wk_change_delete (change, self, "relation",
                              "source_actor_id = ?1 OR target_actor_id = ?1", id, error) &&
           _wk_change_delete (change, self, "contact", "actor_id = ?1", id, error) &&
           _wk_change_delete (change, self, "actor_tag", "actor_id = ?1", id, error) &&
           _wk_change_delete (change, self, "layout", "actor_id = ?1", id, error);
    }
  else if (WK_IS_INITIATIVE (record))
    {
      ok = _wk_change_nullify (change, self, "pin", "initiative_id", id, error) &&
           _wk_change_delete (change, self, "relation", "target_initiative_id = ?1", id, error) &&
           _wk_change_delete (change, self, "initiative_tag", "initiative_id = ?1", id, error) &&
           _wk_change_delete (change, self, "layout", "initiative_id = ?1", id, error);
    }
  else if (WK_IS_MAPPING_SESSION (record))
    ok = _wk_change_nullify (change, self, "pin", "session_id", id, error);
  else if (WK_IS_PIN_CATEGORY (record))
    ok = _wk_change_nullify (change, self, "pin", "category_id", id, error);
  ok = ok && _wk_change_delete (change, self, wk_record_get_table (record), "id = ?1", id, error);

  if (!ok)
    {
      _wk_store_rollback (self);
      return FALSE;
    }
  if (!_wk_store_finish_change (self, g_steal_pointer (&change), error))
    return FALSE;
  /* Only now: refreshing the record while finishing must still see it live,
   * or the wijk's counts are not read again. The object itself may be one
   * not kept in a live list, so it is marked here too. */
  _wk_record_set_deleted (record, TRUE);
  return TRUE;
}
