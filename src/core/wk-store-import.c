/* wk-store-import.c: writing a whole import plan into a wijk, in one transaction
 * SPDX-License-Identifier: EUPL-1.2
 *
 * An import is all or nothing: the wijk (found by name or created), the new
 * types and themes, the actors and the relations are written inside one
 * transaction, so a failure leaves the file exactly as it was. Every
 * statement is prepared once and every value bound. The search index
 * follows by itself: the triggers on actor fill it.
 *
 * Matching, so that importing the same files twice adds nothing twice:
 * - the wijk, types and themes by their name without case and accents
 *   (wk_fold_name(), as the store's wk_fold); a built-in type also by its key, its label in the
 *   user's language and its Dutch label, since lists kept by Dutch teams
 *   use those whatever language the app runs in;
 * - an actor whose name the wijk already holds is not imported again but
 *   reused for the relations (the n-th of several alike named elements takes
 *   the n-th such actor of the wijk);
 * - a relation between the same two actors with the same type (either way
 *   round when both are undirected) is not added again.
 *
 * An import is not a step of the undo history: it may be thousands of rows,
 * and it clears the history, whose steps could otherwise bring back rows
 * under ids the import has taken since.
 */
#include <glib/gi18n-lib.h>

#include "wk-import-plan.h"
#include "wk-store-records-private.h"
#include "wk-vocabulary.h"

G_DEFINE_QUARK (wk-import-error-quark, wk_import_error)

/* Plan -------------------------------------------------------------------- */

static void
import_actor_free (gpointer data)
{
  WkImportActor *actor = data;

  g_free (actor->name);
  g_free (actor->kind);
  g_free (actor->type);
  g_free (actor->description);
  g_strfreev (actor->themes);
  g_free (actor);
}

static void
import_relation_free (gpointer data)
{
  WkImportRelation *relation = data;

  g_free (relation->type);
  g_free (relation->note);
  g_free (relation);
}

static void
import_problem_free (gpointer data)
{
  WkImportProblem *problem = data;

  g_free (problem->file);
  g_free (problem->message);
  g_free (problem);
}

WkImportPlan *
wk_import_plan_new (void)
{
  WkImportPlan *plan = g_new0 (WkImportPlan, 1);

  plan->actors = g_ptr_array_new_with_free_func (import_actor_free);
  plan->relations = g_ptr_array_new_with_free_func (import_relation_free);
  plan->problems = g_ptr_array_new_with_free_func (import_problem_free);
  return plan;
}

void
wk_import_plan_free (WkImportPlan *plan)
{
  if (plan == NULL)
    return;
  g_ptr_array_unref (plan->actors);
  g_ptr_array_unref (plan->relations);
  g_ptr_array_unref (plan->problems);
  g_free (plan->source);
  g_free (plan);
}

/**
 * wk_import_plan_add_actor:
 *
 * Returns: (transfer none): the new entry, to fill in; its index is
 * plan->actors->len - 1
 */
WkImportActor *
wk_import_plan_add_actor (WkImportPlan *plan,
                          const char   *name,
                          guint         line)
{
  WkImportActor *actor;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  actor = g_new0 (WkImportActor, 1);
  actor->name = g_strdup (name);
  actor->themes = g_new0 (char *, 1);
  actor->line = line;
  g_ptr_array_add (plan->actors, actor);
  return actor;
}

/**
 * wk_import_plan_add_relation:
 *
 * Returns: (transfer none): the new entry, strength 2, directed, to fill in
 */
WkImportRelation *
wk_import_plan_add_relation (WkImportPlan *plan,
                             guint         source,
                             guint         target,
                             guint         line)
{
  WkImportRelation *relation;

  g_return_val_if_fail (plan != NULL, NULL);

  relation = g_new0 (WkImportRelation, 1);
  relation->source = source;
  relation->target = target;
  relation->strength = 2;
  relation->directed = TRUE;
  relation->line = line;
  g_ptr_array_add (plan->relations, relation);
  return relation;
}

