/* test-records.c: actors, initiatives, relations, contact log, tags, search and undo in the store
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include <glib/gstdio.h>

#include "wk-store-private.h"

/* U+FFFD, what an invalid byte becomes */
#define REPLACEMENT "\xef\xbf\xbd"

typedef struct
{
  char      *dir;
  GFile     *file;
  WkStore   *store;
  WkWijk    *wijk;     /* owned */
  WkWijk    *other;    /* a second wijk of the same file; owned */
  GPtrArray *changed;  /* "table:id" of every ::changed */
} Fixture;

static void
changed_cb (WkStore    *store,
            const char *table,
            gint64      id,
            Fixture    *f)
{
  g_ptr_array_add (f->changed, g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id));
}

static WkWijk *
find_wijk (WkStore *store,
           gint64   id)
{
  GListModel *wijken = wk_store_get_wijken (store);

  for (guint i = 0; i < g_list_model_get_n_items (wijken); i++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, i);

      if (wk_wijk_get_id (wijk) == id)
        return wijk;
    }
  return NULL;
}

static void
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = wk_store_open (f->file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
  g_signal_connect (f->store, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean empty = GPOINTER_TO_INT (data);

  f->dir = g_dir_make_tmp ("wk-test-records-XXXXXX", &error);
  g_assert_no_error (error);
  f->file = g_file_new_build_filename (f->dir, "wijkkaart.db", NULL);
  f->changed = g_ptr_array_new_with_free_func (g_free);
  open_store (f);

  if (empty)
    return;
  f->wijk = g_object_ref (wk_store_create_wijk (f->store, "Testwijk", "Lindewaard", &error));
  g_assert_no_error (error);
  f->other = g_object_ref (wk_store_create_wijk (f->store, "Andere wijk", "Lindewaard", &error));
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
close_store (Fixture *f)
{
  g_clear_object (&f->wijk);
  g_clear_object (&f->other);
  if (f->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (f->store, f);
      g_assert_finalize_object (g_steal_pointer (&f->store));
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  close_store (f);
  remove_tree (f->dir);
  g_free (f->dir);
  g_clear_object (&f->file);
  g_ptr_array_unref (f->changed);
}

/* Closes the file and opens it again: whatever was committed is there.
 * Records handed out before are gone with the old store. */
static void
reopen (Fixture *f)
{
  gint64 wijk_id = f->wijk != NULL ? wk_wijk_get_id (f->wijk) : 0;
  gint64 other_id = f->other != NULL ? wk_wijk_get_id (f->other) : 0;

  close_store (f);
  open_store (f);
  if (wijk_id != 0)
    f->wijk = g_object_ref (find_wijk (f->store, wijk_id));
  if (other_id != 0)
    f->other = g_object_ref (find_wijk (f->store, other_id));
}

/* SQL checks ------------------------------------------------------------- */

static sqlite3_stmt *
query (WkStore    *store,
       const char *format,
       va_list     args)
{
  g_autofree char *sql = g_strdup_vprintf (format, args);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (_wk_store_get_db (store), sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (_wk_store_get_db (store)));
  return stmt;
}

static gint64 q_int (WkStore *store, const char *format, ...) G_GNUC_PRINTF (2, 3);
static char *q_text (WkStore *store, const char *format, ...) G_GNUC_PRINTF (2, 3);
static char *dump (WkStore *store, const char *format, ...) G_GNUC_PRINTF (2, 3);
static void exec_sql (WkStore *store, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gint64
q_int (WkStore    *store,
       const char *format,
       ...)
{
  sqlite3_stmt *stmt;
  va_list args;
  gint64 value;

  va_start (args, format);
  stmt = query (store, format, args);
  va_end (args);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Returns: NULL for an SQL NULL */
static char *
q_text (WkStore    *store,
        const char *format,
        ...)
{
  sqlite3_stmt *stmt;
  va_list args;
  char *value;

  va_start (args, format);
  stmt = query (store, format, args);
  va_end (args);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
exec_sql (WkStore    *store,
          const char *format,
          ...)
{
  g_autofree char *sql = NULL;
  char *message = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  if (sqlite3_exec (_wk_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Every row and column the query returns, with types, to compare exactly. */
static char *
dump (WkStore    *store,
      const char *format,
      ...)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt;
  va_list args;
  int rc;

  va_start (args, format);
  stmt = query (store, format, args);
  va_end (args);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          g_string_append_printf (out, "%s%s=", i > 0 ? "|" : "", sqlite3_column_name (stmt, i));
          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_NULL:
              g_string_append (out, "NULL");
              break;
            case SQLITE_INTEGER:
              g_string_append_printf (out, "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_FLOAT:
              g_string_append_printf (out, "%.17g", sqlite3_column_double (stmt, i));
              break;
            default:
              g_string_append_printf (out, "'%s'", (const char *) sqlite3_column_text (stmt, i));
            }
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* Assertions that free what they read. */
#define assert_sql(store, expected, ...) \
  G_STMT_START { \
    g_autofree char *assert_value_ = q_text (store, __VA_ARGS__); \
    g_assert_cmpstr (assert_value_, ==, expected); \
  } G_STMT_END

#define assert_dump(store, expected, ...) \
  G_STMT_START { \
    g_autofree char *assert_value_ = dump (store, __VA_ARGS__); \
    g_assert_cmpstr (assert_value_, ==, expected); \
  } G_STMT_END

/* Helpers ---------------------------------------------------------------- */

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static gboolean
has_changed (Fixture    *f,
             const char *table,
             gint64      id)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);

  return g_ptr_array_find_with_equal_func (f->changed, key, g_str_equal, NULL);
}

static gboolean
list_has (GListModel *model,
          gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) here = g_list_model_get_item (model, i);

      if ((gpointer) here == item)
        return TRUE;
    }
  return FALSE;
}

static gint64
id_of (gpointer record)
{
  return wk_record_get_id (WK_RECORD (record));
}

static WkActor *
new_actor (Fixture    *f,
           WkWijk     *wijk,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  WkActor *actor = wk_store_create_actor (f->store, wijk, name, "person", &error);

  g_assert_no_error (error);
  g_assert_nonnull (actor);
  return actor;
}

static WkInitiative *
new_initiative (Fixture    *f,
                WkWijk     *wijk,
                const char *title)
{
  g_autoptr(GError) error = NULL;
  WkInitiative *initiative = wk_store_create_initiative (f->store, wijk, title, &error);

  g_assert_no_error (error);
  g_assert_nonnull (initiative);
  return initiative;
}

static WkContact *
new_contact (Fixture    *f,
             WkActor    *actor,
             const char *date,
             const char *note)
{
  g_autoptr(GError) error = NULL;
  WkContact *contact = wk_store_create_contact (f->store, actor, date, "Sanne", "visit", note, &error);

  g_assert_no_error (error);
  g_assert_nonnull (contact);
  return contact;
}

static WkRelation *
new_relation (Fixture  *f,
              WkActor  *source,
              gpointer  target)
{
  g_autoptr(GError) error = NULL;
  WkRelation *relation = wk_store_create_relation (f->store, source, WK_RECORD (target), -1, 2, FALSE,
                                                   "", &error);

  g_assert_no_error (error);
  g_assert_nonnull (relation);
  return relation;
}

static void
set_text_ok (Fixture    *f,
             gpointer    record,
             const char *field,
             const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wk_store_set_text (f->store, WK_RECORD (record), field, value, &error));
  g_assert_no_error (error);
}

static void
set_int_ok (Fixture    *f,
            gpointer    record,
            const char *field,
            gint64      value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wk_store_set_int (f->store, WK_RECORD (record), field, value, &error));
  g_assert_no_error (error);
}

static void
set_tags_ok (Fixture            *f,
             gpointer            record,
             const char         *field,
             const char * const *names)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wk_store_set_tags (f->store, WK_RECORD (record), field, names, &error));
  g_assert_no_error (error);
}

static void
undo_ok (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_no_error (error);
}

static void
redo_ok (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wk_store_redo (f->store, &error));
  g_assert_no_error (error);
}

static gboolean
in_transaction (Fixture *f)
{
  return !sqlite3_get_autocommit (_wk_store_get_db (f->store));
}

static guint
undo_depth (Fixture *f)
{
  return wk_undo_stack_get_depth (wk_store_get_undo_stack (f->store));
}

static GHashTable *
search (Fixture    *f,
        WkWijk     *wijk,
        GType       type,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  GHashTable *found = wk_store_search (f->store, wk_wijk_get_id (wijk), type, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

static gboolean
found_only (GHashTable *found,
            gint64      id)
{
  return g_hash_table_size (found) == 1 && g_hash_table_contains (found, &id);
}

/* Creating ----------------------------------------------------------------- */

static void
test_actor_create (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *actors = wk_store_get_actors (f->store, f->wijk);
  guint n_notify = 0;
  g_autofree char *name = NULL;
  WkActor *actor, *org, *odd;
  gulong handler;

  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 0);
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 0);
  handler = g_signal_connect (f->wijk, "notify::n-actors", G_CALLBACK (count_cb), &n_notify);

  actor = wk_store_create_actor (f->store, f->wijk, "  Fatima el Amrani \n", "person", &error);
  g_assert_no_error (error);
  g_assert_true (WK_IS_ACTOR (actor));
  g_assert_false (in_transaction (f));

  /* the name is stripped; everything else has its default */
  g_assert_cmpstr (wk_actor_get_name (actor), ==, "Fatima el Amrani");
  g_assert_cmpstr (wk_actor_get_kind (actor), ==, "person");
  g_assert_cmpstr (wk_actor_get_role (actor), ==, "");
  g_assert_cmpstr (wk_record_get_table (WK_RECORD (actor)), ==, "actor");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (actor), "wijk-id"), ==, wk_wijk_get_id (f->wijk));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (actor), "influence"), ==, 0);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (actor), "formal"), ==, 0);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (actor), "type-id"), ==, -1);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (actor), "engagement"), ==, "unknown");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (actor), "last-verified"), ==, "");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (actor), "last-contact"), ==, "");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (actor), "type-label"), ==, "");
  g_assert_cmpuint (g_strv_length ((char **) wk_record_get_tags (WK_RECORD (actor), "themes")), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) wk_record_get_tags (WK_RECORD (actor), "groups")), ==, 0);
  g_assert_false (wk_record_is_deleted (WK_RECORD (actor)));
  g_assert_true (g_uuid_string_is_valid (wk_record_get_uuid (WK_RECORD (actor))));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (actor), "modified"), !=, "");

  /* in the file, in the live list, in the wijk's count */
  name = q_text (f->store, "SELECT name FROM actor WHERE id = %" G_GINT64_FORMAT, id_of (actor));
  g_assert_cmpstr (name, ==, "Fatima el Amrani");
  assert_sql (f->store, wk_record_get_uuid (WK_RECORD (actor)),
              "SELECT uuid FROM actor WHERE id = %" G_GINT64_FORMAT, id_of (actor));
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 1);
  g_assert_true (list_has (actors, actor));
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 1);
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_true (has_changed (f, "actor", id_of (actor)));
  g_assert_true ((gpointer) wk_store_lookup (f->store, WK_TYPE_ACTOR, id_of (actor)) == actor);

  /* one undo step, named after the actor */
  g_assert_cmpuint (undo_depth (f), ==, 1);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==,
                   "“Fatima el Amrani” added");

  org = wk_store_create_actor (f->store, f->wijk, "Buurthuis De Kern", "organisation", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wk_actor_get_kind (org), ==, "organisation");
  /* an unknown kind falls back to a person */
  odd = wk_store_create_actor (f->store, f->wijk, "Wie", "robot", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wk_actor_get_kind (odd), ==, "person");

  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 3);
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 3);
  g_assert_cmpuint (n_notify, ==, 3);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor"), ==, 3);

  /* the other wijk is not affected */
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_actors (f->store, f->other)), ==, 0);
  g_assert_cmpuint (wk_wijk_get_n_actors (f->other), ==, 0);

  g_signal_handler_disconnect (f->wijk, handler);
}

