/* wk-tour.c: the steps of a guided tour through a network: its connectors, then its communities
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The connectors are the actors that bridge communities or types, highest
 * betweenness first (the connectors panel's list); the communities come
 * largest first. A tour shows what is on screen: hidden nodes are left out,
 * and so is a community with fewer than two shown members.
 */
#include "wk-tour.h"

static gboolean
shown (WkAnalysis     *analysis,
       const gboolean *visible,
       guint           node)
{
  WkNetwork *network = wk_analysis_get_network (analysis);

  return (visible == NULL || visible[node]) && wk_network_get_node (network, node)->has_position;
}

/**
 * wk_tour_new:
 * @visible: (nullable): per node whether it is shown
 *
 * Returns: (transfer full) (element-type WkTourStep): the steps, at most
 *   WK_TOUR_MAX_CONNECTORS connectors and then WK_TOUR_MAX_COMMUNITIES
 *   communities
 */
GArray *
wk_tour_new (WkAnalysis     *analysis,
             const gboolean *visible)
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (WkTourStep));
  guint n_nodes, n_bridges, n_connectors = 0, n_communities = 0;
  const guint *bridges;
  g_autofree guint *members = NULL;
  g_autofree guint *central = NULL;

  g_return_val_if_fail (WK_IS_ANALYSIS (analysis), steps);

  n_nodes = wk_analysis_get_n_nodes (analysis);
  bridges = wk_analysis_get_bridges (analysis, &n_bridges);
  for (guint b = 0; b < n_bridges && n_connectors < WK_TOUR_MAX_CONNECTORS; b++)
    {
      WkTourStep step = { WK_TOUR_CONNECTOR, bridges[b], wk_analysis_get_community (analysis, bridges[b]), 1 };
      WkNetwork *network = wk_analysis_get_network (analysis);

      if (!shown (analysis, visible, step.node))
        continue;
      for (guint e = 0; e < wk_network_get_n_edges (network); e++)
        {
          WkNetworkEdge *edge = wk_network_get_edge (network, e);
          guint other = edge->source == step.node ? edge->target : edge->source;

          if ((edge->source == step.node || edge->target == step.node) && other != step.node &&
              shown (analysis, visible, other))
            step.n_members++;
        }
      g_array_append_val (steps, step);
      n_connectors++;
    }

  members = g_new0 (guint, MAX (wk_analysis_get_n_communities (analysis), 1));
  central = g_new0 (guint, MAX (wk_analysis_get_n_communities (analysis), 1));
  for (guint i = 0; i < n_nodes; i++)
    if (shown (analysis, visible, i) && wk_analysis_get_degree (analysis, i) > 0)
      {
        guint c = wk_analysis_get_community (analysis, i);

        if (members[c] == 0 ||
            wk_analysis_get_betweenness (analysis, i) > wk_analysis_get_betweenness (analysis, central[c]))
          central[c] = i;
        members[c]++;
      }
  for (guint c = 0; c < wk_analysis_get_n_communities (analysis) && n_communities < WK_TOUR_MAX_COMMUNITIES; c++)
    if (members[c] >= 2)
      {
        WkTourStep step = { WK_TOUR_COMMUNITY, central[c], c, members[c] };

        g_array_append_val (steps, step);
        n_communities++;
      }
  return steps;
}

/**
 * wk_tour_dup_members:
 *
 * Returns: (transfer full): per node 1 for the shown members of @community
 */
guint8 *
wk_tour_dup_members (WkAnalysis     *analysis,
                     const gboolean *visible,
                     guint           community)
{
  guint n = wk_analysis_get_n_nodes (analysis);
  guint8 *set = g_malloc0 (MAX (n, 1));

  for (guint i = 0; i < n; i++)
    set[i] = wk_analysis_get_community (analysis, i) == community && wk_analysis_get_degree (analysis, i) > 0 &&
             shown (analysis, visible, i);
  return set;
}
