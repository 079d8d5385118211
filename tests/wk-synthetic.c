/* wk-synthetic.c: made-up wijk networks of any size, for tests and benchmarks
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Shaped like the networks teams record: groups of 10 to 40 actors (a
 * street, a club, a congregation) that know each other well, few relations
 * between groups, and a few hubs (the community centre, the wijkmanager)
 * with many relations across groups. About 3.4 relations per actor on
 * average. The same size and seed always give the same network.
 */
#include "wk-layout.h"
#include "wk-synthetic.h"

static const char *first_names[] = {
  "Anna", "Bram", "Fatima", "Mohammed", "Sanne", "Jan", "Yusuf", "Ayşe", "Priya", "Kees",
  "Lotte", "Noah", "Emma", "Sem", "Zeynep", "Daan", "Mila", "Levi", "Nour", "Wim",
};
static const char *last_names[] = {
  "de Vries", "Jansen", "El Amrani", "Bakker", "Yılmaz", "Visser", "Smit", "Meijer",
  "de Boer", "Mulder", "Bouzid", "van Dijk", "Pinas", "Kramer", "van den Berg",
};
static const char *organisations[] = {
  "Buurthuis De Kroon", "Sportclub Lindewaard", "Moskee Al Fath", "Bibliotheek Oost",
  "Woonstichting Thuis", "Basisschool De Regenboog", "Huisartsenpraktijk Het Plein",
  "Energiecoöperatie Zonnig", "Welzijn Lindewaard", "Cultureel Centrum De Brug",
};
static const char *groups[] = {
  "Moestuinclub", "Koffieochtend", "Wijkraad", "Repair Café", "Jongerenwerk", "Taalcafé",
};
static const char *places[] = {
  "Speeltuin", "Wijkpark", "Marktplein", "Winkelcentrum", "Kerkzaal",
};
static const char *person_types[] = { "sleutelfiguur", NULL, NULL, "ondernemer" };
static const char *organisation_types[] = {
  "buurthuis", "sportclub", "gebedshuis", "bibliotheek", "woningcorporatie",
  "school", "huisarts-zorg", "energiecooperatie", "welzijnsorganisatie", "cultureel-centrum",
};
static const char *group_types[] = { "bewonersorganisatie", "vereniging", "wijkraad" };
static const char *relation_types[] = { "knows", "works-with", "member-of", "trusts", "reaches" };

typedef struct {
  GRand      *rand;
  guint       n;
  guint      *community;
  GHashTable *pairs;
  WkNetwork  *network;
  guint       n_edges;
} Generator;

static gboolean
add_edge (Generator *gen,
          guint      a,
          guint      b)
{
  guint64 key;
  WkNetworkEdge edge = { 0 };

  if (a == b)
    return FALSE;
  key = (guint64) MIN (a, b) << 32 | MAX (a, b);
  if (!g_hash_table_add (gen->pairs, g_memdup2 (&key, sizeof key)))
    return FALSE;

  edge.source = a;
  edge.target = b;
  edge.record_id = ++gen->n_edges;
  edge.type_key = (char *) relation_types[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (relation_types))];
  edge.type_label = edge.type_key;
  edge.strength = g_rand_int_range (gen->rand, 1, 4);
  edge.directed = g_rand_int_range (gen->rand, 0, 5) == 0;
  wk_network_add_edge (gen->network, &edge);
  return TRUE;
}

static void
add_node (Generator *gen,
          guint      i)
{
  WkNetworkNode node = { 0 };
  g_autofree char *label = NULL;
  int roll = g_rand_int_range (gen->rand, 0, 10);

  node.kind = WK_NODE_ACTOR;
  node.record_id = i + 1;
  if (roll < 6)
    {
      node.actor_kind = "person";
      node.personal = TRUE;
      label = g_strdup_printf ("%s %s",
                               first_names[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (first_names))],
                               last_names[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (last_names))]);
      node.type_key = (char *) person_types[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (person_types))];
    }
  else if (roll < 8)
    {
      node.actor_kind = "organisation";
      label = g_strdup_printf ("%s %u",
                               organisations[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (organisations))],
                               gen->community[i] + 1);
      node.type_key = (char *) organisation_types[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (organisation_types))];
    }
  else if (roll < 9)
    {
      node.actor_kind = "group";
      label = g_strdup_printf ("%s %u", groups[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (groups))],
                               gen->community[i] + 1);
      node.type_key = (char *) group_types[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (group_types))];
    }
  else
    {
      node.actor_kind = "place";
      label = g_strdup_printf ("%s %u", places[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (places))],
                               gen->community[i] + 1);
      node.type_key = "other";
    }
  node.label = label;
  node.type_label = node.type_key;
  node.role = "";
  node.engagement = "unknown";
  wk_network_add_node (gen->network, &node);
}

