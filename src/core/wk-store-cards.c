/* wk-store-cards.c: creating actors, initiatives, relations and contact entries; tags, types, search
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gi18n-lib.h>

#include "wk-record-private.h"
#include "wk-store-records-private.h"
#include "wk-vocabulary.h"

gboolean
_wk_store_check_name (const char  *name,
                      WkRecord    *record,
                      GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*stripped != '\0')
    return TRUE;
  if (WK_IS_INITIATIVE (record))
    g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                         _("An initiative needs a title."));
  else
    g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                         _("An actor needs a name."));
  return FALSE;
}

/* Inserts one row with the statement given, records it, commits. */
WkRecord *
_wk_store_create (WkStore       *self,
        GType          type,
        sqlite3_stmt  *stmt,
        const char    *label,
        GError       **error)
{
  g_autoptr(WkChange) change = _wk_change_new (label);
  const char *table = _wk_record_info_for_type (type)->table;
  gint64 id;

  if (!_wk_store_step_done (self, stmt, error))
    {
      _wk_store_rollback (self);
      return NULL;
    }
  id = sqlite3_last_insert_rowid (_wk_store_get_db (self));
  if (!_wk_change_inserted (change, self, table, "id = ?1", id, error))
    {
      _wk_store_rollback (self);
      return NULL;
    }
  if (!_wk_store_finish_change (self, g_steal_pointer (&change), error))
    return NULL;
  return wk_store_lookup (self, type, id);
}

/**
 * wk_store_create_actor:
 * @kind: "person", "organisation", "group" or "place"
 *
 * Returns: (transfer none): the new actor, also in wk_store_get_actors()
 */
WkActor *
wk_store_create_actor (WkStore     *self,
                       WkWijk      *wijk,
                       const char  *name,
                       const char  *kind,
                       GError     **error)
{
  g_autofree char *clean = _wk_store_clean_text (name);
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  /* no name at all is refused like an empty one, with an error to show */
  if (!_wk_store_check_name (clean, NULL, error))
    return NULL;
  g_strstrip (clean);
  if (kind == NULL || wk_vocabulary_position ("kind", kind) < 0)
    kind = "person";

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self, "INSERT INTO actor (wijk_id, name, kind) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  label = g_strdup_printf (_("“%s” added"), clean);
  return WK_ACTOR (_wk_store_create (self, WK_TYPE_ACTOR, stmt, label, error));
}

/**
 * wk_store_create_initiative:
 *
 * Returns: (transfer none): the new initiative, also in wk_store_get_initiatives()
 */
WkInitiative *
wk_store_create_initiative (WkStore     *self,
                            WkWijk      *wijk,
                            const char  *title,
                            GError     **error)
{
  g_autofree char *clean = _wk_store_clean_text (title);
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_WIJK (wijk), NULL);

  if (clean == NULL || *g_strstrip (clean) == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("An initiative needs a title."));
      return NULL;
    }

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self, "INSERT INTO initiative (wijk_id, title) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  label = g_strdup_printf (_("“%s” added"), clean);
  return WK_INITIATIVE (_wk_store_create (self, WK_TYPE_INITIATIVE, stmt, label, error));
}

/**
 * wk_store_create_relation:
 * @target: a #WkActor (not @source) or a #WkInitiative of the same wijk
 * @type_id: a relation type, or -1 for none
 * @strength: 1 to 3
 *
 * Returns: (transfer none): the new relation
 */
WkRelation *
wk_store_create_relation (WkStore     *self,
                          WkActor     *source,
                          WkRecord    *target,
                          gint64       type_id,
                          int          strength,
                          gboolean     directed,
                          const char  *note,
                          GError     **error)
{
  g_autofree char *clean_note = _wk_store_clean_text (note != NULL ? note : "");
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_ACTOR (source), NULL);
  g_return_val_if_fail (WK_IS_ACTOR (target) || WK_IS_INITIATIVE (target), NULL);

  if ((gpointer) source == (gpointer) target)
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("An actor cannot have a relation with itself."));
      return NULL;
    }
  if (wk_record_get_int (WK_RECORD (source), "wijk-id") != wk_record_get_int (target, "wijk-id"))
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("A relation can only link cards of the same wijk."));
      return NULL;
    }
  if (strength < 1 || strength > 3)
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                           _("The strength of a relation is 1, 2 or 3."));
      return NULL;
    }

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self,
                            "INSERT INTO relation (wijk_id, source_actor_id, target_actor_id,"
                            " target_initiative_id, type_id, strength, directed, note)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, wk_record_get_int (WK_RECORD (source), "wijk-id"));
  sqlite3_bind_int64 (stmt, 2, wk_record_get_id (WK_RECORD (source)));
  if (WK_IS_ACTOR (target))
    {
      sqlite3_bind_int64 (stmt, 3, wk_record_get_id (target));
      sqlite3_bind_null (stmt, 4);
    }
  else
    {
      sqlite3_bind_null (stmt, 3);
      sqlite3_bind_int64 (stmt, 4, wk_record_get_id (target));
    }
  if (type_id > 0)
    sqlite3_bind_int64 (stmt, 5, type_id);
  else
    sqlite3_bind_null (stmt, 5);
  sqlite3_bind_int (stmt, 6, strength);
  sqlite3_bind_int (stmt, 7, directed ? 1 : 0);
  sqlite3_bind_text (stmt, 8, clean_note, -1, SQLITE_TRANSIENT);
  return WK_RELATION (_wk_store_create (self, WK_TYPE_RELATION, stmt, _("Relation added"), error));
}