static void
test_actor_create_invalid (Fixture       *f,
                           gconstpointer  data)
{
  const char * const names[] = { "", " ", "   \t\n ", "\n" };
  GListModel *actors = wk_store_get_actors (f->store, f->wijk);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (wk_store_create_actor (f->store, f->wijk, names[i], "person", &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
      g_assert_false (in_transaction (f));
    }
  /* no name at all is the same mistake, and says so */
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (wk_store_create_actor (f->store, f->wijk, NULL, "person", &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  }
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 0);
  g_assert_cmpuint (undo_depth (f), ==, 0);
  g_assert_cmpuint (f->changed->len, ==, 0);

  /* an initiative needs a title likewise */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (wk_store_create_initiative (f->store, f->wijk, names[i], &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    }
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM initiative"), ==, 0);
}

static void
test_initiative_create (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *initiatives = wk_store_get_initiatives (f->store, f->wijk);
  guint n_notify = 0;
  WkInitiative *initiative;
  gulong handler;

  handler = g_signal_connect (f->wijk, "notify::n-initiatives", G_CALLBACK (count_cb), &n_notify);
  initiative = new_initiative (f, f->wijk, " Moestuin achter de flat ");
  g_assert_cmpstr (wk_initiative_get_title (initiative), ==, "Moestuin achter de flat");
  g_assert_cmpstr (wk_initiative_get_status (initiative), ==, "idea");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (initiative), "budget-requested"), ==, -1);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (initiative), "contact-actor-id"), ==, -1);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (initiative), "start-date"), ==, "");
  g_assert_true (g_uuid_string_is_valid (wk_record_get_uuid (WK_RECORD (initiative))));
  g_assert_cmpuint (g_list_model_get_n_items (initiatives), ==, 1);
  g_assert_true (list_has (initiatives, initiative));
  g_assert_cmpuint (wk_wijk_get_n_initiatives (f->wijk), ==, 1);
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_true (has_changed (f, "initiative", id_of (initiative)));
  g_assert_cmpint (q_int (f->store, "SELECT wijk_id FROM initiative WHERE id = %" G_GINT64_FORMAT,
                          id_of (initiative)), ==, wk_wijk_get_id (f->wijk));
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_initiatives (f->store, f->other)), ==, 0);
  g_signal_handler_disconnect (f->wijk, handler);
}

static void
test_relation_create (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) of_a = NULL;
  g_autoptr(GListModel) of_b = NULL;
  g_autoptr(GListModel) of_i = NULL;
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  GListModel *types = wk_store_get_terms (f->store, "relation_type");
  g_autoptr(WkTerm) knows = g_list_model_get_item (types, 0);
  WkRelation *ab, *ai;

  g_assert_cmpstr (wk_term_get_key (knows), ==, "knows");

  ab = wk_store_create_relation (f->store, a, WK_RECORD (b), wk_term_get_id (knows), 3, TRUE,
                                 "kennen elkaar van de moskee", &error);
  g_assert_no_error (error);
  g_assert_true (WK_IS_RELATION (ab));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ab), "source-actor-id"), ==, id_of (a));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ab), "target-actor-id"), ==, id_of (b));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ab), "target-initiative-id"), ==, -1);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ab), "type-id"), ==, wk_term_get_id (knows));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ab), "type-key"), ==, "knows");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ab), "type-label"), ==, "Knows");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ab), "strength"), ==, 3);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ab), "directed"), ==, 1);
  g_assert_cmpstr (wk_relation_get_note (ab), ==, "kennen elkaar van de moskee");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ab), "source-name"), ==, "Ahmed");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ab), "target-name"), ==, "Bea");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ab), "wijk-id"), ==, wk_wijk_get_id (f->wijk));
  g_assert_true (has_changed (f, "relation", id_of (ab)));
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "Relation added");

  ai = wk_store_create_relation (f->store, a, WK_RECORD (i), -1, 1, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ai), "target-actor-id"), ==, -1);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ai), "target-initiative-id"), ==, id_of (i));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (ai), "type-id"), ==, -1);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ai), "target-name"), ==, "Buurtfeest");
  g_assert_cmpstr (wk_relation_get_note (ai), ==, "");
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM relation WHERE id = %" G_GINT64_FORMAT
                          " AND target_actor_id IS NULL AND type_id IS NULL AND directed = 0",
                          id_of (ai)), ==, 1);

  /* the relations of each end, as the same objects */
  of_a = wk_store_list_relations (f->store, WK_RECORD (a));
  of_b = wk_store_list_relations (f->store, WK_RECORD (b));
  of_i = wk_store_list_relations (f->store, WK_RECORD (i));
  g_assert_cmpuint (g_list_model_get_n_items (of_a), ==, 2);
  g_assert_true (list_has (of_a, ab));
  g_assert_true (list_has (of_a, ai));
  g_assert_cmpuint (g_list_model_get_n_items (of_b), ==, 1);
  g_assert_true (list_has (of_b, ab));
  g_assert_cmpuint (g_list_model_get_n_items (of_i), ==, 1);
  g_assert_true (list_has (of_i, ai));

  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM relation"), ==, 2);
}