void
wk_import_plan_add_problem (WkImportPlan     *plan,
                            WkImportSeverity  severity,
                            const char       *file,
                            guint             line,
                            const char       *format,
                            ...)
{
  WkImportProblem *problem;
  va_list args;

  g_return_if_fail (plan != NULL);
  g_return_if_fail (format != NULL);

  problem = g_new0 (WkImportProblem, 1);
  problem->severity = severity;
  problem->file = g_strdup (file != NULL ? file : "");
  problem->line = line;
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (plan->problems, problem);
}

guint
wk_import_plan_count_problems (WkImportPlan     *plan,
                               WkImportSeverity  severity)
{
  guint n = 0;

  g_return_val_if_fail (plan != NULL, 0);

  for (guint i = 0; i < plan->problems->len; i++)
    if (((WkImportProblem *) plan->problems->pdata[i])->severity == severity)
      n++;
  return n;
}

/* Writing ----------------------------------------------------------------- */

/* The Dutch labels of the built-in types (as in po/nl.po), matched whatever
 * the language the app runs in. */
static const struct {
  const char *key;
  const char *label;
} dutch_labels[] = {
  { "sleutelfiguur", "Sleutelfiguur" },
  { "buurthuis", "Buurthuis" },
  { "bewonersorganisatie", "Bewonersorganisatie" },
  { "sportclub", "Sportclub" },
  { "vereniging", "Vereniging" },
  { "gebedshuis", "Gebedshuis" },
  { "cultureel-centrum", "Cultureel centrum" },
  { "school", "School" },
  { "huisarts-zorg", "Huisarts en zorg" },
  { "bibliotheek", "Bibliotheek" },
  { "woningcorporatie", "Woningcorporatie" },
  { "welzijnsorganisatie", "Welzijnsorganisatie" },
  { "wijkraad", "Wijkraad" },
  { "energiecooperatie", "Energiecoöperatie" },
  { "ondernemer", "Ondernemer" },
  { "gemeente", "Gemeente" },
  { "other", "Overig" },
  { "knows", "Kent" },
  { "works-with", "Werkt samen met" },
  { "member-of", "Lid van" },
  { "funds", "Financiert" },
  { "reaches", "Bereikt" },
  { "trusts", "Vertrouwt" },
};

typedef struct
{
  WkStore    *store;
  GHashTable *actor_types;      /* folded name → gint64 id */
  GHashTable *relation_types;   /* folded name → gint64 id */
  GHashTable *themes;           /* folded name → gint64 id */
  GHashTable *existing;         /* folded actor name → GArray of gint64, oldest first */
  GHashTable *used;             /* folded actor name → guint: how many were reused */
  gint64      key_figure_type;
  gint64     *actor_ids;        /* per actor of the plan */
} Import;

static GHashTable *
new_name_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
name_table_insert (GHashTable *table,
                   const char *folded,
                   gint64      id)
{
  if (folded != NULL && *folded != '\0' && !g_hash_table_contains (table, folded))
    g_hash_table_insert (table, g_strdup (folded), g_memdup2 (&id, sizeof id));
}

static gint64
name_table_lookup (GHashTable *table,
                   const char *folded)
{
  gint64 *id = g_hash_table_lookup (table, folded);

  return id != NULL ? *id : 0;
}

/* Text from the file, as the store keeps it: valid UTF-8, no outer spaces. */
static char *
clean (const char *text)
{
  return g_strstrip (_wk_store_clean_text (text != NULL ? text : ""));
}

static gboolean
load_terms (Import      *import,
            const char  *table,
            GHashTable  *names,
            GError     **error)
{
  WkStore *self = import->store;
  g_autofree char *sql = g_strdup_printf ("SELECT id, key, builtin, wk_fold(label),"
                                          " wk_fold(replace(key, '-', ' ')),"
                                          " wk_fold(wk_label(label, builtin))"
                                          " FROM %s ORDER BY builtin DESC, position, id", table);
  sqlite3_stmt *stmt = _wk_store_prepare (self, g_intern_string (sql), error);
  g_autoptr(GPtrArray) dutch = g_ptr_array_new ();
  g_autoptr(GArray) dutch_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *key = (const char *) sqlite3_column_text (stmt, 1);

      name_table_insert (names, (const char *) sqlite3_column_text (stmt, 3), id);
      name_table_insert (names, (const char *) sqlite3_column_text (stmt, 4), id);
      name_table_insert (names, (const char *) sqlite3_column_text (stmt, 5), id);
      if (sqlite3_column_int (stmt, 2) != 0)
        {
          for (guint i = 0; i < G_N_ELEMENTS (dutch_labels); i++)
            if (g_strcmp0 (dutch_labels[i].key, key) == 0)
              {
                g_ptr_array_add (dutch, (gpointer) dutch_labels[i].label);
                g_array_append_val (dutch_ids, id);
              }
          if (g_strcmp0 (key, "sleutelfiguur") == 0 && g_str_equal (table, "actor_type"))
            import->key_figure_type = id;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }

  for (guint i = 0; i < dutch->len; i++)
    {
      g_autofree char *folded = wk_fold_name (dutch->pdata[i], -1);

      name_table_insert (names, folded, g_array_index (dutch_ids, gint64, i));
    }
  return TRUE;
}

