/* test-store.c: the SQLite store, without a display
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wk-store-private.h"
#include "wk-wijk.h"

typedef struct
{
  char  *dir;
  GFile *file;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("wk-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->file = g_file_new_build_filename (f->dir, "sub", "wijkkaart.db", NULL);
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
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_clear_object (&f->file);
}

static char *
file_checksum (GFile *file)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
query_int (WkStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (WkStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* A raw SQLite file written without the store, for the bad-file cases. */
static void
write_raw_db (GFile      *file,
              const char *sql)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
write_bytes (GFile      *file,
             const char *data,
             gsize       length)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  g_file_make_directory_with_parents (parent, NULL, NULL);
  g_assert_true (g_file_replace_contents (file, data, length, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
}

/* Fresh file ------------------------------------------------------------- */

static void
test_fresh_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = wk_store_open (f->file, &error);
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *journal = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  struct stat st;

  g_assert_no_error (error);
  g_assert_nonnull (store);

  /* personal data: the file and its folder are the owner's alone */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, WK_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (store, "PRAGMA application_id"), ==, WK_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int (store, "PRAGMA foreign_keys"), ==, 1);
  journal = query_text (store, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_wijken (store)), ==, 0);
  g_assert_false (wk_store_is_demo (store));

  /* the whole schema the design names is there from the start */
  {
    const char *tables[] = { "wijk", "actor", "actor_type", "initiative", "relation",
                             "relation_type", "tag", "actor_tag", "initiative_tag", "contact",
                             "pin", "pin_category", "mapping_session", "layout", "saved_view",
                             "search" };

    for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE name = '%s'",
                                                tables[i]);
        g_assert_cmpint (query_int (store, sql), ==, 1);
      }
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM actor_type WHERE builtin"), ==, 17);
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM relation_type WHERE builtin"), ==, 6);
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM pin_category WHERE builtin"), ==, 6);
  }
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *created = NULL;

  {
    g_autoptr(WkStore) store = wk_store_open (f->file, &error);
    WkWijk *wijk;

    g_assert_no_error (error);
    wijk = wk_store_create_wijk (store, "Rietveld-Oost", "Lindewaard", &error);
    g_assert_no_error (error);
    uuid = g_strdup (wk_wijk_get_uuid (wijk));
    created = g_strdup (wk_wijk_get_created (wijk));
  }

  {
    g_autoptr(WkStore) store = wk_store_open (f->file, &error);
    WkWijk *wijk;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (wk_store_get_wijken (store)), ==, 1);
    wijk = wk_store_find_wijk_by_uuid (store, uuid);
    g_assert_nonnull (wijk);
    g_assert_cmpstr (wk_wijk_get_name (wijk), ==, "Rietveld-Oost");
    g_assert_cmpstr (wk_wijk_get_municipality (wijk), ==, "Lindewaard");
    g_assert_cmpstr (wk_wijk_get_created (wijk), ==, created);
  }
}

static void
test_uuid_and_timestamps (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = wk_store_open (f->file, &error);
  g_autoptr(GRegex) uuid_re = g_regex_new ("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                                           0, 0, NULL);
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *modified_before = NULL;
  WkWijk *a, *b;

  a = wk_store_create_wijk (store, "A", NULL, &error);
  g_assert_no_error (error);
  b = wk_store_create_wijk (store, "B", NULL, &error);
  g_assert_no_error (error);

  g_assert_true (g_regex_match (uuid_re, wk_wijk_get_uuid (a), 0, NULL));
  g_assert_true (g_regex_match (uuid_re, wk_wijk_get_uuid (b), 0, NULL));
  g_assert_cmpstr (wk_wijk_get_uuid (a), !=, wk_wijk_get_uuid (b));

  created = g_date_time_new_from_iso8601 (wk_wijk_get_created (a), NULL);
  g_assert_nonnull (created);
  g_assert_true (g_str_has_suffix (wk_wijk_get_created (a), "Z"));

  modified_before = g_strdup (wk_wijk_get_modified (a));
  g_usleep (5000);
  g_assert_true (wk_store_update_wijk (store, a, NULL, NULL, "Beschrijving", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_wijk_get_modified (a), >, modified_before);
  g_assert_cmpstr (wk_wijk_get_created (a), ==, wk_wijk_get_created (a));

  /* every table that holds records carries the same three columns */
  {
    const char *tables[] = { "wijk", "actor", "actor_type", "initiative", "relation",
                             "relation_type", "tag", "contact", "pin", "pin_category",
                             "mapping_session", "layout", "saved_view" };

    for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info('%s') "
                                                "WHERE name IN ('id', 'uuid', 'created', 'modified')",
                                                tables[i]);
        g_assert_cmpint (query_int (store, sql), ==, 4);
      }
  }
}