static void
test_relation_invalid (Fixture       *f,
                       gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkActor *elsewhere = new_actor (f, f->other, "Elders");
  WkInitiative *far = new_initiative (f, f->other, "Ver weg");
  const int strengths[] = { 0, 4, -1, 100 };
  guint depth = undo_depth (f);

  {
    g_autoptr(GError) error = NULL;

    g_assert_null (wk_store_create_relation (f->store, a, WK_RECORD (a), -1, 1, FALSE, "", &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  }
  for (guint i = 0; i < G_N_ELEMENTS (strengths); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (wk_store_create_relation (f->store, a, WK_RECORD (b), -1, strengths[i], FALSE, "",
                                               &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (wk_store_create_relation (f->store, a, WK_RECORD (elsewhere), -1, 1, FALSE, "", &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (wk_store_create_relation (f->store, a, WK_RECORD (far), -1, 1, FALSE, "", &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;

    /* a type that does not exist: the foreign key refuses it */
    g_assert_null (wk_store_create_relation (f->store, a, WK_RECORD (b), 9999, 1, FALSE, "", &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    g_assert_false (in_transaction (f));
  }
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM relation"), ==, 0);
  g_assert_cmpuint (undo_depth (f), ==, depth);
}

static void
test_contact_create (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  const char * const bad_dates[] = { "abc", "31-02-2026", "2026-02-30", "2026-13-01", "2026-1-1" };
  g_autoptr(GError) error = NULL;
  WkContact *c;

  c = wk_store_create_contact (f->store, a, "2026-03-04", "Sanne", "phone", "Belde over de speeltuin",
                               &error);
  g_assert_no_error (error);
  g_assert_true (WK_IS_CONTACT (c));
  g_assert_cmpstr (wk_contact_get_date (c), ==, "2026-03-04");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (c), "team-member"), ==, "Sanne");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (c), "channel"), ==, "phone");
  g_assert_cmpstr (wk_contact_get_note (c), ==, "Belde over de speeltuin");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (c), "actor-id"), ==, id_of (a));
  g_assert_true (has_changed (f, "contact", id_of (c)));
  g_assert_true (has_changed (f, "actor", id_of (a)));
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==,
                   "Contact entry added");

  /* no date: today */
  c = wk_store_create_contact (f->store, a, NULL, NULL, "street", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wk_contact_get_date (c), ==, today);
  g_assert_cmpstr (wk_contact_get_note (c), ==, "");

  /* a way of contact that does not exist; the message stays readable */
  g_assert_null (wk_store_create_contact (f->store, a, "2026-03-04", "", "pigeon\xff", "", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  /* a date must be a real date, as for an edit */
  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_assert_null (wk_store_create_contact (f->store, a, bad_dates[i], "", "visit", "", &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_false (in_transaction (f));
    }
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM contact"), ==, 2);
}

/* Editing ------------------------------------------------------------------ */

/* One field: the object, its notify, ::changed and the file agree. */
static void
check_set_text (Fixture    *f,
                gpointer    record,
                const char *field,
                const char *column,
                const char *value)
{
  g_autofree char *signal = g_strconcat ("notify::", field, NULL);
  g_autofree char *stored = NULL;
  guint n_notify = 0;
  gulong handler;

  g_ptr_array_set_size (f->changed, 0);
  handler = g_signal_connect (record, signal, G_CALLBACK (count_cb), &n_notify);
  set_text_ok (f, record, field, value);
  g_signal_handler_disconnect (record, handler);

  g_assert_cmpstr (wk_record_get_text (WK_RECORD (record), field), ==, value);
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_true (has_changed (f, wk_record_get_table (WK_RECORD (record)), id_of (record)));
  stored = q_text (f->store, "SELECT %s FROM %s WHERE id = %" G_GINT64_FORMAT, column,
                   wk_record_get_table (WK_RECORD (record)), id_of (record));
  g_assert_cmpstr (stored, ==, value);
  g_assert_false (in_transaction (f));
}

static void
check_set_int (Fixture    *f,
               gpointer    record,
               const char *field,
               const char *column,
               gint64      value)
{
  g_autofree char *signal = g_strconcat ("notify::", field, NULL);
  guint n_notify = 0;
  gulong handler;

  g_ptr_array_set_size (f->changed, 0);
  handler = g_signal_connect (record, signal, G_CALLBACK (count_cb), &n_notify);
  set_int_ok (f, record, field, value);
  g_signal_handler_disconnect (record, handler);

  g_assert_cmpint (wk_record_get_int (WK_RECORD (record), field), ==, value);
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_true (has_changed (f, wk_record_get_table (WK_RECORD (record)), id_of (record)));
  if (value == -1)
    g_assert_cmpint (q_int (f->store, "SELECT %s IS NULL FROM %s WHERE id = %" G_GINT64_FORMAT, column,
                            wk_record_get_table (WK_RECORD (record)), id_of (record)), ==, 1);
  else
    g_assert_cmpint (q_int (f->store, "SELECT %s FROM %s WHERE id = %" G_GINT64_FORMAT, column,
                            wk_record_get_table (WK_RECORD (record)), id_of (record)), ==, value);
  g_assert_false (in_transaction (f));
}

static void
test_set_text (Fixture       *f,
               gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  WkRelation *r = new_relation (f, a, b);
  WkContact *c = new_contact (f, a, "2026-01-02", "");
  const char * const actor_fields[][2] = {
    { "name", "name" }, { "kind", "kind" }, { "role", "role" }, { "description", "description" },
    { "engagement", "engagement" }, { "phone", "phone" }, { "email", "email" },
    { "address", "address" }, { "website", "website" }, { "next-action", "next_action" },
    { "lawful-basis", "lawful_basis" }, { "consent-how", "consent_how" }, { "source", "source" },
  };
  const char * const actor_values[] = {
    "Ahmed Benali", "organisation", "Imam", "Voorganger van de moskee", "ambassador", "06-12345678",
    "ahmed@example.org", "Rietvaart 12", "https://example.org", "Uitnodigen voor de wijkavond",
    "consent", "Mondeling, 3 maart", "Wijkavond",
  };
  const char * const initiative_fields[][2] = {
    { "title", "title" }, { "description", "description" }, { "status", "status" },
    { "track", "track" }, { "results", "results" },
  };
  const char * const initiative_values[] = {
    "Zomerfeest", "Op het plein", "running", "Ontmoeten", "200 bezoekers",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (actor_fields) == G_N_ELEMENTS (actor_values));
  G_STATIC_ASSERT (G_N_ELEMENTS (initiative_fields) == G_N_ELEMENTS (initiative_values));

  for (guint n = 0; n < G_N_ELEMENTS (actor_fields); n++)
    check_set_text (f, a, actor_fields[n][0], actor_fields[n][1], actor_values[n]);
  for (guint n = 0; n < G_N_ELEMENTS (initiative_fields); n++)
    check_set_text (f, i, initiative_fields[n][0], initiative_fields[n][1], initiative_values[n]);
  check_set_text (f, r, "note", "note", "Buren, helpen elkaar");
  check_set_text (f, c, "note", "note", "Bij de voordeur gesproken");
  check_set_text (f, c, "team-member", "team_member", "Joris");
  check_set_text (f, c, "channel", "channel", "meeting");

  /* clearing a text field stores "", not NULL */
  check_set_text (f, a, "role", "role", "");
  g_assert_cmpint (q_int (f->store, "SELECT role IS NULL FROM actor WHERE id = %" G_GINT64_FORMAT, id_of (a)),
                   ==, 0);

  /* a rename shows in the relation's names too */
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (r), "source-name"), ==, "Ahmed Benali");
  /* setting the value it already has is no change */
  {
    guint depth = undo_depth (f);

    g_ptr_array_set_size (f->changed, 0);
    set_text_ok (f, a, "phone", "06-12345678");
    g_assert_cmpuint (undo_depth (f), ==, depth);
    g_assert_cmpuint (f->changed->len, ==, 0);
  }
}

static void
test_set_name_invalid (Fixture       *f,
                       gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  const char * const names[] = { "", "  ", "\t\n" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (wk_store_set_text (f->store, WK_RECORD (a), "name", names[n], &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_false (wk_store_set_text (f->store, WK_RECORD (i), "title", names[n], &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    }
  g_assert_cmpstr (wk_actor_get_name (a), ==, "Ahmed");
  g_assert_cmpstr (wk_initiative_get_title (i), ==, "Buurtfeest");
  assert_sql (f->store, "Ahmed", "SELECT name FROM actor");
}

static void
test_set_date (Fixture       *f,
               gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  WkContact *c = new_contact (f, a, "2026-01-02", "");
  const char * const bad[] = {
    "31-02-2026", "2026-02-30", "abc", "2026-02-29", "2026-13-01", "2026-00-10", "2026-01-00",
    "2026-1-01x", "2026/01/01", "20260101", "2026-01-011", "2026-+1-01", "2026- 1-01", "+026-01-01",
    "2026-01-0\xff", "2026-01-01T10:00",
  };

  check_set_text (f, a, "last-verified", "last_verified", "2026-03-01");
  check_set_text (f, a, "consent-date", "consent_date", "2024-02-29");
  check_set_text (f, a, "retention-date", "retention_date", "2030-12-31");
  check_set_text (f, i, "start-date", "start_date", "2026-05-01");
  check_set_text (f, i, "end-date", "end_date", "2026-09-30");
  check_set_text (f, c, "date", "date", "2025-12-24");

  /* spaces around a date are dropped */
  set_text_ok (f, a, "last-verified", " 2026-03-02 ");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-verified"), ==, "2026-03-02");
  assert_sql (f->store, "2026-03-02", "SELECT last_verified FROM actor");

  /* "" clears a date: NULL in the file */
  set_text_ok (f, a, "last-verified", "");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-verified"), ==, "");
  g_assert_cmpint (q_int (f->store, "SELECT last_verified IS NULL FROM actor"), ==, 1);
  set_text_ok (f, i, "end-date", "");
  g_assert_cmpint (q_int (f->store, "SELECT end_date IS NULL FROM initiative"), ==, 1);

  for (guint n = 0; n < G_N_ELEMENTS (bad); n++)
    {
      g_autoptr(GError) error = NULL;
      guint depth = undo_depth (f);

      g_ptr_array_set_size (f->changed, 0);
      g_assert_false (wk_store_set_text (f->store, WK_RECORD (a), "consent-date", bad[n], &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "consent-date"), ==, "2024-02-29");
      g_assert_cmpuint (undo_depth (f), ==, depth);
      g_assert_cmpuint (f->changed->len, ==, 0);
    }
  assert_sql (f->store, "2024-02-29", "SELECT consent_date FROM actor");

  /* a contact entry always has a date */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (wk_store_set_text (f->store, WK_RECORD (c), "date", "", &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    g_assert_cmpstr (wk_contact_get_date (c), ==, "2025-12-24");
    g_assert_false (in_transaction (f));
  }
}

static void
test_set_int (Fixture       *f,
              gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkRelation *r = new_relation (f, a, b);

  check_set_int (f, a, "influence", "influence", 5);
  check_set_int (f, a, "influence", "influence", 0);
  check_set_int (f, a, "influence", "influence", 3);
  check_set_int (f, r, "strength", "strength", 3);
  check_set_int (f, r, "strength", "strength", 1);

  /* booleans */
  check_set_int (f, a, "formal", "formal", 1);
  check_set_int (f, a, "formal", "formal", 0);
  check_set_int (f, r, "directed", "directed", 1);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (wk_store_set_int (f->store, WK_RECORD (a), "formal", 2, &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (wk_store_set_int (f->store, WK_RECORD (r), "directed", -1, &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    g_assert_cmpint (wk_record_get_int (WK_RECORD (r), "directed"), ==, 1);
  }
}

static void
test_set_optional_int (Fixture       *f,
                       gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  GListModel *types = wk_store_get_terms (f->store, "actor_type");
  g_autoptr(WkTerm) school = g_list_model_get_item (types, 7);

  check_set_int (f, i, "budget-requested", "budget_requested", 150000);
  check_set_int (f, i, "budget-granted", "budget_granted", 0);
  check_set_int (f, i, "budget-requested", "budget_requested", -1);
  check_set_int (f, i, "budget-granted", "budget_granted", -1);

  check_set_int (f, i, "contact-actor-id", "contact_actor_id", id_of (a));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (i), "contact-actor-name"), ==, "Ahmed");
  check_set_int (f, i, "contact-actor-id", "contact_actor_id", -1);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (i), "contact-actor-name"), ==, "");

  g_assert_cmpstr (wk_term_get_key (school), ==, "school");
  check_set_int (f, a, "type-id", "type_id", wk_term_get_id (school));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "type-key"), ==, "school");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "type-label"), ==, "School");
  check_set_int (f, a, "type-id", "type_id", -1);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "type-key"), ==, "");

  /* a reference to nothing is refused by the foreign key */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (wk_store_set_int (f->store, WK_RECORD (a), "type-id", 9999, &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (wk_store_set_int (f->store, WK_RECORD (i), "contact-actor-id", 9999, &error));
    g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
    g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "type-id"), ==, -1);
    g_assert_cmpint (q_int (f->store, "SELECT type_id IS NULL FROM actor"), ==, 1);
    g_assert_false (in_transaction (f));
  }
}

static void
test_set_check_violation (Fixture       *f,
                          gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  WkRelation *r = new_relation (f, a, b);
  WkContact *c = new_contact (f, a, "2026-01-02", "");
  struct { gpointer record; const char *field; const char *value; } texts[] = {
    { a, "engagement", "foo" }, { a, "kind", "robot" }, { a, "lawful-basis", "maybe" },
    { i, "status", "bogus" }, { c, "channel", "pigeon" },
  };
  struct { gpointer record; const char *field; gint64 value; } ints[] = {
    { a, "influence", 9 }, { a, "influence", -1 }, { a, "influence", 6 },
    { r, "strength", 4 }, { r, "strength", 0 },
  };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint depth = undo_depth (f);
  guint n_notify = 0;

  before = dump (f->store, "SELECT * FROM actor ORDER BY id");
  g_signal_connect (a, "notify", G_CALLBACK (count_cb), &n_notify);
  g_ptr_array_set_size (f->changed, 0);

  for (guint n = 0; n < G_N_ELEMENTS (texts); n++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *old = g_strdup (wk_record_get_text (texts[n].record, texts[n].field));

      g_assert_false (wk_store_set_text (f->store, texts[n].record, texts[n].field, texts[n].value, &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
      g_assert_cmpstr (wk_record_get_text (texts[n].record, texts[n].field), ==, old);
      g_assert_false (in_transaction (f));
    }
  for (guint n = 0; n < G_N_ELEMENTS (ints); n++)
    {
      g_autoptr(GError) error = NULL;
      gint64 old = wk_record_get_int (ints[n].record, ints[n].field);

      g_assert_false (wk_store_set_int (f->store, ints[n].record, ints[n].field, ints[n].value, &error));
      g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
      g_assert_cmpint (wk_record_get_int (ints[n].record, ints[n].field), ==, old);
      g_assert_false (in_transaction (f));
    }

  after = dump (f->store, "SELECT * FROM actor ORDER BY id");
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "engagement"), ==, "unknown");
  g_assert_cmpint (q_int (f->store, "SELECT influence FROM actor WHERE id = %" G_GINT64_FORMAT, id_of (a)), ==, 0);
  assert_sql (f->store, "idea", "SELECT status FROM initiative");
  g_assert_cmpint (q_int (f->store, "SELECT strength FROM relation"), ==, 2);
  g_assert_cmpuint (undo_depth (f), ==, depth);
  g_assert_cmpuint (n_notify, ==, 0);
  g_assert_cmpuint (f->changed->len, ==, 0);
  g_signal_handlers_disconnect_by_func (a, count_cb, &n_notify);

  /* the store still works after the refusals */
  check_set_int (f, a, "influence", "influence", 4);
}

/* Every edit is committed by itself: another connection sees it at once,
 * and it is there after the file is closed and opened again. */
static void
test_set_persisted (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  gint64 a_id = id_of (a), i_id = id_of (i);
  g_autofree char *uuid = g_strdup (wk_record_get_uuid (WK_RECORD (a)));
  sqlite3 *other = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &other, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  set_text_ok (f, a, "role", "Imam");
  g_assert_false (in_transaction (f));
  g_assert_cmpint (sqlite3_prepare_v2 (other, "SELECT role, influence FROM actor WHERE id = ?1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, a_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Imam");
  sqlite3_reset (stmt);

  set_int_ok (f, a, "influence", 4);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 4);
  sqlite3_finalize (stmt);
  sqlite3_close (other);

  set_text_ok (f, a, "last-verified", "2026-02-01");
  set_int_ok (f, a, "formal", 1);
  set_int_ok (f, i, "budget-requested", 50000);
  set_int_ok (f, i, "contact-actor-id", a_id);
  set_text_ok (f, i, "start-date", "2026-06-01");

  reopen (f);
  a = WK_ACTOR (wk_store_lookup (f->store, WK_TYPE_ACTOR, a_id));
  i = WK_INITIATIVE (wk_store_lookup (f->store, WK_TYPE_INITIATIVE, i_id));
  g_assert_nonnull (a);
  g_assert_nonnull (i);
  g_assert_cmpstr (wk_record_get_uuid (WK_RECORD (a)), ==, uuid);
  g_assert_cmpstr (wk_actor_get_role (a), ==, "Imam");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "influence"), ==, 4);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-verified"), ==, "2026-02-01");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "formal"), ==, 1);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (i), "budget-requested"), ==, 50000);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (i), "contact-actor-id"), ==, a_id);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (i), "contact-actor-name"), ==, "Ahmed");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (i), "start-date"), ==, "2026-06-01");
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_actors (f->store, f->wijk)), ==, 1);
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 1);
  /* the history lasts one run */
  g_assert_false (wk_undo_stack_can_undo (wk_store_get_undo_stack (f->store)));
}

/* Names shown on other records follow a rename, and its undo. */
static void
test_rename_shown_elsewhere (Fixture       *f,
                             gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  WkRelation *ab = new_relation (f, a, b);
  WkRelation *ba = new_relation (f, b, a);
  WkRelation *ai = new_relation (f, a, i);
  guint n_notify = 0;
  gulong handler;

  set_text_ok (f, a, "name", "Ahmed B.");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ab), "source-name"), ==, "Ahmed B.");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ba), "target-name"), ==, "Ahmed B.");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ai), "source-name"), ==, "Ahmed B.");
  set_text_ok (f, i, "title", "Zomerfeest");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ai), "target-name"), ==, "Zomerfeest");
  undo_ok (f);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ai), "target-name"), ==, "Buurtfeest");
  undo_ok (f);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ab), "source-name"), ==, "Ahmed");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (ba), "target-name"), ==, "Ahmed");

  set_int_ok (f, i, "contact-actor-id", id_of (a));
  handler = g_signal_connect (i, "notify::contact-actor-name", G_CALLBACK (count_cb), &n_notify);
  g_ptr_array_set_size (f->changed, 0);
  set_text_ok (f, a, "name", "Ahmed Benali");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (i), "contact-actor-name"), ==, "Ahmed Benali");
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_true (has_changed (f, "initiative", id_of (i)));
  undo_ok (f);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (i), "contact-actor-name"), ==, "Ahmed");
  g_signal_handler_disconnect (i, handler);
}