static WkNetwork *
generate (guint     n_actors,
          guint32   seed,
          guint   **communities)
{
  Generator gen = { 0 };
  g_autofree guint *starts = g_new (guint, n_actors + 2);
  guint n_communities = 0;
  guint n_hubs;

  gen.rand = g_rand_new_with_seed (seed);
  gen.n = n_actors;
  gen.community = g_new0 (guint, MAX (n_actors, 1));
  gen.pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gen.network = wk_network_new ();

  /* consecutive runs of actors form the groups */
  for (guint i = 0; i < n_actors; n_communities++)
    {
      guint size = g_rand_int_range (gen.rand, 10, 41);

      starts[n_communities] = i;
      size = MIN (size, n_actors - i);
      for (guint k = 0; k < size; k++)
        gen.community[i + k] = n_communities;
      i += size;
    }
  starts[n_communities] = n_actors;

  for (guint i = 0; i < n_actors; i++)
    add_node (&gen, i);

  /* inside a group: about two relations per actor, a chain so that the
   * group hangs together, and some more */
  for (guint c = 0; c < n_communities; c++)
    {
      guint first = starts[c], size = starts[c + 1] - starts[c];

      for (guint k = 1; k < size; k++)
        add_edge (&gen, first + k, first + g_rand_int_range (gen.rand, 0, k));
      for (guint k = 0; k < size; k++)
        if (g_rand_double (gen.rand) < 0.45)
          add_edge (&gen, first + k, first + g_rand_int_range (gen.rand, 0, size));
    }

  /* between groups: few */
  for (guint i = 0; i < n_actors && n_communities > 1; i++)
    if (g_rand_double (gen.rand) < 0.12)
      add_edge (&gen, i, g_rand_int_range (gen.rand, 0, n_actors));

  /* hubs: one in a hundred, at least one, each with 10 to 30 relations */
  n_hubs = MAX (1, n_actors / 100);
  for (guint h = 0; h < n_hubs && n_actors > 1; h++)
    {
      guint hub = g_rand_int_range (gen.rand, 0, n_actors);
      guint degree = g_rand_int_range (gen.rand, 10, 31);

      for (guint k = 0; k < degree; k++)
        add_edge (&gen, hub, g_rand_int_range (gen.rand, 0, n_actors));
    }

  g_hash_table_unref (gen.pairs);
  g_rand_free (gen.rand);
  if (communities != NULL)
    *communities = g_steal_pointer (&gen.community);
  g_free (gen.community);
  return gen.network;
}

/**
 * wk_synthetic_network:
 *
 * Returns: (transfer full): a network of @n_actors actors without positions;
 * node i has record id i + 1
 */
WkNetwork *
wk_synthetic_network (guint   n_actors,
                      guint32 seed)
{
  return generate (n_actors, seed, NULL);
}

/**
 * wk_synthetic_communities:
 *
 * Returns: (transfer full): the group of each actor of
 * wk_synthetic_network (@n_actors, @seed)
 */
guint *
wk_synthetic_communities (guint   n_actors,
                          guint32 seed)
{
  guint *communities = NULL;
  g_autoptr(WkNetwork) network = generate (n_actors, seed, &communities);

  return communities;
}

/**
 * wk_synthetic_store_fill:
 *
 * Stores the actors and relations of @network in @wijk, and the positions of
 * the nodes that have one as the wijk's layout.
 */
gboolean
wk_synthetic_store_fill (WkStore    *store,
                         WkWijk     *wijk,
                         WkNetwork  *network,
                         GError    **error)
{
  guint n = wk_network_get_n_nodes (network);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) positions = g_array_new (FALSE, TRUE, sizeof (WkPosition));

  for (guint i = 0; i < n; i++)
    {
      WkNetworkNode *node = wk_network_get_node (network, i);
      WkActor *actor = wk_store_create_actor (store, wijk, node->label, node->actor_kind, error);

      if (actor == NULL)
        return FALSE;
      g_ptr_array_add (actors, g_object_ref (actor));
      if (node->has_position)
        {
          WkPosition p = { wk_record_get_id (WK_RECORD (actor)), 0, node->x, node->y, node->pinned };

          g_array_append_val (positions, p);
        }
    }

  for (guint e = 0; e < wk_network_get_n_edges (network); e++)
    {
      WkNetworkEdge *edge = wk_network_get_edge (network, e);

      if (wk_store_create_relation (store, g_ptr_array_index (actors, edge->source),
                                    g_ptr_array_index (actors, edge->target), -1,
                                    edge->strength, edge->directed, "", error) == NULL)
        return FALSE;
    }

  return wk_store_save_layout (store, wijk, (const WkPosition *) positions->data, positions->len,
                               TRUE, error);
}

/**
 * wk_synthetic_store_laid_out:
 *
 * Stores wk_synthetic_network (@n_actors, @seed) in @wijk with a layout
 * made by the layout helper, as the network page saves one.
 */
gboolean
wk_synthetic_store_laid_out (WkStore  *store,
                             WkWijk   *wijk,
                             guint     n_actors,
                             guint32   seed,
                             GError  **error)
{
  g_autoptr(WkNetwork) network = wk_synthetic_network (n_actors, seed);
  g_autoptr(GArray) points = wk_layout_run (network, NULL, NULL, error);

  if (points == NULL)
    return FALSE;
  wk_layout_apply (network, points);
  return wk_synthetic_store_fill (store, wijk, network, error);
}
