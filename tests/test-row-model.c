/* test-row-model.c: the rows of a card table stay in place while their records change
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <gtk/gtk.h>

#include "wk-row-model.h"

typedef struct {
  GListStore         *store;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  WkRowModel         *rows;
  const char         *prefix;     /* what the filter lets through */
  guint               added;      /* items-changed of the rows: totals */
  guint               removed;
  guint               notified;   /* notify::record of slot 0 */
} Fixture;

static gboolean
prefix_filter (gpointer item,
               gpointer user_data)
{
  Fixture *f = user_data;

  return g_str_has_prefix (gtk_string_object_get_string (item), f->prefix);
}

static void
rows_changed_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 Fixture    *f)
{
  f->added += added;
  f->removed += removed;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const char *names[] = { "anna", "anton", "bram", "bas", "berend", "carla" };

  f->store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GtkStringObject) item = gtk_string_object_new (names[i]);

      g_list_store_append (f->store, item);
    }
  f->prefix = "";
  f->filter = gtk_custom_filter_new (prefix_filter, f, NULL);
  f->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (f->store)),
                                           GTK_FILTER (g_object_ref (f->filter)));
  f->rows = wk_row_model_new (G_LIST_MODEL (f->filtered));
  g_signal_connect (f->rows, "items-changed", G_CALLBACK (rows_changed_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->rows);
  g_object_unref (f->filtered);
  g_object_unref (f->filter);
  g_object_unref (f->store);
}

static void
search (Fixture    *f,
        const char *prefix)
{
  f->prefix = prefix;
  gtk_filter_changed (GTK_FILTER (f->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static const char *
shown (Fixture *f,
       guint    position)
{
  g_autoptr(WkRowSlot) slot = g_list_model_get_item (G_LIST_MODEL (f->rows), position);
  GtkStringObject *record = wk_row_slot_get_record (slot);

  return record != NULL ? gtk_string_object_get_string (record) : NULL;
}

static void
notified_cb (WkRowSlot  *slot,
             GParamSpec *pspec,
             Fixture    *f)
{
  f->notified++;
}

static void
test_places_kept (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(WkRowSlot) first = g_list_model_get_item (G_LIST_MODEL (f->rows), 0);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->rows)) == WK_TYPE_ROW_SLOT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->rows)), ==, 6);
  g_signal_connect (first, "notify::record", G_CALLBACK (notified_cb), f);

  /* narrowing changes what the first row shows, not the row */
  search (f, "b");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->rows)), ==, 3);
  g_assert_cmpuint (f->added, ==, 0);
  g_assert_cmpuint (f->removed, ==, 3);   /* only at the end */
  {
    g_autoptr(WkRowSlot) again = g_list_model_get_item (G_LIST_MODEL (f->rows), 0);

    g_assert_true (again == first);
  }
  g_assert_cmpstr (shown (f, 0), ==, "bram");
  g_assert_cmpstr (shown (f, 2), ==, "berend");
  g_assert_cmpuint (f->notified, ==, 1);

  /* nothing matches: the rows stay, showing nothing */
  search (f, "zz");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->rows)), ==, 3);
  g_assert_null (shown (f, 0));
  g_assert_null (wk_row_model_get_record (f->rows, 0));

  /* and show records again when something does */
  search (f, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->rows)), ==, 6);
  g_assert_cmpuint (f->added, ==, 3);
  g_assert_cmpstr (shown (f, 0), ==, "anna");
  g_assert_cmpstr (shown (f, 5), ==, "carla");
}

static void
test_selection_by_record (Fixture       *f,
                          gconstpointer  data)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (f->rows);
  g_autoptr(GObject) bas = g_list_model_get_item (G_LIST_MODEL (f->store), 3);

  g_assert_null (wk_row_model_get_selected (f->rows));
  g_assert_true (gtk_selection_model_select_item (selection, 3, TRUE));
  g_assert_true (wk_row_model_get_selected (f->rows) == (gpointer) bas);
  g_assert_true (gtk_selection_model_is_selected (selection, 3));

  /* a search moves the selected record: the selection goes along */
  search (f, "b");
  g_assert_true (wk_row_model_get_selected (f->rows) == (gpointer) bas);
  g_assert_cmpuint (wk_row_model_get_selected_position (f->rows), ==, 1);
  g_assert_true (gtk_selection_model_is_selected (selection, 1));
  g_assert_false (gtk_selection_model_is_selected (selection, 3 - 3));

  /* a filter that hides it lets it go */
  search (f, "br");
  g_assert_null (wk_row_model_get_selected (f->rows));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->rows)); i++)
    g_assert_false (gtk_selection_model_is_selected (selection, i));

  /* selecting by record finds its row, or says it is not shown */
  search (f, "");
  g_assert_cmpuint (wk_row_model_select (f->rows, bas), ==, 3);
  search (f, "a");
  g_assert_null (wk_row_model_get_selected (f->rows));
  g_assert_cmpuint (wk_row_model_select (f->rows, bas), ==, GTK_INVALID_LIST_POSITION);
  g_assert_null (wk_row_model_get_selected (f->rows));
}

static void
test_edit_shows (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(WkRowSlot) second = g_list_model_get_item (G_LIST_MODEL (f->rows), 1);

  g_signal_connect (second, "notify::record", G_CALLBACK (notified_cb), f);
  /* the store says row 1 changed in place: the row shows it again */
  g_list_model_items_changed (G_LIST_MODEL (f->store), 1, 1, 1);
  g_assert_cmpuint (f->notified, ==, 1);
  g_assert_cmpuint (f->added + f->removed, ==, 0);
}

static void
test_grows_after_frame (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(WkRowModel) rows = NULL;

  rows = wk_row_model_new (G_LIST_MODEL (store));
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("actor %u", i);
      g_autoptr(GtkStringObject) item = gtk_string_object_new (name);

      g_list_store_append (store, item);
    }
  /* a screenful at once, the rest when the main loop is idle */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), <, 1000);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), >=, 40);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 1000);
  {
    g_autoptr(WkRowSlot) last = g_list_model_get_item (G_LIST_MODEL (rows), 999);

    g_assert_cmpstr (gtk_string_object_get_string (wk_row_slot_get_record (last)), ==, "actor 999");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/row-model/places-kept", Fixture, NULL, fixture_setup, test_places_kept, fixture_teardown);
  g_test_add ("/row-model/selection-by-record", Fixture, NULL, fixture_setup, test_selection_by_record, fixture_teardown);
  g_test_add_func ("/row-model/grows-after-frame", test_grows_after_frame);
  g_test_add ("/row-model/edit-shows", Fixture, NULL, fixture_setup, test_edit_shows, fixture_teardown);

  return g_test_run ();
}
