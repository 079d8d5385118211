/* test-saved-views.c: the saved views of a presentation in the store: order, checks, moves, undo
 * SPDX-License-Identifier: EUPL-1.2
 *
 * What is stored is read back with SQL, not only from the objects; the
 * live list is checked against the table's own order after every step.
 */
#include <string.h>

#include <glib/gstdio.h>

#include "wk-store-private.h"

#define HOSTILE "Fatima \"El\" \\ 'n <b>&amp; 🙂 حيّ שכונה \\N"
#define STATE_A "{\"zoom\": 1.5, \"filters\": [\"person\"]}"
#define STATE_B "{\"centre\": [52.1, 5.1], \"highlight\": \"3f2a\"}"

typedef struct
{
  char    *dir;
  GFile   *file;
  WkStore *store;
  WkWijk  *wijk;   /* owned */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("wk-test-views-XXXXXX", &error);
  g_assert_no_error (error);
  f->file = g_file_new_build_filename (f->dir, "wijkkaart.db", NULL);
  f->store = wk_store_open (f->file, &error);
  g_assert_no_error (error);
  f->wijk = g_object_ref (wk_store_create_wijk (f->store, "Testwijk", "Lindewaard", &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->wijk);
  g_clear_object (&f->store);
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_object_unref (f->file);
}

/* Helpers ----------------------------------------------------------------- */

static char *
db_text (WkStore    *store,
         const char *sql,
         gint64      id)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_wk_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
db_int (WkStore    *store,
        const char *sql,
        gint64      id)
{
  g_autofree char *text = db_text (store, sql, id);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : -1;
}

/* The names of the views as the live list has them, "A,B,C". */
static char *
list_names (GListModel *views)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(WkSavedView) view = g_list_model_get_item (views, i);

      g_string_append_printf (names, "%s%s", i > 0 ? "," : "", wk_saved_view_get_name (view));
    }
  return g_string_free (names, FALSE);
}

/* The names in the table's own order of position. */
static char *
table_names (WkStore *store,
             WkWijk  *wijk)
{
  return db_text (store,
                  "SELECT group_concat(name, ',') FROM"
                  " (SELECT name FROM saved_view WHERE wijk_id = ?1 ORDER BY position, id)",
                  wk_wijk_get_id (wijk));
}

static void
assert_order (Fixture    *f,
              const char *expected)
{
  g_autofree char *listed = list_names (wk_store_get_saved_views (f->store, f->wijk));
  g_autofree char *stored = table_names (f->store, f->wijk);

  g_assert_cmpstr (listed, ==, expected);
  g_assert_cmpstr (stored, ==, expected);
}

static WkSavedView *
create (Fixture    *f,
        const char *name,
        const char *page,
        const char *state)
{
  g_autoptr(GError) error = NULL;
  WkSavedView *view = wk_store_create_saved_view (f->store, f->wijk, name, page, state, &error);

  g_assert_no_error (error);
  g_assert_true (WK_IS_SAVED_VIEW (view));
  return view;
}

static void
create_abc (Fixture      *f,
            WkSavedView **a,
            WkSavedView **b,
            WkSavedView **c)
{
  *a = create (f, "A", "network", STATE_A);
  *b = create (f, "B", "map", STATE_B);
  *c = create (f, "C", "network", "{}");
}

typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Signals;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Signals    *signals)
{
  signals->n_signals++;
  signals->position = position;
  signals->removed = removed;
  signals->added = added;
}

static void
store_changed_cb (WkStore    *store,
                  const char *table,
                  gint64      id,
                  guint      *count)
{
  g_assert_cmpstr (table, ==, "saved_view");
  g_assert_cmpint (id, >, 0);
  (*count)++;
}

/* Tests ------------------------------------------------------------------- */