/* Tags --------------------------------------------------------------------- */

static void
test_tags_set (Fixture       *f,
               gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  const char * const themes[] = { " Zorg ", "Sport", "Zorg", "", "   ", "Armoede", "Sport", NULL };
  const char * const groups[] = { "Jongeren", "Ouderen", NULL };
  const char * const expect_themes[] = { "Armoede", "Sport", "Zorg", NULL };
  const char * const expect_groups[] = { "Jongeren", "Ouderen", NULL };
  const char * const b_themes[] = { "Zorg", "Eenzaamheid", NULL };
  g_auto(GStrv) listed_themes = NULL;
  g_auto(GStrv) listed_groups = NULL;
  g_auto(GStrv) themes_prop = NULL;
  guint n_themes = 0, n_groups = 0;

  g_signal_connect (a, "notify::themes", G_CALLBACK (count_cb), &n_themes);
  g_signal_connect (a, "notify::groups", G_CALLBACK (count_cb), &n_groups);

  g_ptr_array_set_size (f->changed, 0);
  set_tags_ok (f, a, "themes", themes);
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "themes"), expect_themes));
  g_assert_cmpuint (n_themes, ==, 1);
  g_assert_cmpuint (n_groups, ==, 0);
  g_assert_true (has_changed (f, "actor", id_of (a)));
  g_assert_false (in_transaction (f));
  g_object_get (a, "themes", &themes_prop, NULL);
  g_assert_true (g_strv_equal ((const char * const *) themes_prop, expect_themes));

  set_tags_ok (f, a, "groups", groups);
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "groups"), expect_groups));
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "themes"), expect_themes));
  g_assert_cmpuint (n_groups, ==, 1);
  g_assert_cmpuint (n_themes, ==, 1);

  /* new tags are created once and shared */
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag WHERE kind = 'theme'"), ==, 3);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag WHERE kind = 'group'"), ==, 2);
  set_tags_ok (f, b, "themes", b_themes);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag WHERE kind = 'theme'"), ==, 4);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor_tag"), ==, 7);
  set_tags_ok (f, i, "themes", b_themes);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag WHERE kind = 'theme'"), ==, 4);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM initiative_tag"), ==, 2);
  {
    const char * const expect[] = { "Eenzaamheid", "Zorg", NULL };

    g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (i), "themes"), expect));
    g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (b), "themes"), expect));
  }

  listed_themes = wk_store_list_tags (f->store, "theme");
  listed_groups = wk_store_list_tags (f->store, "group");
  {
    const char * const expect[] = { "Armoede", "Eenzaamheid", "Sport", "Zorg", NULL };

    g_assert_true (g_strv_equal ((const char * const *) listed_themes, expect));
    g_assert_true (g_strv_equal ((const char * const *) listed_groups, expect_groups));
  }

  /* the same set in another order is no change */
  {
    const char * const same[] = { "Zorg", "Armoede", "Sport", NULL };
    guint depth = undo_depth (f);

    set_tags_ok (f, a, "themes", same);
    g_assert_cmpuint (undo_depth (f), ==, depth);
    g_assert_cmpuint (n_themes, ==, 1);
  }

  /* removing some, clearing all */
  {
    const char * const fewer[] = { "Sport", NULL };

    set_tags_ok (f, a, "themes", fewer);
    g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "themes"), fewer));
    set_tags_ok (f, a, "groups", NULL);
    g_assert_cmpuint (g_strv_length ((char **) wk_record_get_tags (WK_RECORD (a), "groups")), ==, 0);
    g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor_tag WHERE actor_id = %" G_GINT64_FORMAT,
                            id_of (a)), ==, 1);
    /* the tags stay known for completion */
    g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag"), ==, 6);
  }
  g_signal_handlers_disconnect_by_func (a, count_cb, &n_themes);
  g_signal_handlers_disconnect_by_func (a, count_cb, &n_groups);
}

static void
test_tags_undo (Fixture       *f,
                gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  const char * const first[] = { "Zorg", "Sport", NULL };
  const char * const second[] = { "Zorg", "Cultuur", NULL };
  const char * const first_sorted[] = { "Sport", "Zorg", NULL };
  const char * const second_sorted[] = { "Cultuur", "Zorg", NULL };
  g_autofree char *links_first = NULL;
  g_autofree char *tags_first = NULL;
  g_autofree char *links_second = NULL;
  g_autofree char *tags_second = NULL;

  set_tags_ok (f, a, "themes", first);
  links_first = dump (f->store, "SELECT * FROM actor_tag ORDER BY actor_id, tag_id");
  tags_first = dump (f->store, "SELECT * FROM tag ORDER BY id");

  set_tags_ok (f, a, "themes", second);
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "themes"), second_sorted));
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "Tags changed");
  links_second = dump (f->store, "SELECT * FROM actor_tag ORDER BY actor_id, tag_id");
  tags_second = dump (f->store, "SELECT * FROM tag ORDER BY id");

  /* undo: the old tags, exactly; the tag made by the step is gone again */
  undo_ok (f);
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "themes"), first_sorted));
  assert_dump (f->store, links_first, "SELECT * FROM actor_tag ORDER BY actor_id, tag_id");
  assert_dump (f->store, tags_first, "SELECT * FROM tag ORDER BY id");
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag WHERE name = 'Cultuur'"), ==, 0);

  redo_ok (f);
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "themes"), second_sorted));
  assert_dump (f->store, links_second, "SELECT * FROM actor_tag ORDER BY actor_id, tag_id");
  assert_dump (f->store, tags_second, "SELECT * FROM tag ORDER BY id");

  undo_ok (f);
  undo_ok (f);
  g_assert_cmpuint (g_strv_length ((char **) wk_record_get_tags (WK_RECORD (a), "themes")), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag"), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor_tag"), ==, 0);
}

/* U+001F joins tag names when they are read back, so it cannot be part of one. */
static void
test_tags_unit_separator (Fixture       *f,
                          gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  const char * const names[] = { "a\x1f" "b", "\x1f", " \x1f ", "zorg\x1f", "\x1fzorg", NULL };
  const char * const expect[] = { "a b", "zorg", NULL };
  g_auto(GStrv) listed = NULL;

  set_tags_ok (f, a, "themes", names);
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "themes"), expect));
  listed = wk_store_list_tags (f->store, "theme");
  g_assert_true (g_strv_equal ((const char * const *) listed, expect));
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag WHERE instr(name, char(31)) > 0"), ==, 0);
}

/* Contact log -------------------------------------------------------------- */

static void
test_contacts_order (Fixture       *f,
                     gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkContact *c1 = new_contact (f, a, "2026-01-05", "een");
  WkContact *c2 = new_contact (f, a, "2026-03-01", "twee");
  WkContact *c3 = new_contact (f, a, "2025-12-31", "drie");
  WkContact *c4 = new_contact (f, a, "2026-01-05", "vier");
  WkContact *expect[] = { c2, c4, c1, c3 };
  g_autoptr(GListModel) log = NULL;
  g_autoptr(GListModel) log_b = NULL;

  new_contact (f, b, "2027-01-01", "van Bea");
  log = wk_store_list_contacts (f->store, a);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      g_autoptr(WkContact) here = g_list_model_get_item (log, i);

      g_assert_true (here == expect[i]);
    }
  log_b = wk_store_list_contacts (f->store, b);
  g_assert_cmpuint (g_list_model_get_n_items (log_b), ==, 1);
}

static void
test_contacts_last_contact (Fixture       *f,
                            gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  guint n_notify = 0;
  WkContact *c1, *c3;

  g_signal_connect (a, "notify::last-contact", G_CALLBACK (count_cb), &n_notify);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "");

  c1 = new_contact (f, a, "2026-01-10", "");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-01-10");
  g_assert_cmpuint (n_notify, ==, 1);
  new_contact (f, a, "2025-05-01", "");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-01-10");
  g_assert_cmpuint (n_notify, ==, 1);
  c3 = new_contact (f, a, "2026-02-01", "");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-02-01");
  g_assert_cmpuint (n_notify, ==, 2);

  /* editing the date of the newest entry */
  set_text_ok (f, c3, "date", "2025-01-01");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-01-10");
  g_assert_cmpuint (n_notify, ==, 3);

  /* deleting the newest left */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (wk_store_delete_record (f->store, WK_RECORD (c1), &error));
    g_assert_no_error (error);
  }
  g_assert_true (wk_record_is_deleted (WK_RECORD (c1)));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2025-05-01");
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==,
                   "Contact entry deleted");

  undo_ok (f);
  g_assert_false (wk_record_is_deleted (WK_RECORD (c1)));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-01-10");
  undo_ok (f);   /* the date edit */
  g_assert_cmpstr (wk_contact_get_date (c3), ==, "2026-02-01");
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-02-01");
  undo_ok (f);   /* the third entry */
  g_assert_true (wk_record_is_deleted (WK_RECORD (c3)));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-01-10");
  redo_ok (f);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-02-01");
  redo_ok (f);
  redo_ok (f);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2025-05-01");
  g_signal_handlers_disconnect_by_func (a, count_cb, &n_notify);
}

/* Deleting ----------------------------------------------------------------- */

typedef struct
{
  char *rows;     /* rows that are deleted and inserted back: exactly */
  char *updated;  /* rows whose reference is cleared: all but "modified" */
  char *search;
} Snapshot;

static void
snapshot_clear (Snapshot *s)
{
  g_clear_pointer (&s->rows, g_free);
  g_clear_pointer (&s->updated, g_free);
  g_clear_pointer (&s->search, g_free);
}

/* "modified" of a row whose reference a delete clears is left to the
 * trigger on the way back too: undo is a change of that row. */
static void
snapshot_take (Fixture  *f,
               Snapshot *s)
{
  g_autofree char *actors = dump (f->store, "SELECT * FROM actor ORDER BY id");
  g_autofree char *relations = dump (f->store, "SELECT * FROM relation ORDER BY id");
  g_autofree char *contacts = dump (f->store, "SELECT * FROM contact ORDER BY id");
  g_autofree char *actor_tags = dump (f->store, "SELECT * FROM actor_tag ORDER BY actor_id, tag_id");
  g_autofree char *initiative_tags = dump (f->store, "SELECT * FROM initiative_tag ORDER BY initiative_id, tag_id");
  g_autofree char *tags = dump (f->store, "SELECT * FROM tag ORDER BY id");
  g_autofree char *layout = dump (f->store, "SELECT * FROM layout ORDER BY id");
  g_autofree char *initiatives = dump (f->store,
                                       "SELECT id, uuid, created, wijk_id, title, description, status, track,"
                                       " start_date, end_date, budget_requested, budget_granted,"
                                       " contact_actor_id, results FROM initiative ORDER BY id");
  g_autofree char *pins = dump (f->store,
                                "SELECT id, uuid, created, wijk_id, category_id, session_id, title, note,"
                                " date, x, y, latitude, longitude, actor_id, initiative_id, private"
                                " FROM pin ORDER BY id");

  snapshot_clear (s);
  s->rows = g_strjoin ("--\n", actors, relations, contacts, actor_tags, initiative_tags, tags, layout, NULL);
  s->updated = g_strjoin ("--\n", initiatives, pins, NULL);
  s->search = dump (f->store, "SELECT kind, item_id, wijk_id, actor_id, title, body FROM search"
                              " ORDER BY kind, item_id");
}

static void
snapshot_assert_equal (Fixture  *f,
                       Snapshot *expected)
{
  Snapshot now = { 0 };

  snapshot_take (f, &now);
  g_assert_cmpstr (now.rows, ==, expected->rows);
  g_assert_cmpstr (now.updated, ==, expected->updated);
  g_assert_cmpstr (now.search, ==, expected->search);
  snapshot_clear (&now);
}

