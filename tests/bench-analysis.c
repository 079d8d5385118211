/* bench-analysis.c: how long the network analysis takes on networks of a large wijk's size
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Not a test: prints the time of wk_analysis_new() (betweenness plain and
 * weighted, Louvain, connectors, gaps) on seeded random networks with 1.5
 * and 3 relations per actor (an average degree of 3 and of 6).
 * Usage: bench-analysis [N…] (default 1500 6000).
 */
#include "wk-analysis.h"

static WkNetwork *
random_network (guint   n,
                guint   n_edges,
                guint32 seed)
{
  static const char *types[] = { "club", "worship", "school", "residents", "welfare", "shop" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  WkNetwork *network = wk_network_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("Actor %u", i);
      WkNetworkNode node = {
        .kind = WK_NODE_ACTOR,
        .record_id = i + 1,
        .label = label,
        .type_key = (char *) types[i % G_N_ELEMENTS (types)],
        .type_label = (char *) types[i % G_N_ELEMENTS (types)],
      };

      wk_network_add_node (network, &node);
    }
  for (guint i = 0; i < n_edges; i++)
    {
      WkNetworkEdge edge = {
        .source = g_rand_int_range (rand, 0, n),
        .target = g_rand_int_range (rand, 0, n),
        .strength = g_rand_int_range (rand, 1, 4),
      };

      wk_network_add_edge (network, &edge);
    }
  return network;
}

int
main (int   argc,
      char *argv[])
{
  guint default_sizes[] = { 1500, 6000 };
  guint n_sizes = argc > 1 ? (guint) argc - 1 : G_N_ELEMENTS (default_sizes);

  for (guint i = 0; i < 2 * n_sizes; i++)
    {
      guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[i / 2 + 1], NULL, 10) : default_sizes[i / 2];
      g_autoptr(WkNetwork) network = random_network (n, i % 2 == 0 ? n * 3 / 2 : n * 3, 42);
      g_autoptr(WkAnalysis) analysis = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      guint n_bridges, n_gaps;

      analysis = wk_analysis_new (network, 1, NULL, &error);
      g_assert_no_error (error);
      wk_analysis_get_bridges (analysis, &n_bridges);
      wk_analysis_get_community_gaps (analysis, &n_gaps);
      g_print ("%5u actors, %5u ties: %7.1f ms (%u threads); %u communities, "
               "modularity %.3f, %u connectors, %u community gaps\n",
               n, wk_analysis_get_n_ties (analysis),
               (g_get_monotonic_time () - start) / 1000.0, MIN (g_get_num_processors (), 2),
               wk_analysis_get_n_communities (analysis), wk_analysis_get_modularity (analysis),
               n_bridges, n_gaps);
    }
  return 0;
}