static void
test_create_order (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *views = wk_store_get_saved_views (f->store, f->wijk);
  WkSavedView *a, *b, *c;
  gint64 id;

  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 0);
  g_assert_true (g_list_model_get_item_type (views) == WK_TYPE_SAVED_VIEW);

  a = create (f, "  Het netwerk  ", "network", STATE_A);
  b = create (f, "De kaart", "map", STATE_B);
  c = create (f, "Nog eens", "network", "{}");
  assert_order (f, "Het netwerk,De kaart,Nog eens");

  /* the name trimmed, the rest as given, read back from the table */
  id = wk_record_get_id (WK_RECORD (a));
  g_assert_cmpstr (wk_saved_view_get_name (a), ==, "Het netwerk");
  g_assert_cmpstr (wk_saved_view_get_page (a), ==, "network");
  g_assert_cmpstr (wk_saved_view_get_state (a), ==, STATE_A);
  g_assert_cmpint (wk_saved_view_get_wijk_id (a), ==, wk_wijk_get_id (f->wijk));
  {
    g_autofree char *name = db_text (f->store, "SELECT name FROM saved_view WHERE id = ?1", id);
    g_autofree char *page = db_text (f->store, "SELECT page FROM saved_view WHERE id = ?1", id);
    g_autofree char *state = db_text (f->store, "SELECT state FROM saved_view WHERE id = ?1", id);
    g_autofree char *uuid = db_text (f->store, "SELECT uuid FROM saved_view WHERE id = ?1", id);

    g_assert_cmpstr (name, ==, "Het netwerk");
    g_assert_cmpstr (page, ==, "network");
    g_assert_cmpstr (state, ==, STATE_A);
    g_assert_cmpstr (uuid, ==, wk_record_get_uuid (WK_RECORD (a)));
    g_assert_cmpuint (strlen (uuid), ==, 36);
  }
  g_assert_cmpstr (wk_saved_view_get_page (b), ==, "map");
  g_assert_cmpstr (wk_saved_view_get_state (b), ==, STATE_B);

  /* numbered in order, each one at the end */
  g_assert_cmpint (wk_saved_view_get_position (a), <, wk_saved_view_get_position (b));
  g_assert_cmpint (wk_saved_view_get_position (b), <, wk_saved_view_get_position (c));
  g_assert_cmpint (db_int (f->store, "SELECT position FROM saved_view WHERE id = ?1",
                           wk_record_get_id (WK_RECORD (c))), ==, wk_saved_view_get_position (c));

  /* one undo step each: undo takes the last away */
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "View “Nog eens” saved");
  g_assert_true (wk_store_undo (f->store, NULL));
  assert_order (f, "Het netwerk,De kaart");
  g_assert_true (wk_record_is_deleted (WK_RECORD (c)));
  g_assert_true (wk_store_redo (f->store, NULL));
  assert_order (f, "Het netwerk,De kaart,Nog eens");
  g_assert_false (wk_record_is_deleted (WK_RECORD (c)));

  /* a list read afresh (another store on the same file) has the same order */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(WkStore) other = wk_store_open (f->file, &error);
    WkWijk *wijk;
    g_autofree char *names = NULL;

    g_assert_no_error (error);
    wijk = wk_store_find_wijk_by_uuid (other, wk_wijk_get_uuid (f->wijk));
    g_assert_nonnull (wijk);
    names = list_names (wk_store_get_saved_views (other, wijk));
    g_assert_cmpstr (names, ==, "Het netwerk,De kaart,Nog eens");
  }
}