static void
test_delete_actor (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *actors = wk_store_get_actors (f->store, f->wijk);
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkActor *c = new_actor (f, f->wijk, "Cor");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  WkInitiative *j = new_initiative (f, f->wijk, "Moestuin");
  WkRelation *ab = new_relation (f, a, b);
  WkRelation *ca = new_relation (f, c, a);
  WkRelation *ai = new_relation (f, a, i);
  WkRelation *bc = new_relation (f, b, c);
  WkContact *c1 = new_contact (f, a, "2026-01-01", "Sprak over de moestuin");
  WkContact *c2 = new_contact (f, a, "2026-02-01", "Tweede gesprek");
  WkContact *cb = new_contact (f, b, "2026-02-02", "Bea's gesprek");
  const char * const themes[] = { "Zorg", "Sport", NULL };
  const char * const groups[] = { "Jongeren", NULL };
  const char * const themes_sorted[] = { "Sport", "Zorg", NULL };
  g_autoptr(GListModel) rels = NULL;
  Snapshot before = { 0 }, deleted = { 0 };
  gint64 a_id = id_of (a), pin_a, pin_b;
  g_autofree char *a_uuid = g_strdup (wk_record_get_uuid (WK_RECORD (a)));
  guint n_actors = wk_wijk_get_n_actors (f->wijk);

  set_tags_ok (f, a, "themes", themes);
  set_tags_ok (f, a, "groups", groups);
  set_tags_ok (f, b, "themes", themes);
  set_int_ok (f, i, "contact-actor-id", a_id);
  set_int_ok (f, j, "contact-actor-id", id_of (b));
  exec_sql (f->store, "INSERT INTO pin (wijk_id, x, y, actor_id, title, note)"
                      " VALUES (%" G_GINT64_FORMAT ", 0.25, 0.5, %" G_GINT64_FORMAT ", 'Voordeur', 'Bankje')",
            wk_wijk_get_id (f->wijk), a_id);
  pin_a = sqlite3_last_insert_rowid (_wk_store_get_db (f->store));
  exec_sql (f->store, "INSERT INTO pin (wijk_id, x, y, actor_id, title)"
                      " VALUES (%" G_GINT64_FORMAT ", 0.75, 0.5, %" G_GINT64_FORMAT ", 'Bij Bea')",
            wk_wijk_get_id (f->wijk), id_of (b));
  pin_b = sqlite3_last_insert_rowid (_wk_store_get_db (f->store));
  exec_sql (f->store, "INSERT INTO layout (wijk_id, actor_id, x, y, pinned) VALUES"
                      " (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 10.5, -3.25, 1),"
                      " (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 1, 2, 0)",
            wk_wijk_get_id (f->wijk), a_id, wk_wijk_get_id (f->wijk), id_of (b));
  rels = wk_store_list_relations (f->store, WK_RECORD (a));
  g_assert_cmpuint (g_list_model_get_n_items (rels), ==, 3);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-02-01");
  g_assert_cmpuint (n_actors, ==, 3);
  snapshot_take (f, &before);

  /* delete */
  g_ptr_array_set_size (f->changed, 0);
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (a), &error));
  g_assert_no_error (error);
  g_assert_false (in_transaction (f));
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "“Ahmed” deleted");

  g_assert_true (wk_record_is_deleted (WK_RECORD (a)));
  g_assert_false (list_has (actors, a));
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 2);
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 2);
  g_assert_null (wk_store_lookup (f->store, WK_TYPE_ACTOR, a_id));
  g_assert_true (wk_record_is_deleted (WK_RECORD (ab)));
  g_assert_true (wk_record_is_deleted (WK_RECORD (ca)));
  g_assert_true (wk_record_is_deleted (WK_RECORD (ai)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (bc)));
  g_assert_true (wk_record_is_deleted (WK_RECORD (c1)));
  g_assert_true (wk_record_is_deleted (WK_RECORD (c2)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (cb)));

  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor WHERE id = %" G_GINT64_FORMAT, a_id), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM relation WHERE source_actor_id = %" G_GINT64_FORMAT
                          " OR target_actor_id = %" G_GINT64_FORMAT, a_id, a_id), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM relation"), ==, 1);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM contact WHERE actor_id = %" G_GINT64_FORMAT, a_id), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM contact"), ==, 1);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor_tag WHERE actor_id = %" G_GINT64_FORMAT, a_id), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor_tag"), ==, 2);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM tag"), ==, 3);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM layout WHERE actor_id = %" G_GINT64_FORMAT, a_id), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM layout"), ==, 1);
  g_assert_cmpint (q_int (f->store, "SELECT actor_id IS NULL FROM pin WHERE id = %" G_GINT64_FORMAT, pin_a), ==, 1);
  g_assert_cmpint (q_int (f->store, "SELECT actor_id FROM pin WHERE id = %" G_GINT64_FORMAT, pin_b), ==, id_of (b));
  g_assert_cmpint (q_int (f->store, "SELECT contact_actor_id IS NULL FROM initiative WHERE id = %" G_GINT64_FORMAT,
                          id_of (i)), ==, 1);
  g_assert_cmpint (q_int (f->store, "SELECT contact_actor_id FROM initiative WHERE id = %" G_GINT64_FORMAT,
                          id_of (j)), ==, id_of (b));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (i), "contact-actor-id"), ==, -1);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (i), "contact-actor-name"), ==, "");
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM search WHERE actor_id = %" G_GINT64_FORMAT, a_id), ==, 0);
  g_assert_true (has_changed (f, "actor", a_id));
  g_assert_true (has_changed (f, "relation", id_of (ab)));
  g_assert_true (has_changed (f, "contact", id_of (c1)));
  g_assert_true (has_changed (f, "initiative", id_of (i)));
  g_assert_true (has_changed (f, "pin", pin_a));
  g_assert_false (has_changed (f, "pin", pin_b));
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "Ahmed");

    g_assert_cmpuint (g_hash_table_size (found), ==, 0);
  }
  snapshot_take (f, &deleted);

  /* undo: everything back, with the same ids and UUIDs */
  g_ptr_array_set_size (f->changed, 0);
  undo_ok (f);
  snapshot_assert_equal (f, &before);
  g_assert_false (wk_record_is_deleted (WK_RECORD (a)));
  g_assert_true (list_has (actors, a));
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 3);
  g_assert_true ((gpointer) wk_store_lookup (f->store, WK_TYPE_ACTOR, a_id) == a);
  g_assert_cmpstr (wk_record_get_uuid (WK_RECORD (a)), ==, a_uuid);
  g_assert_false (wk_record_is_deleted (WK_RECORD (ab)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (ca)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (ai)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (c1)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (c2)));
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "themes"), themes_sorted));
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (a), "groups"), groups));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-02-01");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (i), "contact-actor-id"), ==, a_id);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (i), "contact-actor-name"), ==, "Ahmed");
  g_assert_true (has_changed (f, "actor", a_id));
  g_assert_true (has_changed (f, "relation", id_of (ca)));
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "Ahmed");
    g_autoptr(GHashTable) by_pin = search (f, f->wijk, WK_TYPE_ACTOR, "bankje");
    g_autoptr(GHashTable) by_note = search (f, f->wijk, WK_TYPE_ACTOR, "moestuin");

    g_assert_true (found_only (found, a_id));
    g_assert_true (found_only (by_pin, a_id));
    g_assert_true (found_only (by_note, a_id));
  }
  {
    g_autoptr(GListModel) again = wk_store_list_relations (f->store, WK_RECORD (a));

    g_assert_cmpuint (g_list_model_get_n_items (again), ==, 3);
  }

  /* redo deletes again, exactly as before */
  redo_ok (f);
  snapshot_assert_equal (f, &deleted);
  g_assert_true (wk_record_is_deleted (WK_RECORD (a)));
  g_assert_false (list_has (actors, a));
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 2);

  /* and undo again */
  undo_ok (f);
  snapshot_assert_equal (f, &before);
  g_assert_true (list_has (actors, a));
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 3);

  /* it is all on disk */
  reopen (f);
  snapshot_assert_equal (f, &before);

  snapshot_clear (&before);
  snapshot_clear (&deleted);
}

static void
test_delete_initiative (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *initiatives = wk_store_get_initiatives (f->store, f->wijk);
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  WkInitiative *j = new_initiative (f, f->wijk, "Moestuin");
  WkRelation *ai = new_relation (f, a, i);
  WkRelation *bi = new_relation (f, b, i);
  WkRelation *aj = new_relation (f, a, j);
  WkRelation *ab = new_relation (f, a, b);
  const char * const themes[] = { "Ontmoeting", NULL };
  Snapshot before = { 0 }, deleted = { 0 };
  gint64 i_id = id_of (i), pin;

  set_tags_ok (f, i, "themes", themes);
  set_tags_ok (f, j, "themes", themes);
  set_int_ok (f, i, "contact-actor-id", id_of (a));
  set_text_ok (f, i, "results", "Tweehonderd bezoekers");
  exec_sql (f->store, "INSERT INTO pin (wijk_id, x, y, initiative_id, title)"
                      " VALUES (%" G_GINT64_FORMAT ", 0.1, 0.2, %" G_GINT64_FORMAT ", 'Feestplein')",
            wk_wijk_get_id (f->wijk), i_id);
  pin = sqlite3_last_insert_rowid (_wk_store_get_db (f->store));
  exec_sql (f->store, "INSERT INTO layout (wijk_id, initiative_id, x, y) VALUES"
                      " (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 4, 5)",
            wk_wijk_get_id (f->wijk), i_id);
  g_assert_cmpuint (wk_wijk_get_n_initiatives (f->wijk), ==, 2);
  snapshot_take (f, &before);

  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (i), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "“Buurtfeest” deleted");
  g_assert_true (wk_record_is_deleted (WK_RECORD (i)));
  g_assert_false (list_has (initiatives, i));
  g_assert_cmpuint (g_list_model_get_n_items (initiatives), ==, 1);
  g_assert_cmpuint (wk_wijk_get_n_initiatives (f->wijk), ==, 1);
  g_assert_true (wk_record_is_deleted (WK_RECORD (ai)));
  g_assert_true (wk_record_is_deleted (WK_RECORD (bi)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (aj)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (ab)));
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM initiative WHERE id = %" G_GINT64_FORMAT, i_id), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM relation"), ==, 2);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM initiative_tag"), ==, 1);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM layout"), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT initiative_id IS NULL FROM pin WHERE id = %" G_GINT64_FORMAT, pin), ==, 1);
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_INITIATIVE, "buurtfeest");

    g_assert_cmpuint (g_hash_table_size (found), ==, 0);
  }
  snapshot_take (f, &deleted);

  undo_ok (f);
  snapshot_assert_equal (f, &before);
  g_assert_false (wk_record_is_deleted (WK_RECORD (i)));
  g_assert_true (list_has (initiatives, i));
  g_assert_cmpuint (wk_wijk_get_n_initiatives (f->wijk), ==, 2);
  g_assert_false (wk_record_is_deleted (WK_RECORD (ai)));
  g_assert_false (wk_record_is_deleted (WK_RECORD (bi)));
  g_assert_cmpint (wk_record_get_int (WK_RECORD (i), "contact-actor-id"), ==, id_of (a));
  g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (i), "themes"), themes));
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_INITIATIVE, "tweehonderd");

    g_assert_true (found_only (found, i_id));
  }

  redo_ok (f);
  snapshot_assert_equal (f, &deleted);
  g_assert_false (list_has (initiatives, i));
  undo_ok (f);
  snapshot_assert_equal (f, &before);
  g_assert_true (list_has (initiatives, i));

  snapshot_clear (&before);
  snapshot_clear (&deleted);
}

static void
test_delete_relation (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkRelation *ab = new_relation (f, a, b);
  g_autofree char *row = dump (f->store, "SELECT * FROM relation");

  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (ab), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "Relation deleted");
  g_assert_true (wk_record_is_deleted (WK_RECORD (ab)));
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM relation"), ==, 0);
  /* the ends stay */
  g_assert_false (wk_record_is_deleted (WK_RECORD (a)));
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor"), ==, 2);

  undo_ok (f);
  g_assert_false (wk_record_is_deleted (WK_RECORD (ab)));
  assert_dump (f->store, row, "SELECT * FROM relation");
}

/* Undo and redo ------------------------------------------------------------ */

