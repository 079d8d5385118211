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
#include "wk-store-records-private.h"
#include "wk-vocabulary.h"
#include "wk-wijk-private.h"

G_DEFINE_FINAL_TYPE (WkStore, wk_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (wk-store-error-quark, wk_store_error)

static const char * const migrations[] = {
  "/nl/wijkkaart/Wijkkaart/core/migrations/0001-initial.sql",
  "/nl/wijkkaart/Wijkkaart/core/migrations/0002-map.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == WK_STORE_SCHEMA_VERSION);

static void
wk_store_finalize (GObject *object)
{
  WkStore *self = WK_STORE (object);

  _wk_store_finalize_records (self);
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
  _wk_store_class_init_records (G_OBJECT_CLASS (klass));

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
  _wk_store_init_records (self);
}

/* Errors ----------------------------------------------------------------- */

void
_wk_store_set_sqlite_error (GError     **error,
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


/* Statements -------------------------------------------------------------- */

/* Prepared once per store and reused: the key is the address of the static SQL text. */
sqlite3_stmt *
_wk_store_prepare (WkStore     *self,
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

gboolean
_wk_store_step_done (WkStore       *self,
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

gboolean
_wk_store_exec (WkStore     *self,
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
gboolean
_wk_store_begin (WkStore  *self,
       GError  **error)
{
  return _wk_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
_wk_store_commit (WkStore  *self,
        GError  **error)
{
  if (!_wk_store_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

void
_wk_store_rollback (WkStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Text -------------------------------------------------------------------- */

/* Text from the user is stored as valid UTF-8 without NUL: invalid bytes become
 * U+FFFD so that they stay visible instead of being lost or crashing a view. */
char *
_wk_store_clean_text (const char *text)
{
  if (text == NULL)
    return NULL;
  return g_utf8_make_valid (text, -1);
}

/* The same order as wk_compare_names(), for ORDER BY … COLLATE WK_NAME. */
static int
name_collate (void       *data,
              int         len_a,
              const void *a,
              int         len_b,
              const void *b)
{
  g_autofree char *ka = wk_fold_name (a, len_a);
  g_autofree char *kb = wk_fold_name (b, len_b);
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

/* wk_label(label, builtin): the label in the user's language for the
 * built-in vocabulary, as typed for terms the team added. */
static void
label_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  const char *label = (const char *) sqlite3_value_text (argv[0]);

  if (label == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  if (sqlite3_value_int (argv[1]) != 0)
    label = wk_vocabulary_translate_builtin (label);
  sqlite3_result_text (context, label, -1, SQLITE_TRANSIENT);
}

/* wk_fold(text): the text without accents and case, to find a name again
 * however it was typed. */
static void
fold_function (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, wk_fold_name (text, sqlite3_value_bytes (argv[0])), -1, g_free);
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
      _wk_store_set_sqlite_error (error, db, rc, display_name);
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
  sqlite3_create_function (self->db, "wk_label", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                           NULL, label_function, NULL, NULL);
  sqlite3_create_function (self->db, "wk_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                           NULL, fold_function, NULL, NULL);

  if (!check_file (self, &version, error))
    return NULL;

  /* From here on the file is Wijkkaart's (or empty) and may be written: first
   * the migrations, which roll back completely if they fail; only then the
   * switch to WAL, which rewrites the header. */
  if (!_wk_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (!_wk_store_migrate_db (self->db, self->display_name, version,
                             WK_STORE_SCHEMA_VERSION, error))
    return NULL;

  if (!_wk_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !_wk_store_exec (self, "PRAGMA synchronous = NORMAL", error))
    return NULL;

  /* Deletes left pending by a run that ended before they became final. */
  if (!_wk_store_exec (self, "DELETE FROM wijk WHERE deleted = 1", error))
    return NULL;

  if (!_wk_store_reload_wijken (self, error))
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

