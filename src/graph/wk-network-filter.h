/* wk-network-filter.h: which nodes and relations of a network a filter keeps
 * SPDX-License-Identifier: EUPL-1.2
 */
#pragma once

#include "wk-network.h"

G_BEGIN_DECLS

/* NULL or 0 for all */
typedef struct {
  const char *type_key;        /* actors of this type */
  const char *theme;           /* nodes with this theme */
  const char *engagement;      /* nodes with this engagement */
  const char *relation_type;   /* relations of this type key */
  int         min_strength;    /* relations at least this strong */
} WkNetworkFilter;

gboolean  wk_network_filter_is_empty    (const WkNetworkFilter *filter);
gboolean  wk_network_filter_has_edges   (const WkNetworkFilter *filter);
gboolean  wk_network_filter_edge        (const WkNetworkFilter *filter,
                                         const WkNetworkEdge   *edge);
gboolean  wk_network_filter_node        (const WkNetworkFilter *filter,
                                         const WkNetworkNode   *node);
gboolean *wk_network_filter_nodes       (const WkNetworkFilter *filter,
                                         WkNetwork             *network);

G_END_DECLS