static void
test_undo_edits (Fixture       *f,
                 gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkUndoStack *stack = wk_store_get_undo_stack (f->store);
  guint depth = undo_depth (f);

  set_text_ok (f, a, "role", "Imam");
  set_int_ok (f, a, "influence", 4);
  set_text_ok (f, a, "description", "Voorganger");
  set_int_ok (f, a, "formal", 1);
  set_text_ok (f, a, "last-verified", "2026-01-01");
  g_assert_cmpuint (undo_depth (f), ==, depth + 5);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (stack), ==, "Edit");

  undo_ok (f);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-verified"), ==, "");
  g_assert_cmpint (q_int (f->store, "SELECT last_verified IS NULL FROM actor"), ==, 1);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "formal"), ==, 1);
  undo_ok (f);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "formal"), ==, 0);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "description"), ==, "Voorganger");
  undo_ok (f);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "description"), ==, "");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "influence"), ==, 4);
  undo_ok (f);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "influence"), ==, 0);
  g_assert_cmpstr (wk_actor_get_role (a), ==, "Imam");
  {
    guint n_notify = 0;

    g_signal_connect (a, "notify::role", G_CALLBACK (count_cb), &n_notify);
    g_ptr_array_set_size (f->changed, 0);
    undo_ok (f);
    g_assert_cmpuint (n_notify, ==, 1);
    g_assert_true (has_changed (f, "actor", id_of (a)));
    g_signal_handlers_disconnect_by_func (a, count_cb, &n_notify);
  }
  g_assert_cmpstr (wk_actor_get_role (a), ==, "");
  assert_sql (f->store, "", "SELECT role FROM actor");
  g_assert_cmpuint (undo_depth (f), ==, depth);
  g_assert_true (wk_undo_stack_can_redo (stack));

  redo_ok (f);
  g_assert_cmpstr (wk_actor_get_role (a), ==, "Imam");
  redo_ok (f);
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "influence"), ==, 4);
  redo_ok (f);
  redo_ok (f);
  redo_ok (f);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-verified"), ==, "2026-01-01");
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "formal"), ==, 1);
  assert_sql (f->store, "2026-01-01", "SELECT last_verified FROM actor");
  g_assert_false (wk_undo_stack_can_redo (stack));
  g_assert_false (in_transaction (f));
}

static void
test_undo_merge (Fixture       *f,
                 gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  guint depth = undo_depth (f);

  /* typing a name: one step */
  set_text_ok (f, a, "name", "A");
  set_text_ok (f, a, "name", "Ah");
  set_text_ok (f, a, "name", "Ahm");
  set_text_ok (f, a, "name", "Ahmad");
  g_assert_cmpuint (undo_depth (f), ==, depth + 1);
  assert_sql (f->store, "Ahmad", "SELECT name FROM actor WHERE id = %" G_GINT64_FORMAT, id_of (a));

  /* another field, or another record, is a step of its own */
  set_text_ok (f, a, "role", "Imam");
  g_assert_cmpuint (undo_depth (f), ==, depth + 2);
  set_text_ok (f, b, "role", "Buurvrouw");
  g_assert_cmpuint (undo_depth (f), ==, depth + 3);
  set_text_ok (f, a, "role", "Voorganger");
  g_assert_cmpuint (undo_depth (f), ==, depth + 4);
  set_text_ok (f, a, "role", "Voorganger moskee");
  g_assert_cmpuint (undo_depth (f), ==, depth + 4);

  undo_ok (f);
  g_assert_cmpstr (wk_actor_get_role (a), ==, "Imam");
  undo_ok (f);
  g_assert_cmpstr (wk_actor_get_role (b), ==, "");
  undo_ok (f);
  g_assert_cmpstr (wk_actor_get_role (a), ==, "");
  undo_ok (f);
  g_assert_cmpstr (wk_actor_get_name (a), ==, "Ahmed");
  g_assert_cmpuint (undo_depth (f), ==, depth);

  redo_ok (f);
  g_assert_cmpstr (wk_actor_get_name (a), ==, "Ahmad");

  /* an undone and redone step does not take new edits in */
  set_text_ok (f, a, "name", "Ahmad B.");
  undo_ok (f);
  g_assert_cmpstr (wk_actor_get_name (a), ==, "Ahmad");
}

/* Edits of one field more than 2 s apart are separate steps. */
static void
test_undo_merge_window (Fixture       *f,
                        gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  guint depth = undo_depth (f);

  set_text_ok (f, a, "role", "Imam");
  g_usleep (2100 * 1000);
  set_text_ok (f, a, "role", "Voorganger");
  g_assert_cmpuint (undo_depth (f), ==, depth + 2);
  undo_ok (f);
  g_assert_cmpstr (wk_actor_get_role (a), ==, "Imam");
}

static void
test_undo_new_edit_clears_redo (Fixture       *f,
                                gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkUndoStack *stack = wk_store_get_undo_stack (f->store);

  set_text_ok (f, a, "role", "Imam");
  set_int_ok (f, a, "influence", 3);
  undo_ok (f);
  g_assert_true (wk_undo_stack_can_redo (stack));
  set_text_ok (f, a, "description", "Nieuw");
  g_assert_false (wk_undo_stack_can_redo (stack));
  redo_ok (f);   /* nothing to redo */
  g_assert_cmpint (wk_record_get_int (WK_RECORD (a), "influence"), ==, 0);
}

/* An edit that would merge into the step before an undone one must not
 * leave the undone step redoable: redo would then replay it over the new
 * edit (a delete brought back would delete the old row again). */
static void
test_undo_merge_after_undo (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkUndoStack *stack = wk_store_get_undo_stack (f->store);
  guint depth;

  set_text_ok (f, a, "name", "Ahmad");
  depth = undo_depth (f);
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (a), &error));
  g_assert_no_error (error);
  undo_ok (f);
  g_assert_true (wk_undo_stack_can_redo (stack));

  set_text_ok (f, a, "name", "Ahmad Benali");
  g_assert_false (wk_undo_stack_can_redo (stack));
  g_assert_cmpuint (undo_depth (f), ==, depth + 1);

  undo_ok (f);
  g_assert_cmpstr (wk_actor_get_name (a), ==, "Ahmad");
  undo_ok (f);
  g_assert_cmpstr (wk_actor_get_name (a), ==, "Ahmed");
  assert_sql (f->store, "Ahmed", "SELECT name FROM actor");
}

static void
test_undo_create (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *actors = wk_store_get_actors (f->store, f->wijk);
  GListModel *initiatives = wk_store_get_initiatives (f->store, f->wijk);
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkActor *b = new_actor (f, f->wijk, "Bea");
  WkInitiative *i = new_initiative (f, f->wijk, "Buurtfeest");
  WkRelation *r = new_relation (f, a, b);
  WkContact *c = new_contact (f, a, "2026-01-01", "");
  gint64 b_id = id_of (b);
  g_autofree char *b_uuid = g_strdup (wk_record_get_uuid (WK_RECORD (b)));
  g_autofree char *b_row = dump (f->store, "SELECT * FROM actor WHERE id = %" G_GINT64_FORMAT, b_id);

  undo_ok (f);
  g_assert_true (wk_record_is_deleted (WK_RECORD (c)));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "");
  undo_ok (f);
  g_assert_true (wk_record_is_deleted (WK_RECORD (r)));
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM relation"), ==, 0);
  undo_ok (f);
  g_assert_true (wk_record_is_deleted (WK_RECORD (i)));
  g_assert_false (list_has (initiatives, i));
  g_assert_cmpuint (wk_wijk_get_n_initiatives (f->wijk), ==, 0);

  g_ptr_array_set_size (f->changed, 0);
  undo_ok (f);
  g_assert_true (wk_record_is_deleted (WK_RECORD (b)));
  g_assert_false (list_has (actors, b));
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 1);
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 1);
  g_assert_null (wk_store_lookup (f->store, WK_TYPE_ACTOR, b_id));
  g_assert_true (has_changed (f, "actor", b_id));
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor WHERE id = %" G_GINT64_FORMAT, b_id), ==, 0);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM search WHERE kind = 'actor' AND item_id = %"
                          G_GINT64_FORMAT, b_id), ==, 0);

  /* redo brings the very same row back, as the same object */
  redo_ok (f);
  g_assert_false (wk_record_is_deleted (WK_RECORD (b)));
  g_assert_true (list_has (actors, b));
  g_assert_cmpuint (wk_wijk_get_n_actors (f->wijk), ==, 2);
  g_assert_true ((gpointer) wk_store_lookup (f->store, WK_TYPE_ACTOR, b_id) == b);
  g_assert_cmpstr (wk_record_get_uuid (WK_RECORD (b)), ==, b_uuid);
  assert_dump (f->store, b_row, "SELECT * FROM actor WHERE id = %" G_GINT64_FORMAT, b_id);
  redo_ok (f);
  redo_ok (f);
  redo_ok (f);
  g_assert_false (wk_record_is_deleted (WK_RECORD (c)));
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "last-contact"), ==, "2026-01-01");
  g_assert_cmpuint (wk_wijk_get_n_initiatives (f->wijk), ==, 1);
}

static void
test_undo_empty (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (wk_undo_stack_can_undo (wk_store_get_undo_stack (f->store)));
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (wk_store_redo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->changed->len, ==, 0);
  g_assert_false (in_transaction (f));
}

/* Search ------------------------------------------------------------------- */

static void
test_search_actors (Fixture       *f,
                    gconstpointer  data)
{
  WkActor *cafe = new_actor (f, f->wijk, "Café de Hoek");
  WkActor *imam = new_actor (f, f->wijk, "Ahmed Benali");
  WkActor *bea = new_actor (f, f->wijk, "Bea Jansen");
  WkActor *far = new_actor (f, f->other, "Café de Overkant");
  WkInitiative *i = new_initiative (f, f->wijk, "Jansen-feest");
  struct { const char *text; WkActor *only; } cases[] = {
    { "Café", cafe }, { "cafe", cafe }, { "CAFE", cafe }, { "caf", cafe }, { "hoek", cafe },
    { "ahm", imam }, { "ahmed benali", imam }, { "imam", imam }, { "voorganger", imam },
    { "moskee", imam }, { "speeltuin", bea }, { "jans", bea }, { "kapsalon", bea },
  };

  set_text_ok (f, imam, "role", "Imam");
  set_text_ok (f, imam, "description", "Voorganger van de moskee");
  new_contact (f, bea, "2026-01-01", "Wil meehelpen met de speeltuin");
  exec_sql (f->store, "INSERT INTO pin (wijk_id, x, y, actor_id, title)"
                      " VALUES (%" G_GINT64_FORMAT ", 0.5, 0.5, %" G_GINT64_FORMAT ", 'Kapsalon')",
            wk_wijk_get_id (f->wijk), id_of (bea));
  set_text_ok (f, i, "description", "Voorganger");
  new_contact (f, far, "2026-01-01", "ook speeltuin");

  for (guint n = 0; n < G_N_ELEMENTS (cases); n++)
    {
      g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, cases[n].text);

      if (!found_only (found, id_of (cases[n].only)))
        g_error ("“%s” found %u actors, not only %s", cases[n].text, g_hash_table_size (found),
                 wk_actor_get_name (cases[n].only));
    }

  /* two words: both must be there */
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "café ahmed");

    g_assert_cmpuint (g_hash_table_size (found), ==, 0);
  }
  /* nothing */
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "zwembad");

    g_assert_cmpuint (g_hash_table_size (found), ==, 0);
  }
  /* the other wijk finds its own */
  {
    g_autoptr(GHashTable) found = search (f, f->other, WK_TYPE_ACTOR, "cafe");

    g_assert_true (found_only (found, id_of (far)));
  }

  /* search follows edits */
  set_text_ok (f, cafe, "name", "Eethuis De Hoek");
  {
    g_autoptr(GHashTable) old = search (f, f->wijk, WK_TYPE_ACTOR, "cafe");
    g_autoptr(GHashTable) now = search (f, f->wijk, WK_TYPE_ACTOR, "eethuis");

    g_assert_cmpuint (g_hash_table_size (old), ==, 0);
    g_assert_true (found_only (now, id_of (cafe)));
  }
  undo_ok (f);
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "cafe");

    g_assert_true (found_only (found, id_of (cafe)));
  }
}