/* The id of the type called @label (0 for none), created when there is none. */
static gboolean
resolve_term (Import      *import,
              const char  *table,
              GHashTable  *names,
              const char  *label,
              gint64      *id,
              guint       *n_created,
              GError     **error)
{
  WkStore *self = import->store;
  g_autofree char *text = clean (label);
  g_autofree char *folded = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  *id = 0;
  if (*text == '\0')
    return TRUE;
  folded = wk_fold_name (text, -1);
  *id = name_table_lookup (names, folded);
  if (*id != 0)
    return TRUE;

  sql = g_strdup_printf ("INSERT INTO %s (key, label, position)"
                         " VALUES ('custom-' || lower(hex(randomblob(8))), ?1,"
                         " (SELECT coalesce(max(position), 0) + 1 FROM %s))", table, table);
  stmt = _wk_store_prepare (self, g_intern_string (sql), error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (self->db);
  name_table_insert (names, folded, *id);
  (*n_created)++;
  return TRUE;
}

static gboolean
load_themes (Import  *import,
             GError **error)
{
  WkStore *self = import->store;
  sqlite3_stmt *stmt = _wk_store_prepare (self, "SELECT id, wk_fold(name) FROM tag"
                                                " WHERE kind = 'theme' ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    name_table_insert (import->themes, (const char *) sqlite3_column_text (stmt, 1),
                       sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }
  return TRUE;
}

static gint64
resolve_theme (Import      *import,
               const char  *name,
               guint       *n_created,
               GError     **error)
{
  WkStore *self = import->store;
  g_autofree char *text = _wk_store_clean_text (name);
  g_autofree char *folded = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  /* U+001F separates tags when the store reads them back */
  g_strdelimit (text, "\x1f", ' ');
  g_strstrip (text);
  if (*text == '\0')
    return -1;
  folded = wk_fold_name (text, -1);
  id = name_table_lookup (import->themes, folded);
  if (id != 0)
    return id;

  stmt = _wk_store_prepare (self, "INSERT INTO tag (kind, name) VALUES ('theme', ?1)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (!_wk_store_step_done (self, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);
  name_table_insert (import->themes, folded, id);
  (*n_created)++;
  return id;
}

static gboolean
find_or_create_wijk (Import          *import,
                     const char      *name,
                     WkImportResult  *result,
                     GError         **error)
{
  WkStore *self = import->store;
  g_autofree char *text = clean (name);
  sqlite3_stmt *stmt;
  int rc;

  if (*text == '\0')
    {
      g_set_error_literal (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID, _("A wijk needs a name."));
      return FALSE;
    }
  stmt = _wk_store_prepare (self, "SELECT id FROM wijk WHERE deleted = 0 AND wk_fold(name) = wk_fold(?1)"
                                  " ORDER BY id LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result->wijk_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }
  if (result->wijk_id != 0)
    return TRUE;

  stmt = _wk_store_prepare (self, "INSERT INTO wijk (name) VALUES (?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_STATIC);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;
  result->wijk_id = sqlite3_last_insert_rowid (self->db);
  result->wijk_created = TRUE;
  return TRUE;
}

static void
free_id_array (gpointer data)
{
  g_array_unref (data);
}

static gboolean
load_existing_actors (Import   *import,
                      gint64    wijk_id,
                      GError  **error)
{
  WkStore *self = import->store;
  sqlite3_stmt *stmt = _wk_store_prepare (self, "SELECT id, wk_fold(name) FROM actor"
                                                " WHERE wijk_id = ?1 ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wijk_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *folded = (const char *) sqlite3_column_text (stmt, 1);
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GArray *ids = g_hash_table_lookup (import->existing, folded);

      if (ids == NULL)
        {
          ids = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (import->existing, g_strdup (folded), ids);
        }
      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }
  return TRUE;
}

static const char *
guess_kind (Import              *import,
            const WkImportActor *actor,
            gint64               type_id)
{
  if (actor->kind != NULL && wk_vocabulary_position ("kind", actor->kind) >= 0)
    return actor->kind;
  if (type_id != 0 && type_id == import->key_figure_type)
    return "person";
  return "organisation";
}

static gboolean
write_actor (Import               *import,
             const WkImportPlan   *plan,
             guint                 index,
             WkImportResult       *result,
             GError              **error)
{
  WkStore *self = import->store;
  const WkImportActor *actor = plan->actors->pdata[index];
  g_autofree char *name = clean (actor->name);
  g_autofree char *description = _wk_store_clean_text (actor->description != NULL ? actor->description : "");
  g_autofree char *source = _wk_store_clean_text (plan->source != NULL ? plan->source : "");
  g_autofree char *folded = NULL;
  sqlite3_stmt *stmt;
  GArray *ids;
  gint64 type_id;
  gint64 id;

  if (!_wk_store_check_name (name, NULL, error))
    {
      g_prefix_error (error, _("Line %u: "), actor->line);
      return FALSE;
    }
  folded = wk_fold_name (name, -1);

  ids = g_hash_table_lookup (import->existing, folded);
  if (ids != NULL)
    {
      guint used = GPOINTER_TO_UINT (g_hash_table_lookup (import->used, folded));

      if (used < ids->len)
        {
          import->actor_ids[index] = g_array_index (ids, gint64, used);
          g_hash_table_insert (import->used, g_strdup (folded), GUINT_TO_POINTER (used + 1));
          result->n_actors_reused++;
          return TRUE;
        }
    }

  if (!resolve_term (import, "actor_type", import->actor_types, actor->type, &type_id,
                     &result->n_actor_types_created, error))
    return FALSE;

  stmt = _wk_store_prepare (self, "INSERT INTO actor (wijk_id, name, kind, type_id, description, source)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, result->wijk_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, guess_kind (import, actor, type_id), -1, SQLITE_STATIC);
  if (type_id != 0)
    sqlite3_bind_int64 (stmt, 4, type_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, description, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, source, -1, SQLITE_STATIC);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;
  id = sqlite3_last_insert_rowid (self->db);
  import->actor_ids[index] = id;
  result->n_actors_created++;

  for (guint i = 0; actor->themes != NULL && actor->themes[i] != NULL; i++)
    {
      gint64 tag = resolve_theme (import, actor->themes[i], &result->n_themes_created, error);

      if (tag == 0)
        return FALSE;
      if (tag < 0)
        continue;
      stmt = _wk_store_prepare (self, "INSERT OR IGNORE INTO actor_tag (actor_id, tag_id) VALUES (?1, ?2)",
                                error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, tag);
      if (!_wk_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_relation (Import                  *import,
                const WkImportRelation  *relation,
                WkImportResult          *result,
                GError                 **error)
{
  WkStore *self = import->store;
  g_autofree char *note = _wk_store_clean_text (relation->note != NULL ? relation->note : "");
  gint64 source = import->actor_ids[relation->source];
  gint64 target = import->actor_ids[relation->target];
  sqlite3_stmt *stmt;
  gint64 type_id;
  gboolean exists;
  int rc;

  if (source == target)
    {
      result->n_relations_existing++;
      return TRUE;
    }
  if (!resolve_term (import, "relation_type", import->relation_types, relation->type, &type_id,
                     &result->n_relation_types_created, error))
    return FALSE;

  stmt = _wk_store_prepare (self,
                            "SELECT 1 FROM relation WHERE type_id IS ?3 AND"
                            " ((source_actor_id = ?1 AND target_actor_id = ?2) OR"
                            "  (?4 = 0 AND directed = 0 AND source_actor_id = ?2 AND target_actor_id = ?1))"
                            " LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, source);
  sqlite3_bind_int64 (stmt, 2, target);
  if (type_id != 0)
    sqlite3_bind_int64 (stmt, 3, type_id);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int (stmt, 4, relation->directed ? 1 : 0);
  rc = sqlite3_step (stmt);
  exists = rc == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }
  if (exists)
    {
      result->n_relations_existing++;
      return TRUE;
    }

  stmt = _wk_store_prepare (self,
                            "INSERT INTO relation (wijk_id, source_actor_id, target_actor_id,"
                            " type_id, strength, directed, note)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, result->wijk_id);
  sqlite3_bind_int64 (stmt, 2, source);
  sqlite3_bind_int64 (stmt, 3, target);
  if (type_id != 0)
    sqlite3_bind_int64 (stmt, 4, type_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int (stmt, 5, CLAMP (relation->strength, 1, 3));
  sqlite3_bind_int (stmt, 6, relation->directed ? 1 : 0);
  sqlite3_bind_text (stmt, 7, note, -1, SQLITE_STATIC);
  if (!_wk_store_step_done (self, stmt, error))
    return FALSE;
  result->n_relations_created++;
  return TRUE;
}

static gboolean
write_plan (Import              *import,
            const char          *wijk_name,
            const WkImportPlan  *plan,
            WkImportResult      *result,
            GError             **error)
{
  if (!find_or_create_wijk (import, wijk_name, result, error) ||
      !load_terms (import, "actor_type", import->actor_types, error) ||
      !load_terms (import, "relation_type", import->relation_types, error) ||
      !load_themes (import, error) ||
      !load_existing_actors (import, result->wijk_id, error))
    return FALSE;

  for (guint i = 0; i < plan->actors->len; i++)
    if (!write_actor (import, plan, i, result, error))
      return FALSE;

  for (guint i = 0; i < plan->relations->len; i++)
    {
      const WkImportRelation *relation = plan->relations->pdata[i];

      if (relation->source >= plan->actors->len || relation->target >= plan->actors->len)
        {
          g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                       _("Line %u: the relation refers to an actor that is not imported."),
                       relation->line);
          return FALSE;
        }
      if (!write_relation (import, relation, result, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * wk_store_import:
 * @wijk_name: the wijk to import into: an existing one of that name
 *   (ignoring case and accents), or a new one
 * @plan: what to write; its problems are not looked at
 * @result: (out caller-allocates) (optional): what was written
 *
 * Writes all of @plan in one transaction: on an error nothing is written.
 * See the top of this file for how names are matched. Afterwards the live
 * lists of the wijk hold the new rows, #WkStore::changed is emitted once for
 * "actor_type", "relation_type", "actor" and "relation" (with id 0), and the
 * undo history is cleared.
 */
gboolean
wk_store_import (WkStore             *self,
                 const char          *wijk_name,
                 const WkImportPlan  *plan,
                 WkImportResult      *result,
                 GError             **error)
{
  WkImportResult local_result = { 0, };
  g_autofree gint64 *actor_ids = NULL;
  Import import = { 0, };
  gboolean ok;

  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  g_return_val_if_fail (wijk_name != NULL, FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  actor_ids = g_new0 (gint64, MAX (plan->actors->len, 1));
  import.store = self;
  import.actor_types = new_name_table ();
  import.relation_types = new_name_table ();
  import.themes = new_name_table ();
  import.existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_id_array);
  import.used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.actor_ids = actor_ids;

  ok = _wk_store_begin (self, error);
  if (ok)
    {
      ok = write_plan (&import, wijk_name, plan, &local_result, error) &&
           _wk_store_commit (self, error);
      if (!ok)
        _wk_store_rollback (self);
    }

  g_hash_table_unref (import.actor_types);
  g_hash_table_unref (import.relation_types);
  g_hash_table_unref (import.themes);
  g_hash_table_unref (import.existing);
  g_hash_table_unref (import.used);

  if (!ok)
    return FALSE;

  wk_undo_stack_clear (self->undo);
  _wk_store_imported (self, local_result.wijk_id);
  if (result != NULL)
    *result = local_result;
  return TRUE;
}
