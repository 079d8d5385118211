/* wk-store.c: the one SQLite file that holds a team's wijken
 * SPDX-License-Identifier: EUPL-1.2
 *
 * All SQL of the application lives in the store. Opening a file checks, in
 * this order and before anything is written, that it is an SQLite file, that
 * it is Wijkkaart's (or empty), that it is not from a newer Wijkkaart and that
 * it is not damaged; only then is it switched to WAL and migrated, all
 * migrations in one transaction. A file that fails a check is left untouched.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "wk-core-resources.h"
#include "wk-debug.h"
#include "wk-example-resources.h"
#include "wk-store-private.h"
#include "wk-wijk-private.h"

struct _WkStore
{
  GObject     parent_instance;

  sqlite3    *db;
  GFile      *file;
  char       *display_name;
  GHashTable *statements;   /* static SQL text → sqlite3_stmt */
  GListStore *wijken;
  char       *demo_dir;     /* temporary folder of a demo store, removed on finalize */
};

G_DEFINE_FINAL_TYPE (WkStore, wk_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (wk-store-error-quark, wk_store_error)

static const char * const migrations[] = {
  "/nl/wijkkaart/Wijkkaart/core/migrations/0001-initial.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == WK_STORE_SCHEMA_VERSION);

static gboolean reload_wijken (WkStore *self, GError **error);

static void
wk_store_finalize (GObject *object)
{
  WkStore *self = WK_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* Deletes that were not undone become final when the file is closed. */
      sqlite3_exec (self->db, "DELETE FROM wijk WHERE deleted = 1", NULL, NULL, NULL);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  if (self->demo_dir != NULL)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (self->demo_dir);
      g_autoptr(GFileEnumerator) children = NULL;

      children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
      while (children != NULL)
        {
          GFile *child = NULL;

          if (!g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) || child == NULL)
            break;
          g_file_delete (child, NULL, NULL);
        }
      g_rmdir (self->demo_dir);
      g_free (self->demo_dir);
    }
  g_clear_object (&self->wijken);
  g_clear_object (&self->file);
  g_free (self->display_name);

  G_OBJECT_CLASS (wk_store_parent_class)->finalize (object);
}

static void
wk_store_class_init (WkStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = wk_store_finalize;

  /* Registered by hand: a static library would drop their constructors. */
  wk_core_register_resource ();
  wk_example_register_resource ();
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
wk_store_init (WkStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->wijken = g_list_store_new (WK_TYPE_WIJK);
}

/* Errors ----------------------------------------------------------------- */

static void
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *display_name)
{
  const char *message = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Wijkkaart database: it is not a database file at all."),
                   display_name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read safely (%s). Open a backup copy instead."),
                   display_name, message);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written: %s."), display_name, message);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_CANNOT_CREATE,
                   _("“%s” cannot be opened: %s."), display_name, message);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID,
                   _("The change was refused because it would break the data in “%s”: %s."),
                   display_name, message);
      break;
    default:
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_FAILED,
                   _("Could not read or write “%s”: %s."), display_name, message);
    }
}

#define STORE_ERROR(self, rc) set_sqlite_error (error, (self)->db, (rc), (self)->display_name)

/* Statements -------------------------------------------------------------- */