/* Every migration --------------------------------------------------------- */

static void
test_every_migration (Fixture       *f,
                      gconstpointer  data)
{
  /* From an empty file, one version at a time: each step leaves a consistent,
   * versioned file whose foreign keys check out. */
  for (guint target = 1; target <= _wk_store_get_n_migrations (); target++)
    {
      g_autofree char *path = g_file_get_path (f->file);
      g_autoptr(GError) error = NULL;
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;

      g_remove (path);
      write_raw_db (f->file, "SELECT 1");
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      for (guint v = 0; v < target; v++)
        {
          g_assert_true (_wk_store_migrate_db (db, path, v, v + 1, &error));
          g_assert_no_error (error);
        }
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, target);
      sqlite3_finalize (stmt);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
      sqlite3_close (db);

      /* and the store opens what the migration left */
      {
        g_autoptr(WkStore) store = wk_store_open (f->file, &error);

        g_assert_no_error (error);
        g_assert_nonnull (store);
      }
    }
}

static void
test_failed_migration_leaves_file (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;

  /* Wijkkaart's mark but version 0 and a table in the way: migration 1 fails
   * half-way through its script and must roll back completely. */
  sql = g_strdup_printf ("PRAGMA application_id = %d; CREATE TABLE tag (x);", WK_STORE_APPLICATION_ID);
  write_raw_db (f->file, sql);
  before = file_checksum (f->file);

  store = wk_store_open (f->file, &error);
  g_assert_null (store);
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_MIGRATION);
  g_assert_nonnull (strstr (error->message, "wijkkaart.db"));

  after = file_checksum (f->file);
  g_assert_cmpstr (before, ==, after);
}

/* Bad files --------------------------------------------------------------- */