static void
assert_refused (GError     *error,
                WkStore    *store,
                guint       depth_before,
                const char *expected_start)
{
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, expected_start));
  g_assert_cmpuint (wk_undo_stack_get_depth (wk_store_get_undo_stack (store)), ==, depth_before);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  struct {
    const char *name;
    const char *page;
    const char *state;
    const char *message;
  } refused[] = {
    { "", "network", "{}", "A view needs a name." },
    { " \t\n ", "network", "{}", "A view needs a name." },
    { NULL, "network", "{}", "A view needs a name." },
    { "Ok", "graph", "{}", "A view shows either" },
    { "Ok", "Network", "{}", "A view shows either" },
    { "Ok", "", "{}", "A view shows either" },
    { "Ok", NULL, "{}", "A view shows either" },
    { "Ok", "map", "", "What this view shows cannot be kept" },
    { "Ok", "map", "not json", "What this view shows cannot be kept" },
    { "Ok", "map", "[1, 2]", "What this view shows cannot be kept" },
    { "Ok", "map", "{\"open\": ", "What this view shows cannot be kept" },
    { "Ok", "map", "{", "What this view shows cannot be kept" },
    { "Ok", "map", NULL, "What this view shows cannot be kept" },
  };
  GListModel *views = wk_store_get_saved_views (f->store, f->wijk);
  guint depth = wk_undo_stack_get_depth (wk_store_get_undo_stack (f->store));
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GString) big_state = g_string_new ("{\"x\": \"");
  WkSavedView *view;
  gint64 id;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("refused %u", i);
      view = wk_store_create_saved_view (f->store, f->wijk, refused[i].name, refused[i].page,
                                         refused[i].state, &error);
      g_assert_null (view);
      assert_refused (error, f->store, depth, refused[i].message);
    }

  /* 10,000 characters: refused; 200 (of several bytes each) kept, 201 not */
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (long_name, 'a' + i % 26);
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (wk_store_create_saved_view (f->store, f->wijk, long_name->str, "map", "{}", &error));
    assert_refused (error, f->store, depth, "The name of a view can be at most 200 characters long.");
  }
  g_string_truncate (long_name, 0);
  for (guint i = 0; i < 201; i++)
    g_string_append (long_name, "ë");
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (wk_store_create_saved_view (f->store, f->wijk, long_name->str, "map", "{}", &error));
    assert_refused (error, f->store, depth, "The name of a view can be at most 200");
  }
  g_string_truncate (long_name, long_name->len - strlen ("ë"));
  view = create (f, long_name->str, "map", "{}");
  g_assert_cmpuint (g_utf8_strlen (wk_saved_view_get_name (view), -1), ==, 200);
  depth++;

  /* more than 64 KiB of state is refused, just below is kept */
  while (big_state->len < 64 * 1024 + 10)
    g_string_append (big_state, "0123456789");
  g_string_append (big_state, "\"}");
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (wk_store_create_saved_view (f->store, f->wijk, "Groot", "map", big_state->str, &error));
    assert_refused (error, f->store, depth, "What this view shows is too much to keep");
  }
  g_string_truncate (big_state, 64 * 1024 - 2);
  g_string_append (big_state, "\"}");
  g_assert_cmpuint (big_state->len, ==, 64 * 1024);
  view = create (f, "Net", "map", big_state->str);
  g_assert_cmpstr (wk_saved_view_get_state (view), ==, big_state->str);
  depth++;

  /* nothing refused reached the table */
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM saved_view WHERE wijk_id = ?1",
                           wk_wijk_get_id (f->wijk)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 2);

  /* quotes, backslashes, markup, emoji and right-to-left text: kept exactly */
  view = create (f, HOSTILE, "network", "{\"note\": \"\\\"quoted\\\" \\\\ حيّ\"}");
  id = wk_record_get_id (WK_RECORD (view));
  g_assert_cmpstr (wk_saved_view_get_name (view), ==, HOSTILE);
  {
    g_autofree char *name = db_text (f->store, "SELECT name FROM saved_view WHERE id = ?1", id);
    g_autofree char *state = db_text (f->store, "SELECT state FROM saved_view WHERE id = ?1", id);

    g_assert_cmpstr (name, ==, HOSTILE);
    g_assert_cmpstr (state, ==, "{\"note\": \"\\\"quoted\\\" \\\\ حيّ\"}");
  }

  /* bytes that are not UTF-8 become U+FFFD rather than reaching the file */
  view = create (f, "Kapot \xff\xfe einde", "map", "{}");
  g_assert_true (g_utf8_validate (wk_saved_view_get_name (view), -1, NULL));
  g_assert_cmpstr (wk_saved_view_get_name (view), ==, "Kapot \xef\xbf\xbd\xef\xbf\xbd einde");
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  WkUndoStack *history = wk_store_get_undo_stack (f->store);
  g_autoptr(GError) error = NULL;
  WkSavedView *a, *b, *c;
  guint depth;
  gint64 id;

  create_abc (f, &a, &b, &c);
  depth = wk_undo_stack_get_depth (history);
  id = wk_record_get_id (WK_RECORD (a));

  g_assert_true (wk_store_update_saved_view (f->store, a, "map", STATE_B, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (wk_undo_stack_get_depth (history), ==, depth + 1);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (history), ==, "View “A” updated");
  g_assert_cmpstr (wk_saved_view_get_page (a), ==, "map");
  g_assert_cmpstr (wk_saved_view_get_state (a), ==, STATE_B);
  {
    g_autofree char *page = db_text (f->store, "SELECT page FROM saved_view WHERE id = ?1", id);
    g_autofree char *state = db_text (f->store, "SELECT state FROM saved_view WHERE id = ?1", id);

    g_assert_cmpstr (page, ==, "map");
    g_assert_cmpstr (state, ==, STATE_B);
  }
  /* the name and place stay */
  assert_order (f, "A,B,C");

  /* refused: nothing changes and no step is added */
  g_assert_false (wk_store_update_saved_view (f->store, a, "table", "{}", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wk_store_update_saved_view (f->store, a, "network", "zoom=3", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (wk_undo_stack_get_depth (history), ==, depth + 1);
  g_assert_cmpstr (wk_saved_view_get_state (a), ==, STATE_B);

  /* one undo step brings both back */
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_cmpstr (wk_saved_view_get_page (a), ==, "network");
  g_assert_cmpstr (wk_saved_view_get_state (a), ==, STATE_A);
  {
    g_autofree char *state = db_text (f->store, "SELECT state FROM saved_view WHERE id = ?1", id);

    g_assert_cmpstr (state, ==, STATE_A);
  }
  g_assert_true (wk_store_redo (f->store, &error));
  g_assert_cmpstr (wk_saved_view_get_page (a), ==, "map");
  g_assert_cmpstr (wk_saved_view_get_state (a), ==, STATE_B);

  /* the same state again: nothing to undo */
  g_assert_true (wk_store_update_saved_view (f->store, a, "map", STATE_B, &error));
  g_assert_cmpuint (wk_undo_stack_get_depth (history), ==, depth + 1);

  /* a deleted view is not updated */
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (c), &error));
  g_assert_false (wk_store_update_saved_view (f->store, c, "map", "{}", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  GListModel *views = wk_store_get_saved_views (f->store, f->wijk);
  WkUndoStack *history = wk_store_get_undo_stack (f->store);
  g_autoptr(GError) error = NULL;
  WkSavedView *a, *b, *c, *d;
  Signals signals = { 0 };
  guint depth;

  create_abc (f, &a, &b, &c);
  d = create (f, "D", "map", "{}");
  assert_order (f, "A,B,C,D");
  depth = wk_undo_stack_get_depth (history);
  g_signal_connect (views, "items-changed", G_CALLBACK (items_changed_cb), &signals);

  /* first to last */
  g_assert_true (wk_store_move_saved_view (f->store, a, 3, &error));
  g_assert_no_error (error);
  assert_order (f, "B,C,D,A");
  g_assert_cmpuint (signals.n_signals, >=, 1);
  g_assert_cmpuint (wk_undo_stack_get_depth (history), ==, depth + 1);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (history), ==, "View “A” moved");
  /* renumbered 0, 1, 2, 3 in the table */
  g_assert_cmpint (wk_saved_view_get_position (b), ==, 0);
  g_assert_cmpint (wk_saved_view_get_position (a), ==, 3);
  g_assert_cmpint (db_int (f->store, "SELECT position FROM saved_view WHERE id = ?1",
                           wk_record_get_id (WK_RECORD (a))), ==, 3);

  /* last to first */
  g_assert_true (wk_store_move_saved_view (f->store, a, 0, &error));
  assert_order (f, "A,B,C,D");
  g_assert_true (wk_store_move_saved_view (f->store, d, 0, &error));
  assert_order (f, "D,A,B,C");
  /* into the middle, and past the end meaning last */
  g_assert_true (wk_store_move_saved_view (f->store, a, 2, &error));
  assert_order (f, "D,B,A,C");
  g_assert_true (wk_store_move_saved_view (f->store, d, G_MAXUINT, &error));
  assert_order (f, "B,A,C,D");
  g_assert_cmpuint (wk_undo_stack_get_depth (history), ==, depth + 5);

  /* where it is already: no step */
  signals.n_signals = 0;
  g_assert_true (wk_store_move_saved_view (f->store, c, 2, &error));
  assert_order (f, "B,A,C,D");
  g_assert_cmpuint (wk_undo_stack_get_depth (history), ==, depth + 5);
  g_assert_cmpuint (signals.n_signals, ==, 0);

  /* undo walks the order back, one move at a time; redo forward */
  g_assert_true (wk_store_undo (f->store, &error));
  assert_order (f, "D,B,A,C");
  g_assert_true (wk_store_undo (f->store, &error));
  assert_order (f, "D,A,B,C");
  g_assert_true (wk_store_undo (f->store, &error));
  assert_order (f, "A,B,C,D");
  g_assert_true (wk_store_undo (f->store, &error));
  assert_order (f, "B,C,D,A");
  g_assert_true (wk_store_undo (f->store, &error));
  assert_order (f, "A,B,C,D");
  g_assert_true (wk_store_redo (f->store, &error));
  assert_order (f, "B,C,D,A");
  g_assert_no_error (error);

  /* gaps after a delete: the rest still moves by index */
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (c), &error));
  assert_order (f, "B,D,A");
  g_assert_true (wk_store_move_saved_view (f->store, a, 1, &error));
  assert_order (f, "B,A,D");
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_true (wk_store_undo (f->store, &error));
  assert_order (f, "B,C,D,A");

  /* a deleted view does not move */
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (c), &error));
  g_assert_false (wk_store_move_saved_view (f->store, c, 0, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);

  g_signal_handlers_disconnect_by_data (views, &signals);
}