/* Prepared once per store and reused: the key is the address of the static SQL text. */
static sqlite3_stmt *
prepare (WkStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      STORE_ERROR (self, rc);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static gboolean
step_done (WkStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
exec (WkStore     *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }
  return TRUE;
}

/* Every user action is one transaction. */
static gboolean
begin (WkStore  *self,
       GError  **error)
{
  return exec (self, "BEGIN IMMEDIATE", error);
}

static gboolean
commit (WkStore  *self,
        GError  **error)
{
  if (!exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

static void
rollback (WkStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Text -------------------------------------------------------------------- */

/* Text from the user is stored as valid UTF-8 without NUL: invalid bytes become
 * U+FFFD so that they stay visible instead of being lost or crashing a view. */
static char *
clean_text (const char *text)
{
  if (text == NULL)
    return NULL;
  return g_utf8_make_valid (text, -1);
}

/* "Èdewijk" sorts with the E's and "noord" before "Zuid", whatever the
 * process locale: compare without accents and case first, then exactly. */
static char *
sort_key (const char *text,
          gssize      length)
{
  g_autofree char *decomposed = g_utf8_normalize (text, length, G_NORMALIZE_NFKD);
  GString *stripped;

  if (decomposed == NULL)
    return g_strndup (text, length);

  stripped = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (stripped, c);
    }
  {
    g_autofree char *plain = g_string_free (stripped, FALSE);

    return g_utf8_casefold (plain, -1);
  }
}

static int
name_collate (void       *data,
              int         len_a,
              const void *a,
              int         len_b,
              const void *b)
{
  g_autofree char *ka = sort_key (a, len_a);
  g_autofree char *kb = sort_key (b, len_b);
  int result = strcmp (ka, kb);

  if (result == 0)
    {
      int n = MIN (len_a, len_b);

      result = memcmp (a, b, n);
      if (result == 0)
        result = len_a - len_b;
    }
  return result;
}

/* Opening ----------------------------------------------------------------- */

GFile *
wk_store_get_default_file (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "wijkkaart", "wijkkaart.db", NULL);
}

const char *
wk_store_get_sqlite_version (void)
{
  return sqlite3_libversion ();
}

static char *
display_name_for (GFile *file)
{
  return g_file_get_parse_name (file);
}

/* The file holds personal data: create it, and its folder, for the owner only. */
static gboolean
create_private_file (const char  *path,
                     const char  *display_name,
                     gboolean    *created,
                     GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd;

  *created = FALSE;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_NOT_A_DATABASE,
                       _("“%s” is a folder, not a Wijkkaart database."), display_name);
          return FALSE;
        }
      return TRUE;
    }

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *folder_display = g_filename_display_name (folder);

      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_CANNOT_CREATE,
                   _("Cannot create the database “%s”: the folder “%s” cannot be made (%s)."),
                   display_name, folder_display, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_CANNOT_CREATE,
                   _("Cannot create the database “%s”: %s."),
                   display_name, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  *created = TRUE;
  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           int         *value,
           int         *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return rc == SQLITE_OK;
}

/* Reads without writing: is this a file we may open and migrate? */
static gboolean
check_file (WkStore   *self,
            int       *version,
            GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  int application_id = 0;
  int n_objects = 0;
  int rc;
  gboolean ok = TRUE;

  if (!query_int (self->db, "PRAGMA application_id", &application_id, &rc) ||
      !query_int (self->db, "PRAGMA user_version", version, &rc) ||
      !query_int (self->db, "SELECT count(*) FROM sqlite_schema", &n_objects, &rc))
    {
      STORE_ERROR (self, rc);
      return FALSE;
    }

  if (application_id != WK_STORE_APPLICATION_ID &&
      (application_id != 0 || n_objects > 0 || *version != 0))
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_FOREIGN,
                   _("“%s” is a database of another program, not a Wijkkaart database. "
                     "It was left unchanged."),
                   self->display_name);
      return FALSE;
    }

  if (*version > WK_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Wijkkaart (data version %d; "
                     "this version reads up to %d). Update Wijkkaart to open it; "
                     "the file was left unchanged."),
                   self->display_name, *version, WK_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (n_objects == 0)
    return TRUE;

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (result, "ok") != 0)
        {
          g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged and cannot be read safely (%s). "
                         "Open a backup copy instead; the file was left unchanged."),
                       self->display_name, result);
          ok = FALSE;
        }
    }
  else
    {
      STORE_ERROR (self, rc);
      ok = FALSE;
    }
  sqlite3_finalize (stmt);

  return ok;
}

guint
_wk_store_get_n_migrations (void)
{
  return G_N_ELEMENTS (migrations);
}

/* Applies the migrations after from_version up to to_version in one transaction
 * together with user_version: either the file is fully upgraded or not at all. */