static void
assert_refused_unchanged (Fixture    *f,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autofree char *before = file_checksum (f->file);
  g_autofree char *after = NULL;
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  store = wk_store_open (f->file, &error);
  g_assert_null (store);
  g_assert_error (error, WK_STORE_ERROR, code);
  /* the message names the file */
  g_assert_nonnull (strstr (error->message, "wijkkaart.db"));

  after = file_checksum (f->file);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_not_sqlite (Fixture       *f,
                 gconstpointer  data)
{
  const char text[] = "Naam;Rol\nFatima;sleutelfiguur\n"
                      "This is a spreadsheet export, not a database. It is long enough "
                      "to fill SQLite's header of one hundred bytes and more, see.\n";

  write_bytes (f->file, text, sizeof text - 1);
  assert_refused_unchanged (f, WK_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_foreign_sqlite (Fixture       *f,
                     gconstpointer  data)
{
  write_raw_db (f->file, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
  assert_refused_unchanged (f, WK_STORE_ERROR_FOREIGN);
}

static void
test_too_new (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE wijk (id INTEGER PRIMARY KEY, future TEXT);",
                                          WK_STORE_APPLICATION_ID, WK_STORE_SCHEMA_VERSION + 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;

  write_raw_db (f->file, sql);
  assert_refused_unchanged (f, WK_STORE_ERROR_TOO_NEW);

  store = wk_store_open (f->file, &error);
  g_assert_nonnull (strstr (error->message, "newer version"));
}

static void
test_corrupt (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* a real Wijkkaart file with wijken in it … */
  {
    g_autoptr(WkStore) store = wk_store_open (f->file, &error);

    g_assert_no_error (error);
    for (int i = 0; i < 200; i++)
      {
        g_autofree char *name = g_strdup_printf ("Wijk %03d met een lange naam om pagina's te vullen", i);

        g_assert_nonnull (wk_store_create_wijk (store, name, "Lindewaard", &error));
      }
    g_assert_no_error (error);
    g_assert_true (sqlite3_wal_checkpoint_v2 (_wk_store_get_db (store), NULL,
                                              SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL) == SQLITE_OK);
  }

  /* … whose pages past the first get scribbled over, as a bad disk or a
   * half-finished copy would */
  g_assert_true (g_file_load_contents (f->file, NULL, &contents, &length, NULL, NULL));
  g_assert_cmpuint (length, >, 8192);
  for (gsize i = 4096 + 8; i < length; i += 7)
    contents[i] = (char) (contents[i] ^ 0x5a);
  write_bytes (f->file, contents, length);

  assert_refused_unchanged (f, WK_STORE_ERROR_CORRUPT);
}

static void
test_cannot_create (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autoptr(GFile) blocker = g_file_new_build_filename (f->dir, "not-a-folder", NULL);
  g_autoptr(GFile) inside = g_file_new_build_filename (f->dir, "not-a-folder", "wijkkaart.db", NULL);

  /* a file where the folder should be: fails even for root */
  write_bytes (blocker, "x", 1);
  store = wk_store_open (inside, &error);
  g_assert_null (store);
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_CANNOT_CREATE);
  g_assert_nonnull (strstr (error->message, "wijkkaart.db"));
}

static void
test_folder_not_writable (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autoptr(GFile) folder = g_file_new_build_filename (f->dir, "locked", NULL);
  g_autoptr(GFile) inside = g_file_new_build_filename (f->dir, "locked", "wijkkaart.db", NULL);
  g_autofree char *folder_path = g_file_get_path (folder);

  if (geteuid () == 0)
    {
      g_test_skip ("root may write any folder");
      return;
    }

  g_mkdir (folder_path, 0500);
  store = wk_store_open (inside, &error);
  g_chmod (folder_path, 0700);
  g_assert_null (store);
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_CANNOT_CREATE);
}

static void
test_folder_as_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;
  g_autoptr(GFile) folder = g_file_new_build_filename (f->dir, "wijkkaart.db", NULL);

  g_assert_true (g_file_make_directory (folder, NULL, NULL));
  store = wk_store_open (folder, &error);
  g_assert_null (store);
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_empty_file_is_new (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = NULL;

  /* a zero-byte file (touch) is a new database, not an error */
  write_bytes (f->file, "", 0);
  store = wk_store_open (f->file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, WK_STORE_SCHEMA_VERSION);
}

/* Wijken ------------------------------------------------------------------ */

typedef struct
{
  guint changes;
  guint last_position, last_removed, last_added;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *counter)
{
  counter->changes++;
  counter->last_position = position;
  counter->last_removed = removed;
  counter->last_added = added;
}

static const char *
name_at (GListModel *model,
         guint       position)
{
  g_autoptr(WkWijk) wijk = g_list_model_get_item (model, position);

  return wijk != NULL ? wk_wijk_get_name (wijk) : NULL;
}

static void
test_wijken_model (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = wk_store_open (f->file, &error);
  GListModel *model = wk_store_get_wijken (store);
  ItemsChanged counter = { 0 };
  WkWijk *zuid, *noord, *ede;
  g_autoptr(WkWijk) kept = NULL;

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &counter);

  zuid = wk_store_create_wijk (store, "Zuid", "Lindewaard", &error);
  noord = wk_store_create_wijk (store, "noord", "Lindewaard", &error);
  ede = wk_store_create_wijk (store, "Èdewijk", "", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counter.changes, ==, 3);

  /* sorted by name, ignoring case and accents the way people read them */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpstr (name_at (model, 0), ==, "Èdewijk");
  g_assert_cmpstr (name_at (model, 1), ==, "noord");
  g_assert_cmpstr (name_at (model, 2), ==, "Zuid");

  /* a change in place updates the same object and emits no items-changed */
  counter.changes = 0;
  kept = g_object_ref (noord);
  g_assert_true (wk_store_update_wijk (store, noord, NULL, "Gemeente Lindewaard", NULL, &error));
  g_assert_cmpuint (counter.changes, ==, 0);
  g_assert_cmpstr (wk_wijk_get_municipality (kept), ==, "Gemeente Lindewaard");

  /* a rename that re-sorts is one change, and keeps the object */
  g_assert_true (wk_store_update_wijk (store, zuid, "Aa-wijk", NULL, NULL, &error));
  g_assert_cmpuint (counter.changes, ==, 1);
  g_assert_cmpstr (name_at (model, 0), ==, "Aa-wijk");
  {
    g_autoptr(WkWijk) first = g_list_model_get_item (model, 0);
    g_assert_true (first == zuid);
  }

  /* names are required */
  g_assert_null (wk_store_create_wijk (store, "   ", NULL, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wk_store_update_wijk (store, ede, "", NULL, NULL, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (wk_wijk_get_name (ede), ==, "Èdewijk");

  /* names are trimmed */
  g_assert_true (wk_store_update_wijk (store, ede, "  Edewijk \n", NULL, NULL, &error));
  g_assert_cmpstr (wk_wijk_get_name (ede), ==, "Edewijk");
}

static void
test_delete_undo_purge (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = wk_store_open (f->file, &error);
  GListModel *model = wk_store_get_wijken (store);
  g_autoptr(WkWijk) wijk = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *sql = NULL;
  gint64 id;

  wijk = g_object_ref (wk_store_create_wijk (store, "Rietveld-Oost", NULL, &error));
  wk_store_create_wijk (store, "Molenkwartier", NULL, &error);
  g_assert_no_error (error);
  uuid = g_strdup (wk_wijk_get_uuid (wijk));
  id = wk_wijk_get_id (wijk);

  /* things inside the wijk, to see the cascade */
  sql = g_strdup_printf ("INSERT INTO actor (wijk_id, name) VALUES (%" G_GINT64_FORMAT ", 'Fatima');"
                         "INSERT INTO actor (wijk_id, name) VALUES (%" G_GINT64_FORMAT ", 'Henk');"
                         "INSERT INTO relation (wijk_id, source_actor_id, target_actor_id)"
                         " SELECT wijk_id, min(id), max(id) FROM actor;"
                         "INSERT INTO contact (actor_id, date, note) SELECT min(id), '2026-03-12', 'Koffie' FROM actor;"
                         "INSERT INTO pin (wijk_id, title, x, y) VALUES (%" G_GINT64_FORMAT ", 'Bankje', 0.5, 0.5);",
                         id, id, id);
  g_assert_cmpint (sqlite3_exec (_wk_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_true (wk_store_delete_wijk (store, wijk, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_null (wk_store_find_wijk_by_uuid (store, uuid));

  /* undo brings it back with everything in it */
  g_assert_true (wk_store_undelete_wijk (store, wijk, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_nonnull (wk_store_find_wijk_by_uuid (store, uuid));
  g_assert_cmpuint (wk_wijk_get_n_actors (wk_store_find_wijk_by_uuid (store, uuid)), ==, 2);
  g_assert_cmpuint (wk_wijk_get_n_pins (wk_store_find_wijk_by_uuid (store, uuid)), ==, 1);

  /* a purge makes it final, and cascades */
  g_assert_true (wk_store_delete_wijk (store, wk_store_find_wijk_by_uuid (store, uuid), &error));
  g_assert_true (wk_store_purge_deleted_wijken (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM wijk"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM actor"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM relation"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM contact"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pin"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM search"), ==, 0);
}

static void
test_pending_delete_final_on_close (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(WkStore) store = wk_store_open (f->file, &error);
    WkWijk *wijk = wk_store_create_wijk (store, "Weg", NULL, &error);

    g_assert_true (wk_store_delete_wijk (store, wijk, &error));
    /* the process is closed without undo */
  }
  {
    g_autoptr(WkStore) store = wk_store_open (f->file, &error);

    g_assert_no_error (error);
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM wijk"), ==, 0);
  }
}

static void
test_hostile_text (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = wk_store_open (f->file, &error);
  g_autofree char *long_text = NULL;
  const char *names[] = {
    "Robert'); DROP TABLE wijk;--",
    "Back\\slash \"quotes\" <b>vet</b> &amp; 'enkel'",
    "حي الأمل",            /* Arabic, right to left */
    "שכונת השלום",           /* Hebrew, right to left */
    "Wijk 🏘️ met emoji 👩🏽‍🤝‍👩🏻",
    "tab\there\nnewline",
  };
  WkWijk *wijk;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      wijk = wk_store_create_wijk (store, names[i], names[i], &error);
      g_assert_no_error (error);
      g_assert_cmpstr (wk_wijk_get_name (wijk), ==, names[i]);
      g_assert_cmpstr (wk_wijk_get_municipality (wijk), ==, names[i]);
    }
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM wijk"), ==, G_N_ELEMENTS (names));

  /* invalid UTF-8 is replaced visibly, not dropped and not stored raw */
  wijk = wk_store_create_wijk (store, "Caf\xe9 \xff\xfe einde", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (wk_wijk_get_name (wijk), -1, NULL));
  g_assert_cmpstr (wk_wijk_get_name (wijk), ==, "Caf\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd einde");

  /* a 10,000-character description round-trips exactly */
  long_text = g_strnfill (10000, 'x');
  memcpy (long_text, "Begin — ", strlen ("Begin — "));
  g_assert_true (wk_store_update_wijk (store, wijk, NULL, NULL, long_text, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_wijk_get_description (wijk), ==, long_text);
}

static void
test_map_image (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = wk_store_open (f->file, &error);
  g_autoptr(GBytes) image = g_bytes_new_static ("<svg xmlns='http://www.w3.org/2000/svg'/>", 41);
  g_autoptr(GBytes) back = NULL;
  g_autofree char *type = NULL;
  WkWijk *wijk = wk_store_create_wijk (store, "Kaart", NULL, &error);

  g_assert_null (wk_store_get_wijk_map_image (store, wijk, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_wijk_get_map_kind (wijk), ==, "none");

  g_assert_true (wk_store_set_wijk_map_image (store, wijk, image, "image/svg+xml", &error));
  back = wk_store_get_wijk_map_image (store, wijk, &type, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (image, back));
  g_assert_cmpstr (type, ==, "image/svg+xml");
  g_assert_cmpstr (wk_wijk_get_map_kind (wijk), ==, "image");
}

/* The example wijk -------------------------------------------------------- */

static void
test_demo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WkStore) store = wk_store_open_demo (&error);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) map = NULL;
  g_autoptr(GFile) user_file = wk_store_get_default_file ();
  g_autofree char *path = NULL;
  g_autofree char *type = NULL;
  WkWijk *wijk = NULL;
  GListModel *model;

  g_assert_no_error (error);
  g_assert_true (wk_store_is_demo (store));
  file = g_object_ref (wk_store_get_file (store));
  path = g_file_get_path (file);
  g_assert_false (g_file_equal (file, user_file));

  model = wk_store_get_wijken (store);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(WkWijk) item = g_list_model_get_item (model, i);

      if (wk_wijk_get_n_actors (item) >= 40)
        wijk = item;
    }
  g_assert_nonnull (wijk);

  /* what the issue asks of the example */
  g_assert_cmpuint (wk_wijk_get_n_actors (wijk), >=, 40);
  g_assert_cmpuint (wk_wijk_get_n_initiatives (wijk), >=, 10);
  g_assert_cmpuint (wk_wijk_get_n_pins (wijk), >=, 25);
  {
    g_autofree char *sql = NULL;

    sql = g_strdup_printf ("SELECT count(*) FROM actor_type t WHERE NOT EXISTS "
                           "(SELECT 1 FROM actor a WHERE a.type_id = t.id AND a.wijk_id = %" G_GINT64_FORMAT ")",
                           wk_wijk_get_id (wijk));
    g_assert_cmpint (query_int (store, sql), ==, 0);
    g_free (sql);
    sql = g_strdup_printf ("SELECT count(*) FROM actor a JOIN actor_type t ON t.id = a.type_id "
                           "WHERE t.key = 'sleutelfiguur' AND a.wijk_id = %" G_GINT64_FORMAT,
                           wk_wijk_get_id (wijk));
    g_assert_cmpint (query_int (store, sql), >=, 3);
    g_free (sql);
    sql = g_strdup_printf ("SELECT count(*) FROM relation WHERE wijk_id = %" G_GINT64_FORMAT,
                           wk_wijk_get_id (wijk));
    g_assert_cmpint (query_int (store, sql), >=, 80);
    g_free (sql);
    sql = g_strdup_printf ("SELECT count(DISTINCT kind) FROM actor WHERE wijk_id = %" G_GINT64_FORMAT,
                           wk_wijk_get_id (wijk));
    g_assert_cmpint (query_int (store, sql), ==, 4);
  }
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM contact"), >=, 20);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pin WHERE x NOT BETWEEN 0 AND 1 "
                                     "OR y NOT BETWEEN 0 AND 1"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM actor WHERE kind = 'person' "
                                     "AND lawful_basis = ''"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* the drawn base map is stored with the wijk */
  map = wk_store_get_wijk_map_image (store, wijk, &type, &error);
  g_assert_no_error (error);
  g_assert_nonnull (map);
  g_assert_cmpstr (type, ==, "image/svg+xml");
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (map, NULL), g_bytes_get_size (map), "<svg"));

  /* loading it twice is refused rather than doubling the data */
  g_assert_false (wk_store_load_example (store, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);

  /* the temporary copy goes away with the store */
  g_clear_object (&store);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("fresh-file", test_fresh_file);
  ADD ("reopen", test_reopen);
  ADD ("uuid-and-timestamps", test_uuid_and_timestamps);
  ADD ("every-migration", test_every_migration);
  ADD ("failed-migration-leaves-file", test_failed_migration_leaves_file);
  ADD ("bad-file/not-sqlite", test_not_sqlite);
  ADD ("bad-file/foreign-sqlite", test_foreign_sqlite);
  ADD ("bad-file/too-new", test_too_new);
  ADD ("bad-file/corrupt", test_corrupt);
  ADD ("bad-file/cannot-create", test_cannot_create);
  ADD ("bad-file/folder-not-writable", test_folder_not_writable);
  ADD ("bad-file/folder-as-file", test_folder_as_file);
  ADD ("empty-file-is-new", test_empty_file_is_new);
  ADD ("wijken/model", test_wijken_model);
  ADD ("wijken/delete-undo-purge", test_delete_undo_purge);
  ADD ("wijken/pending-delete-final-on-close", test_pending_delete_final_on_close);
  ADD ("wijken/hostile-text", test_hostile_text);
  ADD ("wijken/map-image", test_map_image);
  g_test_add_func ("/store/demo", test_demo);

  return g_test_run ();
}