static void
test_rename_delete (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *views = wk_store_get_saved_views (f->store, f->wijk);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *created = NULL;
  g_autofree char *long_name = NULL;
  WkSavedView *a, *b, *c;
  gint64 id;

  create_abc (f, &a, &b, &c);
  id = wk_record_get_id (WK_RECORD (b));

  /* renamed through the store's generic text edit */
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (b), "name", HOSTILE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_saved_view_get_name (b), ==, HOSTILE);
  {
    g_autofree char *name = db_text (f->store, "SELECT name FROM saved_view WHERE id = ?1", id);

    g_assert_cmpstr (name, ==, HOSTILE);
  }
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_cmpstr (wk_saved_view_get_name (b), ==, "B");
  g_assert_true (wk_store_redo (f->store, &error));
  g_assert_cmpstr (wk_saved_view_get_name (b), ==, HOSTILE);

  /* a name is checked as on creation */
  g_assert_false (wk_store_set_text (f->store, WK_RECORD (b), "name", "   ", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  long_name = g_strnfill (10000, 'x');
  g_assert_false (wk_store_set_text (f->store, WK_RECORD (b), "name", long_name, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wk_store_set_text (f->store, WK_RECORD (b), "page", "graph", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wk_store_set_text (f->store, WK_RECORD (b), "state", "nope", &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (wk_saved_view_get_name (b), ==, HOSTILE);
  g_assert_cmpstr (wk_saved_view_get_page (b), ==, "map");
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (b), "name", "B", &error));

  /* deleted from the middle; undo brings the same row back in its place */
  uuid = g_strdup (wk_record_get_uuid (WK_RECORD (b)));
  created = db_text (f->store, "SELECT created FROM saved_view WHERE id = ?1", id);
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (b), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wk_undo_stack_get_undo_label (wk_store_get_undo_stack (f->store)), ==, "View “B” deleted");
  g_assert_true (wk_record_is_deleted (WK_RECORD (b)));
  assert_order (f, "A,C");
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM saved_view WHERE id = ?1", id), ==, 0);
  g_assert_null (wk_store_lookup (f->store, WK_TYPE_SAVED_VIEW, id));

  g_assert_true (wk_store_undo (f->store, &error));
  assert_order (f, "A,B,C");
  g_assert_false (wk_record_is_deleted (WK_RECORD (b)));
  {
    g_autoptr(WkSavedView) back = g_list_model_get_item (views, 1);
    g_autofree char *stored_uuid = db_text (f->store, "SELECT uuid FROM saved_view WHERE id = ?1", id);
    g_autofree char *stored_created = db_text (f->store, "SELECT created FROM saved_view WHERE id = ?1", id);

    /* the very object handed out before, with its UUID */
    g_assert_true (back == b);
    g_assert_cmpstr (wk_record_get_uuid (WK_RECORD (back)), ==, uuid);
    g_assert_cmpstr (stored_uuid, ==, uuid);
    g_assert_cmpstr (stored_created, ==, created);
    g_assert_cmpstr (wk_saved_view_get_state (back), ==, STATE_B);
  }
  g_assert_true (wk_store_lookup (f->store, WK_TYPE_SAVED_VIEW, id) == WK_RECORD (b));

  g_assert_true (wk_store_redo (f->store, &error));
  assert_order (f, "A,C");
  g_assert_true (wk_store_undo (f->store, &error));
  assert_order (f, "A,B,C");
}

static void
test_live_signals (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *views = wk_store_get_saved_views (f->store, f->wijk);
  g_autoptr(GError) error = NULL;
  Signals signals = { 0 };
  WkSavedView *a, *b, *c;
  guint changed = 0;

  g_signal_connect (views, "items-changed", G_CALLBACK (items_changed_cb), &signals);

  a = create (f, "A", "network", "{}");
  g_assert_cmpuint (signals.n_signals, ==, 1);
  g_assert_cmpuint (signals.position, ==, 0);
  g_assert_cmpuint (signals.added, ==, 1);
  g_assert_cmpuint (signals.removed, ==, 0);
  b = create (f, "B", "network", "{}");
  c = create (f, "C", "network", "{}");
  g_assert_cmpuint (signals.n_signals, ==, 3);
  g_assert_cmpuint (signals.position, ==, 2);

  /* a rename: the row in place tells it changed */
  signals.n_signals = 0;
  g_assert_true (wk_store_set_text (f->store, WK_RECORD (b), "name", "Bee", &error));
  g_assert_cmpuint (signals.n_signals, ==, 1);
  g_assert_cmpuint (signals.position, ==, 1);
  g_assert_cmpuint (signals.removed, ==, 1);
  g_assert_cmpuint (signals.added, ==, 1);
  g_assert_true (g_list_model_get_object (views, 1) == (gpointer) b);
  g_object_unref (b);

  /* a delete and its undo */
  signals.n_signals = 0;
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (a), &error));
  g_assert_cmpuint (signals.n_signals, ==, 1);
  g_assert_cmpuint (signals.position, ==, 0);
  g_assert_cmpuint (signals.removed, ==, 1);
  g_assert_cmpuint (signals.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 2);
  signals.n_signals = 0;
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_cmpuint (signals.n_signals, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 3);
  g_assert_true (g_list_model_get_object (views, 0) == (gpointer) a);
  g_object_unref (a);

  /* a move: the list re-orders */
  signals.n_signals = 0;
  g_assert_true (wk_store_move_saved_view (f->store, c, 0, &error));
  g_assert_cmpuint (signals.n_signals, >=, 1);
  assert_order (f, "C,A,Bee");

  /* ::changed names the table, for views that show other lists */
  {
    gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (store_changed_cb), &changed);

    g_assert_true (wk_store_update_saved_view (f->store, c, "map", "{\"zoom\": 2}", &error));
    g_signal_handler_disconnect (f->store, handler);
  }
  g_assert_cmpuint (changed, ==, 1);

  g_signal_handlers_disconnect_by_data (views, &signals);
}