gboolean
_wk_store_migrate_db (sqlite3     *db,
                      const char  *display_name,
                      int          from_version,
                      int          to_version,
                      GError     **error)
{
  g_autofree char *set_version = NULL;
  int rc;

  g_return_val_if_fail (from_version >= 0 && from_version <= to_version, FALSE);
  g_return_val_if_fail (to_version <= (int) G_N_ELEMENTS (migrations), FALSE);

  if (from_version == to_version)
    return TRUE;

  rc = sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, display_name);
      return FALSE;
    }

  for (int v = from_version; v < to_version; v++)
    {
      g_autoptr(GBytes) script = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *sql = NULL;
      gsize size;
      const char *data;

      script = g_resources_lookup_data (migrations[v], G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
      g_assert_no_error (local_error);
      data = g_bytes_get_data (script, &size);
      sql = g_strndup (data, size);

      rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_MIGRATION,
                       _("Could not upgrade “%s” to data version %d: %s. "
                         "The file was left unchanged."),
                       display_name, v + 1, sqlite3_errmsg (db));
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  set_version = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                 WK_STORE_APPLICATION_ID, to_version);
  rc = sqlite3_exec (db, set_version, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_MIGRATION,
                   _("Could not upgrade “%s” to data version %d: %s. "
                     "The file was left unchanged."),
                   display_name, to_version, sqlite3_errmsg (db));
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static WkStore *
open_path (GFile   *file,
           GError **error)
{
  g_autoptr(WkStore) self = g_object_new (WK_TYPE_STORE, NULL);
  g_autofree char *path = g_file_get_path (file);
  gboolean created = FALSE;
  int version = 0;
  int rc;

  self->file = g_object_ref (file);
  self->display_name = display_name_for (file);

  if (path == NULL)
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_CANNOT_CREATE,
                   _("“%s” is not a local file; copy it to this computer first."),
                   self->display_name);
      return NULL;
    }

  if (!create_private_file (path, self->display_name, &created, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      STORE_ERROR (self, rc);
      return NULL;
    }
  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, WK_STORE_ERROR, WK_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written: you may only read it. "
                     "Copy it to a folder of your own first."),
                   self->display_name);
      return NULL;
    }

  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_create_collation (self->db, "WK_NAME", SQLITE_UTF8, NULL, name_collate);

  if (!check_file (self, &version, error))
    return NULL;

  /* From here on the file is Wijkkaart's (or empty) and may be written: first
   * the migrations, which roll back completely if they fail; only then the
   * switch to WAL, which rewrites the header. */
  if (!exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (!_wk_store_migrate_db (self->db, self->display_name, version,
                             WK_STORE_SCHEMA_VERSION, error))
    return NULL;

  if (!exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = NORMAL", error))
    return NULL;

  /* Deletes left pending by a run that ended before they became final. */
  if (!exec (self, "DELETE FROM wijk WHERE deleted = 1", error))
    return NULL;

  if (!reload_wijken (self, error))
    return NULL;

  wk_timing_mark (created ? "store-created" : "store-opened");

  return g_steal_pointer (&self);
}

/**
 * wk_store_open:
 * @file: the database file; created (mode 0600) when it does not exist
 *
 * Opens or creates a Wijkkaart database. A file that is not Wijkkaart's, is
 * damaged, or comes from a newer version is refused with an error that names
 * it, and is not modified.
 */
WkStore *
wk_store_open (GFile   *file,
               GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_path (file, error);
}

/**
 * wk_store_open_demo:
 *
 * A fresh temporary database holding the bundled example wijk. It never
 * touches the user's own database and is removed when the store is freed.
 */
WkStore *
wk_store_open_demo (GError **error)
{
  g_autoptr(WkStore) self = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;

  dir = g_dir_make_tmp ("wijkkaart-demo-XXXXXX", error);
  if (dir == NULL)
    return NULL;

  file = g_file_new_build_filename (dir, "voorbeeld.db", NULL);
  self = open_path (file, error);
  if (self == NULL)
    {
      g_rmdir (dir);
      return NULL;
    }
  self->demo_dir = g_steal_pointer (&dir);

  if (!wk_store_load_example (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

GFile *
wk_store_get_file (WkStore *self)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  return self->file;
}

gboolean
wk_store_is_demo (WkStore *self)
{
  g_return_val_if_fail (WK_IS_STORE (self), FALSE);
  return self->demo_dir != NULL;
}

sqlite3 *
_wk_store_get_db (WkStore *self)
{
  g_return_val_if_fail (WK_IS_STORE (self), NULL);
  return self->db;
}

/* Wijken ------------------------------------------------------------------ */

static const char sql_select_wijken[] =
  "SELECT w.id, w.uuid, w.name, w.municipality, w.description, w.created, w.modified,"
  " (SELECT count(*) FROM actor a WHERE a.wijk_id = w.id),"
  " (SELECT count(*) FROM initiative i WHERE i.wijk_id = w.id),"
  " (SELECT count(*) FROM pin p WHERE p.wijk_id = w.id),"
  " w.map_kind"
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
static gboolean
reload_wijken (WkStore  *self,
               GError  **error)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = G_LIST_MODEL (self->wijken);
  sqlite3_stmt *stmt;
  int rc;

  stmt = prepare (self, sql_select_wijken, error);
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
  g_autofree char *clean_name = clean_text (name);
  g_autofree char *clean_municipality = clean_text (municipality ? municipality : "");
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (WK_IS_STORE (self), NULL);

  if (!check_name (clean_name, error))
    return NULL;
  g_strstrip (clean_name);
  g_strstrip (clean_municipality);

  if (!begin (self, error))
    return NULL;
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, clean_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, clean_municipality, -1, SQLITE_TRANSIENT);
  if (!step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);
  if (!commit (self, error))
    return NULL;

  if (!reload_wijken (self, error))
    return NULL;
  return find_wijk_by_id (self, id, NULL);

fail:
  rollback (self);
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
  g_autofree char *clean_name = clean_text (name);
  g_autofree char *clean_municipality = clean_text (municipality);
  g_autofree char *clean_description = clean_text (description);
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

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  if (clean_name != NULL)
    sqlite3_bind_text (stmt, 2, clean_name, -1, SQLITE_TRANSIENT);
  if (clean_municipality != NULL)
    sqlite3_bind_text (stmt, 3, clean_municipality, -1, SQLITE_TRANSIENT);
  if (clean_description != NULL)
    sqlite3_bind_text (stmt, 4, clean_description, -1, SQLITE_TRANSIENT);
  if (!step_done (self, stmt, error))
    return FALSE;

  return reload_wijken (self, error);
}

static gboolean
set_deleted (WkStore   *self,
             WkWijk    *wijk,
             gboolean   deleted,
             GError   **error)
{
  static const char sql[] = "UPDATE wijk SET deleted = ?2 WHERE id = ?1";
  sqlite3_stmt *stmt;

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_int (stmt, 2, deleted ? 1 : 0);
  if (!step_done (self, stmt, error))
    return FALSE;

  return reload_wijken (self, error);
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

  stmt = prepare (self, sql, error);
  return stmt != NULL && step_done (self, stmt, error);
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

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  data = g_bytes_get_data (image, &size);
  sqlite3_bind_int64 (stmt, 1, wk_wijk_get_id (wijk));
  sqlite3_bind_blob64 (stmt, 2, data, size, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, content_type, -1, SQLITE_TRANSIENT);
  if (!step_done (self, stmt, error))
    return FALSE;

  return reload_wijken (self, error);
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

  stmt = prepare (self, sql, error);
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

  stmt = prepare (self, sql_count, error);
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

  if (!begin (self, error))
    return FALSE;
  if (!exec (self, sql, error))
    goto fail;
  stmt = prepare (self, sql_map, error);
  if (stmt == NULL)
    goto fail;
  data = g_bytes_get_data (map, &size);
  sqlite3_bind_blob64 (stmt, 1, data, size, SQLITE_STATIC);
  if (!step_done (self, stmt, error))
    goto fail;
  sqlite3_clear_bindings (stmt);
  if (!commit (self, error))
    return FALSE;

  return reload_wijken (self, error);

fail:
  rollback (self);
  return FALSE;
}