/**
 * wk_store_create_contact:
 * @date: YYYY-MM-DD
 * @channel: "visit", "phone", "street", "meeting" or "online"
 *
 * Returns: (transfer none): the new entry of @actor's contact log
 */
WkContact *
wk_store_create_contact (WkStore     *self,
                         WkActor     *actor,
                         const char  *date,
                         const char  *team_member,
                         const char  *channel,
                         const char  *note,
                         GError     **error)
{
  g_autofree char *clean_member = _wk_store_clean_text (team_member != NULL ? team_member : "");
  g_autofree char *clean_note = _wk_store_clean_text (note != NULL ? note : "");
  g_autofree char *clean_date = g_strstrip (_wk_store_clean_text (date != NULL ? date : ""));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (WK_IS_ACTOR (actor), NULL);

  /* the same rule as for editing the date later: the column has no CHECK */
  if (*clean_date == '\0')
    {
      g_free (clean_date);
      clean_date = g_date_time_format (now, "%Y-%m-%d");
    }
  else if (!_wk_store_check_date (clean_date, error))
    return NULL;
  if (channel == NULL || wk_vocabulary_position ("channel", channel) < 0)
    {
      /* the message is shown: never with the invalid bytes it may hold */
      g_autofree char *clean_channel = _wk_store_clean_text (channel != NULL ? channel : "");

      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                   _("“%s” is not a way of contact."), clean_channel);
      return NULL;
    }

  if (!_wk_store_begin (self, error))
    return NULL;
  stmt = _wk_store_prepare (self,
                            "INSERT INTO contact (actor_id, date, team_member, channel, note)"
                            " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, wk_record_get_id (WK_RECORD (actor)));
  sqlite3_bind_text (stmt, 2, clean_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, clean_member, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, channel, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, clean_note, -1, SQLITE_TRANSIENT);
  return WK_CONTACT (_wk_store_create (self, WK_TYPE_CONTACT, stmt, _("Contact entry added"), error));
}

/* Types ------------------------------------------------------------------ */

static gboolean
is_term_table (const char *table)
{
  return g_strcmp0 (table, "actor_type") == 0 || g_strcmp0 (table, "relation_type") == 0;
}

/**
 * wk_store_get_terms:
 * @table: "actor_type" or "relation_type"
 *
 * Returns: (transfer none): the types, built-in ones first; the list is
 * replaced (not updated) when a type is added, so look it up again on
 * #WkStore::changed
 */
GListModel *
wk_store_get_terms (WkStore    *self,
                    const char *table)
{
  GListStore *list;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (is_term_table (table), NULL);

  list = g_hash_table_lookup (self->terms, table);
  if (list == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT id, key, label, builtin FROM %s"
                                              " ORDER BY builtin DESC, position, label COLLATE WK_NAME",
                                              table);
      sqlite3_stmt *stmt = _wk_store_prepare (self, g_intern_string (sql), NULL);

      list = g_list_store_new (WK_TYPE_TERM);
      while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autoptr(WkTerm) term = wk_term_new (sqlite3_column_int64 (stmt, 0),
                                                (const char *) sqlite3_column_text (stmt, 1),
                                                (const char *) sqlite3_column_text (stmt, 2),
                                                sqlite3_column_int (stmt, 3));
          g_list_store_append (list, term);
        }
      if (stmt != NULL)
        sqlite3_reset (stmt);
      g_hash_table_insert (self->terms, (gpointer) g_intern_string (table), list);
    }
  return G_LIST_MODEL (list);
}

/**
 * wk_store_create_term:
 * @table: "actor_type" or "relation_type"
 *
 * Adds a type of the team's own; an existing type of that name is returned
 * as it is.
 *
 * Returns: (transfer full): the type
 */