static void
test_per_wijk (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WkWijk *other = wk_store_create_wijk (f->store, "Anderwijk", "Lindewaard", &error);
  GListModel *views = wk_store_get_saved_views (f->store, f->wijk);
  GListModel *other_views;
  WkSavedView *a, *b, *c, *x, *y;
  Signals signals = { 0 };

  g_assert_no_error (error);
  other_views = wk_store_get_saved_views (f->store, other);
  g_assert_true (views != other_views);

  create_abc (f, &a, &b, &c);
  g_signal_connect (other_views, "items-changed", G_CALLBACK (items_changed_cb), &signals);
  x = wk_store_create_saved_view (f->store, other, "X", "map", "{}", &error);
  g_assert_no_error (error);
  y = wk_store_create_saved_view (f->store, other, "Y", "map", "{}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (signals.n_signals, ==, 2);

  /* numbered per wijk, from the start */
  g_assert_cmpint (wk_saved_view_get_position (x), ==, 0);
  g_assert_cmpint (wk_saved_view_get_position (y), ==, 1);
  g_assert_cmpint (wk_saved_view_get_wijk_id (x), ==, wk_wijk_get_id (other));
  assert_order (f, "A,B,C");
  {
    g_autofree char *names = list_names (other_views);

    g_assert_cmpstr (names, ==, "X,Y");
  }

  /* a move in one wijk leaves the other alone */
  signals.n_signals = 0;
  g_assert_true (wk_store_move_saved_view (f->store, c, 0, &error));
  assert_order (f, "C,A,B");
  g_assert_cmpuint (signals.n_signals, ==, 0);
  g_assert_cmpint (wk_saved_view_get_position (x), ==, 0);
  g_assert_true (wk_store_move_saved_view (f->store, y, 0, &error));
  assert_order (f, "C,A,B");
  {
    g_autofree char *names = list_names (other_views);
    g_autofree char *stored = table_names (f->store, other);

    g_assert_cmpstr (names, ==, "Y,X");
    g_assert_cmpstr (stored, ==, "Y,X");
  }
  g_signal_handlers_disconnect_by_data (other_views, &signals);
}

static void
test_cascade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WkWijk *other = wk_store_create_wijk (f->store, "Weg", "Lindewaard", &error);
  gint64 other_id = wk_wijk_get_id (other);
  WkSavedView *a, *b, *c;

  g_assert_no_error (error);
  create_abc (f, &a, &b, &c);
  g_assert_nonnull (wk_store_create_saved_view (f->store, other, "X", "map", "{}", &error));
  g_assert_nonnull (wk_store_create_saved_view (f->store, other, "Y", "network", "{}", &error));
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM saved_view WHERE wijk_id = ?1", other_id), ==, 2);

  /* pending: the views stay, so that undeleting the wijk brings them */
  g_assert_true (wk_store_delete_wijk (f->store, other, &error));
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM saved_view WHERE wijk_id = ?1", other_id), ==, 2);
  g_assert_true (wk_store_purge_deleted_wijken (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM wijk WHERE id = ?1", other_id), ==, 0);
  g_assert_cmpint (db_int (f->store, "SELECT count(*) FROM saved_view WHERE wijk_id = ?1", other_id), ==, 0);
  /* the other wijk's views untouched */
  assert_order (f, "A,B,C");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/saved-views/create-order", test_create_order);
  ADD ("/saved-views/validation", test_validation);
  ADD ("/saved-views/update", test_update);
  ADD ("/saved-views/move", test_move);
  ADD ("/saved-views/rename-delete", test_rename_delete);
  ADD ("/saved-views/live-signals", test_live_signals);
  ADD ("/saved-views/per-wijk", test_per_wijk);
  ADD ("/saved-views/cascade", test_cascade);
#undef ADD

  return g_test_run ();
}