static void
test_search_initiatives (Fixture       *f,
                         gconstpointer  data)
{
  WkActor *a = new_actor (f, f->wijk, "Moestuinman");
  WkInitiative *garden = new_initiative (f, f->wijk, "Moestuin achter de flat");
  WkInitiative *party = new_initiative (f, f->wijk, "Buurtfeest");
  WkInitiative *far = new_initiative (f, f->other, "Moestuin elders");
  struct { const char *text; WkInitiative *only; } cases[] = {
    { "moes", garden }, { "flat", garden }, { "feest", NULL }, { "buurtfeest", party },
    { "springkussen", party }, { "bezoekers", party }, { "groenten", garden },
  };

  set_text_ok (f, party, "description", "Met springkussen");
  set_text_ok (f, party, "results", "Tweehonderd bezoekers");
  set_text_ok (f, garden, "results", "Veel groenten geoogst");

  for (guint n = 0; n < G_N_ELEMENTS (cases); n++)
    {
      g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_INITIATIVE, cases[n].text);

      if (cases[n].only == NULL)
        g_assert_cmpuint (g_hash_table_size (found), ==, 0);
      else if (!found_only (found, id_of (cases[n].only)))
        g_error ("“%s” found %u initiatives", cases[n].text, g_hash_table_size (found));
    }
  {
    g_autoptr(GHashTable) found = search (f, f->other, WK_TYPE_INITIATIVE, "moestuin");

    g_assert_true (found_only (found, id_of (far)));
  }
  /* actors and initiatives are kept apart */
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "moestuin");

    g_assert_true (found_only (found, id_of (a)));
  }
}

static void
test_search_hostile (Fixture       *f,
                     gconstpointer  data)
{
  const char * const queries[] = {
    "\"", "a\"b", "*", "AND", "OR NOT", "(", ")", "-", "NEAR(", "NEAR(a b)", "\\", "\\\\", "a\\",
    "'", "''", "^", ":", "col:x", "title:Ahmed", "a AND", "OR", "NOT a", "{title}: a", "+", "\"\"",
    "\xff\xfe", "%", "_", "a*b", "*a", "Ahmed\"", "\"Ahmed", "a OR b AND c NOT", "€", "\u00a0",
  };
  const char * const empty[] = { "", " ", "   ", "\t\n", NULL };

  new_actor (f, f->wijk, "Ahmed");
  new_initiative (f, f->wijk, "Buurtfeest");

  for (guint n = 0; n < G_N_ELEMENTS (queries); n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) actors = NULL;
      g_autoptr(GHashTable) initiatives = NULL;

      actors = wk_store_search (f->store, wk_wijk_get_id (f->wijk), WK_TYPE_ACTOR, queries[n], &error);
      if (error != NULL)
        g_error ("Searching for “%s”: %s", queries[n], error->message);
      initiatives = wk_store_search (f->store, wk_wijk_get_id (f->wijk), WK_TYPE_INITIATIVE, queries[n], &error);
      g_assert_no_error (error);
      g_assert_false (in_transaction (f));
    }

  /* quotes and operators around a word are just text */
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "\"Ahmed");

    g_assert_cmpuint (g_hash_table_size (found), ==, 1);
  }
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "NOT Ahmed");

    g_assert_cmpuint (g_hash_table_size (found), ==, 0);
  }

  for (guint n = 0; n < G_N_ELEMENTS (empty); n++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (wk_store_search (f->store, wk_wijk_get_id (f->wijk), WK_TYPE_ACTOR, empty[n], &error));
      g_assert_no_error (error);
    }
}

/* Hostile input ------------------------------------------------------------ */

static const char * const hostile[] = {
  "O'Brien \"de Baas\"",
  "'; DROP TABLE actor; --",
  "back\\slash \\n \\\\ \\",
  "<b>vet</b> &amp; &lt;script&gt;",
  "🏠 Buurthuis 👩‍👩‍👧 ✨",
  "حيّ الورود",
  "שכונה",
  "%s %n %d %%",
  "tab\there\nnewline",
  "Zoë Ğüneş Łódź",
};

static void
check_stored (Fixture    *f,
              gpointer    record,
              const char *field,
              const char *column,
              const char *value)
{
  g_autofree char *stored = q_text (f->store, "SELECT %s FROM %s WHERE id = %" G_GINT64_FORMAT, column,
                                    wk_record_get_table (WK_RECORD (record)), id_of (record));

  g_assert_cmpstr (wk_record_get_text (WK_RECORD (record), field), ==, value);
  g_assert_cmpstr (stored, ==, value);
}

static void
test_hostile_text (Fixture       *f,
                   gconstpointer  data)
{
  gint64 actors[G_N_ELEMENTS (hostile)], contacts[G_N_ELEMENTS (hostile)];
  gint64 relations[G_N_ELEMENTS (hostile)], initiatives[G_N_ELEMENTS (hostile)];
  WkActor *anchor = new_actor (f, f->wijk, "Anker");

  for (guint n = 0; n < G_N_ELEMENTS (hostile); n++)
    {
      WkActor *a = new_actor (f, f->wijk, hostile[n]);
      WkInitiative *i = new_initiative (f, f->wijk, hostile[n]);
      WkContact *c = new_contact (f, a, "2026-01-01", hostile[n]);
      WkRelation *r;
      g_autoptr(GError) error = NULL;

      r = wk_store_create_relation (f->store, a, WK_RECORD (anchor), -1, 1, FALSE, hostile[n], &error);
      g_assert_no_error (error);
      set_text_ok (f, a, "description", hostile[n]);
      set_text_ok (f, i, "results", hostile[n]);
      set_text_ok (f, c, "team-member", hostile[n]);

      check_stored (f, a, "name", "name", hostile[n]);
      check_stored (f, a, "description", "description", hostile[n]);
      check_stored (f, i, "title", "title", hostile[n]);
      check_stored (f, i, "results", "results", hostile[n]);
      check_stored (f, c, "note", "note", hostile[n]);
      check_stored (f, c, "team-member", "team_member", hostile[n]);
      check_stored (f, r, "note", "note", hostile[n]);
      g_assert_cmpstr (wk_record_get_text (WK_RECORD (r), "source-name"), ==, hostile[n]);
      actors[n] = id_of (a);
      initiatives[n] = id_of (i);
      contacts[n] = id_of (c);
      relations[n] = id_of (r);
    }
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor"), ==, G_N_ELEMENTS (hostile) + 1);

  reopen (f);
  for (guint n = 0; n < G_N_ELEMENTS (hostile); n++)
    {
      WkRecord *a = wk_store_lookup (f->store, WK_TYPE_ACTOR, actors[n]);
      WkRecord *i = wk_store_lookup (f->store, WK_TYPE_INITIATIVE, initiatives[n]);
      WkRecord *c = wk_store_lookup (f->store, WK_TYPE_CONTACT, contacts[n]);
      WkRecord *r = wk_store_lookup (f->store, WK_TYPE_RELATION, relations[n]);

      g_assert_cmpstr (wk_record_get_text (a, "name"), ==, hostile[n]);
      g_assert_cmpstr (wk_record_get_text (a, "description"), ==, hostile[n]);
      g_assert_cmpstr (wk_record_get_text (i, "title"), ==, hostile[n]);
      g_assert_cmpstr (wk_record_get_text (i, "results"), ==, hostile[n]);
      g_assert_cmpstr (wk_record_get_text (c, "note"), ==, hostile[n]);
      g_assert_cmpstr (wk_record_get_text (r, "note"), ==, hostile[n]);
    }
  /* nothing was dropped on the way */
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor"), ==, G_N_ELEMENTS (hostile) + 1);
}

static void
test_hostile_searchable (Fixture       *f,
                         gconstpointer  data)
{
  struct { const char *name; const char *query; } cases[] = {
    { "O'Brien \"de Baas\"", "O'Brien" },
    { "O'Brien \"de Baas\"", "\"de baas\"" },
    { "🏠 Buurthuis 👩‍👩‍👧", "buurthuis" },
    { "حيّ الورود", "الورود" },
    { "حيّ الورود", "حيّ" },
    { "שכונה", "שכונה" },
    { "<b>Vetgedrukt</b>", "vetgedrukt" },
    { "back\\slash", "back\\slash" },
    { "Zoë Łódź", "zoe" },
  };

  for (guint n = 0; n < G_N_ELEMENTS (cases); n++)
    {
      WkActor *a;
      g_autoptr(GHashTable) found = NULL;

      /* a fresh wijk per case, so that only this actor can be found */
      g_autoptr(GError) error = NULL;
      g_autofree char *wijk_name = g_strdup_printf ("Wijk %u", n);
      WkWijk *wijk = wk_store_create_wijk (f->store, wijk_name, "", &error);

      g_assert_no_error (error);
      a = new_actor (f, wijk, cases[n].name);
      found = search (f, wijk, WK_TYPE_ACTOR, cases[n].query);
      if (!found_only (found, id_of (a)))
        g_error ("“%s” does not find “%s”", cases[n].query, cases[n].name);
    }
}

static void
test_hostile_long (Fixture       *f,
                   gconstpointer  data)
{
  GString *text = g_string_new (NULL);
  g_autofree char *note = NULL;
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  WkContact *c;
  gint64 a_id = id_of (a), c_id;

  /* 10,000 characters, some of them two bytes long, and a word to find at the end */
  while (g_utf8_strlen (text->str, -1) < 10000 - 10)
    g_string_append (text, (text->len % 7) == 0 ? "ë" : "x");
  g_string_append (text, " eindwoord");
  note = g_string_free (text, FALSE);
  g_assert_cmpint (g_utf8_strlen (note, -1), ==, 10000);

  c = new_contact (f, a, "2026-01-01", note);
  c_id = id_of (c);
  set_text_ok (f, a, "description", note);
  g_assert_cmpstr (wk_contact_get_note (c), ==, note);
  g_assert_cmpint (q_int (f->store, "SELECT length(note) FROM contact"), ==, 10000);
  g_assert_cmpint (q_int (f->store, "SELECT length(description) FROM actor"), ==, 10000);
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, "eindwoord");

    g_assert_true (found_only (found, a_id));
  }

  reopen (f);
  g_assert_cmpstr (wk_contact_get_note (WK_CONTACT (wk_store_lookup (f->store, WK_TYPE_CONTACT, c_id))), ==, note);
  g_assert_cmpstr (wk_record_get_text (wk_store_lookup (f->store, WK_TYPE_ACTOR, a_id), "description"), ==, note);
}