WkTerm *
wk_store_create_term (WkStore     *self,
                      const char  *table,
                      const char  *label,
                      GError     **error)
{
  g_autofree char *clean = _wk_store_clean_text (label);
  g_autofree char *sql = NULL;
  g_autoptr(WkChange) change = NULL;
  GListModel *terms;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (is_term_table (table), NULL);

  if (clean == NULL || *g_strstrip (clean) == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID, _("A type needs a name."));
      return NULL;
    }
  terms = wk_store_get_terms (self, table);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (terms, i);

      if (g_utf8_collate (wk_term_get_label (term), clean) == 0)
        return g_steal_pointer (&term);
    }

  if (!_wk_store_begin (self, error))
    return NULL;
  sql = g_strdup_printf ("INSERT INTO %s (key, label, position)"
                         " VALUES ('custom-' || lower(hex(randomblob(8))), ?1,"
                         " (SELECT coalesce(max(position), 0) + 1 FROM %s))", table, table);
  stmt = _wk_store_prepare (self, g_intern_string (sql), error);
  if (stmt == NULL)
    {
      _wk_store_rollback (self);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, clean, -1, SQLITE_TRANSIENT);
  change = _wk_change_new (_("Type added"));
  if (!_wk_store_step_done (self, stmt, error) ||
      !_wk_change_inserted (change, self, table, "id = ?1",
                            (id = sqlite3_last_insert_rowid (_wk_store_get_db (self))), error))
    {
      _wk_store_rollback (self);
      return NULL;
    }
  if (!_wk_store_finish_change (self, g_steal_pointer (&change), error))
    return NULL;

  terms = wk_store_get_terms (self, table);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (terms, i);

      if (wk_term_get_id (term) == id)
        return g_steal_pointer (&term);
    }
  g_assert_not_reached ();
}

/* Tags ------------------------------------------------------------------- */

/**
 * wk_store_list_tags:
 * @kind: "theme" or "group"
 *
 * Returns: (transfer full): every tag of @kind in the file, for completion
 */
char **
wk_store_list_tags (WkStore    *self,
                    const char *kind)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);

  stmt = _wk_store_prepare (self, "SELECT name FROM tag WHERE kind = ?1 ORDER BY name COLLATE WK_NAME", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return g_strv_builder_end (builder);
}

static gint64
ensure_tag (WkStore     *self,
            WkChange    *change,
            const char  *kind,
            const char  *name,
            GError     **error)
{
  sqlite3_stmt *stmt = _wk_store_prepare (self, "SELECT id FROM tag WHERE kind = ?1 AND name = ?2", error);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id != 0)
    return id;

  stmt = _wk_store_prepare (self, "INSERT INTO tag (kind, name) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  if (!_wk_store_step_done (self, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (_wk_store_get_db (self));
  if (!_wk_change_inserted (change, self, "tag", "id = ?1", id, error))
    return 0;
  return id;
}

/**
 * wk_store_set_tags:
 * @field: "themes" or (for an actor) "groups"
 * @names: the tags the record should have; new ones are created
 */
gboolean
wk_store_set_tags (WkStore             *self,
                   WkRecord            *record,
                   const char          *field,
                   const char * const  *names,
                   GError             **error)
{
  const char *kind = g_strcmp0 (field, "groups") == 0 ? "group" : "theme";
  const char *link = WK_IS_ACTOR (record) ? "actor_tag" : "initiative_tag";
  const char *owner = WK_IS_ACTOR (record) ? "actor_id" : "initiative_id";
  const char * const *current;
  g_autoptr(WkChange) change = NULL;
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);
  gint64 id;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (WK_IS_ACTOR (record) || WK_IS_INITIATIVE (record), FALSE);
  g_return_val_if_fail (g_strcmp0 (field, "themes") == 0 ||
                        (g_strcmp0 (field, "groups") == 0 && WK_IS_ACTOR (record)), FALSE);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      char *clean = _wk_store_clean_text (names[i]);

      /* U+001F separates tags when the store reads them back; replaced
       * before stripping, so that it cannot leave a blank or padded name */
      g_strdelimit (clean, "\x1f", ' ');
      g_strstrip (clean);
      if (*clean == '\0' || g_ptr_array_find_with_equal_func (wanted, clean, g_str_equal, NULL))
        g_free (clean);
      else
        g_ptr_array_add (wanted, clean);
    }
  g_ptr_array_add (wanted, NULL);

  current = wk_record_get_tags (record, field);
  {
    gboolean same = g_strv_length ((char **) current) == wanted->len - 1;

    for (guint i = 0; same && current[i] != NULL; i++)
      same = g_strv_contains ((const char * const *) wanted->pdata, current[i]);
    if (same)
      return TRUE;
  }

  id = wk_record_get_id (record);
  if (!_wk_store_begin (self, error))
    return FALSE;
  change = _wk_change_new (_("Tags changed"));

  {
    g_autofree char *where = g_strdup_printf ("%s = ?1 AND tag_id IN (SELECT id FROM tag WHERE kind = '%s')",
                                              owner, kind);

    if (!_wk_change_delete (change, self, link, g_intern_string (where), id, error))
      goto failed;
  }
  for (guint i = 0; i + 1 < wanted->len; i++)
    {
      g_autofree char *insert = g_strdup_printf ("INSERT INTO %s (%s, tag_id) VALUES (?1, ?2)", link, owner);
      g_autofree char *where = g_strdup_printf ("%s = ?1 AND tag_id = last_insert_rowid()", owner);
      gint64 tag = ensure_tag (self, change, kind, wanted->pdata[i], error);
      sqlite3_stmt *stmt;

      if (tag == 0)
        goto failed;
      stmt = _wk_store_prepare (self, g_intern_string (insert), error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, tag);
      if (!_wk_store_step_done (self, stmt, error))
        goto failed;
      {
        g_autofree char *exact = g_strdup_printf ("%s = ?1 AND tag_id = %" G_GINT64_FORMAT, owner, tag);

        if (!_wk_change_inserted (change, self, link, g_intern_string (exact), id, error))
          goto failed;
      }
    }
  return _wk_store_finish_change (self, g_steal_pointer (&change), error);

