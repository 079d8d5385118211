/* test-network.c: the network of a wijk built from the store, and its saved layout
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>
#include <glib/gstdio.h>

#include "wk-network.h"

typedef struct {
  char    *dir;
  GFile   *file;
  WkStore *store;
  WkWijk  *wijk;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("wk-test-network-XXXXXX", &error);
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
  g_autofree char *db = g_build_filename (f->dir, "wijkkaart.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_clear_object (&f->wijk);
  g_assert_finalize_object (g_steal_pointer (&f->store));
  g_remove (wal);
  g_remove (shm);
  g_remove (db);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_clear_object (&f->file);
}

static WkActor *
new_actor (Fixture    *f,
           const char *name,
           const char *kind)
{
  g_autoptr(GError) error = NULL;
  WkActor *actor = wk_store_create_actor (f->store, f->wijk, name, kind, &error);

  g_assert_no_error (error);
  return actor;
}

static void
relate (Fixture  *f,
        WkActor  *source,
        gpointer  target,
        int       strength,
        gboolean  directed)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (wk_store_create_relation (f->store, source, WK_RECORD (target), -1, strength,
                                              directed, "", &error));
  g_assert_no_error (error);
}

static void
test_from_store (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *hostile = "Fatima \"El\" \\N <b>&amp; مرحبا 🙂";
  WkActor *a = new_actor (f, hostile, "person");
  WkActor *b = new_actor (f, "Buurthuis De Kroon", "organisation");
  WkActor *c = new_actor (f, "Sportclub", "organisation");
  WkInitiative *i = wk_store_create_initiative (f->store, f->wijk, "Moestuin", &error);
  g_autoptr(WkNetwork) without = NULL;
  g_autoptr(WkNetwork) with = NULL;
  WkNetworkNode *node;
  WkNetworkEdge *edge;
  int ia, ib;

  g_assert_no_error (error);
  relate (f, a, b, 3, TRUE);
  relate (f, b, c, 1, FALSE);
  relate (f, c, i, 2, FALSE);

  without = wk_network_new_from_store (f->store, f->wijk, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wk_network_get_n_nodes (without), ==, 3);
  g_assert_cmpuint (wk_network_get_n_edges (without), ==, 2);
  g_assert_false (wk_network_has_layout (without));

  ia = wk_network_find_node (without, WK_NODE_ACTOR, wk_record_get_id (WK_RECORD (a)));
  ib = wk_network_find_node (without, WK_NODE_ACTOR, wk_record_get_id (WK_RECORD (b)));
  g_assert_cmpint (ia, >=, 0);
  g_assert_cmpint (ib, >=, 0);
  g_assert_cmpint (wk_network_find_node (without, WK_NODE_INITIATIVE, wk_record_get_id (WK_RECORD (i))), ==, -1);
  node = wk_network_get_node (without, ia);
  g_assert_cmpstr (node->label, ==, hostile);
  g_assert_true (node->personal);
  g_assert_false (wk_network_get_node (without, ib)->personal);

  for (guint e = 0; e < wk_network_get_n_edges (without); e++)
    {
      edge = wk_network_get_edge (without, e);
      if (edge->source == (guint) ia)
        {
          g_assert_cmpuint (edge->target, ==, ib);
          g_assert_cmpint (edge->strength, ==, 3);
          g_assert_true (edge->directed);
        }
    }

  with = wk_network_new_from_store (f->store, f->wijk, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (wk_network_get_n_nodes (with), ==, 4);
  g_assert_cmpuint (wk_network_get_n_edges (with), ==, 3);
  g_assert_cmpint (wk_network_find_node (with, WK_NODE_INITIATIVE, wk_record_get_id (WK_RECORD (i))), >=, 0);
}

static void
test_layout_saved (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WkActor *a = new_actor (f, "Anna", "person");
  WkActor *b = new_actor (f, "Bram", "person");
  g_autoptr(WkNetwork) network = NULL;
  g_autoptr(WkNetwork) again = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GArray) loaded = NULL;
  WkPosition bad = { 1, 1, 0, 0, FALSE };
  WkPosition inf = { 0, 0, INFINITY, 0, FALSE };

  relate (f, a, b, 2, FALSE);
  network = wk_network_new_from_store (f->store, f->wijk, FALSE, &error);
  g_assert_no_error (error);
  for (guint n = 0; n < wk_network_get_n_nodes (network); n++)
    {
      WkNetworkNode *node = wk_network_get_node (network, n);

      node->x = 10.5 * (n + 1);
      node->y = -3.25 * (n + 1);
      node->pinned = n == 0;
      node->has_position = TRUE;
    }
  positions = wk_network_get_positions (network);
  g_assert_cmpuint (positions->len, ==, 2);
  g_assert_true (wk_store_save_layout (f->store, f->wijk, (WkPosition *) positions->data,
                                       positions->len, TRUE, &error));
  g_assert_no_error (error);

  again = wk_network_new_from_store (f->store, f->wijk, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (wk_network_has_layout (again));
  for (guint n = 0; n < wk_network_get_n_nodes (again); n++)
    {
      WkNetworkNode *node = wk_network_get_node (again, n);
      int old = wk_network_find_node (network, node->kind, node->record_id);

      g_assert_cmpfloat (node->x, ==, wk_network_get_node (network, old)->x);
      g_assert_cmpfloat (node->y, ==, wk_network_get_node (network, old)->y);
      g_assert_cmpint (node->pinned, ==, wk_network_get_node (network, old)->pinned);
    }

  /* nonsense is refused whole, and what was saved stays */
  g_assert_false (wk_store_save_layout (f->store, f->wijk, &bad, 1, TRUE, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (wk_store_save_layout (f->store, f->wijk, &inf, 1, FALSE, &error));
  g_assert_error (error, WK_STORE_ERROR, WK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  loaded = wk_store_load_layout (f->store, f->wijk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, 2);
  g_clear_pointer (&loaded, g_array_unref);

  /* a deleted actor takes its position along; undo brings it back */
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (a), &error));
  g_assert_no_error (error);
  loaded = wk_store_load_layout (f->store, f->wijk, &error);
  g_assert_cmpuint (loaded->len, ==, 1);
  g_clear_pointer (&loaded, g_array_unref);
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_no_error (error);
  loaded = wk_store_load_layout (f->store, f->wijk, &error);
  g_assert_cmpuint (loaded->len, ==, 2);
}

static void
test_relations_live (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WkActor *a = new_actor (f, "Anna", "person");
  WkActor *b = new_actor (f, "Bram", "person");
  GListModel *relations = wk_store_get_relations (f->store, f->wijk);

  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 0);
  relate (f, a, b, 2, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 1);
  g_assert_true (wk_store_delete_record (f->store, WK_RECORD (b), &error));
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 0);
  g_assert_true (wk_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (relations), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/network/from-store", Fixture, NULL, fixture_setup, test_from_store, fixture_teardown);
  g_test_add ("/network/layout-saved", Fixture, NULL, fixture_setup, test_layout_saved, fixture_teardown);
  g_test_add ("/network/relations-live", Fixture, NULL, fixture_setup, test_relations_live, fixture_teardown);

  return g_test_run ();
}