static void
test_hostile_invalid_utf8 (Fixture       *f,
                           gconstpointer  data)
{
  const char *bad = "ab\xff\xfe" "cd";
  const char *fixed = "ab" REPLACEMENT REPLACEMENT "cd";
  g_autoptr(GError) error = NULL;
  WkActor *a, *b;
  WkInitiative *i;
  WkContact *c;
  WkRelation *r;
  gint64 a_id;

  a = new_actor (f, f->wijk, bad);
  a_id = id_of (a);
  g_assert_true (g_utf8_validate (wk_actor_get_name (a), -1, NULL));
  check_stored (f, a, "name", "name", fixed);

  b = new_actor (f, f->wijk, "Bea");
  set_text_ok (f, b, "role", "r\xc3" "ol\xe2\x82");
  check_stored (f, b, "role", "role", "r" REPLACEMENT "ol" REPLACEMENT REPLACEMENT);
  set_text_ok (f, b, "description", bad);
  check_stored (f, b, "description", "description", fixed);

  i = new_initiative (f, f->wijk, bad);
  check_stored (f, i, "title", "title", fixed);
  c = new_contact (f, b, "2026-01-01", bad);
  check_stored (f, c, "note", "note", fixed);
  r = wk_store_create_relation (f->store, a, WK_RECORD (b), -1, 1, FALSE, bad, &error);
  g_assert_no_error (error);
  check_stored (f, r, "note", "note", fixed);

  {
    const char * const tags[] = { bad, NULL };
    const char * const expect[] = { fixed, NULL };

    set_tags_ok (f, b, "themes", tags);
    g_assert_true (g_strv_equal (wk_record_get_tags (WK_RECORD (b), "themes"), expect));
  }
  {
    g_autoptr(WkTerm) term = wk_store_create_term (f->store, "actor_type", bad, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (wk_term_get_label (term), ==, fixed);
  }

  /* a search or a lookup with such bytes finds the cleaned text */
  {
    g_autoptr(GHashTable) found = search (f, f->wijk, WK_TYPE_ACTOR, bad);

    g_assert_true (g_hash_table_contains (found, &a_id));
  }
  g_assert_true (wk_store_find_actor_by_name (f->store, wk_wijk_get_id (f->wijk), bad, 0) == a);

  /* nothing in the file is invalid */
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor WHERE instr(name, char(65533)) > 0"), ==, 1);
  reopen (f);
  g_assert_cmpstr (wk_record_get_text (wk_store_lookup (f->store, WK_TYPE_ACTOR, a_id), "name"),
                   ==, fixed);
}

/* Finding by name ---------------------------------------------------------- */

static void
test_find_by_name (Fixture       *f,
                   gconstpointer  data)
{
  gint64 wijk = wk_wijk_get_id (f->wijk);
  WkActor *jose = new_actor (f, f->wijk, "José Ramírez");
  WkActor *anna = new_actor (f, f->wijk, "Anna");
  WkActor *twin;

  new_actor (f, f->other, "Elders");

  g_assert_true (wk_store_find_actor_by_name (f->store, wijk, "José Ramírez", 0) == jose);
  g_assert_true (wk_store_find_actor_by_name (f->store, wijk, "jose ramirez", 0) == jose);
  g_assert_true (wk_store_find_actor_by_name (f->store, wijk, "JOSÉ RAMÍREZ", 0) == jose);
  g_assert_true (wk_store_find_actor_by_name (f->store, wijk, "  Jose Ramirez ", 0) == jose);
  g_assert_true (wk_store_find_actor_by_name (f->store, wijk, "ANNA", 0) == anna);
  /* itself is not a duplicate */
  g_assert_null (wk_store_find_actor_by_name (f->store, wijk, "jose ramirez", id_of (jose)));
  g_assert_null (wk_store_find_actor_by_name (f->store, wijk, "Jose", 0));
  g_assert_null (wk_store_find_actor_by_name (f->store, wijk, "", 0));
  g_assert_null (wk_store_find_actor_by_name (f->store, wijk, "   ", 0));
  g_assert_null (wk_store_find_actor_by_name (f->store, wijk, NULL, 0));
  /* only in the wijk asked for */
  g_assert_null (wk_store_find_actor_by_name (f->store, wijk, "elders", 0));
  g_assert_nonnull (wk_store_find_actor_by_name (f->store, wk_wijk_get_id (f->other), "elders", 0));

  /* with a second one of that name, each finds the other */
  twin = new_actor (f, f->wijk, "Jose Ramirez");
  g_assert_true (wk_store_find_actor_by_name (f->store, wijk, "josé ramírez", id_of (jose)) == twin);
  g_assert_true (wk_store_find_actor_by_name (f->store, wijk, "josé ramírez", id_of (twin)) == jose);

  /* a deleted actor is no duplicate */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (wk_store_delete_record (f->store, WK_RECORD (anna), &error));
    g_assert_no_error (error);
    g_assert_null (wk_store_find_actor_by_name (f->store, wijk, "anna", 0));
  }
}

/* Types -------------------------------------------------------------------- */

static void
test_terms_builtin (Fixture       *f,
                    gconstpointer  data)
{
  const char * const keys[] = {
    "sleutelfiguur", "buurthuis", "bewonersorganisatie", "sportclub", "vereniging", "gebedshuis",
    "cultureel-centrum", "school", "huisarts-zorg", "bibliotheek", "woningcorporatie",
    "welzijnsorganisatie", "wijkraad", "energiecooperatie", "ondernemer", "gemeente", "other",
  };
  const char * const relation_keys[] = { "knows", "works-with", "member-of", "funds", "reaches", "trusts" };
  GListModel *types = wk_store_get_terms (f->store, "actor_type");
  GListModel *relation_types = wk_store_get_terms (f->store, "relation_type");

  g_assert_cmpuint (g_list_model_get_n_items (types), ==, 17);
  for (guint n = 0; n < G_N_ELEMENTS (keys); n++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (types, n);

      g_assert_cmpstr (wk_term_get_key (term), ==, keys[n]);
      g_assert_true (wk_term_get_builtin (term));
    }
  {
    g_autoptr(WkTerm) first = g_list_model_get_item (types, 0);
    g_autoptr(WkTerm) last = g_list_model_get_item (types, 16);

    g_assert_cmpstr (wk_term_get_label (first), ==, "Key figure");
    g_assert_cmpstr (wk_term_get_label (last), ==, "Other");
  }
  g_assert_cmpuint (g_list_model_get_n_items (relation_types), ==, 6);
  for (guint n = 0; n < G_N_ELEMENTS (relation_keys); n++)
    {
      g_autoptr(WkTerm) term = g_list_model_get_item (relation_types, n);

      g_assert_cmpstr (wk_term_get_key (term), ==, relation_keys[n]);
    }
}

static void
test_terms_create (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkTerm) added = NULL;
  g_autoptr(WkTerm) again = NULL;
  g_autoptr(WkTerm) builtin = NULL;
  g_autoptr(WkTerm) other_added = NULL;
  GListModel *types;
  WkActor *a = new_actor (f, f->wijk, "Ahmed");
  guint depth;
  gint64 id;

  added = wk_store_create_term (f->store, "actor_type", "  Buurtvader ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wk_term_get_label (added), ==, "Buurtvader");
  g_assert_false (wk_term_get_builtin (added));
  g_assert_true (g_str_has_prefix (wk_term_get_key (added), "custom-"));
  g_assert_true (has_changed (f, "actor_type", wk_term_get_id (added)));
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "Type added");
  id = wk_term_get_id (added);

  types = wk_store_get_terms (f->store, "actor_type");
  g_assert_cmpuint (g_list_model_get_n_items (types), ==, 18);
  {
    g_autoptr(WkTerm) last = g_list_model_get_item (types, 17);
    g_autoptr(WkTerm) first = g_list_model_get_item (types, 0);

    g_assert_cmpint (wk_term_get_id (last), ==, id);
    g_assert_true (wk_term_get_builtin (first));
  }
  g_assert_cmpint (q_int (f->store, "SELECT position FROM actor_type WHERE id = %" G_GINT64_FORMAT, id), ==, 18);

  /* the same label again: the existing one, no new step */
  depth = undo_depth (f);
  again = wk_store_create_term (f->store, "actor_type", "Buurtvader", &error);
  g_assert_no_error (error);
  g_assert_cmpint (wk_term_get_id (again), ==, id);
  builtin = wk_store_create_term (f->store, "actor_type", "Other", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wk_term_get_key (builtin), ==, "other");
  g_assert_cmpuint (undo_depth (f), ==, depth);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor_type"), ==, 18);

  /* a relation type is a list of its own */
  other_added = wk_store_create_term (f->store, "relation_type", "Buurtvader", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_terms (f->store, "relation_type")), ==, 7);
  undo_ok (f);
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_terms (f->store, "relation_type")), ==, 6);

  /* an empty label is refused */
  g_assert_null (wk_store_create_term (f->store, "actor_type", "  ", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* an actor of that type shows its label */
  set_int_ok (f, a, "type-id", id);
  g_assert_cmpstr (wk_record_get_text (WK_RECORD (a), "type-label"), ==, "Buurtvader");
  undo_ok (f);

  /* undo removes the type */
  g_ptr_array_set_size (f->changed, 0);
  undo_ok (f);
  g_assert_true (has_changed (f, "actor_type", id));
  types = wk_store_get_terms (f->store, "actor_type");
  g_assert_cmpuint (g_list_model_get_n_items (types), ==, 17);
  g_assert_cmpint (q_int (f->store, "SELECT count(*) FROM actor_type WHERE id = %" G_GINT64_FORMAT, id), ==, 0);

  /* redo brings the same one back */
  redo_ok (f);
  types = wk_store_get_terms (f->store, "actor_type");
  g_assert_cmpuint (g_list_model_get_n_items (types), ==, 18);
  {
    g_autoptr(WkTerm) last = g_list_model_get_item (types, 17);

    g_assert_cmpint (wk_term_get_id (last), ==, id);
    g_assert_cmpstr (wk_term_get_key (last), ==, wk_term_get_key (added));
  }
}

/* The example -------------------------------------------------------------- */

static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *wijken = wk_store_get_wijken (f->store);
  WkWijk *rietveld = NULL;
  GListModel *actors;

  g_assert_true (wk_store_load_example (f->store, &error));
  g_assert_no_error (error);
  for (guint n = 0; n < g_list_model_get_n_items (wijken); n++)
    {
      g_autoptr(WkWijk) wijk = g_list_model_get_item (wijken, n);

      if (g_strcmp0 (wk_wijk_get_name (wijk), "Rietveld-Oost") == 0)
        rietveld = wijk;
    }
  g_assert_nonnull (rietveld);

  actors = wk_store_get_actors (f->store, rietveld);
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 54);
  g_assert_cmpuint (wk_wijk_get_n_actors (rietveld), ==, 54);
  for (guint n = 0; n < 54; n++)
    {
      g_autoptr(WkActor) actor = g_list_model_get_item (actors, n);

      g_assert_cmpint (wk_record_get_int (WK_RECORD (actor), "wijk-id"), ==, wk_wijk_get_id (rietveld));
      g_assert_cmpstr (wk_actor_get_name (actor), !=, "");
      g_assert_true (g_uuid_string_is_valid (wk_record_get_uuid (WK_RECORD (actor))));
    }
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_initiatives (f->store, rietveld)), ==, 10);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/records/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)
#define ADD_EMPTY(name, func) \
  g_test_add ("/records/" name, Fixture, GINT_TO_POINTER (TRUE), fixture_setup, func, fixture_teardown)

  ADD ("actor/create", test_actor_create);
  ADD ("actor/create-invalid", test_actor_create_invalid);
  ADD ("initiative/create", test_initiative_create);
  ADD ("relation/create", test_relation_create);
  ADD ("relation/invalid", test_relation_invalid);
  ADD ("contact/create", test_contact_create);
  ADD ("set/text", test_set_text);
  ADD ("set/name-invalid", test_set_name_invalid);
  ADD ("set/date", test_set_date);
  ADD ("set/int", test_set_int);
  ADD ("set/optional-int", test_set_optional_int);
  ADD ("set/check-violation", test_set_check_violation);
  ADD ("set/persisted", test_set_persisted);
  ADD ("set/rename-shown-elsewhere", test_rename_shown_elsewhere);
  ADD ("tags/set", test_tags_set);
  ADD ("tags/undo", test_tags_undo);
  ADD ("tags/unit-separator", test_tags_unit_separator);
  ADD ("contacts/order", test_contacts_order);
  ADD ("contacts/last-contact", test_contacts_last_contact);
  ADD ("delete/actor", test_delete_actor);
  ADD ("delete/initiative", test_delete_initiative);
  ADD ("delete/relation", test_delete_relation);
  ADD ("undo/edits", test_undo_edits);
  ADD ("undo/merge", test_undo_merge);
  ADD ("undo/merge-window", test_undo_merge_window);
  ADD ("undo/new-edit-clears-redo", test_undo_new_edit_clears_redo);
  ADD ("undo/merge-after-undo", test_undo_merge_after_undo);
  ADD ("undo/create", test_undo_create);
  ADD ("undo/empty", test_undo_empty);
  ADD ("search/actors", test_search_actors);
  ADD ("search/initiatives", test_search_initiatives);
  ADD ("search/hostile", test_search_hostile);
  ADD ("hostile/text", test_hostile_text);
  ADD ("hostile/searchable", test_hostile_searchable);
  ADD ("hostile/long", test_hostile_long);
  ADD ("hostile/invalid-utf8", test_hostile_invalid_utf8);
  ADD ("find-by-name", test_find_by_name);
  ADD ("terms/builtin", test_terms_builtin);
  ADD ("terms/create", test_terms_create);
  ADD_EMPTY ("example", test_example);

  return g_test_run ();
}