failed:
  _wk_store_rollback (self);
  return FALSE;
}

/* Search ----------------------------------------------------------------- */

/* Each word the user typed becomes a quoted prefix term, so quotes,
 * operators and stray characters in a search are just text. */
static char *
match_expression (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r", -1);
  GString *match = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) parts = NULL;

      if (*words[i] == '\0')
        continue;
      parts = g_strsplit (words[i], "\"", -1);
      escaped = g_strjoinv ("\"\"", parts);
      g_string_append_printf (match, "%s\"%s\"*", match->len > 0 ? " " : "", escaped);
    }
  return g_string_free (match, FALSE);
}

/**
 * wk_store_search:
 * @type: %WK_TYPE_ACTOR (hits in names, roles, descriptions, the contact
 *   log and pins count for their actor) or %WK_TYPE_INITIATIVE
 * @text: what the user typed
 *
 * Returns: (transfer full) (nullable): the ids found (a set of gint64), or
 * %NULL with @error unset when @text holds no word to search for
 */
GHashTable *
wk_store_search (WkStore     *self,
                 gint64       wijk_id,
                 GType        type,
                 const char  *text,
                 GError     **error)
{
  g_autofree char *clean = _wk_store_clean_text (text != NULL ? text : "");
  g_autofree char *match = match_expression (clean);
  g_autoptr(GHashTable) found = NULL;
  const char *sql;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  g_return_val_if_fail (type == WK_TYPE_ACTOR || type == WK_TYPE_INITIATIVE, NULL);

  if (*match == '\0')
    return NULL;

  if (type == WK_TYPE_ACTOR)
    sql = "SELECT DISTINCT actor_id FROM search WHERE search MATCH ?1 AND wijk_id = ?2"
          " AND actor_id IS NOT NULL";
  else
    sql = "SELECT item_id FROM search WHERE search MATCH ?1 AND wijk_id = ?2 AND kind = 'initiative'";

  stmt = _wk_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, wijk_id);

  found = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_add (found, g_memdup2 (&id, sizeof id));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      return NULL;
    }
  return g_steal_pointer (&found);
}

/**
 * wk_store_find_actor_by_name:
 *
 * Returns: (transfer none) (nullable): another actor of the wijk with the
 * same name (ignoring case and accents), for the duplicate warning
 */
WkActor *
wk_store_find_actor_by_name (WkStore    *self,
                             gint64      wijk_id,
                             const char *name,
                             gint64      except_id)
{
  g_autofree char *clean = g_strstrip (_wk_store_clean_text (name != NULL ? name : ""));
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);

  stmt = _wk_store_prepare (self,
                            "SELECT id FROM actor WHERE wijk_id = ?1 AND wk_fold(name) = wk_fold(?2)"
                            " AND id <> ?3 ORDER BY id LIMIT 1", NULL);
  if (stmt == NULL || *clean == '\0')
    return NULL;
  sqlite3_bind_int64 (stmt, 1, wijk_id);
  sqlite3_bind_text (stmt, 2, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, except_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id != 0 ? WK_ACTOR (wk_store_lookup (self, WK_TYPE_ACTOR, id)) : NULL;
}
