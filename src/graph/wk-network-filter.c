/* wk-network-filter.c: which nodes and relations of a network a filter keeps
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The network page and presentation mode filter with the same rules, so a
 * saved view shows in a presentation what it showed when it was saved.
 */
#include "wk-network-filter.h"

/* Returns: whether the filter keeps everything */
gboolean
wk_network_filter_is_empty (const WkNetworkFilter *filter)
{
  return filter == NULL ||
         (filter->type_key == NULL && filter->theme == NULL && filter->engagement == NULL &&
          !wk_network_filter_has_edges (filter));
}

/* Returns: whether the filter leaves relations out */
gboolean
wk_network_filter_has_edges (const WkNetworkFilter *filter)
{
  return filter != NULL && (filter->relation_type != NULL || filter->min_strength > 1);
}

gboolean
wk_network_filter_edge (const WkNetworkFilter *filter,
                        const WkNetworkEdge   *edge)
{
  if (filter == NULL)
    return TRUE;
  if (edge->strength < filter->min_strength)
    return FALSE;
  return filter->relation_type == NULL || g_strcmp0 (edge->type_key, filter->relation_type) == 0;
}

gboolean
wk_network_filter_node (const WkNetworkFilter *filter,
                        const WkNetworkNode   *node)
{
  if (filter == NULL)
    return TRUE;
  if (filter->type_key != NULL && g_strcmp0 (node->type_key, filter->type_key) != 0)
    return FALSE;
  if (filter->theme != NULL &&
      (node->themes == NULL || !g_strv_contains ((const char * const *) node->themes, filter->theme)))
    return FALSE;
  return filter->engagement == NULL || g_strcmp0 (node->engagement, filter->engagement) == 0;
}

/**
 * wk_network_filter_nodes:
 *
 * A relation filter keeps only the nodes that have such a relation.
 *
 * Returns: (transfer full) (nullable): per node whether it is shown, or NULL
 *   when the filter keeps every node
 */
gboolean *
wk_network_filter_nodes (const WkNetworkFilter *filter,
                         WkNetwork             *network)
{
  guint n = wk_network_get_n_nodes (network);
  gboolean *visible;

  g_return_val_if_fail (WK_IS_NETWORK (network), NULL);

  if (wk_network_filter_is_empty (filter))
    return NULL;
  visible = g_new (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    visible[i] = wk_network_filter_node (filter, wk_network_get_node (network, i));

  if (wk_network_filter_has_edges (filter))
    {
      g_autofree gboolean *tied = g_new0 (gboolean, MAX (n, 1));

      for (guint e = 0; e < wk_network_get_n_edges (network); e++)
        {
          WkNetworkEdge *edge = wk_network_get_edge (network, e);

          if (wk_network_filter_edge (filter, edge))
            tied[edge->source] = tied[edge->target] = TRUE;
        }
      for (guint i = 0; i < n; i++)
        visible[i] = visible[i] && tied[i];
    }
  return visible;
}
